"""Fixtures for the browser tests: the example site built with the real MkDocs, served on
127.0.0.1 under the path of its site_url, and one headless Debian Chromium for the module."""

from __future__ import annotations

import re
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CONTENT, ROOT
from tests.sitebuild import mkdocs_build

CHROMIUM = Path("/usr/bin/chromium")
PREFIX = "/explainer"  # the path of site_url in mkdocs.yml
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class SiteHandler(SimpleHTTPRequestHandler):
    """Serves the built site under PREFIX, as GitHub Pages would; anything else is a 404."""

    def translate_path(self, path: str) -> str:
        if path != PREFIX and not path.startswith(PREFIX + "/"):
            return str(Path(self.directory) / "not-under-the-site-path")
        return super().translate_path(path[len(PREFIX) :] or "/")

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def served_site(src: Path) -> Iterator[str]:
    """The site source in ``src`` (with content/ and theme_overrides/) built with the real
    MkDocs and served on 127.0.0.1 under the path of its site_url; yields
    http://127.0.0.1:PORT/explainer/. The build's site_url is that address, as it is the
    deployed host in production, so absolute links (hreflang, canonical) stay on the host and
    any request elsewhere is a real third-party request."""
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), partial(SiteHandler, directory=str(src / "site"))
    )
    url = f"http://127.0.0.1:{server.server_address[1]}{PREFIX}/"
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config, count = re.subn(r"(?m)^site_url:.*$", f"site_url: {url}", config)
    assert count == 1, "mkdocs.yml has no site_url line"
    (src / "mkdocs.yml").write_text(config, encoding="utf-8")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    try:
        result = mkdocs_build(src)
        assert result.returncode == 0, result.stderr
        thread.start()
        yield url
    finally:
        if thread.is_alive():
            server.shutdown()
        server.server_close()


def site_source(tmp_path_factory: pytest.TempPathFactory, name: str) -> Path:
    """A copy of the example site's content/ and theme_overrides/ to build."""
    src = tmp_path_factory.mktemp(name)
    shutil.copytree(CONTENT, src / "content")
    shutil.copytree(ROOT / "theme_overrides", src / "theme_overrides")
    return src


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The example site, served (see :func:`served_site`)."""
    with served_site(site_source(tmp_path_factory, "browser-site")) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent: install Debian's chromium (scripts/install-chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()
