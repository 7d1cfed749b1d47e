"""`mkdocs serve`: an edit to an article shows up without restarting the server."""

from __future__ import annotations

import json
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from tests.sitebuild import MKDOCS, SLUG, free_port

pytestmark = pytest.mark.site


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def wait_for(url: str, needle: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        page = fetch(url)
        if page is not None and needle in page:
            return True
        time.sleep(0.25)
    return False


def search_entry(base: str, seconds: float = 30) -> dict:
    """Pagefind's entry file (per language, the index's content hash and page count), once
    it is there: in ``serve`` the index is written just after the pages, and a full rebuild
    clears the site first."""
    deadline = time.monotonic() + seconds
    while True:
        entry = json.loads(fetch(f"{base}/pagefind/pagefind-entry.json") or "{}")
        if set(entry.get("languages", {})) == {"ar", "en"} or time.monotonic() > deadline:
            break
        time.sleep(0.25)
    assert set(entry.get("languages", {})) == {"ar", "en"}, entry
    return entry


def wait_for_new_index(base: str, before: dict, seconds: float) -> bool:
    """Both editions' indexes rewritten (their hashes follow the indexed text)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        now = search_entry(base, seconds)["languages"]
        if all(now[lang]["hash"] != e["hash"] for lang, e in before["languages"].items()):
            return True
        time.sleep(0.25)
    return False


@pytest.mark.parametrize(
    "mode", [["--livereload"], ["--livereload", "--dirty"]], ids=["full", "dirty"]
)
def test_edit_is_served_without_restart(site_copy: Path, tmp_path: Path, mode: list[str]) -> None:
    """`make serve` runs the dirty mode: only changed pages are rebuilt, and the search index
    is rewritten with the edit and keeps one record per page however many edits come in."""
    port = free_port()
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen(
        [*MKDOCS, "serve", *mode, "-a", f"127.0.0.1:{port}", "-f", str(site_copy / "mkdocs.yml")],
        cwd=site_copy,
        stdout=log,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}/explainer"
        url = f"{base}/articles/{SLUG}/"
        assert wait_for(url, "286", 120), "the server did not serve the explainer"
        before = search_entry(base)
        article = site_copy / "content" / "articles" / SLUG / "article.ar.md"
        text = article.read_text(encoding="utf-8")
        for number, shown in [("4321", "4,321"), ("5432", "5,432")]:
            article.write_text(text.replace("286 قتيلاً", f"{number} قتيلاً"), encoding="utf-8")
            assert wait_for(url, shown, 60), "the edit did not reach the served page"
            assert wait_for(f"{base}/en/articles/{SLUG}/", shown, 30)
        assert wait_for_new_index(base, before, 30), "the search index missed the edit"
        after = search_entry(base)
        counts = {lang: e["page_count"] for lang, e in after["languages"].items()}
        assert counts == {lang: e["page_count"] for lang, e in before["languages"].items()}, (
            "the search index grew with the edits"
        )
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
