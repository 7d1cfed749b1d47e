"""The built explainer pages in headless Chromium, checked as a reader would see them:
direction, fit on a phone and a desktop (with screenshots to look at), the self-hosted Arabic
font, no third-party request, accessibility (axe-core), citation quotes on hover and keyboard
focus, the side of the timeline, and the phone menus."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

import pytest

from tests.browser.conftest import CHROMIUM
from tests.conftest import ROOT
from tests.sitebuild import SLUG

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason=f"{CHROMIUM} is absent: install Debian's chromium (scripts/install-chromium)",
    ),
]

# name: (path under the site, lang, direction)
PAGES = {
    "ar-explainer": (f"articles/{SLUG}/", "ar", "rtl"),
    "ar-home": ("", "ar", "rtl"),
    "en-explainer": (f"en/articles/{SLUG}/", "en", "ltr"),
    "en-home": ("en/", "en", "ltr"),
}
WIDTHS = (375, 1280)
ARABIC_FONT = "IBM Plex Sans Arabic"
LATIN_FONT = "IBM Plex Sans"
SAMPLE = "مرحبا بكم في الشرح"
SHOTS = ROOT / "test-artifacts" / "screenshots"


@contextmanager
def open_page(
    browser: Browser,
    url: str,
    *,
    width: int = 1280,
    scheme: Literal["light", "dark"] = "light",
    wait: Literal["load", "networkidle"] = "load",
) -> Iterator[tuple[Page, list[str]]]:
    """A fresh tab at `url` (fonts settled); yields it with every URL it requested."""
    context = browser.new_context(viewport={"width": width, "height": 800}, color_scheme=scheme)
    try:
        page = context.new_page()
        requests: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        page.goto(url, wait_until=wait)
        page.evaluate("document.fonts.ready.then(() => true)")
        yield page, requests
    finally:
        context.close()


# True once nothing in the element is animating and its box is where it was one frame ago:
# a transition has ended (however long the theme makes it), not merely been waited for.
_SETTLED = """(selector) => {
    const el = document.querySelector(selector);
    if (!el) return false;
    const seen = (window.__settledBoxes ??= new Map());
    const box = JSON.stringify(el.getBoundingClientRect());
    const still = seen.get(selector) === box;
    seen.set(selector, box);
    const running = el.getAnimations({subtree: true}).some((a) => a.playState === "running");
    return still && !running;
}"""


def wait_until_settled(page: Page, selector: str) -> None:
    """Poll every animation frame until the element at ``selector`` has stopped moving."""
    page.wait_for_function(_SETTLED, arg=selector, polling="raf", timeout=5000)


@pytest.mark.parametrize("name", PAGES)
def test_direction_and_language_follow_the_edition(
    browser: Browser, base_url: str, name: str
) -> None:
    path, lang, direction = PAGES[name]
    with open_page(browser, base_url + path) as (page, _):
        seen = page.evaluate(
            """() => {
                const html = document.documentElement;
                const style = (el) => getComputedStyle(el).direction;
                return {lang: html.getAttribute("lang"), dir: html.getAttribute("dir"),
                        html: style(html), body: style(document.body),
                        article: style(document.querySelector("article"))};
            }"""
        )
    assert seen == {
        "lang": lang,
        "dir": direction,
        "html": direction,
        "body": direction,
        "article": direction,
    }


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", PAGES)
def test_nothing_overflows_horizontally(
    browser: Browser, base_url: str, name: str, width: int, request: pytest.FixtureRequest
) -> None:
    """Also leaves a full-page screenshot to look at, whatever the outcome:
    test-artifacts/screenshots/test_nothing_overflows_horizontally/NAME-WIDTH.png."""
    folder = SHOTS / request.node.originalname
    with open_page(browser, base_url + PAGES[name][0], width=width) as (page, _):
        page.screenshot(path=folder / f"{name}-{width}.png", full_page=True)
        sizes = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        # Content sticking out of the screen that the page does not let the reader scroll to.
        outside = page.evaluate(
            """() => [...document.querySelectorAll("article *")]
                .filter((el) => {
                    const box = el.getBoundingClientRect();
                    return box.width && (box.left < -1 || box.right > innerWidth + 1);
                })
                .map((el) => el.outerHTML.slice(0, 120))"""
        )
    assert sizes[0] <= sizes[1], f"page is {sizes[0]}px wide in a {sizes[1]}px window"
    assert outside == []


@pytest.mark.parametrize("name", ["ar-explainer", "en-explainer"])
def test_arabic_text_is_set_in_the_self_hosted_arabic_font(
    browser: Browser, base_url: str, name: str
) -> None:
    with open_page(browser, base_url + PAGES[name][0]) as (page, requests):
        checked = page.evaluate(f"document.fonts.check('16px \"{ARABIC_FONT}\"', '{SAMPLE}')")
        loaded = page.evaluate(
            """(family) => [...document.fonts]
                .filter((f) => f.family.replace(/"/g, "") === family && f.status === "loaded")
                .map((f) => f.weight)""",
            ARABIC_FONT,
        )
        widths = page.evaluate(
            """(text) => {
                const article = document.querySelector("article");
                const ours = document.createElement("span");
                const fallback = document.createElement("span");
                ours.lang = fallback.lang = "ar";
                ours.textContent = fallback.textContent = text;
                fallback.style.fontFamily = "serif";
                article.append(ours, fallback);
                return [ours.getBoundingClientRect().width, fallback.getBoundingClientRect().width];
            }""",
            SAMPLE,
        )
    assert checked, f"{ARABIC_FONT} is not ready for Arabic text"
    assert "400" in loaded, f"{ARABIC_FONT} regular was not loaded (loaded weights: {loaded})"
    fonts = [u for u in requests if u.endswith(".woff2") and "plex-sans-arabic" in u]
    assert fonts and all(urlsplit(u).hostname == "127.0.0.1" for u in fonts), requests
    assert abs(widths[0] - widths[1]) > 1, f"same width as the fallback serif: {widths}"


def test_latin_text_is_set_in_the_companion_font(browser: Browser, base_url: str) -> None:
    with open_page(browser, base_url + PAGES["en-explainer"][0]) as (page, requests):
        family = page.evaluate("getComputedStyle(document.querySelector('article h1')).fontFamily")
        checked = page.evaluate(f"document.fonts.check('16px \"{LATIN_FONT}\"', 'Armenia')")
    assert family.startswith(f'"{ARABIC_FONT}", "{LATIN_FONT}"'), family
    assert checked
    assert any(u.endswith("ibm-plex-sans-latin-400-normal.woff2") for u in requests), requests


@pytest.mark.parametrize("name", PAGES)
def test_no_request_leaves_the_local_host(browser: Browser, base_url: str, name: str) -> None:
    with open_page(browser, base_url + PAGES[name][0], wait="networkidle") as (_, requests):
        pass
    elsewhere = [
        u
        for u in requests
        if urlsplit(u).scheme not in ("data", "blob") and urlsplit(u).hostname != "127.0.0.1"
    ]
    assert requests and elsewhere == []


@pytest.mark.parametrize("name", PAGES)
def test_every_request_of_a_page_succeeds(browser: Browser, base_url: str, name: str) -> None:
    """No 404 in the console or the server's log, the theme's look-ups included: it asks for
    sitemap.xml beside each edition a page links to (to keep readers on the same page when
    they switch language)."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        page = context.new_page()
        failed: list[str] = []
        answered: set[str] = set()
        page.on("requestfailed", lambda r: failed.append(f"failed {r.url}"))

        def seen(response: Any) -> None:
            answered.add(response.url)
            if response.status >= 400:
                failed.append(f"{response.status} {response.url}")

        page.on("response", seen)
        page.goto(base_url + PAGES[name][0], wait_until="load")
        expected = set(
            page.evaluate(
                """() => [...document.querySelectorAll("link[rel=alternate][hreflang]")]
                    .map((link) => new URL("sitemap.xml", link.href).href)"""
            )
        )
        deadline = time.monotonic() + 10
        while not expected <= answered and time.monotonic() < deadline:
            page.wait_for_timeout(50)
    finally:
        context.close()
    assert expected, "the page has no hreflang alternates"
    assert expected <= answered, f"the theme did not ask for {expected - answered}"
    assert failed == []


@pytest.mark.parametrize(
    ("name", "scheme"),
    [(name, "light") for name in PAGES] + [("ar-explainer", "dark"), ("en-explainer", "dark")],
)
def test_no_serious_or_critical_accessibility_violations(
    browser: Browser, base_url: str, name: str, scheme: Literal["light", "dark"]
) -> None:
    axe = pytest.importorskip(
        "axe_playwright_python.sync_playwright",
        reason="axe-playwright-python (a test dependency) is not installed",
    )
    with open_page(browser, base_url + PAGES[name][0], scheme=scheme) as (page, _):
        results = axe.Axe().run(page)
    serious = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    report = [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:5]]}"
        for v in serious
    ]
    assert report == []


def contrast(fg: str, bg: str) -> float:
    """WCAG contrast ratio of two computed `rgb(...)` colours (the foreground may be translucent)."""

    def channels(css: str) -> list[float]:
        return [float(x) for x in css[css.index("(") + 1 : -1].replace("/", ",").split(",")]

    *front, alpha = [*channels(fg), 1.0][:4]
    back = channels(bg)[:3]
    mixed = [alpha * f + (1 - alpha) * b for f, b in zip(front, back, strict=True)]

    def luminance(rgb: list[float]) -> float:
        lin = [c / 255 / 12.92 if c <= 10.31 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    light, dark = sorted((luminance(mixed), luminance(back)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


TOOLTIP = """(el) => {
    const quote = el.querySelector(".ex-cite__quote");
    const s = getComputedStyle(quote, "::after");
    return {quote: quote.dataset.quote, display: s.display, content: s.content, color: s.color, background: s.backgroundColor,
            left: parseFloat(s.left), width: parseFloat(s.width),
            lang: quote.closest("[lang]").getAttribute("lang"), direction: s.direction};
}"""


@pytest.mark.parametrize("name", ["ar-explainer", "en-explainer"])
def test_citation_shows_its_quote_on_hover_and_keyboard_focus(
    browser: Browser, base_url: str, name: str, request: pytest.FixtureRequest
) -> None:
    """On a phone-sized window, in the light and the dark palette: the quote panel appears, fits
    the screen and is readable (WCAG AA contrast); it is hidden otherwise. The example has a
    translation, so the English page quotes it in English."""
    folder = SHOTS / request.node.originalname
    lang = PAGES[name][1]
    with open_page(browser, base_url + PAGES[name][0], width=375) as (page, _):
        cite = page.locator(".ex-cite").first
        assert cite.evaluate(TOOLTIP)["quote"]
        assert cite.evaluate(TOOLTIP)["display"] == "none"
        for _ in range(80):  # Tab through the header and navigation to the first citation
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.matches('.ex-cite:focus-visible')"):
                break
        shown = {"keyboard": page.locator(".ex-cite:focus").evaluate(TOOLTIP)}
        page.evaluate("document.activeElement.blur()")
        cite.hover()
        shown["hover"] = cite.evaluate(TOOLTIP)
        page.screenshot(path=folder / f"{name}-hover-light.png")
        # what the palette toggle does; colours come from CSS custom properties of the scheme
        page.evaluate("document.body.setAttribute('data-md-color-scheme', 'slate')")
        shown["hover, dark"] = cite.evaluate(TOOLTIP)
        page.screenshot(path=folder / f"{name}-hover-dark.png")
    for how, tip in shown.items():
        assert tip["display"] == "block", (how, tip)
        # (the computed content is a CSS string: its quotation marks come back escaped)
        assert tip["quote"] and tip["quote"] in tip["content"].replace('\\"', '"'), (how, tip)
        assert tip["left"] >= 0 and tip["left"] + tip["width"] <= 375, (how, tip)
        assert contrast(tip["color"], tip["background"]) >= 4.5, (how, tip)
        assert tip["lang"] == lang, (how, tip)
        assert (re.search("[\u0600-\u06ff]", tip["quote"]) is not None) == (lang == "ar"), tip


@pytest.mark.parametrize("name", ["ar-explainer", "en-explainer"])
def test_timeline_runs_from_the_inline_start_side(
    browser: Browser, base_url: str, name: str
) -> None:
    direction = PAGES[name][2]
    with open_page(browser, base_url + PAGES[name][0], width=375) as (page, _):
        if not page.locator("ol.ex-timeline").count():
            pytest.skip("the example explainer has no timeline in this build")
        geometry = page.evaluate(
            """() => {
                const list = document.querySelector("ol.ex-timeline");
                const style = getComputedStyle(list);
                const box = list.getBoundingClientRect();
                const dates = [...list.querySelectorAll(".ex-timeline__date")].map((d) => {
                    const range = document.createRange();
                    range.selectNodeContents(d);
                    const r = range.getBoundingClientRect();
                    return [r.left, r.right];
                });
                return {left: parseFloat(style.borderLeftWidth), right: parseFloat(style.borderRightWidth),
                        box: [box.left, box.right], dates};
            }"""
        )
    line_on_right = direction == "rtl"
    assert (geometry["right"] > 0, geometry["left"] > 0) == (line_on_right, not line_on_right)
    line = geometry["box"][1] if line_on_right else geometry["box"][0]
    # every date starts right next to the line (within ~2em), on the side where reading starts
    gaps = [line - right if line_on_right else left - line for left, right in geometry["dates"]]
    assert gaps and all(0 < gap < 40 for gap in gaps), gaps


@pytest.mark.parametrize("name", ["ar-explainer", "en-explainer"])
def test_phone_menus_open_inside_the_screen(browser: Browser, base_url: str, name: str) -> None:
    """The navigation drawer slides in from the reading side; the language menu fits."""
    direction = PAGES[name][2]
    with open_page(browser, base_url + PAGES[name][0], width=375) as (page, _):
        page.locator("label.md-header__button[for='__drawer']").click()
        page.wait_for_function("document.getElementById('__drawer').checked")
        wait_until_settled(page, ".md-sidebar--primary")  # the drawer's transition
        drawer = page.locator(".md-sidebar--primary").bounding_box()
        page.keyboard.press("Escape")
        page.locator(".md-select > button").focus()
        wait_until_settled(page, ".md-select__inner")
        menu = page.locator(".md-select__inner").bounding_box()
    assert drawer and menu
    if direction == "rtl":
        assert abs(drawer["x"] + drawer["width"] - 375) < 2, drawer
    else:
        assert abs(drawer["x"]) < 2, drawer
    assert menu["x"] >= 0 and menu["x"] + menu["width"] <= 375, menu
