"""Tokens with offsets and normalised forms: the unit every extractor matches on."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from builder.text.chars import ARABIC_LETTERS, DIGITS, MARKS
from builder.text.normalize import normalize

# Arabic letters (with marks and tatweel), Latin words, numbers with separators, or one symbol.
_ARABIC = ARABIC_LETTERS
_MARKS = MARKS
_DIGITS = DIGITS
TOKEN = re.compile(
    rf"(?P<num>[{_DIGITS}]+(?:[.,٫٬][{_DIGITS}]+)*)"
    rf"|(?P<ar>[{_ARABIC}{_MARKS}]*[{_ARABIC}][{_ARABIC}{_MARKS}]*)"
    r"|(?P<lat>[A-Za-z\u00c0-\u024f]+(?:['’.-][A-Za-z\u00c0-\u024f]+)*)"
    r"|(?P<sym>[^\s])"
)
PROCLITICS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")


@dataclass(frozen=True, slots=True)
class Token:
    index: int
    start: int
    end: int
    text: str
    kind: str
    """``num``, ``ar``, ``lat`` or ``sym``."""
    norm: str
    stems: tuple[str, ...]
    """The normalised word and its forms without proclitics and the article, most literal
    first: والروسي → والروسي, الروسي, روسي (computed once: every matcher reads it)."""


def make_token(index: int, start: int, end: int, text: str, kind: str) -> Token:
    norm = normalize(text)
    return Token(index, start, end, text, kind, norm, stems(norm) if kind == "ar" else (norm,))


def stems(word: str) -> tuple[str, ...]:
    """Candidate bases of a normalised Arabic word with clitics (و ف ب ل ك ال لل) removed.

    لل is ل + ال, so للأمم yields الامم (and امم); the article is only ever removed, never
    assumed, so رياض does not become الرياض.
    """
    out = [word]
    heads = [word]
    if len(word) > 3 and word[0] in PROCLITICS:
        heads.append(word[1:])
    for head in list(heads):
        if head.startswith("لل") and len(head) > 4:
            heads.append("ا" + head[1:])  # لل + stem → ال + stem
        elif len(head) > 3 and head[0] in PREPOSITIONS:
            heads.append(head[1:])
    for head in heads:
        if head is not word:
            out.append(head)
        if head.startswith("ال") and len(head) > 3:
            out.append(head[2:])
    return tuple(dict.fromkeys(out))


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    tokens: list[Token] = []
    for m in TOKEN.finditer(text, start, end):
        kind = m.lastgroup or "sym"
        if kind == "sym" and m.group() in HASHTAG_MARKS and _inside_word(text, m.start(), end):
            continue  # #ترمب, #البحر_المتوسط: a hashtag is its words
        tokens.append(make_token(len(tokens), m.start(), m.end(), m.group(), kind))
    return tokens


HASHTAG_MARKS = ("#", "_")


def _inside_word(text: str, at: int, end: int) -> bool:
    """A hashtag mark before a letter (and, for ``_``, after one)."""
    nxt = text[at + 1] if at + 1 < end else ""
    if not nxt.isalpha():
        return False
    return text[at] == "#" or (at > 0 and text[at - 1].isalpha())


def token_range(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int] | None:
    """Indices of the first token starting at or after ``start`` and of the first token
    ending at or after ``end`` (by bisection: tokens are in text order), or None."""
    first = bisect_left(tokens, start, key=lambda t: t.start)
    last = bisect_left(tokens, end, key=lambda t: t.end)
    if first >= len(tokens) or last >= len(tokens):
        return None
    return first, last
