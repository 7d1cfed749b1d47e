"""Ages: ``(24 عاماً)``, ``البالغ من العمر 93 عاما``, ``الـ 25 من العمر``, ``عمر ناهز 80
عاما``. An age is a figure of kind ``age`` kept with the person it belongs to (the nearest
person named before it), shown with that person, not among the key figures."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from builder import data
from builder.analyse.tokens import Token, token_range
from builder.extract.context import Context
from builder.records import Bilingual, Figure
from builder.text.normalize import normalize

WINDOW = 3
"""Tokens around the number where an age word is looked for."""


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    raw = data.load("figure_rules")
    before = frozenset(normalize(str(w)) for w in raw["age_before"])
    after = frozenset(normalize(str(w)) for w in raw["age_after"])
    return before, after


def mark(ctx: Context, tokens: Sequence[Token], figure: Figure) -> None:
    if figure.unit not in ("years", None) or not isinstance(figure.value, int):
        return
    if not 0 < figure.value < 120:
        return
    found = token_range(tokens, figure.span.start, figure.span.end)
    if found is None:
        return
    k, end = found
    before, after = _words()
    parenthesised = (
        k > 0
        and tokens[k - 1].text == "("
        and end + 1 < len(tokens)
        and (tokens[end + 1].text == ")")
    )
    near_before = any(not before.isdisjoint(t.stems) for t in tokens[max(0, k - WINDOW) : k])
    # After the number, or read as what it counts (الـ16 من عمرهما: "16 of their age").
    near_after = any(not after.isdisjoint(t.stems) for t in tokens[k + 1 : end + 1 + WINDOW])
    if not (parenthesised and figure.unit == "years") and not near_before and not near_after:
        return
    figure.kind = "age"
    figure.label = Bilingual(figure.label.ar or "عاما", "years old")
    figure.person = _person_before(ctx, figure)


def _person_before(ctx: Context, figure: Figure) -> str | None:
    """The person named last before the age in its sentence."""
    span = ctx.doc.sentences[figure.sentence].span
    people = [
        (s.end, a.id)
        for s, a in ctx.mentions_in(span)
        if a.kind == "person" and s.end <= figure.span.start
    ]
    return max(people)[1] if people else None
