"""No built page requests another host, viewed from a local server or from disk, with the
site_url of mkdocs.yml left as it is (a host that is not the one serving the pages). Before
(issue 14): the theme fetched ``https://<site_url host>/…/sitemap.xml`` for every absolute
hreflang alternate, although the README promises no request to another host. Every request
is recorded (and refused when it leaves), and the page is watched until the network is idle."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CONTENT, EXAMPLE, ROOT
from tests.sitebuild import mkdocs_build

pytestmark = [pytest.mark.browser, pytest.mark.site]

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--no-first-run"]
SLUG = EXAMPLE.parent.name
PAGES = ["", "en/", f"articles/{SLUG}/", f"en/articles/{SLUG}/", "404.html"]


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("other-host")
    shutil.copy(ROOT / "mkdocs.yml", src / "mkdocs.yml")  # site_url: another host
    shutil.copytree(CONTENT, src / "content")
    shutil.copytree(ROOT / "theme_overrides", src / "theme_overrides")
    result = mkdocs_build(src)
    assert result.returncode == 0, result.stderr
    return src / "site"


@pytest.fixture(scope="module")
def served(site: Path) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent: install Debian's chromium to run the browser checks")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


def requests_elsewhere(browser: Any, url: str, home: str) -> list[str]:
    """Every request the page at ``url`` makes to another host than ``home``'s (from disk:
    any request that is not for a file), until the network has been idle for a while
    (Playwright's networkidle: no fixed sleep)."""
    context = browser.new_context()
    page = context.new_page()
    outside: list[str] = []

    def route(r: Any) -> None:
        if r.request.url.startswith(home) or (
            home.startswith("file:") and r.request.url.startswith("file:")
        ):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    try:
        page.goto(url, wait_until="load")
        page.wait_for_load_state("networkidle")
        # Open the language switcher's menu, as a reader would, and wait again.
        page.hover(".md-header__option .md-select")
        page.wait_for_load_state("networkidle")
    finally:
        context.close()
    return outside


@pytest.mark.parametrize("rel", PAGES)
def test_served_locally(rel: str, served: str, browser: Any) -> None:
    assert requests_elsewhere(browser, served + rel, served) == []


@pytest.mark.parametrize("rel", [p if p.endswith(".html") else p + "index.html" for p in PAGES])
def test_opened_from_disk(rel: str, site: Path, browser: Any) -> None:
    """(404.html links its assets from the site's root path, as MkDocs writes it for any
    depth: from disk those are missing files, not requests to another host.)"""
    home = site.as_uri() + "/"
    assert requests_elsewhere(browser, home + rel, home) == []
