"""Arabic search in a real browser: what an Arabic reader types finds what is written.

The built example site is served on 127.0.0.1; queries are typed into the theme's search box.
Spelling variants (hamza, ta marbuta, alef maqsura), the article and one-letter clitics must
not matter: ارمينيا finds أرمينيا, وساطة finds الوساطة and بوساطة.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import CONTENT, ROOT
from tests.sitebuild import free_port, mkdocs_build

pytestmark = [pytest.mark.browser, pytest.mark.site]
CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (make test installs it)")
    src = tmp_path_factory.mktemp("search-site")
    port = free_port()
    base = f"http://127.0.0.1:{port}/explainer/"
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = "\n".join(
        f"site_url: {base}" if line.startswith("site_url:") else line
        for line in config.splitlines()
    )
    (src / "mkdocs.yml").write_text(config, encoding="utf-8")
    shutil.copytree(CONTENT, src / "content")
    shutil.copytree(ROOT / "theme_overrides", src / "theme_overrides")
    result = mkdocs_build(src, strict=False)
    assert result.returncode == 0, result.stderr
    root = src / "www"
    shutil.copytree(src / "site", root / "explainer")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    server.RequestHandlerClass.log_message = lambda *args: None  # type: ignore[method-assign]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        server.shutdown()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
            ],
        )
        yield b
        b.close()


def results(browser: object, url: str, query: str) -> list[str]:
    page = browser.new_page()  # type: ignore[attr-defined]
    try:
        page.goto(url)
        page.wait_for_load_state("networkidle")
        box = page.locator("input[data-md-component=search-query]")
        page.keyboard.press("s")  # the theme's shortcut opens and focuses the search box
        box.focus()
        box.press_sequentially(query, delay=20)
        box.press("End")  # Arabic letters arrive as text input; the theme listens for key events
        # The result count replaces the placeholder once the worker has answered the full query.
        placeholder = box.evaluate(
            "() => JSON.parse(document.getElementById('__config').textContent).translations['search.result.placeholder']"
        )
        page.wait_for_function(
            "p => { const m = document.querySelector('.md-search-result__meta'); return m && m.textContent.trim() !== p }",
            arg=placeholder,
            timeout=15_000,
        )
        page.wait_for_timeout(500)
        return [
            str(t)
            for t in page.locator(".md-search-result__item a").evaluate_all(
                "els => els.map(e => e.href)"
            )
        ]
    finally:
        page.close()


@pytest.mark.parametrize(
    "query",
    [
        "أرمينيا",  # as written
        "ارمينيا",  # without hamza
        "وساطة",  # the text has بوساطة and الوساطة
        "الوساطه",  # article, and ha for ta marbuta
        "اذربيجان",  # أذربيجان without hamza
        "كاراباخ",
    ],
)
def test_arabic_queries_find_the_explainer(site_url: str, browser: object, query: str) -> None:
    found = results(browser, site_url, query)
    assert any("/articles/2022-10-31-armenia-azerbaijan-sochi-summit/" in href for href in found), (
        query,
        found,
    )


@pytest.mark.parametrize("query", ["Pashinyan", "mediation", "peacekeepers"])
def test_english_queries_find_the_english_edition(
    site_url: str, browser: object, query: str
) -> None:
    found = results(browser, site_url + "en/", query)
    assert any(
        "/en/articles/2022-10-31-armenia-azerbaijan-sochi-summit/" in href for href in found
    ), (query, found)


def test_unrelated_query_finds_nothing(site_url: str, browser: object) -> None:
    assert results(browser, site_url, "كمبوديا") == []
