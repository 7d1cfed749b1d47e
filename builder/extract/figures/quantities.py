"""Quantities: a number (digits or words) and what it counts (286 قتيلاً → 286 killed; أكثر
من 6500 قتيل → more than 6,500 killed; 10 أو 15 أو 20 عامًا → three figures in years).

Not quantities: years and dates, identifiers (القرار 2216), list numbering, clock times and
scores (``12,20 ت غ``, ``2-1``), durations that anchor a time (``منذ ثمانية أشهر`` is a time
expression). Ages (``(12 عاما)``) are read here and marked by :mod:`.ages`.
"""

from __future__ import annotations

from collections.abc import Sequence

from builder.analyse.numbers import Quantity, reader
from builder.analyse.tokens import Token
from builder.extract.context import Context
from builder.extract.figures.counted import (
    counted_noun,
    has_label_word,
    nationals,
    partitive,
    plural_word,
    qualifier_around,
)
from builder.extract.figures.labels import figure_record, share_of
from builder.extract.figures.not_figures import is_year, not_a_figure
from builder.extract.figures.predicates import predicates, told_of
from builder.extract.figures.rules import rules
from builder.lexicon.nouns import NounMatch
from builder.records import Bilingual, Figure, Qualifier

MIN_VAGUE = 20  # vague amounts from عشرات up count; عدة and بضعة do not


def read(ctx: Context, tokens: Sequence[Token]) -> list[Figure]:
    numbers = reader()
    out: list[Figure] = []
    last_noun: NounMatch | None = None
    i = 0
    while i < len(tokens):
        q = numbers.read(tokens, i)
        if q is None:
            i += 1
            continue
        if (q.value == 1 and q.words) or not_a_figure(tokens, q, ctx):
            i = max(q.end, i + 1)
            continue
        if q.vague and float(q.vague.get("min", 0)) < MIN_VAGUE:
            i = q.end  # عدة، بضعة، عدد من: too weak to be a key figure
            continue
        of = partitive(ctx, tokens, q.end)  # ثمانية من قوات الأمن: members of a body
        noun, end, noun_start = counted_noun(tokens, q, of is None, last_noun)
        if noun is None and is_year(tokens, q):
            i = q.end
            continue
        qualifier, start, end = qualifier_around(tokens, q, end)
        label_at = noun_start if noun_start > q.end else q.end
        counted = of
        if counted is None and noun is None:
            counted = nationals(ctx, tokens, q.end)
        if counted is not None:
            label, end = counted
            out.append(figure_record(ctx, tokens, q, None, start, end, qualifier, label_at, label))
        else:
            figure = _noun_figure(ctx, tokens, q, noun, start, end, qualifier, label_at)
            if figure is not None:
                out.append(figure)
                last_noun = noun or last_noun
        i = max(q.end, i + 1)
    return out


def _noun_figure(
    ctx: Context,
    tokens: Sequence[Token],
    q: Quantity,
    noun: NounMatch | None,
    start: int,
    end: int,
    qualifier: Qualifier | None,
    label_at: int,
) -> Figure | None:
    """The figure of a number and its counted noun (or the word after it), None for a
    number word with no counted noun or a bare number."""
    if noun is None and told_of(tokens, q.start, q.start):
        word = tokens[label_at] if has_label_word(tokens, label_at) else None
        others = word is not None and not rules().others.isdisjoint(word.stems)
        if others or (not q.words and (word is None or _counts_nothing(word))):
            return _bare_count(ctx, tokens, q, start, qualifier, label_at, others)
    if (
        noun is None
        and not q.scaled
        and (
            (q.words and not q.vague and not plural_word(tokens, label_at))
            or not has_label_word(tokens, label_at)
        )
    ):
        return None
    if noun is None and label_at < len(tokens) and tokens[label_at].kind == "ar":
        end = label_at + 1  # 30 من علماء الدين, ثلاث صالات: the counted word is in the quote
    figure = figure_record(ctx, tokens, q, noun, start, end, qualifier, label_at)
    if figure.kind == "percent":
        share_of(tokens, q.start, end, figure, ctx.lexicon)
    return figure


def _counts_nothing(word: Token) -> bool:
    """The word after a number is no counted word: the next clause's verb (5 وأصيب), a
    word of cause or time (15 جراء) or one with the preposition ب on it (14 بإطلاق نار)."""
    if not rules().causes.isdisjoint(word.stems):
        return True
    if word.norm.startswith("ب") and word.stems[1:2] == (word.norm[1:],):
        return True
    return word.norm.startswith("و") and predicates().match([word], 0) is not None


def _bare_count(
    ctx: Context,
    tokens: Sequence[Token],
    q: Quantity,
    start: int,
    qualifier: Qualifier | None,
    label_at: int,
    others: bool,
) -> Figure:
    """A number whose next word counts nothing, labelled by what happened before it: قتل 5
    وأصيب 14 آخرون → 5 killed, 14 others wounded (``others``: the next word is "others" of
    no earlier noun, others that the predicate tells)."""
    end = label_at + 1 if others else q.end
    label = Bilingual(tokens[label_at].text, "others") if others else Bilingual(None, None)
    figure = figure_record(ctx, tokens, q, None, start, end, qualifier, label_at, label)
    if others:
        figure.kind = "people"  # others of whom something is told: persons
    return figure
