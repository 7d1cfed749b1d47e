"""Whose people a figure counts, named after «من»: «1630 عنصرا من حزب الله» → members of
Hezbollah killed, «20 جنديا من الجيش السوري» → soldiers of the Syrian Army. A step of its own
after the actors step, which names the bodies."""

from __future__ import annotations

import re
from collections.abc import Sequence

from builder.analyse.tokens import Token, token_range
from builder.extract.context import Context
from builder.extract.figures.counted import body_of
from builder.extract.figures.predicates import PERSONS
from builder.lexicon.article import in_sentence
from builder.lexicon.nouns import nouns
from builder.records import Bilingual, Figure, Span

_ASIDE = re.compile(r"\s*\([^)]*\)$")


def extract(ctx: Context) -> None:
    for figure in ctx.facts.figures:
        noun = _noun_opening(figure)
        if noun is None:
            continue
        tokens = ctx.tokens[figure.sentence]
        found = token_range(tokens, figure.span.start, figure.span.end)
        whose = body_of(ctx, tokens, found[1] + 1) if found is not None else None
        if whose is None or not whose[0].en or _and_another(ctx, tokens, whose[1]):
            continue
        owner = in_sentence(_ASIDE.sub("", whose[0].en), "organization")  # the Houthis
        label = str(figure.label.en)
        figure.label = Bilingual(figure.label.ar, f"{noun} of {owner}{label[len(noun) :]}")


def _and_another(ctx: Context, tokens: Sequence[Token], k: int) -> bool:
    """Another body joined by و right after the first (من قوات النظام والمعارضة المسلحة):
    the count is of both, and no one body's."""
    if k >= len(tokens) or not tokens[k].norm.startswith("و"):
        return False
    here = Span(tokens[k].start, tokens[k].end)
    return any(a.kind in ("organization", "group") for _, a in ctx.mentions_in(here))


def _noun_opening(figure: Figure) -> str | None:
    """The counted noun's English when the label opens with it (members killed), None when an
    adjective already says whose (Syrian soldiers) or the label is no count of persons."""
    label = figure.label.en or ""
    counted = nouns().nouns.get(figure.unit or "")
    if figure.kind not in PERSONS or counted is None or "(" in label:
        return None
    for word in sorted(set(counted.en.values()), key=len, reverse=True):
        if word and (label == word or label.startswith(word + " ")):
            return word
    return None
