"""The editor's problems reach `mkdocs build` through MkDocs' logger, and --strict obeys."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.editor.helpers import FIXTURES, write_article
from tests.sitebuild import SLUG, mkdocs_build

pytestmark = pytest.mark.site


def test_a_correction_warning_fails_strict_only(site_copy: Path) -> None:
    corrections = site_copy / "content" / "articles" / SLUG / "explainer.yml"
    corrections.write_text("drop: [sochii]\n", encoding="utf-8")
    strict = mkdocs_build(site_copy)
    assert strict.returncode != 0
    assert (
        "explainer.yml:1: warning: no extracted fact has id 'sochii' (did you mean 'sochi'?)"
        in strict.stderr
    )
    relaxed = mkdocs_build(site_copy, strict=False)
    assert relaxed.returncode == 0, relaxed.stderr
    assert (site_copy / "site" / "articles" / SLUG / "index.html").is_file()


def test_a_broken_article_is_skipped_and_listed(site_copy: Path) -> None:
    write_article(
        site_copy / "content",
        "2023-01-01-broken",
        "---\ntitle: عنوان\npublished: 2023-02-30\n---\nنص.\n",
    )
    result = mkdocs_build(site_copy, strict=False)
    assert result.returncode == 0, result.stderr
    assert (
        "2023-01-01-broken/article.ar.md:3: error: 'published' is not an ISO date" in result.stderr
    )
    assert "this article was skipped" in result.stderr
    assert not (site_copy / "site" / "articles" / "2023-01-01-broken").exists()
    assert (site_copy / "site" / "en" / "articles" / SLUG / "index.html").is_file()
    assert mkdocs_build(site_copy).returncode != 0


def test_unknown_names_are_info_and_strict_passes(site_copy: Path) -> None:
    text = (FIXTURES / "pasted.txt").read_text(encoding="utf-8")
    write_article(
        site_copy / "content",
        "2023-04-16-qatar",
        "---\ntitle: وساطة قطرية\npublished: 2023-04-16\n---\n" + text,
    )
    result = mkdocs_build(site_copy)
    assert result.returncode == 0, result.stderr
    assert "INFO    -  1 name(s) have no checked English form yet" in result.stderr
    assert "unverified English spelling 'Samer Khatib' for person 'سامر الخطيب'" in result.stderr
    assert 'ar: ["سامر الخطيب"]' in result.stderr


def test_the_site_setting_makes_unverified_names_fail_a_strict_build(site_copy: Path) -> None:
    """`unverified_names: warning` in mkdocs.yml: the CI gate (`mkdocs build --strict`) stops
    until every name is checked; the same setting drives `explainer check --strict`."""
    text = (FIXTURES / "pasted.txt").read_text(encoding="utf-8")
    path = write_article(
        site_copy / "content",
        "2023-04-16-qatar",
        "---\ntitle: وساطة قطرية\npublished: 2023-04-16\n---\n" + text,
    )
    config = site_copy / "mkdocs.yml"
    text, n = re.subn(
        r"(?m)^(\s+unverified_names:) info\b", r"\1 warning", config.read_text("utf-8")
    )
    assert n == 1, "mkdocs.yml has no unverified_names line"
    config.write_text(text, encoding="utf-8")
    strict = mkdocs_build(site_copy)
    assert strict.returncode != 0
    assert "article.ar.md:13: warning: " in strict.stderr
    assert "person 'سامر الخطيب'" in strict.stderr
    assert "Aborted with 1 warnings in strict mode" in strict.stdout + strict.stderr
    (path.parent / "explainer.yml").write_text(
        "actors:\n  samer-khatib: {name: {en: Samer al-Khatib}}\n", encoding="utf-8"
    )
    fixed = mkdocs_build(site_copy)
    assert fixed.returncode == 0, fixed.stderr
