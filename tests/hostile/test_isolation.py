"""One broken article does not stop the others: the build renders the rest, lists what it
skipped and why, and exits non-zero only under --strict, in the CLI and in the real
``mkdocs build``. An output folder that already holds a complete build keeps it when the
next build fails half-way."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.hostile.helpers import CONTROL, article, assert_plain_errors, make_content, tree_digest
from tests.hostile.runner import build_checked, check_pages, cli_build
from tests.sitebuild import mkdocs_build

BROKEN = {
    "broken-yaml": {"article.ar.md": "---\ntitle: [\npublished: 2022-01-01\n---\nنص.\n"},
    "broken-utf8": {"article.ar.md": b"---\ntitle: x\npublished: 2022-01-01\n---\n\n\xff\n"},
    "broken-empty": {"article.ar.md": "---\ntitle: عنوان\npublished: 2022-01-01\n---\n"},
}
HEALTHY = {
    "healthy-one": {"article.ar.md": article(title="خبر أول")},
    "healthy-two": {
        "article.ar.md": article(
            "قال الوزير إن المحادثات ستستمر يوم الثلاثاء.\n",  # its own text: not a copy
            title="خبر ثان",
            published="2022-02-02",
        )
    },
}


def test_pipeline_builds_the_rest_and_lists_the_skipped(tmp_path: Path) -> None:
    content = make_content(tmp_path, {**BROKEN, **HEALTHY})
    built = build_checked(content, tmp_path)
    pages = built.site.pages
    for slug in [CONTROL, *HEALTHY]:
        assert f"articles/{slug}.ar.md" in pages and f"articles/{slug}.en.md" in pages
    for slug in BROKEN:
        assert not any(slug in rel for rel in pages)
    skipped = sorted(r.folder.slug for r in built.site.skipped)
    assert skipped == sorted(BROKEN)
    for slug in BROKEN:
        path = content / "articles" / slug / "article.ar.md"
        why = [p for p in built.site.all_problems if p.path == path and "skipped" not in p.message]
        assert why and all(p.line for p in why), why
    # The home pages list the healthy articles only.
    for lang in ("ar", "en"):
        home = pages[f"index.{lang}.md"]
        assert isinstance(home, str)
        assert all(f"articles/{slug}/" in home for slug in HEALTHY)
        assert not any(f"articles/{slug}/" in home for slug in BROKEN)
    check_pages(pages)


def test_cli_exit_codes(tmp_path: Path) -> None:
    content = make_content(tmp_path, {**BROKEN, **HEALTHY})
    result = cli_build(content, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert "3 of 6 articles built" in result.stdout
    for slug in BROKEN:
        assert f"skipped: {content / 'articles' / slug / 'article.ar.md'}" in result.stderr
    assert f"{content / 'articles' / 'broken-yaml' / 'article.ar.md'}:3: error:" in result.stderr
    assert f"{content / 'articles' / 'broken-utf8' / 'article.ar.md'}:6: error:" in result.stderr
    assert f"{content / 'articles' / 'broken-empty' / 'article.ar.md'}:5: error:" in result.stderr
    strict = cli_build(content, tmp_path / "out-strict", "--strict")
    assert strict.returncode == 1
    assert (tmp_path / "out-strict" / "articles" / "healthy-one.ar.md").is_file()


def test_cli_strict_passes_a_clean_site(tmp_path: Path) -> None:
    content = make_content(tmp_path, HEALTHY)
    result = cli_build(content, tmp_path / "out", "--strict")
    assert result.returncode == 0, result.stderr


def test_cli_strict_fails_on_warnings_too(tmp_path: Path) -> None:
    extra = "titel_en: typo\n"
    content = make_content(tmp_path, {"warned": {"article.ar.md": article(extra=extra)}})
    assert cli_build(content, tmp_path / "out").returncode == 0
    strict = cli_build(content, tmp_path / "out2", "--strict")
    assert strict.returncode == 1
    assert "did you mean 'title_en'?" in strict.stderr


def test_cli_missing_content_folder(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = cli_build(tmp_path / "empty", tmp_path / "out")
    assert "there is no articles folder" in result.stderr


@pytest.mark.parametrize("where", ["a-file", "a-file/below"])
def test_cli_unusable_output_folder(where: str, tmp_path: Path) -> None:
    content = make_content(tmp_path, HEALTHY)
    (tmp_path / "a-file").write_text("not a folder")
    result = cli_build(content, tmp_path / where)
    assert result.returncode == 1
    assert "error:" in result.stderr and "internal error" not in result.stderr
    assert (tmp_path / "a-file").read_text() == "not a folder"


def _site(tmp_path: Path, articles: dict[str, dict[str, str | bytes]]) -> Path:
    src = tmp_path / "site-src"
    src.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", src / "mkdocs.yml")
    shutil.copytree(ROOT / "theme_overrides", src / "theme_overrides")
    make_content(src, articles)
    return src


@pytest.mark.site
def test_mkdocs_build_skips_broken_articles_and_strict_fails(tmp_path: Path) -> None:
    src = _site(tmp_path, {**BROKEN, **HEALTHY})
    before = tree_digest(src / "content")
    result = mkdocs_build(src, strict=False)
    assert_plain_errors(result.stderr)
    assert result.returncode == 0, result.stderr
    for slug in [CONTROL, *HEALTHY]:
        assert (src / "site" / "articles" / slug / "index.html").is_file()
        assert (src / "site" / "en" / "articles" / slug / "index.html").is_file()
    for slug in BROKEN:
        assert not (src / "site" / "articles" / slug).exists()
        # named as `explainer check` names it: from the site's folder
        assert f"content/articles/{slug}/article.ar.md" in result.stderr
    assert "this article was skipped; the rest of the site was built" in result.stderr
    strict = mkdocs_build(src, strict=True)
    assert_plain_errors(strict.stderr)
    assert strict.returncode != 0
    assert "broken-yaml" in strict.stderr
    assert tree_digest(src / "content") == before


def test_failed_write_keeps_the_previous_output(tmp_path: Path) -> None:
    """A build whose writing fails (here: a foreign folder in the way of a page) leaves the
    previous complete output as it was."""
    from builder.errors import ExplainerError
    from builder.pipeline import build

    content = make_content(tmp_path, HEALTHY)
    out = tmp_path / "out"
    build(content, out)
    before = tree_digest(out)
    (content / "articles" / "healthy-three").mkdir()
    (content / "articles" / "healthy-three" / "article.ar.md").write_text(
        article(title="ثالث"), encoding="utf-8"
    )
    blocker = out / "articles" / "healthy-three.ar.md"
    blocker.mkdir()
    (blocker / "precious.txt").write_text("someone's file")
    with pytest.raises(ExplainerError, match="in the way"):
        build(content, out)
    blocker_digest = tree_digest(out)
    assert {k: v for k, v in blocker_digest.items() if "healthy-three" not in k} == before
    assert (blocker / "precious.txt").read_text() == "someone's file"
