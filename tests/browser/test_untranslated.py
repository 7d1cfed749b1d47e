"""An article nobody translated, as an English reader meets it in headless Chromium.

The site is the example plus one real article from ../shared/corpus (written into a temporary
content tree at test time, never into the repository) with no ``article.en.md``. Its English
page must read in English everywhere but the Arabic source section, fit a phone and a desktop
(screenshots under test-artifacts/), and the English home lists it by its generated English
headline, newest first.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.browser.conftest import CHROMIUM, served_site, site_source
from tests.browser.test_pages import SHOTS, open_page
from tests.conftest import CORPUS
from tests.hostile.test_corpus import published

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = [
    pytest.mark.browser,
    pytest.mark.corpus,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason=f"{CHROMIUM} is absent: install Debian's chromium (scripts/install-chromium)",
    ),
]

SLUG = "untranslated-report"
DEVSET = Path(__file__).parents[1] / "devset"
ARABIC_WORD = re.compile(r"[\u0620-\u064a]{2,}")

# Text nodes the reader sees in the page content, outside elements marked lang="ar".
VISIBLE_TEXT_OUTSIDE_ARABIC = """() => {
  const root = document.querySelector('.md-content');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || el.closest('[lang="ar"]') || !node.textContent.trim()) continue;
    if (!el.checkVisibility()) continue;
    out.push(node.textContent.trim());
  }
  return out;
}"""


def _corpus_article() -> dict[str, str]:
    """A real article of a typical length that is not in the dev set (tests never tune on
    it), the first in the corpus file: the same one on every run."""
    if not CORPUS.exists():
        pytest.skip(f"corpus not found at {CORPUS} (it lives in ../shared/corpus beside the repo)")
    annotated = {p.stem for p in DEVSET.glob("*.yml")}
    with CORPUS.open(encoding="utf-8") as fp:
        for line in fp:
            record = json.loads(line)
            key = hashlib.sha1(record["id"].encode()).hexdigest()[:12]
            if key not in annotated and 1500 <= len(record["text"]) <= 4000:
                return record
    pytest.skip("no corpus article of a typical length")


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    record = _corpus_article()
    src = site_source(tmp_path_factory, "untranslated-site")
    folder = src / "content" / "articles" / SLUG
    folder.mkdir()
    front = (
        f"---\ntitle: {json.dumps(record['title'], ensure_ascii=False)}\n"
        f"published: {published(record['published']).isoformat()}\n---\n\n"
    )
    (folder / "article.ar.md").write_text(front + record["text"] + "\n", encoding="utf-8")
    with served_site(src) as url:
        yield url


def _no_horizontal_scroll(page: Page) -> bool:
    return bool(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"))


@pytest.mark.parametrize("width", (390, 1280))
def test_the_english_page_of_an_untranslated_article_reads_in_english(
    browser: Browser, site_url: str, width: int
) -> None:
    with open_page(browser, f"{site_url}en/articles/{SLUG}/", width=width) as (page, _):
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"en-untranslated-{width}.png"), full_page=True)
        arabic = [t for t in page.evaluate(VISIBLE_TEXT_OUTSIDE_ARABIC) if ARABIC_WORD.search(t)]
        assert not arabic, f"Arabic outside the source section: {arabic[:5]}"
        assert not ARABIC_WORD.search(page.title()), page.title()
        # The reader is told there is no translation, and the source reads right to left.
        assert page.locator("text=An English translation of this article is not available").count()
        source = page.locator(".ex-source")
        assert source.get_attribute("lang") == "ar"
        assert source.evaluate("el => getComputedStyle(el).direction") == "rtl"
        assert _no_horizontal_scroll(page), f"the page scrolls sideways at {width}px"


def test_the_english_home_lists_it_by_its_english_headline_newest_first(
    browser: Browser, site_url: str
) -> None:
    with open_page(browser, f"{site_url}en/") as (page, _):
        items = page.locator(".ex-index__item")
        titles = items.locator("a").all_inner_texts()
        dates = items.locator("time").evaluate_all("els => els.map(e => e.dateTime)")
        assert len(titles) >= 2
        assert dates == sorted(dates, reverse=True), dates
        assert all(t.strip() and not ARABIC_WORD.search(t) for t in titles), titles
        hrefs = items.locator("a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
        assert any(SLUG in h for h in hrefs), hrefs
