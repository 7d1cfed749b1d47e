"""Mediators the text describes without naming them (``بوساطة العقلاء``, ``زعيم إحدى العشائر
لعب دور الوسيط``, ``لجان الوساطة``): an actor from ``unnamed_mediators`` in
``data/mediation_words.yml``, added to the actors only when it mediates, so that a passing
mention of notables or elders never becomes an actor of the story."""

from __future__ import annotations

from builder.analyse.phrases import PhraseMatch
from builder.extract.context import Context
from builder.extract.frames import SentenceView
from builder.extract.mediation.words import Unnamed, lexicon
from builder.records import Actor, Bilingual, Mediation, Span

BEFORE_WITHIN = 6
"""How far before a role (لعب دور الوسيط) its unnamed holder may start."""


def unnamed_at(view: SentenceView, k: int) -> Actor | None:
    """The unnamed mediator whose words start at token ``k`` (after ``بوساطة``)."""
    if k >= len(view.tokens):
        return None
    match = lexicon().unnamed.match(view.tokens, k)
    return _actor(view, match) if match else None


def unnamed_holding(view: SentenceView, start: int, end: int) -> Actor | None:
    """The unnamed mediator whose words hold the trigger (``لجان الوساطة``) or end just before
    it in its clause (``زعيم إحدى العشائر لعب دور الوسيط``)."""
    clause = view.clause[start]
    for j in range(max(0, start - BEFORE_WITHIN), start + 1):
        if view.clause[j] != clause:
            continue
        match = lexicon().unnamed.match(view.tokens, j)
        if match is not None and (match.end >= end or start - match.end <= 2):
            return _actor(view, match)
    return None


def _actor(view: SentenceView, match: PhraseMatch[Unnamed]) -> Actor:
    ctx = view.ctx
    tokens = view.tokens
    span = Span(tokens[match.start].start, tokens[match.end - 1].end)
    text = ctx.doc.quote(span)
    unnamed = match.value
    known = ctx.facts.actor(unnamed.id)
    if known is not None:
        if text not in known.mentions:
            known.mentions.append(text)
            known.spans.append(span)
        return known
    actor = Actor(
        id=unnamed.id,
        kind=unnamed.kind,
        name=Bilingual(unnamed.ar, unnamed.en),
        mentions=[text],
        spans=[span],
        sentence=view.index,
    )
    ctx.facts.actors.append(actor)
    return actor


def drop_unused(ctx: Context, efforts: list[Mediation]) -> None:
    """Remove the unnamed mediators that no effort kept (their sides were never found)."""
    used = {m for effort in efforts for m in effort.mediators}
    ids = lexicon().unnamed_ids
    ctx.facts.actors[:] = [a for a in ctx.facts.actors if a.id not in ids or a.id in used]
