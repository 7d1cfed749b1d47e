"""`mkdocs serve`: an edit to an article shows up without restarting the server."""

from __future__ import annotations

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


def test_edit_is_served_without_restart(site_copy: Path) -> None:
    port = free_port()
    server = subprocess.Popen(
        [
            *MKDOCS,
            "serve",
            "--livereload",
            "-a",
            f"127.0.0.1:{port}",
            "-f",
            str(site_copy / "mkdocs.yml"),
        ],
        cwd=site_copy,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}/explainer"
        url = f"{base}/articles/{SLUG}/"
        assert wait_for(url, "286", 120), "the server did not serve the explainer"
        article = site_copy / "content" / "articles" / SLUG / "article.ar.md"
        text = article.read_text(encoding="utf-8")
        article.write_text(text.replace("286 قتيلاً", "4321 قتيلاً"), encoding="utf-8")
        assert wait_for(url, "4,321", 60), "the edit did not reach the served page"
        assert wait_for(f"{base}/en/articles/{SLUG}/", "4,321", 30)
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
