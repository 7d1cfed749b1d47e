"""`mkdocs serve`: a broken edit shows an error page; fixing the file brings the page back."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.sitebuild import MKDOCS, SLUG, free_port
from tests.test_serve import fetch, wait_for

pytestmark = pytest.mark.site


def test_broken_edit_shows_the_error_then_recovers(site_copy: Path) -> None:
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
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}/explainer"
        ar, en = f"{base}/articles/{SLUG}/", f"{base}/en/articles/{SLUG}/"
        assert wait_for(ar, "286", 120), "the server did not serve the explainer"
        article = site_copy / "content" / "articles" / SLUG / "article.ar.md"
        good = article.read_text(encoding="utf-8")
        article.write_text(
            good.replace("published: 2022-10-31", "published: <b>2022-10-32</b>"), encoding="utf-8"
        )
        assert wait_for(ar, "admonition failure", 60), "no error page for the broken article"
        page = fetch(ar) or ""
        assert "تعذّر بناء هذا الشرح" in page
        assert "article.ar.md:" in page and "is not an ISO date" in page
        assert "&lt;b&gt;2022-10-32&lt;/b&gt;" in page and "<b>2022-10-32</b>" not in page
        assert wait_for(en, "This explainer could not be built", 30)
        assert server.poll() is None, "the server stopped"
        article.write_text(good, encoding="utf-8")
        assert wait_for(ar, "286", 60), "fixing the file did not bring the page back"
        assert "admonition failure" not in (fetch(ar) or "")
        assert server.poll() is None
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
