"""Read quantities written in digits or words: ٢٨٦, 6,500, 53,98, 30 ألف, ثلاثة آلاف,
مئتين وخمسين, مليونا (2,000,000), عشرات (vague)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from builder import data
from builder.analyse.phrases import PhraseIndex
from builder.analyse.tokens import Token
from builder.records import Qualifier
from builder.text.normalize import normalize

Number = int | float

LARGEST = 10**18
"""No quantity in the news is this large (the world's yearly output is about 10**14 dollars):
a longer run of digits is a code or an identifier, never read as a figure, and corrections
may not set a figure above it (see :mod:`builder.correct.schema`)."""


@dataclass(frozen=True)
class Quantity:
    start: int
    """Token index of the first token of the quantity."""
    end: int
    """Token index after the last token."""
    value: Number | None
    """``None`` for vague amounts."""
    vague: dict[str, Any] | None = None
    """The vague-amount entry (``en``, ``ar``, ``min``) when the amount is vague."""
    words: bool = False
    """Written in words rather than digits."""
    scaled: bool = False
    """Digits with a scale word (30 ألف): a quantity even when no counted noun follows."""


def parse_digits(text: str) -> Number | None:
    """A normalised digit string: ``6,500`` → 6500, ``53,98`` → 53.98, ``3.5`` → 3.5."""
    try:
        if "," in text and "." in text:
            return _num(text.replace(",", ""))
        for sep in (",", "."):
            if sep in text:
                head, *groups = text.split(sep)
                if all(len(g) == 3 for g in groups) and (len(groups) > 1 or sep == ","):
                    return int(head + "".join(groups))
                if len(groups) == 1:
                    return float(f"{head}.{groups[0]}")
                return None
        return int(text)
    except ValueError:
        return None


def _num(text: str) -> Number:
    value = float(text)
    return int(value) if value.is_integer() and "." not in text else value


@dataclass(frozen=True)
class _Scale:
    value: int
    dual: bool
    maybe_dual: bool
    one: bool = False
    """The singular (ألف, مليون): alone it means one of its value (ألف شخص, مليون دولار)."""


THOUSANDS_DOT = re.compile(r"^\d{1,3}\.\d{3}$")
"""480.000 with no scale word after it: a thousands separator, as many Arabic papers write it
(a decimal with three places is written before a scale word: 1.125 مليار)."""


class NumberReader:
    """Finds the quantity that starts at a token, using ``data/number_words.yml``."""

    def __init__(self) -> None:
        raw = data.load("number_words")
        self.words: PhraseIndex[int] = PhraseIndex()
        for section in ("units", "tens", "hundreds"):
            for word, value in raw[section].items():
                self.words.add(str(word), int(value))
        self.scales: dict[str, _Scale] = {
            normalize(item["word"]): _Scale(
                int(item["value"]),
                bool(item.get("dual")),
                bool(item.get("maybe_dual")),
                bool(item.get("one")),
            )
            for item in raw["scales"]
        }
        self.vague: PhraseIndex[dict[str, Any]] = PhraseIndex(
            (item["word"], item) for item in raw["vague"]
        )
        # Keyed by Qualifier: a key the enum does not name fails at load, not in a page.
        self.qualifiers: PhraseIndex[Qualifier] = PhraseIndex(
            (phrase, Qualifier(kind))
            for kind, phrases in raw["qualifiers"].items()
            for phrase in phrases
        )
        self.ordinals: PhraseIndex[int] = PhraseIndex(
            (str(w), int(v)) for w, v in raw["ordinals"].items()
        )
        self._starts = {w for index in (self.words, self.vague) for w in index.first_words()} | set(
            self.scales
        )

    def scale_at(self, tokens: Sequence[Token], j: int) -> _Scale | None:
        if j >= len(tokens) or tokens[j].kind != "ar":
            return None
        for stem in tokens[j].stems:
            if stem in self.scales:
                return self.scales[stem]
        return None

    def read(self, tokens: Sequence[Token], i: int) -> Quantity | None:
        """The quantity starting at token ``i`` (digits or words), or None."""
        tok = tokens[i]
        if tok.kind == "num":
            value = parse_digits(tok.norm)
            if value is None:
                return None
            j = i + 1
            scale = self.scale_at(tokens, j)
            if scale is None and THOUSANDS_DOT.match(tok.norm):
                value = int(tok.norm.replace(".", ""))  # 480.000 دولار: a thousands point
            if scale and not scale.dual:
                value = _clean(value * scale.value)
                j += 1
                value, j = self._smaller_group(tokens, j, value, scale)
            if abs(value) > LARGEST:
                return None
            return Quantity(i, j, value, scaled=scale is not None and not scale.dual)
        if tok.kind != "ar" or self._starts.isdisjoint(tok.stems):
            return None  # most words: no number word can start here
        return self._read_words(tokens, i)

    def _smaller_group(
        self, tokens: Sequence[Token], j: int, value: Number, scale: _Scale
    ) -> tuple[Number, int]:
        """65 مليونا و43 ألف, مليون و400 ألف: a smaller group in digits joined by و."""
        if j + 2 < len(tokens) and tokens[j].norm == "و" and tokens[j + 1].kind == "num":
            rest = parse_digits(tokens[j + 1].norm)
            smaller = self.scale_at(tokens, j + 2)
            if (
                rest is not None
                and smaller is not None
                and smaller.value < scale.value
                and not smaller.dual
            ):
                return _clean(value + rest * smaller.value), j + 3
        return value, j

    def _read_words(self, tokens: Sequence[Token], i: int) -> Quantity | None:
        total: Number = 0
        current = 0
        j = i
        seen = False
        while j < len(tokens):
            tok = tokens[j]
            if tok.kind != "ar":
                break
            joined = tok.norm.startswith("و") and j > i
            if seen and not joined and self.scale_at(tokens, j) is None:
                break
            m = self.words.match(tokens, j)
            if m is not None and _has_article(tok.norm):
                m = None  # الاثنين is Monday and الثلاثة "the three": not counts
            if m is not None and (j == i or joined or not seen):
                current += m.value
                j = m.end
                seen = True
                continue
            scale = self.scale_at(tokens, j)
            if scale is not None:
                if scale.dual or (scale.maybe_dual and not seen and current == 0 and total == 0):
                    if seen:
                        break
                    current = 2
                elif not seen and not scale.one:
                    break  # a bare آلاف / ملايين is a vague amount, read below
                total += (current or 1) * scale.value
                current = 0
                j += 1
                if not seen:  # مليون و400 ألف
                    total, j = self._smaller_group(tokens, j, total, scale)
                seen = True
                continue
            break
        if seen:
            return Quantity(i, j, total + current, words=True)
        vague = self.vague.match(tokens, i)
        if vague is not None:
            return Quantity(i, vague.end, None, vague=vague.value, words=True)
        return None


def _has_article(word: str) -> bool:
    return word.startswith(("ال", "وال", "بال", "فال", "لل", "كال"))


def _clean(value: float) -> Number:
    return int(value) if float(value).is_integer() else round(value, 6)


@cache
def reader() -> NumberReader:
    return NumberReader()
