"""``explainer new``: a pasted article becomes content/articles/<slug>/article.ar.md."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from builder.cli import main
from builder.editor.newarticle import create_article, parse_pasted
from builder.editor.slugs import MAX_LENGTH, article_slug, unique_slug
from builder.errors import ExplainerError
from builder.load.article import load_article
from builder.load.site import slug_problem
from builder.text.names import english_name

FIXTURE = Path(__file__).parent / "fixtures" / "pasted.txt"
DAY = date(2023, 4, 16)
SAFE = re.compile(r"^[a-z0-9-]+$")


@pytest.mark.parametrize(
    ("title", "title_en", "slug"),
    [
        (
            "عنوان",
            "Qatar mediates between Sudan and Chad over border tension",
            "2023-04-16-qatar-mediates-between-sudan-and-chad",
        ),
        (
            "عنوان",
            "Erdoğan meets Aliyev: 'no war' in 2023!",
            "2023-04-16-erdogan-meets-aliyev-no-war-in",
        ),
        (
            "بوساطة الدب الروسي تتفق أرمينيا وأذربيجان",
            None,
            "2023-04-16-bousata-al-dab-al-rousi-tatfaq",
        ),
        ("بوتين يلتقي أردوغان في إسطنبول", None, "2023-04-16-putin-yaltqi-erdogan-fi"),
        # names the gazetteer knows are spelt as English news writes them
        ("الفلبين ترسل وفدا لحل أزمة العمالة", None, "2023-04-16-philippines-tarsal-wafda-lahl"),
        (
            "متحف الهولوكوست في واشنطن يسحب جائزة",
            None,
            "2023-04-16-united-states-holocaust-memorial-museum",
        ),
        ("قُتِلَ ٤٥ شخصًا", None, "2023-04-16-qatl-45-shakhsa"),
        ("!!! ؟؟؟", None, "2023-04-16-article"),
        ("عنوان", "   ", "2023-04-16-anwan"),  # و before a long a: w
    ],
)
def test_slug_is_readable(title: str, title_en: str | None, slug: str) -> None:
    assert article_slug(DAY, title, title_en) == slug
    assert slug_problem(slug) is None


@pytest.mark.parametrize(
    ("title", "title_en"),
    [
        ("كلمة " * 50, None),
        ("عنوان", "Supercalifragilisticexpialidocious " * 10),
        ("عنوان", "a-b/c\\d..e" * 30),
        ("\u202eعنوان\u200f مُشكَّل ـــ", None),
    ],
)
def test_slug_is_safe_and_short(title: str, title_en: str | None) -> None:
    slug = article_slug(DAY, title, title_en)
    longest = unique_slug(slug, {slug, *(f"{slug}-{n}" for n in range(2, 100))})
    for candidate in (slug, longest):
        assert SAFE.match(candidate) and len(candidate) <= MAX_LENGTH, candidate
        assert slug_problem(candidate) is None


def test_slug_of_an_arabic_headline_reads_as_english_news_spells_it() -> None:
    slug = article_slug(DAY, "مقتل العشرات في هجوم على قرية", None)
    assert slug == f"{DAY.isoformat()}-maqtal-al-ashrat-fi-hajoum", slug
    assert english_name("وساطة") == "Wasata"


def test_unique_slug_appends_a_number() -> None:
    assert unique_slug("a", set()) == "a"
    assert unique_slug("a", {"a", "a-2"}) == "a-3"


def test_pasted_article_keeps_the_body_as_pasted() -> None:
    pasted = parse_pasted(
        "\ufeff\n\n  # العنوان هنا  \r\n\r\nالفقرة الأولى.   \r\n\r\nالثانية.\r\n\r\n"
    )
    assert pasted.headline == "العنوان هنا"
    assert pasted.body == "  # العنوان هنا\n\nالفقرة الأولى.\n\nالثانية.\n"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "no text"),
        ("  \n\n \n", "no text"),
        ("عنوان وحده\n\n", "only a headline"),
        ("---\ntitle: x\n---\nنص\n", "front matter"),
    ],
)
def test_pasted_text_problems(text: str, words: str) -> None:
    with pytest.raises(ExplainerError) as info:
        parse_pasted(text)
    assert words in str(info.value)


def test_create_never_overwrites(tmp_path: Path) -> None:
    pasted = parse_pasted(FIXTURE.read_text(encoding="utf-8"))
    first = create_article(tmp_path, pasted, DAY, "Qatar mediates")
    before = first.read_text(encoding="utf-8")
    second = create_article(tmp_path, pasted, DAY, "Qatar mediates")
    (tmp_path / "articles" / "2023-04-16-qatar-mediates-3").mkdir()  # a folder someone made
    fourth = create_article(tmp_path, pasted, DAY, "Qatar mediates")
    assert [p.parent.name for p in (first, second, fourth)] == [
        "2023-04-16-qatar-mediates",
        "2023-04-16-qatar-mediates-2",
        "2023-04-16-qatar-mediates-4",
    ]
    assert first.read_text(encoding="utf-8") == before
    article = load_article(fourth)
    assert article.title == pasted.headline and article.title_en == "Qatar mediates"
    assert article.published == DAY and not article.warnings


def test_command_from_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["new", str(FIXTURE), "--published", "2023-04-16", "--content", str(tmp_path)])
    out = capsys.readouterr().out
    path = tmp_path / "articles" / "2023-04-16-wasata-qatria-linha-al-toutar" / "article.ar.md"
    assert code == 0 and path.is_file()
    assert f"created {path}" in out
    assert "make serve" in out and "explainer draft 2023-04-16-wasata-qatria-linha-al-toutar" in out
    text = path.read_text(encoding="utf-8")
    assert text.startswith(
        "---\ntitle: وساطة قطرية لإنهاء التوتر على الحدود بين السودان وتشاد\npublished: 2023-04-16\n---\n\n"
    )
    assert text.endswith(FIXTURE.read_text(encoding="utf-8"))


def test_command_from_stdin(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "builder",
            "new",
            "--published",
            "2023-04-16",
            "--title-en",
            "Qatar talks",
            "--content",
            str(tmp_path),
        ],
        input=FIXTURE.read_bytes(),
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert (tmp_path / "articles" / "2023-04-16-qatar-talks" / "article.ar.md").is_file()


def test_command_rejects_a_bad_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["new", str(FIXTURE), "--published", "2023-13-01", "--content", str(tmp_path)])
    assert code == 1
    assert "--published is not a date" in capsys.readouterr().err
    assert not (tmp_path / "articles").exists()


def _new(site: Path, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """``explainer new`` run as an editor runs it, from the site's folder."""
    return subprocess.run(
        [sys.executable, "-m", "builder", "new", *args],
        cwd=site,
        input=stdin.decode("utf-8") if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=60,
    )


def _site(tmp_path: Path, config: str) -> Path:
    site = tmp_path / "site"
    (site / "content" / "articles").mkdir(parents=True)
    (site / "mkdocs.yml").write_text(config, encoding="utf-8")
    return site


def _folders(site: Path) -> list[str]:
    return sorted(p.name for p in (site / "content" / "articles").iterdir())


SITE_YML = """\
site_url: https://user.github.io/news/
markdown_extensions:
  - toc:
      slugify: !!python/object/apply:pymdownx.slugs.slugify {kwds: {case: lower}}
plugins:
  - explainer:
      content_dir: content
"""


def test_the_printed_preview_address_has_the_sites_path(tmp_path: Path) -> None:
    site = _site(tmp_path, SITE_YML)
    (site / "article.txt").write_bytes(FIXTURE.read_bytes())
    done = _new(site, "article.txt", "--published", "2023-04-16", "--title-en", "Qatar talks")
    assert done.returncode == 0, done.stderr
    slug = "2023-04-16-qatar-talks"
    assert f"http://127.0.0.1:8000/news/articles/{slug}/" in done.stdout
    assert f"http://127.0.0.1:8000/news/en/articles/{slug}/" in done.stdout


def test_the_preview_address_follows_dev_addr_and_a_root_site(tmp_path: Path) -> None:
    site = _site(tmp_path, "site_url: https://news.example.org\ndev_addr: 127.0.0.1:8123\n")
    done = _new(site, "-", "--published", "2023-04-16", stdin=FIXTURE.read_bytes())
    assert done.returncode == 0, done.stderr
    assert "http://127.0.0.1:8123/articles/2023-04-16-wasata-qatria-linha-al-toutar/" in done.stdout


def test_the_same_text_is_refused_with_the_folder_that_holds_it(tmp_path: Path) -> None:
    site = _site(tmp_path, SITE_YML)
    first = _new(site, "-", "--published", "2023-04-16", stdin=FIXTURE.read_bytes())
    assert first.returncode == 0, first.stderr
    (folder,) = _folders(site)
    # Pasted again from another browser: diacritics, tatweel, spacing and a comment form differ.
    again = FIXTURE.read_text(encoding="utf-8")
    again = again.replace("محادثات", "مُحـادثات").replace("، ", " ، ") + "\nاترك تعليقاً\n"
    second = _new(
        site, "-", "--published", "2023-04-17", "--title-en", "Another name", stdin=again.encode()
    )
    assert second.returncode == 1
    assert f"content/articles/{folder}/ holds the same text" in second.stderr
    assert "--force" in second.stderr
    assert _folders(site) == [folder], "nothing may be added"
    forced = _new(site, "-", "--published", "2023-04-17", "--force", stdin=again.encode())
    assert forced.returncode == 0, forced.stderr
    assert len(_folders(site)) == 2
    assert "added anyway (--force)" in forced.stderr


def test_a_different_article_is_added(tmp_path: Path) -> None:
    site = _site(tmp_path, SITE_YML)
    assert _new(site, "-", "--published", "2023-04-16", stdin=FIXTURE.read_bytes()).returncode == 0
    other = FIXTURE.read_text(encoding="utf-8").replace("45 شخصا", "46 شخصا")
    done = _new(site, "-", "--published", "2023-04-16", stdin=other.encode())
    assert done.returncode == 0, done.stderr
    assert len(_folders(site)) == 2


def test_the_same_address_is_refused(tmp_path: Path) -> None:
    site = _site(tmp_path, SITE_YML)
    url = "https://www.example.com/news/2023/04/16/qatar-talks/?utm_source=feed"
    first = _new(site, "-", "--published", "2023-04-16", "--url", url, stdin=FIXTURE.read_bytes())
    assert first.returncode == 0, first.stderr
    text = next((site / "content" / "articles").glob("*/article.ar.md")).read_text("utf-8")
    assert f"url: {url}\n" in text
    rewritten = "عنوان آخر تماما\n\nنص مختلف كليا عن المقال الأول.\n"
    second = _new(
        site,
        "-",
        "--published",
        "2023-04-16",
        "--url",
        "http://example.com/news/2023/04/16/qatar-talks",
        stdin=rewritten.encode(),
    )
    assert second.returncode == 1
    assert "holds the same address (url)" in second.stderr
    assert len(_folders(site)) == 1
