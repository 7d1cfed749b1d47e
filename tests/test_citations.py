"""Citations ("source N" links and the quote shown on hover): the quote is in the page's
language where it can be (the translation's sentence, or its paragraph), else the Arabic
marked lang="ar"; the headline is cited as "headline"."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest

from builder.pipeline import generate
from tests.editor.helpers import write_article

SLUG = "2023-05-02-citations"
ARTICLE = """---
title: وزير الخارجية القطري يزور الخرطوم
published: 2023-05-02
---

زار وزير الخارجية القطري الخرطوم يوم الثلاثاء، والتقى الرئيس السوداني.

وقال الوزير إن 120 شخصا نزحوا الشهر الماضي. وأضاف أن 40 قرية تضررت من الفيضانات.

وختم الوزير زيارته بلقاء مع ممثلي 15 منظمة إنسانية.
"""
TRANSLATION = """---
title: Qatar's foreign minister visits Khartoum
---

Qatar's foreign minister visited Khartoum on Tuesday and met the Sudanese president.

The minister said 120 people were displaced last month. He added that 40 villages were damaged by floods.

The minister ended his visit by meeting representatives of 15 humanitarian organisations, as the talks (which had begun in Doha) went on. A second round is planned.
"""
CITE = re.compile(
    r'<a class="ex-cite" href="#(s\d+)" aria-describedby="([^"]+)">([^<]*)'
    r'<span class="ex-cite__quote"((?: lang="[a-z]+" dir="[a-z]+")?) data-quote="([^"]*)"></span></a>'
)
ARABIC = re.compile("[\u0600-\u06ff]")


def cites(page: str) -> dict[str, tuple[str, str, str, str]]:
    """Anchor -> (described by, label, lang attributes, quote) of every citation."""
    found = {a: (d, lbl, attrs, unescape(q)) for a, d, lbl, attrs, q in CITE.findall(page)}
    assert found and page.count('class="ex-cite"') == len(CITE.findall(page)), page
    return found


@pytest.fixture
def content(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    write_article(content, SLUG, ARTICLE)
    return content


def page(content: Path, lang: str) -> str:
    pages = generate(content).pages
    text = pages[f"articles/{SLUG}.{lang}.md"]
    assert isinstance(text, str)
    return text


def test_english_page_with_a_translation_quotes_the_translation(content: Path) -> None:
    (content / "articles" / SLUG / "article.en.md").write_text(TRANSLATION, encoding="utf-8")
    found = cites(page(content, "en"))
    assert all(not ARABIC.search(q) and attrs == "" for _, _, attrs, q in found.values())
    # Paragraph 2 has two sentences in both languages: each figure quotes its own sentence.
    assert found["s2"][3] == "The minister said 120 people were displaced last month."
    assert found["s3"][3] == "He added that 40 villages were damaged by floods."
    # Paragraph 3 has one Arabic sentence and two English ones: the paragraph is quoted.
    assert (
        found["s4"][3].startswith("The minister ended his visit")
        and "second round" in (found["s4"][3])
    )
    # Screen readers are pointed at the English paragraph, not the empty Arabic anchor.
    assert found["s2"][0] == "p2" and found["s4"][0] == "p3"
    assert 'id="p2"' in page(content, "en")


def test_english_page_without_a_translation_marks_the_arabic_quote(content: Path) -> None:
    found = cites(page(content, "en"))
    for anchor, (described, _, attrs, quote) in found.items():
        assert ARABIC.search(quote), (anchor, quote)
        assert attrs == ' lang="ar" dir="rtl"', (anchor, attrs)
        assert described == anchor


def test_the_headline_is_cited_as_headline(content: Path) -> None:
    ar, en = cites(page(content, "ar")), cites(page(content, "en"))
    assert "s0" in ar and "s0" in en
    assert en["s0"][1] == "headline" and ar["s0"][1] == "العنوان"
    assert en["s2"][1] == "source 2" and ar["s2"][1] == "المصدر 2"
    assert "source 0" not in page(content, "en") and "المصدر 0" not in page(content, "ar")


def test_the_english_headline_quotes_title_en(content: Path) -> None:
    (content / "articles" / SLUG / "article.en.md").write_text(TRANSLATION, encoding="utf-8")
    assert cites(page(content, "en"))["s0"][2:] == ("", "Qatar's foreign minister visits Khartoum")


def test_arabic_page_quotes_arabic_in_its_own_language(content: Path) -> None:
    (content / "articles" / SLUG / "article.en.md").write_text(TRANSLATION, encoding="utf-8")
    for _, _, attrs, quote in cites(page(content, "ar")).values():
        assert ARABIC.search(quote) and attrs == ""
