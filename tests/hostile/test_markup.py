"""Markup in the article, its title and title_en: HTML (script, img onerror, iframe, raw
blocks), Markdown (javascript:/data: links, images, headings, tables, fences), Jinja/macro
syntax, HTML entities, backticks. The generated Markdown and the real MkDocs site show all
of it as text, and hold no element, attribute or script that content created."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.cases import MARKUP_CASES, MarkupCase, markup_glossary
from tests.hostile.conftest import BuiltSite
from tests.hostile.helpers import (
    CONTROL,
    Node,
    errors,
    html_violations,
    make_content,
    parse_html,
    render_markdown,
    squash,
)
from tests.hostile.runner import BIDI, build_checked, check_pages

IDS = [c.id for c in MARKUP_CASES]


def source_text(html: Node) -> str:
    """What the reader sees of the article text (the source section)."""
    divs = html.find_all(lambda n: n.tag == "div" and n.has_class("ex-source"))
    assert divs, "no source section"
    return " ".join(d.text() for d in divs)


def heading(html: Node) -> str:
    h1 = html.find_all(lambda n: n.tag == "h1")
    assert h1, "no h1"
    return h1[0].text().replace("¶", "")


def expected_heading(case: MarkupCase, lang: str) -> str | None:
    """The headline a page must show as text: the Arabic title on the Arabic page, an English
    one on the English page (with no English title given, the English page writes its own
    headline from the records, so the Arabic payload is not expected there)."""
    if (case.where == "title" and lang == "ar") or (
        case.where in ("title_en", "translation_title") and lang == "en"
    ):
        return case.visible
    return None


def credit(html: Node) -> tuple[str, list[str]]:
    """The page header's source credit: its text and the addresses it links to."""
    spans = html.find_all(lambda n: n.tag == "span" and n.has_class("ex-meta__source"))
    assert spans, "no source credit in the page header"
    links = [str(a.attrs.get("href")) for a in spans[0].find_all(lambda n: n.tag == "a")]
    return spans[0].text(), links


def check_fields(case: MarkupCase, lang: str, html: Node) -> list[str]:
    """The payload where the case put it, shown as text: the source credit and its link,
    a glossary or corrected English name among the actors."""
    wrong = []
    if case.where == "source":
        text, links = credit(html)
        if squash(case.visible) not in squash(text) or links != ["https://example.com/news/1"]:
            wrong.append(f"source credit is {text!r} linking to {links}")
    if case.where == "url":
        text, links = credit(html)
        if links != [case.visible]:
            wrong.append(f"source credit links to {links}, not {case.visible!r}")
    shown = squash(case.visible) in squash(html.text())
    if case.where in ("glossary_en", "actor_en") and lang == "en" and not shown:
        wrong.append(f"the English name {case.visible!r} is not shown")
    return wrong


@pytest.mark.parametrize("case", MARKUP_CASES, ids=IDS)
def test_generated_markdown(case: MarkupCase, tmp_path: Path) -> None:
    content = make_content(tmp_path, {case.slug: case.files()}, glossary=markup_glossary([case]))
    built = build_checked(content, tmp_path)
    mine = [p for p in built.site.all_problems if p.path and case.slug in str(p.path)]
    assert not errors(mine), mine
    for lang in ("ar", "en"):
        text = built.site.pages[f"articles/{case.slug}.{lang}.md"]
        assert isinstance(text, str)
        _, html = render_markdown(text)
        assert not html_violations(html)
        shown = expected_heading(case, lang)
        if shown is not None:
            assert squash(shown) in squash(heading(html)), (shown, heading(html))
        if case.where == "body":
            assert squash(case.visible) in squash(source_text(html))
            assert "49" not in source_text(html) or case.id != "jinja"
        assert not check_fields(case, lang, html)
    check_pages(built.site.pages)


def page(site: BuiltSite, rel: str) -> str:
    return (site.site / rel / "index.html").read_text(encoding="utf-8")


@pytest.mark.site
@pytest.mark.parametrize("case", MARKUP_CASES, ids=IDS)
def test_built_html(case: MarkupCase, markup_site: BuiltSite) -> None:
    wrong: list[str] = []
    for rel, lang in ((f"articles/{case.slug}", "ar"), (f"en/articles/{case.slug}", "en")):
        text = page(markup_site, rel)
        assert not BIDI.search(text)
        html = parse_html(text)
        wrong += [f"{rel}: {v}" for v in html_violations(html)]
        article = html.find_all(lambda n: n.tag == "article")
        assert article, "no <article>"
        shown = expected_heading(case, lang)
        if shown is not None:
            if squash(shown) not in squash(heading(article[0])):
                wrong.append(f"{rel}: h1 is {heading(article[0])!r}, not {shown!r}")
            title = " ".join(n.text() for n in html.find_all(lambda n: n.tag == "title"))
            if squash(shown) not in squash(title):
                wrong.append(f"{rel}: <title> is {title!r}, not {shown!r}")
        if case.where == "body":
            assert squash(case.visible) in squash(source_text(article[0]))
        wrong += [f"{rel}: {v}" for v in check_fields(case, lang, article[0])]
    assert not wrong, "\n".join(wrong)


@pytest.mark.site
@pytest.mark.parametrize("rel", [".", "en", f"articles/{CONTROL}", f"en/articles/{CONTROL}"])
def test_home_and_control_pages(rel: str, markup_site: BuiltSite) -> None:
    """The home pages list every markup case by its title; the control's English page has a
    description with quotes ("not to use force") that must not break out of its attribute."""
    html = parse_html(page(markup_site, rel))
    bad = html_violations(html)
    assert not bad, "\n".join(bad)


@pytest.mark.site
def test_search_records_are_plain_text(markup_site: BuiltSite) -> None:
    """Every page is in the search index with its title as the reader sees it: plain text,
    not escaped twice, no markup dropped (the search box shows it with textContent)."""
    import gzip
    import json

    fragments = []
    for path in (markup_site.site / "pagefind" / "fragment").glob("*.pf_fragment"):
        raw = gzip.decompress(path.read_bytes()).decode("utf-8")
        fragments.append(json.loads(raw.removeprefix("pagefind_dcd")))
    titles = {"/" + f["meta"]["href"]: f["meta"]["title"] for f in fragments}
    assert all(t.strip() for t in titles.values()), titles
    squash = " ".join
    for case in MARKUP_CASES:
        if case.where == "title":
            title = titles.get(f"/articles/{case.slug}/")
            assert title is not None, f"{case.slug} is not in the search index"
            assert squash(title.split()) == squash(case.visible.split()), (title, case.visible)
