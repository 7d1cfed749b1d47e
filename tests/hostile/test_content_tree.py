"""The content tree: folder names that cannot be slugs (upper case, '..', spaces, Arabic,
reserved), two folders differing only in case, symlinks out of content/, an unreadable file,
an empty folder, a misnamed article, articles that are all English or all numbers, a
translation that does not align, corrections naming ids that do not exist, glossaries with
duplicate or conflicting entries. Each is a clear problem naming the file (and line); the
rest of the site builds."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.hostile.cases import CONTENT_TREE_CASES, GLOSSARY_CASES, InputCase
from tests.hostile.helpers import CONTROL, article, errors, make_content, run_cli, tree_digest
from tests.hostile.runner import build_checked, check_pages, cli_batch, cli_build, run_case


def cli_check(content: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    cwd = content.parent / "cwd"
    cwd.mkdir(exist_ok=True)
    return run_cli("check", "--content", str(content), *extra, cwd=cwd, timeout=120)


@pytest.mark.parametrize("case", CONTENT_TREE_CASES, ids=lambda c: c.id)
def test_pipeline(case: InputCase, tmp_path: Path) -> None:
    run_case(case, tmp_path)


@pytest.mark.parametrize("case", GLOSSARY_CASES, ids=lambda c: c.id)
def test_glossary(case: InputCase, tmp_path: Path) -> None:
    built = run_case(case, tmp_path)
    # A broken glossary costs its entries, not the site: the control is built either way.
    assert f"articles/{CONTROL}.en.md" in built.site.pages


def test_cli(tmp_path: Path) -> None:
    cli_batch(CONTENT_TREE_CASES, tmp_path)


def test_folders_differing_only_in_case(tmp_path: Path) -> None:
    content = make_content(tmp_path, {"dup-case": {"article.ar.md": article()}})
    upper = content / "articles" / "Dup-Case"
    try:
        upper.mkdir()
    except FileExistsError:
        pytest.skip("this file system ignores case: two such folders cannot exist")
    if os.path.samefile(upper, content / "articles" / "dup-case"):
        pytest.skip("this file system ignores case: two such folders cannot exist")
    (upper / "article.ar.md").write_text(article(title="نسخة أخرى"), encoding="utf-8")
    built = build_checked(content, tmp_path)
    pages = built.site.pages
    assert "articles/dup-case.ar.md" in pages
    assert not [p for p in pages if "Dup-Case" in p]
    problem = next(p for p in built.site.all_problems if p.path == upper)
    assert "unusable folder name 'Dup-Case'" in str(problem)
    assert "e.g. 'dup-case'" in str(problem)
    check_pages(pages)


@pytest.mark.parametrize("what", ["file", "folder"])
def test_symlink_out_of_content(what: str, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "article.ar.md"
    secret.write_text(article(title="سر خارج المحتوى"), encoding="utf-8")
    content = make_content(tmp_path, {})
    folder = content / "articles" / "linked"
    if what == "file":
        folder.mkdir()
        (folder / "article.ar.md").symlink_to(secret)
    else:
        folder.symlink_to(outside, target_is_directory=True)
    before = tree_digest(outside)
    built = build_checked(content, tmp_path)
    assert tree_digest(outside) == before
    assert not [p for p in built.site.pages if "linked" in p]
    text = "\n".join(str(p) for p in built.site.all_problems)
    assert "points outside content/ (symlink); ignored" in text
    assert str(folder) in text
    assert "سر خارج" not in "".join(str(v) for v in built.site.pages.values())


def test_symlink_inside_content_builds(tmp_path: Path) -> None:
    content = make_content(tmp_path, {})
    (content / "articles" / "alias").symlink_to(content / "articles" / CONTROL)
    built = build_checked(content, tmp_path)
    assert "articles/alias.ar.md" in built.site.pages
    assert not errors(built.site.all_problems)


def _unreadable_problem(content: Path, tmp_path: Path) -> str:
    built = build_checked(content, tmp_path)
    path = content / "articles" / "locked" / "article.ar.md"
    assert "articles/locked.ar.md" not in built.site.pages
    assert f"articles/{CONTROL}.ar.md" in built.site.pages
    return "\n".join(str(p) for p in built.site.all_problems if p.path == path)


def test_unreadable_file(tmp_path: Path) -> None:
    content = make_content(tmp_path, {"locked": {"article.ar.md": article()}})
    path = content / "articles" / "locked" / "article.ar.md"
    path.chmod(0)
    try:
        try:
            path.read_bytes()
        except PermissionError:
            pass
        else:
            pytest.skip(
                "chmod 000 does not stop this user (root) from reading; "
                "test_unreadable_file_simulated covers the case"
            )
        text = _unreadable_problem(content, tmp_path)
        assert f"{path}: error: cannot read the file: Permission denied" in text
    finally:
        path.chmod(0o644)


def test_unreadable_file_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    content = make_content(tmp_path, {"locked": {"article.ar.md": article()}})
    path = content / "articles" / "locked" / "article.ar.md"
    real_open = os.open

    def locked_open(target: Any, *args: Any, **kwargs: Any) -> Any:
        if Path(target) == path.resolve():
            raise PermissionError(13, "Permission denied", str(target))
        return real_open(target, *args, **kwargs)

    monkeypatch.setattr("builder.load.files.os.open", locked_open)
    text = _unreadable_problem(content, tmp_path)
    assert f"{path}: error: cannot read the file: Permission denied" in text
    assert "chmod a+r" in text


def test_unreadable_cli(tmp_path: Path) -> None:
    """The real CLI on a file it cannot open (a folder named article.ar.md stands in for an
    unreadable file when running as root)."""
    content = make_content(tmp_path, {"locked": {"article.ar.md/inner": "x"}})
    result = cli_build(content, tmp_path / "out")
    assert result.returncode == 0
    assert f"{content / 'articles' / 'locked' / 'article.ar.md'}: error:" in result.stderr


SECRET = "SECRET-TOKEN-4242"


@pytest.mark.parametrize(
    "name", ["article.en.md", "explainer.yml", "glossary.yml", "article.ar.md-in-folder"]
)
def test_link_to_a_file_outside_content_is_refused(name: str, tmp_path: Path) -> None:
    """A link that leaves content/ (``article.en.md -> /proc/self/environ``) is an error
    naming the link, from the build and from ``explainer check``; nothing of the target
    reaches a page."""
    outside = tmp_path / "outside.txt"
    outside.write_text(f"---\ntitle: {SECRET}\n---\n\n{SECRET}\n", encoding="utf-8")
    content = make_content(tmp_path, {"linked": {"article.ar.md": article()}})
    folder = content / "articles" / "linked"
    if name == "glossary.yml":
        link = content / "glossary.yml"
    elif name == "article.ar.md-in-folder":
        (folder / "article.ar.md").unlink()
        link = folder / "article.ar.md"
    else:
        link = folder / name
    link.symlink_to(outside)
    built = build_checked(content, tmp_path)
    published = "".join(str(v) for v in built.site.pages.values())
    assert SECRET not in published
    problems = [p for p in errors(built.site.all_problems) if p.path == link]
    assert problems, "\n".join(str(p) for p in built.site.all_problems)
    assert "outside" in problems[0].message
    assert f"articles/{CONTROL}.ar.md" in built.site.pages
    check = cli_check(content, "--strict")
    assert check.returncode == 1, check.stdout
    assert f"{link}: error:" in check.stdout
    assert SECRET not in check.stdout + check.stderr


@pytest.mark.parametrize("name", ["article.en.md", "explainer.yml", "glossary.yml"])
def test_named_pipe_is_refused_without_waiting(name: str, tmp_path: Path) -> None:
    """A FIFO where a content file belongs would block a plain open() forever; it is refused
    at once (the CLI runs under a timeout: a hang fails the test)."""
    content = make_content(tmp_path, {"piped": {"article.ar.md": article()}})
    where = content if name == "glossary.yml" else content / "articles" / "piped"
    os.mkfifo(where / name)
    result = cli_build(content, tmp_path / "out")
    assert f"{where / name}: error: this is not a regular file" in result.stderr, result.stderr
    check = cli_check(content)
    assert check.returncode == 1
    assert f"{where / name}: error: this is not a regular file" in check.stdout


def test_dangling_link_is_reported(tmp_path: Path) -> None:
    content = make_content(tmp_path, {"dangling": {"article.ar.md": article()}})
    link = content / "articles" / "dangling" / "article.en.md"
    link.symlink_to(tmp_path / "nowhere.md")
    built = build_checked(content, tmp_path)
    assert any(
        p.path == link and "does not exist" in p.message for p in errors(built.site.all_problems)
    )
