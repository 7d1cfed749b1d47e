"""A site published under a sub-path (https://user.github.io/repo/): every internal link
resolves to a built file, and every hreflang alternate is absolute and under the sub-path."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from tests.sitebuild import mkdocs_build

pytestmark = pytest.mark.site

SITE_URL = "https://user.github.io/repo/"
SKIP_SCHEMES = ("mailto:", "tel:", "data:", "javascript:", "blob:")


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.alternates: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        for name in ("href", "src"):
            if a.get(name):
                self.links.append(a[name])
        if tag == "link" and a.get("rel") == "alternate" and "hreflang" in a:
            self.alternates.append((a["hreflang"], a.get("href", "")))


def page_url(site: Path, html: Path) -> str:
    rel = html.relative_to(site).as_posix()
    if rel.endswith("index.html"):
        rel = rel[: -len("index.html")]
    return SITE_URL + rel


def target_file(site: Path, url: str) -> Path | None:
    """The built file a URL under the site serves, or None."""
    path = unquote(urlsplit(url).path)
    base = urlsplit(SITE_URL).path
    if not path.startswith(base):
        return None
    candidate = site / path[len(base) :]
    if candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import shutil

    from tests.conftest import CONTENT, ROOT

    src = tmp_path_factory.mktemp("subpath")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config, n = re.subn(r"(?m)^site_url:.*$", f"site_url: {SITE_URL}", config)
    assert n == 1
    (src / "mkdocs.yml").write_text(config, encoding="utf-8")
    shutil.copytree(CONTENT, src / "content")
    shutil.copytree(ROOT / "theme_overrides", src / "theme_overrides")
    result = mkdocs_build(src)
    assert result.returncode == 0, result.stderr
    return src / "site"


def test_every_internal_link_resolves(built: Path) -> None:
    broken = []
    pages = sorted(built.rglob("*.html"))
    assert len(pages) >= 5
    for html in pages:
        parser = Links()
        parser.feed(html.read_text(encoding="utf-8"))
        here = page_url(built, html)
        for link in parser.links:
            if link.startswith("#") or link.lower().startswith(SKIP_SCHEMES):
                continue
            url = urljoin(here, link)
            parts = urlsplit(url)
            if parts.netloc != urlsplit(SITE_URL).netloc:
                continue  # another host: not ours to check (and the browser tests forbid them)
            if target_file(built, url) is None:
                broken.append(f"{html.relative_to(built)}: {link} -> {url}")
    assert not broken, "\n".join(broken[:50])


def alternates(built: Path) -> list[tuple[str, str, str]]:
    found = []
    for html in sorted(built.rglob("*.html")):
        parser = Links()
        parser.feed(html.read_text(encoding="utf-8"))
        found += [
            (html.relative_to(built).as_posix(), lang, href) for lang, href in parser.alternates
        ]
    return found


def test_explainer_hreflang_alternates_are_absolute_and_under_the_sub_path(built: Path) -> None:
    ours = [(page, lang, href) for page, lang, href in alternates(built) if "://" in href]
    assert {page for page, _, _ in ours} >= {"index.html", "en/index.html"}
    for page, lang, href in ours:
        assert href.startswith(SITE_URL), (page, lang, href)
        assert target_file(built, href) is not None, (page, lang, href)


def test_every_hreflang_alternate_is_absolute_and_under_the_sub_path(built: Path) -> None:
    found = alternates(built)
    assert len(found) >= 6
    bad = [
        f"{page}: {lang} -> {href}" for page, lang, href in found if not href.startswith(SITE_URL)
    ]
    assert not bad, "\n".join(bad)
