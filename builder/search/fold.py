"""Arabic folding for search: what a reader types finds what is written.

One table (``folding.json``) drives both sides. At index time :func:`index_text` turns a page's
text into the words Pagefind indexes: every Arabic word folded (hamza forms, alef maqsura, ta
marbuta, tatweel, diacritics, Arabic-Indic digits) and followed by its forms without one-letter
clitics and the article, so that بوساطة and الوساطة are also indexed as وساطه. At query time
``fold.js`` (the same algorithm in the browser) folds each typed word to one form with
:func:`query_word`'s rules: وساطة → وساطه, الوساطة → وساطه, اثيوبيا and إثيوبيا → اثيوبيا.
``tests/search/test_folding_parity.py`` runs both over the same words.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any


@cache
def table() -> dict[str, Any]:
    """The folding table, as shipped in the package."""
    text = resources.files(__package__).joinpath("folding.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@cache
def _compiled() -> tuple[re.Pattern[str], re.Pattern[str], dict[int, str]]:
    t = table()
    marks = re.compile(f"[{t['marks']}]")
    word = re.compile(f"[{t['word']}]+")
    letters = str.maketrans(t["letters"])
    return marks, word, letters


def fold_letters(word: str) -> str:
    """Marks and tatweel removed, letter variants and digits folded."""
    marks, _, letters = _compiled()
    return marks.sub("", word).translate(letters)


def query_word(word: str) -> str:
    """The one form a typed Arabic word is searched by: folded, and without the article or a
    clitic that is followed by the article (والوساطة → وساطه, للأمم → امم, بموسكو stays)."""
    t = table()
    conj, prep, article = t["conjunctions"], t["prepositions"], t["article"]
    w = fold_letters(word)
    if len(w) > 3 and w[0] in conj:
        rest = w[1:]
        if rest.startswith(article) or rest.startswith("لل") or rest[0] in prep:
            w = rest
    if len(w) > 4 and w.startswith("لل"):
        return w[2:]
    if len(w) > 4 and w[0] in prep and w[1:3] == article:
        return w[3:]
    if len(w) > 3 and w.startswith(article):
        return w[2:]
    return w


def index_forms(word: str) -> list[str]:
    """Every form an indexed word may be searched by: as written (folded), and without one
    conjunction, one preposition and the article, so that وساطة (a query) finds بوساطة and
    الوساطة. :func:`query_word` of any of these spellings is among them."""
    t = table()
    conj, prep, article = t["conjunctions"], t["prepositions"], t["article"]
    w = fold_letters(word)
    heads = [w]
    if len(w) > 3 and w[0] in conj:
        heads.append(w[1:])
    for h in list(heads):
        if len(h) > 4 and h.startswith("لل"):
            heads.append("ا" + h[1:])
        elif len(h) > 3 and h[0] in prep:
            heads.append(h[1:])
    out: list[str] = []
    for h in heads:
        out.append(h)
        if len(h) > 3 and h.startswith(article):
            out.append(h[2:])
    return list(dict.fromkeys(out))


def fold_query(query: str) -> str:
    """A typed query with each Arabic word in its :func:`query_word` form; the rest as typed."""
    _, word, _ = _compiled()
    return word.sub(lambda m: query_word(m.group(0)), query)


@lru_cache(maxsize=200_000)
def _indexed_word(word: str) -> str:
    return " ".join(index_forms(word))


def index_text(text: str) -> str:
    """The text Pagefind indexes for a page: each Arabic word replaced by its
    :func:`index_forms`; other words (English, numbers) as written. (Words repeat from page
    to page: each is expanded once per process.)"""
    _, word, _ = _compiled()
    return word.sub(lambda m: _indexed_word(m.group(0)), text)
