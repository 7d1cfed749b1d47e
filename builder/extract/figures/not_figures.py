"""Numbers that are not figures: years, identifiers (القرار 2216), codes and model names
glued to letters, clock times and scores, and day or year numbers inside a time expression."""

from __future__ import annotations

from collections.abc import Sequence

from builder.analyse.numbers import Quantity
from builder.analyse.tokens import Token
from builder.extract.context import Context
from builder.extract.figures.rules import rules
from builder.lexicon.nouns import nouns


def is_year(tokens: Sequence[Token], q: Quantity) -> bool:
    if q.words or not isinstance(q.value, int) or q.end - q.start != 1:
        return False
    return 1800 <= q.value <= 2100 and len(tokens[q.start].norm) == 4


def not_a_figure(tokens: Sequence[Token], q: Quantity, ctx: Context) -> bool:
    tok = tokens[q.start]
    prev = tokens[q.start - 1] if q.start > 0 else None
    nxt = tokens[q.end] if q.end < len(tokens) else None
    if tok.kind == "num":
        # Glued to Latin letters or joined by / : . - it is a code, a date, a time or a model
        # name (F-35, 12/10). Glued to an Arabic word it is a missing space (إصابة54).
        if (
            prev is not None
            and prev.end == tok.start
            and (prev.kind == "lat" or prev.text in "/:-–_.#")
        ):
            return True
        if _clock_or_score(tokens, q):
            return True
        if (
            nxt is not None
            and nxt.start == tokens[q.end - 1].end
            and nxt.text in ("/", ":", "-", "–", ")", ".")
            and (q.start == 0 or nxt.text in "/:")
        ):
            return True
        if (
            nxt is not None
            and nxt.start == tokens[q.end - 1].end
            and nxt.kind in ("lat", "ar")
            and not nxt.norm.startswith(("%",))
        ):
            # 2018م, 10ر: glued letters mark years or codes, not counts.
            return nxt.norm not in ("الف", "مليون", "مليار")
    if _named_series(tokens, q):
        return True
    cues = rules().identifier_cues
    for k in range(max(0, q.start - rules().window), q.start):
        cue = any(stem in cues for stem in tokens[k].stems)
        close = k == q.start - 1 or tokens[k].norm in ("رقم", "قرار", "القرار")
        # فوج المدفعية 137, الفرقة المدرعة 4: the unit's own genitive or adjective between
        close = close or (
            k == q.start - 2
            and tokens[k + 1].norm.startswith("ال")
            and rules().near_cues.isdisjoint(tokens[k].stems)
        )
        if cue and close and not any(tokens[m].kind == "num" for m in range(k + 1, q.start)):
            return True
    # A year or a day number belongs to its date: a time, not a figure. A duration counted
    # in a unit (منذ ثمانية أشهر: eight months, لمدة 20 عامًا) is both: the time expression
    # dates what happened, the figure says how long.
    if _counts_time_units(tokens, q.end):
        return False
    return ctx.in_time_expression(tok.start, tokens[q.end - 1].end)


def _named_series(tokens: Sequence[Token], q: Quantity) -> bool:
    """أغني 1 وأغني 2: numbers that follow the same name each time are its models or
    editions, not counts: the name comes again with و right after the number, or this
    number's name is the one before the number before it."""
    if q.start == 0 or tokens[q.start].kind != "num" or tokens[q.start - 1].kind != "ar":
        return False
    name = tokens[q.start - 1]
    if len(name.norm) < 3:
        return False  # الـ15 والـ16: the article, no name
    # the same word once clitics are off (its stems): أغني, وأغني
    after = tokens[q.end] if q.end < len(tokens) else None
    if after is not None and after.norm.startswith("و") and set(after.stems) & set(name.stems):
        return True
    k = q.start - 3
    return k >= 0 and tokens[k + 1].kind == "num" and bool(set(tokens[k].stems) & set(name.stems))


def _counts_time_units(tokens: Sequence[Token], k: int) -> bool:
    m = nouns().index.match(tokens, k) if k < len(tokens) else None
    return m is not None and m.value.noun.kind == "time"


def _clock_or_score(tokens: Sequence[Token], q: Quantity) -> bool:
    """``12,20 ت غ``, ``10 بتوقيت غرينتش``, ``الساعة 13:00``, ``2-1``: clock times and scores."""
    k = q.end
    if k < len(tokens) and not rules().clock_after.isdisjoint(tokens[k].stems):
        return True
    if k + 1 < len(tokens) and tokens[k].text in ("-", "–", ":") and tokens[k + 1].kind == "num":
        return tokens[k].end == tokens[k + 1].start and tokens[k].start == tokens[q.start].end
    return False
