"""The markup cases in a real browser (headless Debian Chromium through Playwright): every
page of the hostile site loads from a local http.server on 127.0.0.1 with no dialog, no
console error or page error from injected code, and no element, event handler or script URL
that content created. Skipped, with a message, where /usr/bin/chromium is absent; never
downloads a browser."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.hostile.cases import MARKUP_CASES
from tests.hostile.conftest import BuiltSite
from tests.hostile.helpers import CONTROL

pytestmark = [pytest.mark.browser, pytest.mark.site]

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--no-first-run"]

# Elements, handlers and URLs no page of the theme or the templates has.
SCAN = """() => {
  const bad = [];
  const forbidden = new Set(['IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'IMG', 'APPLET', 'BASE',
                             'AUDIO', 'VIDEO', 'MARQUEE', 'PORTAL']);
  for (const el of document.querySelectorAll('*')) {
    const tag = el.tagName.toUpperCase();
    if (forbidden.has(tag)) bad.push(tag + ' ' + el.outerHTML.slice(0, 120));
    for (const a of el.attributes) {
      if (a.name.toLowerCase().startsWith('on')) bad.push(tag + ' ' + a.name + '=' + a.value);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(a.name.toLowerCase())
          && /^\\s*(javascript|vbscript|data):/i.test(a.value)) bad.push(tag + ' ' + a.name + '=' + a.value);
    }
    if (tag === 'SCRIPT' && !el.src && !['application/json', 'application/ld+json'].includes(el.type)
        && /alert|xss/.test(el.textContent)) bad.push('SCRIPT ' + el.textContent.slice(0, 120));
  }
  if (window.__xss) bad.push('window.__xss set');
  // The page body is there: a script element left open ("<!--<script" in JSON-LD) leaves
  // an empty <body>.
  const article = document.querySelector('article.md-content__inner h1');
  if (!article || !article.textContent.trim()) bad.push('the page body did not render (no h1)');
  if (!document.querySelector('footer')) bad.push('the page body did not render (no footer)');
  return bad;
}"""


@pytest.fixture(scope="module")
def served(markup_site: BuiltSite) -> str:
    return markup_site.url


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


PAGES = [
    *(f"articles/{c.slug}/" for c in MARKUP_CASES),
    *(f"en/articles/{c.slug}/" for c in MARKUP_CASES),
    "",
    "en/",
    f"articles/{CONTROL}/",
    f"en/articles/{CONTROL}/",
]


@pytest.mark.parametrize("rel", PAGES)
def test_page_in_browser(rel: str, served: str, browser: Any) -> None:
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    errors: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(f"{d.type}: {d.message}"), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(f"page error: {e}"))
    page.on(
        "console",
        lambda m: errors.append(f"console {m.type}: {m.text}") if m.type == "error" else None,
    )
    # Only the local server: anything else (a payload's URL) is refused and recorded.
    outside: list[str] = []

    def route(r: Any) -> None:
        if r.request.url.startswith(served):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    missing: list[str] = []
    page.on(
        "response",
        lambda r: missing.append(f"{r.status} {r.url}") if r.status >= 400 else None,
    )
    try:
        response = page.goto(served + rel, wait_until="load")
        assert response is not None and response.ok, rel
        page.wait_for_timeout(150)  # let deferred scripts (the theme's) run
        bad = page.evaluate(SCAN)
    finally:
        context.close()
    problems = [*dialogs, *bad, *(f"request to {u}" for u in outside)]
    problems += [e for e in errors if "xss" in e or "alert" in e or "page error" in e]
    assert not problems, "\n".join(problems)
    assert not missing, "\n".join(missing)
    others = [e for e in errors if "Failed to load resource" not in e]
    assert not others, "\n".join(others)


@pytest.mark.parametrize(
    ("rel", "query", "where"), [("", "عنوان", "title"), ("en/", "Headline", "title_en")]
)
def test_search_results_show_titles_as_text(
    rel: str, query: str, where: str, served: str, browser: Any
) -> None:
    """Titles full of markup come out of the search box as the words written, never as
    elements, handlers or scripts."""
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        page.goto(served + rel)
        page.locator("#ex-search-input").press_sequentially(query)
        page.wait_for_function(
            "() => { const l = document.getElementById('ex-search-results');"
            " return l.dataset.query && l.querySelectorAll('a').length > 0 }",
            timeout=15_000,
        )
        panel = page.locator(".ex-search__panel")
        shown = " ".join(panel.locator("a").all_text_contents())
        injected = panel.evaluate(
            "p => [...p.querySelectorAll('*')].filter(e => !['P','OL','LI','A'].includes(e.tagName)"
            " || [...e.attributes].some(a => a.name.startsWith('on'))).map(e => e.outerHTML)"
        )
    finally:
        page.close()
    assert not dialogs and not injected, (dialogs, injected)
    payloads = [
        c.payload
        for c in MARKUP_CASES
        if c.where == where and "<" in c.payload and query in c.payload
    ]
    assert payloads
    for payload in payloads:
        assert " ".join(payload.split()) in " ".join(shown.split()), (payload, shown)
