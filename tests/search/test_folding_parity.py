"""The query is folded in the browser (builder/search/fold.js) and the index in Python
(builder/search/fold.py): the two must agree on every word, or a reader's query misses pages
that hold its words. Both run here over the same strings, the JS side in real Chromium."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from builder.search import fold, script
from tests.browser.conftest import browser
from tests.conftest import CORPUS, EXAMPLE

__all__ = ["browser"]  # the module-scoped Chromium fixture of tests/browser

HANDMADE = [
    "أرمينيا",
    "ارمينيا",
    "إلى",
    "آسيا",
    "ٱلله",
    "مستشفى",
    "الوساطة",
    "بوساطة",
    "وساطة",
    "والوساطة",
    "فبالوساطة",
    "للأمم",
    "وللأمم",
    "بالأمم",
    "كالبحر",
    "مسؤول",
    "رئيس",
    "مُحَمَّدٌ",
    "عـــاجل",
    "٢٨٦ قتيلاً",
    "۲۰۲۲",
    "بوتين",
    "لبنان",
    "فلسطين",
    "يريڤان",
    "Pashinyan mediation 286",
    "ناغورنو-كاراباخ، (أذربيجان)",
    "",
    "و",
    "ال",
    "بال",
    "\u200fأرمينيا\u200e",
]


def corpus_words(limit: int = 3000) -> list[str]:
    """Distinct Arabic words of the example article and (when present) the shared corpus."""
    texts = [EXAMPLE.read_text(encoding="utf-8")]
    if CORPUS.exists():
        with CORPUS.open(encoding="utf-8") as fp:
            texts += [line for _, line in zip(range(40), fp, strict=False)]
    words = dict.fromkeys(w for t in texts for w in re.findall(r"[\u0600-\u06ff]+", t))
    return list(words)[:limit]


@pytest.fixture(scope="module")
def js(browser: Any) -> Iterator[Any]:
    page = browser.new_page()
    page.set_content("<!doctype html><html><body></body></html>")
    page.add_script_tag(content=script())
    yield page
    page.close()


def _run_js(page: Any, function: str, strings: list[str]) -> list[str]:
    return list(page.evaluate(f"xs => xs.map(x => explainerFold.{function}(x))", strings))


@pytest.mark.browser
@pytest.mark.parametrize("strings", [HANDMADE, corpus_words()], ids=["handmade", "corpus"])
def test_js_and_python_fold_queries_alike(js: Any, strings: list[str]) -> None:
    assert len(strings) > 20
    python = [fold.fold_query(s) for s in strings]
    browser_side = _run_js(js, "foldQuery", strings)
    differ = [(s, p, b) for s, p, b in zip(strings, python, browser_side, strict=True) if p != b]
    assert not differ, differ[:20]


@pytest.mark.browser
def test_js_and_python_fold_letters_alike(js: Any) -> None:
    strings = HANDMADE + corpus_words(500)
    python = [fold.fold_letters(s) for s in strings]
    assert python == _run_js(js, "foldLetters", strings)


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("وساطة", "الوساطة"),
        ("وساطة", "بوساطة"),
        ("وساطه", "والوساطة"),
        ("الوساطة", "بوساطة"),
        ("ارمينيا", "أرمينيا"),
        ("ارمينيا", "لأرمينيا"),
        ("اذربيجان", "وأذربيجان"),
        ("امم", "للأمم"),
        ("الأمم", "للأمم"),
        ("مستشفي", "المستشفى"),
        ("قتيلا", "قتيلاً"),
        ("موسكو", "بموسكو"),
        ("286", "٢٨٦"),
    ],
)
def test_a_typed_word_is_among_the_indexed_forms(typed: str, written: str) -> None:
    """What the browser searches for is one of the forms the index holds for the word."""
    assert fold.query_word(typed) in fold.index_forms(written), (
        fold.query_word(typed),
        fold.index_forms(written),
    )


def test_unrelated_words_stay_apart() -> None:
    assert fold.query_word("كمبوديا") not in fold.index_forms("أرمينيا")
    assert fold.query_word("بوتين") != fold.query_word("تين")


def test_display_text_is_not_folded_latin_untouched() -> None:
    assert fold.fold_query("Pashinyan met Aliyev") == "Pashinyan met Aliyev"
    assert fold.index_text("Armenia أرمينيا") == "Armenia ارمينيا"
