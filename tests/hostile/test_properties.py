"""Property-based tests: Arabic-heavy text mixed with Latin and Arabic-Indic digits, Arabic
and Latin punctuation (، ؛ ؟ « » “ ”), Latin words, the vocabulary the extractors look for,
markup and template syntax, and control/bidi/zero-width characters, through
``builder.api.extract_facts`` and ``render_explainer`` in both languages. Properties:

- nothing raises but ExplainerError;
- every span indexes the source exactly: figures (``text``), times (``when_text``), actor
  mentions, sentences; events and mediation efforts point inside the document;
- every rendered page, as MkDocs' Markdown turns it into HTML, parses with no element,
  attribute, script or URL that the input created, and only the templates' tags.

A few hundred examples run in the normal suite. For a long campaign::

    HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest tests/hostile/test_properties.py

(``long``: 20,000 examples per test; ``HYPOTHESIS_EXAMPLES=N`` sets any other number).
Failing examples are kept in ``.hypothesis/`` and replayed first on the next run;
``--hypothesis-show-statistics`` shows how the time went, ``--hypothesis-seed=N``
reproduces a run.
"""

from __future__ import annotations

import os
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builder.api import extract_facts
from builder.errors import ExplainerError
from builder.records import Facts
from builder.render.pages import render_explainer
from builder.render.settings import Settings
from builder.render.templating import LANGUAGES
from tests.hostile.helpers import (
    Node,
    html_violations,
    render_markdown,
)

PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "")
EXAMPLES = int(os.environ.get("HYPOTHESIS_EXAMPLES", {"long": 20_000}.get(PROFILE, 300)))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

TEMPLATE_TAGS = {
    "#document", "h1", "h2", "h3", "p", "div", "span", "bdi", "a", "time", "table", "thead",
    "tbody", "tr", "th", "td", "ol", "ul", "li", "dl", "dt", "dd", "figure", "figcaption",
    "svg", "g", "rect", "text", "tspan", "title", "desc", "line", "path", "small", "abbr",
    "details", "summary", "br", "section", "aside", "nav",
}  # fmt: skip
"""Tags the templates (and the chart) write; a page with another one got it from input. If
the templates start writing a new tag, add it here."""

ARABIC_LETTERS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي"
VOCABULARY = [
    # numbers, counted nouns, qualifiers
    "286", "6500", "2,000", "30 ألف", "ثلاثة", "ثلاثة آلاف", "آلاف", "عشرات", "جنديين",
    "٢٨٦", "۱۲", "3.5", "٣٫٥", "15%", "٪٢٠", "قتيلاً", "قتيلا", "جريحا", "جنديا", "جندي",
    "شخصا", "مليون دولار", "عامًا", "أكثر من", "حوالي", "نحو", "تصل إلى", "ما لا يقل عن",
    "10 أو 15 أو 20 عامًا", "بين 5 و 10",
    # time
    "يوم الاثنين", "الاثنين", "أكتوبر", "تشرين الأول", "أغسطس/آب", "أغسطس الماضي",
    "العام الماضي", "منذ ثمانية أشهر", "خريف 2020", "التسعينيات", "منتصف", "أواخر", "مطلع",
    "2022", "31 أكتوبر 2022", "عام 1994", "الأسبوع المقبل", "أمس",
    # actors and places
    "الرئيس الروسي فلاديمير بوتين", "بوتين", "رئيس الوزراء الأرميني نيكول باشينيان",
    "وزير الخارجية", "الأمين العام", "الأمم المتحدة", "الاتحاد الأوروبي", "حزب الله",
    "روسيا", "أرمينيا", "أذربيجان", "موسكو", "باكو", "سوتشي", "ناغورنو كاراباخ", "الروسي",
    "الفرنسي", "قطر", "بروكسل", "وكالة فرانس برس",
    # events and mediation
    "بوساطة", "محادثات", "قمة", "اتفاق", "وقف إطلاق النار", "اشتباكات", "حرب", "مفاوضات",
    "استضاف", "التقى", "اتفقت", "قتل", "أعلن",
    # Latin
    "AFP", "UN", "Reuters", "NATO", "COVID-19", "iPhone", "e-mail", "Dr.", "U.S.",
]  # fmt: skip
PUNCTUATION = [*"،؛؟«»“”.,!?:;()[]-–—/%\"'…", " - ", " ، ", "..."]
MARKUP = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<b>", "</div>", "</p>",
    "<!--", "-->", "[x](javascript:alert(1))", "![i](x)", "{{ 7*7 }}", "{% raw %}", "{#",
    "&lt;", "&amp;", "&#60;", "`", "```", "~~~", "# ", "> ", "* ", "| a |", "{: #x }", "\\",
    '" onmouseover="x', "' onfocus='x", "<https://x.y>", "--8<--", "\x02wzxhzdk:0\x03",
]  # fmt: skip
CONTROLS = [
    "\x00", "\x01", "\x07", "\x1b", "\x7f", "\x85", "\u200b", "\u200c", "\u200d", "\u200e",
    "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
    "\u2069", "\ufeff", "\u00ad", "\u061c", "\u0640", "\u064b", "\u0651", "\t", "\r", "\u00a0",
]  # fmt: skip

arabic_word = st.text(alphabet=ARABIC_LETTERS, min_size=1, max_size=9)
digits = st.one_of(
    st.integers(0, 10**7).map(str),
    st.integers(0, 10**6).map(
        lambda n: str(n).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    ),
    st.integers(0, 10**6).map(lambda n: f"{n:,}"),
    st.decimals(0, 1000, places=2, allow_nan=False).map(str),
)
latin_word = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=8
)
token = st.one_of(
    arabic_word,
    arabic_word,
    arabic_word,
    st.sampled_from(VOCABULARY),
    st.sampled_from(VOCABULARY),
    digits,
    latin_word,
    st.sampled_from(PUNCTUATION),
    st.sampled_from(MARKUP),
    st.sampled_from(CONTROLS),
)
separator = st.sampled_from([" ", " ", " ", " ", "", "\n", " ، ", ". ", "؟ ", "\u00a0"])


@st.composite
def sentence(draw: st.DrawFn) -> str:
    words = draw(st.lists(token, min_size=1, max_size=25))
    seps = draw(st.lists(separator, min_size=len(words), max_size=len(words)))
    end = draw(st.sampled_from([".", ".", "؟", "!", "", ":", "…"]))
    return "".join(w + s for w, s in zip(words, seps, strict=True)).strip() + end


@st.composite
def article_text(draw: st.DrawFn) -> str:
    paragraphs = draw(
        st.lists(st.lists(sentence(), min_size=1, max_size=4), min_size=1, max_size=6)
    )
    breaks = draw(st.sampled_from(["\n\n", "\n\n", "\r\n\r\n", "\n \n", "\n\n\n"]))
    return breaks.join(" ".join(p) for p in paragraphs)


titles = st.one_of(sentence(), st.text(min_size=1, max_size=40), st.sampled_from(MARKUP))
dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


def check_spans(facts: Facts) -> None:
    doc = facts.document
    text = doc.text
    for s in doc.sentences:
        assert text[s.span.start : s.span.end] == s.text, s
    for f in facts.figures:
        assert text[f.span.start : f.span.end] == f.text, f
    for t in facts.times:
        assert text[t.span.start : t.span.end] == t.when_text, t
    for a in facts.actors:
        assert a.spans, a
        for span in a.spans:
            assert text[span.start : span.end] in a.mentions, (a.id, span, a.mentions)
    n = len(doc.sentences)
    ids = {a.id for a in facts.actors}
    for e in facts.events:
        assert 0 <= e.span.start <= e.span.end <= len(text) and 0 <= e.sentence < n, e
        assert set(e.participants) <= ids, e
        if e.when_text is not None:
            assert e.when_text in text, e
    for m in facts.mediation:
        assert 0 <= m.span.start <= m.span.end <= len(text) and 0 <= m.sentence < n, m
        assert set(m.mediators) | set(m.parties) <= ids, m
        assert m.venue is None or m.venue in ids, m
        if m.when_text is not None:
            assert m.when_text in text, m


def check_page(markdown_text: str) -> None:
    _, html = render_markdown(markdown_text)
    bad = html_violations(html)
    assert not bad, bad
    tags = {n.tag for n in html.iter()}
    assert tags <= TEMPLATE_TAGS, f"elements from the input: {sorted(tags - TEMPLATE_TAGS)}"
    assert _headings(html) <= 1


def _headings(html: Node) -> int:
    return len(html.find_all(lambda n: n.tag == "h1"))


def extract_and_render(text: str, title: str, published: date) -> None:
    try:
        facts = extract_facts(text, title, published)
    except ExplainerError:
        return
    check_spans(facts)
    for lang in LANGUAGES:
        try:
            page = render_explainer(facts, lang, Settings())
        except ExplainerError:
            continue
        check_page(page)


@SETTINGS
@given(text=article_text(), title=titles, published=dates)
def test_extract_and_render(text: str, title: str, published: date) -> None:
    extract_and_render(text, title, published)


@SETTINGS
@given(text=st.text(max_size=400), title=st.text(max_size=60), published=dates)
def test_any_text_at_all(text: str, title: str, published: date) -> None:
    """Any Unicode at all (Hypothesis' own mix), not just the article-like kind."""
    extract_and_render(text, title, published)


def test_empty_document() -> None:
    """A blank headline and no text is refused in plain words, not a crash when rendering."""
    for title, text in [(" ", ""), ("", ""), ("\n", "\n\n")]:
        extract_and_render(text, title, date(2022, 1, 1))
