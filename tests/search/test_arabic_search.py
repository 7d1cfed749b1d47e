"""Search in a real browser: what a reader types into the header's search box finds what is
written, in the edition of the page.

The example site is built with the real MkDocs (Pagefind indexes it in the explainer plugin)
and served on 127.0.0.1 under the path of its site_url; queries are typed key by key into the
box. Spelling variants (hamza, ta marbuta, alef maqsura), the article and one-letter clitics
must not matter: ارمينيا finds أرمينيا, وساطة finds الوساطة and بوساطة. An Arabic page finds
only Arabic pages, an English page only English ones.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser.conftest import browser, served_site, site_source
from tests.sitebuild import SLUG

pytestmark = [pytest.mark.browser, pytest.mark.site]
__all__ = ["browser"]  # the module-scoped Chromium fixture of tests/browser
EXPLAINER = f"/explainer/articles/{SLUG}/"
EXPLAINER_EN = f"/explainer/en/articles/{SLUG}/"
ANSWERED = """() => {
  const input = document.getElementById('ex-search-input');
  const list = document.getElementById('ex-search-results');
  const status = document.getElementById('ex-search-status');
  return status.textContent.trim() !== ''
    && list.dataset.query === explainerFold.foldQuery(input.value).trim();
}"""
"""The results on screen answer the whole typed query (not an earlier prefix of it)."""


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_site(site_source(tmp_path_factory, "search-site")) as url:
        yield url


def open_search(browser: Any, url: str) -> Any:
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    page.errors = errors
    return page


def type_query(page: Any, query: str) -> list[str]:
    """Type ``query`` key by key into the search box, as a reader does ("/" focuses it);
    the hrefs of the result links once they answer the whole query."""
    page.keyboard.press("/")
    box = page.locator("#ex-search-input")
    assert box.evaluate("e => e === document.activeElement"), "'/' did not focus the search box"
    box.press_sequentially(query, delay=15)
    page.wait_for_function(ANSWERED, timeout=15_000)
    assert not page.errors, page.errors
    return [
        str(h)
        for h in page.locator("#ex-search-results a").evaluate_all("els => els.map(e => e.href)")
    ]


def results(browser: Any, url: str, query: str) -> list[str]:
    page = open_search(browser, url)
    try:
        return type_query(page, query)
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
        "بوتين",
    ],
)
def test_arabic_queries_find_the_explainer(site_url: str, browser: Any, query: str) -> None:
    found = results(browser, site_url, query)
    assert any(h.endswith(EXPLAINER) for h in found), (query, found)


@pytest.mark.parametrize("query", ["Pashinyan", "mediation", "peacekeepers"])
def test_english_queries_find_the_english_edition(site_url: str, browser: Any, query: str) -> None:
    found = results(browser, site_url + "en/", query)
    assert any(h.endswith(EXPLAINER_EN) for h in found), (query, found)


@pytest.mark.parametrize(("path", "english"), [("", False), ("en/", True)])
def test_results_are_in_the_edition_of_the_page(
    site_url: str, browser: Any, path: str, english: bool
) -> None:
    """286 (the killed) is in both editions: each page finds only its own edition."""
    found = results(browser, site_url + path, "286")
    assert found, "286 found nothing"
    assert all(("/explainer/en/" in h) == english for h in found), found


def test_unrelated_query_finds_nothing(site_url: str, browser: Any) -> None:
    page = open_search(browser, site_url)
    try:
        assert type_query(page, "كمبوديا") == []
        status = page.locator("#ex-search-status").text_content() or ""
        assert status.strip() == "لا توجد نتائج", status  # said in the page's language
    finally:
        page.close()


@pytest.mark.parametrize(
    ("path", "label", "direction"), [("", "إبحث", "rtl"), ("en/", "Search", "ltr")]
)
def test_search_box_is_labelled_and_keyboard_usable(
    site_url: str, browser: Any, path: str, label: str, direction: str
) -> None:
    """The box is named in the page's language and runs in its direction; arrow keys go
    through the result links and Enter opens one."""
    page = open_search(browser, site_url + path)
    try:
        box = page.get_by_role("searchbox", name=label)
        assert box.count() == 1
        assert box.evaluate("e => getComputedStyle(e.form).direction") == direction
        found = type_query(page, "286")
        assert found
        page.keyboard.press("ArrowDown")
        focused = page.evaluate("() => document.activeElement.href")
        assert focused == found[0]
        page.keyboard.press("Escape")
        assert page.locator("#ex-search-input").input_value() == ""
        type_query(page, "286")
        page.keyboard.press("ArrowDown")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert page.url == found[0]
    finally:
        page.close()
