"""Time expressions (builder/extract/times.py): table-driven cases, robustness, the
extraction step, and a sweep over real articles of the shared corpus."""

from __future__ import annotations

import email.utils
import json
import random
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from builder.analyse.document import make_document
from builder.analyse.tokens import tokenize
from builder.extract import times
from builder.extract.context import Context

CASES_FILE = Path(__file__).parent / "cases" / "times.yml"
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "ant-news-1000.jsonl"
SWEEP_ARTICLES = 300

YEAR = re.compile(r"\d{4}")
MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _cases() -> list[dict[str, Any]]:
    with CASES_FILE.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def _id(case: dict[str, Any]) -> str:
    words = case["text"].split()
    return " ".join(words[:6])


def _found(text: str, published: date) -> list[dict[str, str | None]]:
    tokens = tokenize(text)
    return [
        {"when_text": text[span.start : span.end], "date": when}
        for span, when in times.times_in(tokens, text, published)
    ]


def valid_iso(value: str) -> bool:
    """``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, or an interval ``start/end`` of one precision."""
    if "/" in value:
        start, _, end = value.partition("/")
        return valid_iso(start) and valid_iso(end) and len(start) == len(end) and start <= end
    if DAY.fullmatch(value):
        try:
            date.fromisoformat(value)
        except ValueError:
            return False
        return True
    return bool(MONTH.fullmatch(value) or YEAR.fullmatch(value))


# ------------------------------------------------------------------ the table


@pytest.mark.parametrize("case", _cases(), ids=_id)
def test_case(case: dict[str, Any]) -> None:
    published = case["published"]
    if isinstance(published, str):
        published = date.fromisoformat(published)
    expected = [{"when_text": e["when_text"], "date": e["date"]} for e in case["expect"]]
    assert _found(case["text"], published) == expected


def test_cases_are_many_and_distinct() -> None:
    cases = _cases()
    assert len(cases) >= 60
    assert len({c["text"] for c in cases}) == len(cases)
    for case in cases:
        for item in case["expect"]:
            assert item["when_text"] in case["text"]
            assert item["date"] is None or valid_iso(item["date"])


# ------------------------------------------------------------------ robustness

ODD = [
    "",
    "   ",
    "،،،",
    "(",
    ")",
    "/",
    "2022",
    "12/",
    "/2022",
    "12/10/",
    "31/02/2022",
    "2022-13-45",
    "يوم",
    "منذ",
    "قبل",
    "خلال",
    "الـ",
    "الـ12",
    "شهر",
    "العام",
    "هذا",
    "على مدى",
    "حتى",
    "31 فبراير 2022",
    "29 فبراير",
    "منتصف",
    "منتصف من",
    "التاسع من",
    "أمس",
    "الأحد عشر",
    "القرن",
    "تسعينيات القرن",
    "منذ 99999999999 عام",
    "قبل 1.5 عام",
    "في 2101",
    "عام 0999",
    "٢٠١٨م",
    "١٢/١٠/٢٠٢٢",
]


@pytest.mark.parametrize("text", ODD, ids=lambda t: repr(t))
def test_odd_input_does_not_break(text: str) -> None:
    for span, when in times.times_in(tokenize(text), text, date(2022, 10, 31)):
        assert 0 <= span.start < span.end <= len(text)
        assert when is None or valid_iso(when)


def test_empty_token_list() -> None:
    assert times.times_in([], "", date(2022, 10, 31)) == []


def test_invalid_calendar_dates_are_null() -> None:
    assert _found("في 31 فبراير 2022", date(2022, 10, 31)) == [
        {"when_text": "31 فبراير 2022", "date": None}
    ]
    assert _found("في 29 فبراير", date(2022, 10, 31)) == [
        {"when_text": "29 فبراير", "date": "2020-02-29"}
    ]


def test_arabic_indic_digits() -> None:
    assert _found("تأسست عام ٢٠١٨م", date(2022, 10, 31)) == [
        {"when_text": "عام ٢٠١٨م", "date": "2018"}
    ]
    assert _found("بتاريخ ١٢/١٠/٢٠٢٢", date(2022, 10, 31)) == [
        {"when_text": "١٢/١٠/٢٠٢٢", "date": "2022-10-12"}
    ]


def test_random_word_salad() -> None:
    """Any mix of time words, numbers and punctuation gives valid spans and dates."""
    words = (
        "يوم الاثنين الماضي المقبل منذ قبل بعد خلال العامين الأشهر الستة أكتوبر تشرين الأول "
        "/ ( ) - 2022 12 31 من عام العام هذا منتصف أواخر خريف التسعينيات القرن أمس اليوم "
        "الـ 8 ثمانية أشهر رمضان شهر مساء فجر ، الموافق حتى الآن مؤخرا 1445 هـ م"
    )
    vocabulary = words.split()
    rng = random.Random(20221031)
    for _ in range(400):
        text = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 14)))
        for span, when in times.times_in(tokenize(text), text, date(2022, 10, 31)):
            assert 0 <= span.start < span.end <= len(text)
            assert text[span.start : span.end].strip() == text[span.start : span.end]
            assert when is None or valid_iso(when), (text, when)


# ------------------------------------------------------------------ the extraction step


def _context(body: str, published: date, title: str = "عنوان الخبر") -> Context:
    return Context.create(make_document("test", title, published, body))


def test_extract_records_spans_and_sentences() -> None:
    body = (
        "اندلعت المواجهات في يوليو 2016 قرب الجسر.\n\n"
        "واستسلم الجنود فجر 16 يوليو بعد ساعات من القتال.\n\n"
        "وقال المتحدث اليوم إن 2000 جندي ما زالوا في المنطقة."
    )
    ctx = _context(body, date(2018, 7, 12))
    times.extract(ctx)
    got = [(t.when_text, t.date, t.sentence) for t in ctx.facts.times]
    assert got == [
        ("يوليو 2016", "2016-07", 1),
        ("فجر 16 يوليو", "2016-07-16", 2),  # the year stated for July one sentence before
        ("بعد ساعات", None, 2),  # counted from the surrender: recorded, placed nowhere
        ("اليوم", "2018-07-12", 3),
    ]
    for record in ctx.facts.times:
        assert ctx.doc.text[record.span.start : record.span.end] == record.when_text
        assert record.span in ctx.time_spans
    start = ctx.doc.text.index("2000")
    assert not ctx.in_time_expression(start, start + 4)  # a figure, not a year


def test_extract_claims_and_records_vague_spans_undated() -> None:
    """A vague adverb (مؤخرا) and a span counted from an event are time expressions a reader
    sees: recorded with no date (so no timeline places them), and no figure inside them."""
    ctx = _context("أطلق البنك مؤخرا خدمة، وبعد ثلاثة أشهر من الإطلاق توقفت.", date(2022, 10, 31))
    times.extract(ctx)
    assert [(t.when_text, t.date) for t in ctx.facts.times] == [
        ("مؤخرا", None),
        ("وبعد ثلاثة أشهر", None),
    ]
    text = ctx.doc.text
    assert ctx.in_time_expression(text.index("مؤخرا"), text.index("مؤخرا") + 5)
    three = text.index("ثلاثة")
    assert ctx.in_time_expression(three, three + 5)  # so "ثلاثة أشهر" is not a figure


def test_extract_headline_is_sentence_zero() -> None:
    ctx = _context("نص الخبر بلا تاريخ.", date(2022, 10, 31), title="قمة الاثنين في سوتشي")
    times.extract(ctx)
    assert [(t.when_text, t.date, t.sentence) for t in ctx.facts.times] == [
        ("الاثنين", "2022-10-31", 0)
    ]


def test_anchor_does_not_reach_far() -> None:
    sentences = (
        ["وقعت الحادثة في مارس 2015."] + ["ثم جرى حديث آخر."] * 4 + ["وفي 10 مارس عاد الوفد."]
    )
    ctx = _context("\n\n".join(sentences), date(2022, 10, 31))
    times.extract(ctx)
    assert [t.date for t in ctx.facts.times] == ["2015-03", "2022-03-10"]


# ------------------------------------------------------------------ the corpus


def _corpus(limit: int) -> list[dict[str, Any]]:
    if not CORPUS.is_file():
        pytest.skip(f"corpus not found at {CORPUS} (it lives in ../shared/corpus beside the repo)")
    articles = []
    with CORPUS.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                articles.append(json.loads(line))
            if len(articles) == limit:
                break
    return articles


@pytest.mark.corpus
def test_corpus_sweep() -> None:
    found = 0
    for article in _corpus(SWEEP_ARTICLES):
        published = email.utils.parsedate_to_datetime(article["published"]).date()
        doc = make_document("sweep", article["title"], published, article["text"])
        ctx = Context.create(doc)
        times.extract(ctx)
        for record in ctx.facts.times:
            assert doc.text[record.span.start : record.span.end] == record.when_text
            assert record.when_text.strip() == record.when_text
            assert record.date is None or valid_iso(record.date), (article["id"], record)
            found += 1
    assert found > SWEEP_ARTICLES  # real news is full of dates
