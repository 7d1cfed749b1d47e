"""The log of `mkdocs build` and of the README's preview (`make serve`: `mkdocs serve
--livereload --dirty`) holds the editor's problems and where to look, nothing else; every
address it prints is served."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.editor.helpers import FIXTURES
from tests.sitebuild import MKDOCS, SLUG, free_port, mkdocs_build
from tests.test_serve import fetch, wait_for

pytestmark = pytest.mark.site

NOISE = (
    'not included in the "nav"',
    "'dirty' build",
    "stale files",
    "mkdocs_static_i18n",
    "sitemap.xml",
    "code 302",
)
SECOND = "2023-04-16-qatar-talks"


def add_second_article(site: Path, corrections: str | None = None) -> None:
    folder = site / "content" / "articles" / SECOND
    folder.mkdir()
    (folder / "article.ar.md").write_text(
        "---\ntitle: وساطة قطرية لإنهاء التوتر على الحدود بين السودان وتشاد\n"
        "published: 2023-04-16\n---\n\n" + (FIXTURES / "pasted.txt").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    if corrections is not None:
        (folder / "explainer.yml").write_text(corrections, encoding="utf-8")


def test_build_log_holds_only_the_editors_problems(site_copy: Path) -> None:
    add_second_article(site_copy, "drop: [no-such-id]\n")
    result = mkdocs_build(site_copy, strict=False)
    assert result.returncode == 0, result.stderr
    log = result.stderr
    for noise in NOISE:
        assert noise not in log, (noise, log)
    # Paths as `explainer check` prints them: from the site's folder, not the file system's root.
    assert (
        f"WARNING -  content/articles/{SECOND}/explainer.yml:1: warning: no extracted fact has id"
        in log
    )
    levels = re.findall(r"^(INFO|WARNING|ERROR|DEBUG)\b", log, flags=re.M)
    assert levels.count("WARNING") == 1, log
    assert "Documentation built in" in log


def test_build_log_lists_nothing_with_verbose_only_lines(site_copy: Path) -> None:
    """`mkdocs build -v` still shows mkdocs-static-i18n's progress: nothing is hidden from a
    user who asks for everything."""
    result = mkdocs_build(site_copy, "-v")
    assert result.returncode == 0, result.stderr
    assert "mkdocs_static_i18n: Building 'en' documentation" in result.stderr


def test_the_swapped_in_site_keeps_page_sitemaps_and_drops_deleted_pages(site_copy: Path) -> None:
    """`mkdocs build` writes into a staging folder beside site/ and swaps it in (issue 14):
    the sitemap beside each edition of a page is written into that folder, and a `--dirty`
    build, which starts from a copy of the previous site, still drops a deleted article's
    pages."""
    add_second_article(site_copy)
    result = mkdocs_build(site_copy)
    assert result.returncode == 0, result.stderr
    site = site_copy / "site"
    for slug in (SLUG, SECOND):
        for edition in (site, site / "en"):
            sitemap = edition / "articles" / slug / "sitemap.xml"
            assert sitemap.is_file(), sitemap
            assert f"/articles/{slug}/</loc>" in sitemap.read_text(encoding="utf-8")
    shutil.rmtree(site_copy / "content" / "articles" / SECOND)
    dirty = mkdocs_build(site_copy, "--dirty", strict=False)  # its warning is MkDocs' own
    assert dirty.returncode == 0, dirty.stderr
    for edition in (site, site / "en"):
        assert not (edition / "articles" / SECOND).exists(), edition
        assert (edition / "articles" / SLUG / "index.html").is_file()
        assert (edition / "articles" / SLUG / "sitemap.xml").is_file()
    assert not [p for p in site_copy.iterdir() if p.name.startswith(".site.")], "staging left"


def test_preview_prints_addresses_that_work_and_nothing_else(
    site_copy: Path, tmp_path: Path
) -> None:
    port = free_port()
    config = site_copy / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8") + f"dev_addr: 127.0.0.1:{port}\n", encoding="utf-8"
    )
    log_path = tmp_path / "serve.log"
    log = log_path.open("w")
    server = subprocess.Popen(
        [*MKDOCS, "serve", "--livereload", "--dirty", "-f", str(config)],
        cwd=site_copy,
        stdout=log,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}/explainer/"
    try:
        assert wait_for(f"{base}articles/{SLUG}/", "286", 120), "the server did not start"
        text = log_path.read_text(encoding="utf-8")
        assert f"Preview: {base} (Arabic), {base}en/ (English)" in text
        assert f"Newest explainer: {base}articles/{SLUG}/ (Arabic)" in text

        # The editor opens the bare address and both editions of a page, as a browser does
        # (the theme asks for sitemap.xml beside each edition of the page).
        assert fetch(f"http://127.0.0.1:{port}/") is not None
        for url in (f"{base}articles/{SLUG}/", f"{base}en/articles/{SLUG}/", f"{base}en/"):
            assert fetch(url) is not None, url
            assert fetch(url + "sitemap.xml") is not None, url + "sitemap.xml"

        # An edit: the log says which explainer changed, at an address that serves it.
        add_second_article(site_copy)
        assert wait_for(f"{base}articles/{SECOND}/", "45", 60), "the new article is not served"
        assert wait_for(f"{base}en/articles/{SECOND}/", "45", 30)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and "Updated:" not in log_path.read_text("utf-8"):
            time.sleep(0.25)
        updated = re.findall(
            r"Updated: (\S+) \(Arabic\), (\S+) \(English\)", log_path.read_text("utf-8")
        )
        assert (f"{base}articles/{SECOND}/", f"{base}en/articles/{SECOND}/") in updated

        # A deleted article's pages go from the preview too.
        shutil.rmtree(site_copy / "content" / "articles" / SECOND)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and fetch(f"{base}articles/{SECOND}/") is not None:
            time.sleep(0.25)
        assert fetch(f"{base}articles/{SECOND}/") is None, "the deleted explainer is still served"
        assert fetch(f"{base}en/articles/{SECOND}/") is None

        # An edit of mkdocs.yml reaches every page, although only changed pages are rebuilt.
        config.write_text(
            config.read_text(encoding="utf-8") + "copyright: settings-edit-canary\n",
            encoding="utf-8",
        )
        assert wait_for(f"{base}articles/{SLUG}/", "settings-edit-canary", 60)
        assert wait_for(f"{base}en/articles/{SLUG}/", "settings-edit-canary", 30)
        assert server.poll() is None, "the server stopped"
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
    text = log_path.read_text(encoding="utf-8")
    for noise in NOISE:
        assert noise not in text, (noise, text)
    # What is left: the 404s of this test's own polling for a page not yet built or deleted.
    warnings = [line for line in text.splitlines() if line.startswith("WARNING")]
    assert all(f'/articles/{SECOND}/ HTTP/1.1" code 404' in w for w in warnings), warnings
