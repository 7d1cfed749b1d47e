"""The example site with every markup case as an article, built once by the real
``mkdocs build`` (for the HTML checks) and served on 127.0.0.1 (for the browser), with
site_url set to that address so that the theme's own requests stay on it."""

from __future__ import annotations

import re
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXAMPLE, ROOT
from tests.hostile.cases import MARKUP_CASES, markup_glossary
from tests.hostile.helpers import CONTROL, assert_plain_errors, make_content, tree_digest
from tests.sitebuild import mkdocs_build


@dataclass
class BuiltSite:
    src: Path
    site: Path
    stderr: str
    url: str
    """Where the built site is served (http://127.0.0.1:PORT/)."""


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="session")
def markup_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuiltSite]:
    src = tmp_path_factory.mktemp("hostile-site")
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(src / "site")))
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"(?m)^site_url:.*$", f"site_url: {url}", config)
    (src / "mkdocs.yml").write_text(config, encoding="utf-8")
    shutil.copytree(ROOT / "theme_overrides", src / "theme_overrides")
    content = make_content(
        src,
        {case.slug: case.files() for case in MARKUP_CASES},
        glossary=markup_glossary(MARKUP_CASES),
    )
    # The control with its translation, whose English lede holds quotes ("not to use force").
    shutil.copy(EXAMPLE.parent / "article.en.md", content / "articles" / CONTROL)
    before = tree_digest(content)
    around = tree_digest(src, skip=[src / "site", src / "build"])
    result = mkdocs_build(src, strict=False)
    assert_plain_errors(result.stderr)
    assert result.returncode == 0, result.stderr
    assert tree_digest(content) == before, "mkdocs build changed content/"
    assert tree_digest(src, skip=[src / "site", src / "build"]) == around, (
        "mkdocs build wrote outside site/ and build/"
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield BuiltSite(src, src / "site", result.stderr, url)
    finally:
        server.shutdown()
        server.server_close()
