"""``explainer check``: every problem under content/ as file:line, with the right exit code."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from builder.cli import main
from tests.editor.helpers import FIXTURES, content_copy, write_article
from tests.sitebuild import SLUG


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return content_copy(tmp_path / "content")


def check(content: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["check", "--content", str(content), *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def example(content: Path) -> Path:
    return content / "articles" / SLUG / "article.ar.md"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_example_content_is_clean(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = check(content, capsys, "--strict")
    assert code == 0, out
    assert "checked 1 article: 0 error(s), 0 warning(s)" in out


def test_front_matter_error_names_file_and_line(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(example(content), "published: 2022-10-31", "published: 2022-10-32")
    code, out = check(content, capsys)
    assert code == 1
    assert (
        f"{example(content)}:4: error: 'published' is not an ISO date: '2022-10-32' (hint: write YYYY-MM-DD)"
        in out
    )


def test_warnings_pass_unless_strict(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(example(content), "published:", "sourse: AFP\npublished:")
    code, out = check(content, capsys)
    assert code == 0
    assert "warning: unknown front matter key 'sourse' (hint: did you mean 'source'?)" in out
    code, _ = check(content, capsys, "--strict")
    assert code == 1


def test_corrections_are_checked(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corrections = example(content).parent / "explainer.yml"
    corrections.write_text("drop:\n  - sochii\nfigurs: {}\n", encoding="utf-8")
    code, out = check(content, capsys)
    assert code == 0
    assert (
        f"{corrections}:2: warning: no extracted fact has id 'sochii' (did you mean 'sochi'?)"
        in out
    )
    assert f"{corrections}:3: warning: unknown key 'figurs' (did you mean 'figures'?)" in out
    corrections.write_text(
        "add:\n  figures:\n    - {value: 1, label: {en: a, ar: ب}, quote: غير موجود}\n",
        encoding="utf-8",
    )
    code, out = check(content, capsys)
    assert code == 1
    assert f"{corrections}:3: error: the quote is not in the article" in out


def test_translation_paragraphs_must_align(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    translation = example(content).parent / "article.en.md"
    translation.write_text("---\ntitle: A headline\n---\n\nOne paragraph only.\n", encoding="utf-8")
    code, out = check(content, capsys)
    assert code == 1
    assert f"{translation}:4: error: the translation has 1 paragraphs but article.ar.md has" in out


def test_glossary_and_duplicates(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (content / "glossary.yml").write_text(
        "people:\n  - {en: X}\nplaces: []\npeeple: []\n", encoding="utf-8"
    )
    shutil.copytree(example(content).parent, content / "articles" / "2022-10-31-copy")
    code, out = check(content, capsys)
    assert code == 1
    assert f"{content / 'glossary.yml'}:2: error: people entry 1 needs 'en'" in out
    assert f"{content / 'glossary.yml'}:4: warning: unknown glossary section 'peeple'" in out
    assert "one article in two folders" in out


def test_unknown_names_are_information_with_a_stanza(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (FIXTURES / "pasted.txt").read_text(encoding="utf-8")
    path = write_article(
        content, "2023-04-16-qatar", "---\ntitle: وساطة قطرية\npublished: 2023-04-16\n---\n" + text
    )
    code, out = check(content, capsys, "--strict")
    assert code == 0, out
    assert (
        f"{path}:13: unverified English spelling 'Samer Khatib' for person 'سامر الخطيب' in: "
        "«وقال المبعوث الأممي سامر الخطيب" in out
    )
    assert "people:\n" in out and '  - en: "Samer Khatib"\n    ar: ["سامر الخطيب"]' in out


def test_paths_limit_what_is_reported(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = write_article(content, "2023-01-01-bad", "---\ntitle: x\n---\nنص\n")
    code, out = check(content, capsys, str(example(content)))
    assert code == 0 and "checked 1 article" in out and str(bad) not in out
    code, out = check(content, capsys, str(bad.parent))
    assert code == 1 and f"{bad}:1: error: front matter is missing 'published'" in out
    code, out = check(content, capsys, str(content / "nowhere"))
    assert code == 1 and "no such file or folder" in out


def add_qatar(content: Path) -> Path:
    text = (FIXTURES / "pasted.txt").read_text(encoding="utf-8")
    return write_article(
        content, "2023-04-16-qatar", "---\ntitle: وساطة قطرية\npublished: 2023-04-16\n---\n" + text
    )


def site_setting(content: Path, value: str) -> None:
    (content.parent / "mkdocs.yml").write_text(
        f"site_url: https://x.org/\nplugins:\n  - explainer:\n      unverified_names: {value}\n",
        encoding="utf-8",
    )


def test_unverified_names_as_warnings_fail_the_strict_check(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = add_qatar(content)
    site_setting(content, "warning")
    code, out = check(content, capsys)
    assert code == 0, out
    # (no English name, or a spelling the build made: either way, not checked)
    assert re.search(f"{re.escape(str(path))}:13: warning: .* person 'سامر الخطيب'.* in: «", out)
    assert "checked 2 articles: 0 error(s), 1 warning(s)" in out
    assert re.search(r'people:\n  - en: "[^"]*"\n    ar: \["سامر الخطيب"\]', out)  # the stanza
    code, out = check(content, capsys, "--strict")
    assert code == 1, out
    site_setting(content, "info")
    code, out = check(content, capsys, "--strict")
    assert code == 0, out


def test_a_checked_name_passes_the_strict_check(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = add_qatar(content)
    site_setting(content, "warning")
    (path.parent / "explainer.yml").write_text(
        "actors:\n  samer-khatib: {name: {en: Samer al-Khatib}}\n", encoding="utf-8"
    )
    code, out = check(content, capsys, "--strict")
    assert code == 0, out


def test_a_bad_setting_is_an_error_in_mkdocs_yml(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site_setting(content, "fail")
    code, out = check(content, capsys)
    assert code == 1
    assert f"{content.parent / 'mkdocs.yml'}:4: error: unknown unverified_names 'fail'" in out


def test_one_summary_line_per_article(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add_qatar(content)
    write_article(content, "2023-01-01-bad", "---\ntitle: x\n---\nنص\n")
    _, out = check(content, capsys)
    lines = out[out.index("\narticles:\n") :].strip().split("\n")[1:4]
    by_slug = {line.split()[0]: line for line in lines}
    assert set(by_slug) == {SLUG, "2023-04-16-qatar", "2023-01-01-bad"}, out
    names = re.search(
        r"names (\d+) verified, (\d+) transliterated, (\d+) missing · (\d+) figures? · "
        r"(\d+) events? · (\d+) mediation efforts?",
        by_slug["2023-04-16-qatar"],
    )
    assert names, by_slug["2023-04-16-qatar"]
    verified, transliterated, missing, figures, _, efforts = map(int, names.groups())
    assert verified >= 4 and transliterated + missing == 1 and figures == 5 and efforts >= 1
    assert by_slug["2023-04-16-qatar"].endswith("← 1 name to check")
    assert "0 missing" in by_slug[SLUG] and "to check" not in by_slug[SLUG]
    assert "not built: 1 error(s) above" in by_slug["2023-01-01-bad"]


def test_the_same_text_in_two_folders_is_reported(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = add_qatar(content)
    text = first.read_text(encoding="utf-8").replace("title: وساطة قطرية", "title: عنوان آخر")
    copy = write_article(
        content, "2023-04-17-qatar-again", text.replace("2023-04-16", "2023-04-17")
    )
    _, out = check(content, capsys)
    assert f"{copy}: warning: the same text as {first}: one article in two folders" in out
