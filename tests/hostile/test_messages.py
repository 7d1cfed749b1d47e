"""What the build and ``explainer check`` say, and where they may write:

- folder and file names holding terminal escapes, newlines or bidi controls are printed with
  those characters escaped, by the CLI (build, check) and by ``mkdocs build``: a name cannot
  colour the terminal, move the cursor or forge a second message line;
- ``explainer check --strict`` and ``mkdocs build --strict`` (and ``explainer build
  --strict``) agree: the same article in two folders (same headline and date, same text or
  same url) fails all of them;
- ``explainer build --out`` inside ``content/`` (or the plugin's ``output_dir``) is refused,
  and nothing is written there.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.hostile.helpers import CONTROL, article, make_content, run_cli, tree_digest
from tests.hostile.runner import cli_build
from tests.sitebuild import mkdocs_build

HOSTILE_NAMES = ["red\x1b[31mtext\x1b[0m", "two\nlines: error: forged", "rtl\u202eoverride"]
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""What may never reach a terminal (newlines are checked line by line below)."""


def cli_check(content: Path, *extra: str) -> tuple[int, str]:
    cwd = content.parent / "cwd"
    cwd.mkdir(exist_ok=True)
    result = run_cli("check", "--content", str(content), *extra, cwd=cwd, timeout=120)
    return result.returncode, result.stdout + result.stderr


def assert_escaped(output: str) -> None:
    assert not RAW.search(output), repr(output)
    assert "\\x1b[31m" in output and "\\u202e" in output, output
    assert "two\\nlines" in output, output
    # The newline in a name did not start a line of its own.
    assert not [line for line in output.splitlines() if line.startswith("lines: error:")]


def hostile_tree(root: Path) -> Path:
    return make_content(root, {name: {"article.ar.md": article()} for name in HOSTILE_NAMES})


def test_cli_escapes_control_characters_in_names(tmp_path: Path) -> None:
    content = hostile_tree(tmp_path)
    result = cli_build(content, tmp_path / "out")
    assert result.returncode == 0
    assert_escaped(result.stderr)
    code, out = cli_check(content)
    assert code == 1
    assert_escaped(out)


@pytest.mark.site
def test_mkdocs_build_escapes_control_characters_in_names(
    site_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # mkdocs-material prints a coloured banner of its own on every run; this turns it off.
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    for name in HOSTILE_NAMES:
        folder = site_copy / "content" / "articles" / name
        folder.mkdir()
        (folder / "article.ar.md").write_text(article(), encoding="utf-8")
    result = mkdocs_build(site_copy, strict=False)
    assert result.returncode == 0, result.stderr
    assert_escaped(result.stderr)


def duplicated(root: Path) -> Path:
    content = make_content(root, {})
    shutil.copytree(content / "articles" / CONTROL, content / "articles" / "2022-10-31-copy")
    return content


def test_check_and_build_agree_on_the_same_article_twice(tmp_path: Path) -> None:
    content = duplicated(tmp_path)
    warning = "one article in two folders"
    code, out = cli_check(content, "--strict")
    assert code == 1 and warning in out, out
    build = cli_build(content, tmp_path / "out", "--strict")
    assert build.returncode == 1 and warning in build.stderr, build.stderr
    relaxed = cli_build(content, tmp_path / "out")
    assert relaxed.returncode == 0 and warning in relaxed.stderr


_BODY = "قال المتحدث إن الوفد وصل إلى العاصمة يوم الاثنين.\n\nوأضاف أن المحادثات ستستمر غدا.\n"
_URL = "https://example.org/a"


@pytest.mark.parametrize(
    ("second", "same"),
    [
        # Another headline and date, the same words (a second paste of one story).
        (article(_BODY, title="عنوان آخر", published="2022-03-03"), "the same text as"),
        # Another text, the same source address (tracking parameters and www. aside).
        (
            article(title="خبر آخر", published="2022-04-04", extra=f"url: {_URL}?utm_source=x\n"),
            "the same address (url) as",
        ),
    ],
    ids=["text", "url"],
)
def test_check_and_build_agree_on_one_story_by_text_or_url(
    second: str, same: str, tmp_path: Path
) -> None:
    """The build finds one story in two folders as `explainer check` does (issue 16: by its
    text or its url too, not only by headline and date)."""
    content = make_content(
        tmp_path,
        {
            "first": {"article.ar.md": article(_BODY, extra="url: https://www.example.org/a/\n")},
            "second": {"article.ar.md": second},
        },
    )
    warning = f"{content / 'articles' / 'second' / 'article.ar.md'}: warning: {same} "
    code, out = cli_check(content, "--strict")
    assert code == 1 and warning in out, out
    build = cli_build(content, tmp_path / "out", "--strict")
    assert build.returncode == 1 and warning in build.stderr, build.stderr


@pytest.mark.site
def test_mkdocs_build_strict_fails_on_the_same_article_twice(site_copy: Path) -> None:
    articles = site_copy / "content" / "articles"
    (original,) = [p for p in articles.iterdir() if p.is_dir()]
    shutil.copytree(original, articles / "2022-10-31-copy")
    result = mkdocs_build(site_copy, strict=True)
    assert result.returncode == 1, result.stderr
    assert "one article in two folders" in result.stderr


@pytest.mark.parametrize("out", [".", "articles", "articles/generated", "new-folder"])
def test_out_inside_content_is_refused(out: str, tmp_path: Path) -> None:
    content = make_content(tmp_path, {})
    before = tree_digest(content)
    result = cli_build(content, content / out)
    assert result.returncode == 1, result.stdout
    assert "is inside the content folder" in result.stderr, result.stderr
    assert tree_digest(content) == before


@pytest.mark.site
def test_plugin_output_dir_inside_content_is_refused(site_copy: Path) -> None:
    config = site_copy / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace(
        "output_dir: build/docs", "output_dir: content/generated"
    )
    assert "content/generated" in text
    config.write_text(text, encoding="utf-8")
    before = tree_digest(site_copy / "content")
    result = mkdocs_build(site_copy)
    assert result.returncode == 1
    assert "is inside the content folder" in result.stderr
    assert "Traceback" not in result.stderr
    assert tree_digest(site_copy / "content") == before
