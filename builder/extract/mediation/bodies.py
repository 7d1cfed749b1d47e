"""Actors a mediation frame needs that the actors step did not list: a body named by an
adjective (الأممي) or inside a title (مبعوث الأمم المتحدة), the body a person's title is of,
and the country a place or person belongs to."""

from __future__ import annotations

from builder.extract.context import Context
from builder.extract.frames import Arg, SentenceView
from builder.extract.mediation.words import lexicon
from builder.lexicon.gazetteer import Entity, shipped
from builder.records import Actor, Span


def adjective_actor(view: SentenceView, k: int) -> Actor | None:
    """The body an adjective names (الأممي → the UN), added to the actors when the article
    names it only so."""
    ident = next(
        (lexicon().adjectives[s] for s in view.tokens[k].stems if s in lexicon().adjectives), None
    )
    if ident is None:
        return None
    ctx = view.ctx
    known = ctx.facts.actor(ident)
    if known is not None:
        return known
    entity = (ctx.lexicon or shipped()).entity(ident)
    if entity is None:
        return None
    token = view.tokens[k]
    return new_actor(view, entity, token.text, Span(token.start, token.end))


def new_actor(view: SentenceView, entity: Entity, text: str, span: Span) -> Actor:
    actor = Actor(
        id=entity.id,
        kind=entity.kind,
        name=entity.name,
        mentions=[text],
        spans=[span],
        sentence=view.sentence.index,
        verified=entity.verified,
        country=entity.country,
    )
    view.ctx.facts.actors.append(actor)
    return actor


def body_named_at(view: SentenceView, k: int) -> Actor | None:
    """A body the lexicons name at token ``k`` that the actors step took as part of a title
    (``مبعوث الأمم المتحدة``): added to the actors."""
    match = (view.ctx.lexicon or shipped()).match(view.tokens, k)
    if match is None or match.value.entity.kind != "organization":
        return None
    entity = match.value.entity
    known = view.ctx.facts.actor(entity.id)
    if known is not None:
        return known
    first, last = view.tokens[match.start], view.tokens[match.end - 1]
    return new_actor(
        view,
        entity,
        " ".join(t.text for t in view.tokens[match.start : match.end]),
        Span(first.start, last.end),
    )


def body_of(view: SentenceView, person: Actor) -> Actor | None:
    """The body a person's title is of (المبعوث الأممي → the UN), added to the actors when
    the article names it only in his title."""
    if person.kind != "person" or not person.affiliation:
        return None
    known = view.ctx.facts.actor(person.affiliation)
    if known is not None:
        return known if known.kind == "organization" else None
    entity = (view.ctx.lexicon or shipped()).entity(person.affiliation)
    if entity is None or entity.kind != "organization" or not person.spans:
        return None
    return new_actor(view, entity, person.mentions[0], person.spans[0])


def country_of(
    ctx: Context, actor: Actor, view: SentenceView | None = None, where: Arg | None = None
) -> Actor | None:
    """The country an actor belongs to. For a venue, the country is added to the actors when
    the article names only its city (الخرطوم hosting talks is Sudan hosting them), with the
    city's mention as its own."""
    if actor.kind == "country":
        return actor
    if not actor.country:
        return None
    known = next(
        (a for a in ctx.facts.actors if a.kind == "country" and a.country == actor.country), None
    )
    if known is not None or view is None or where is None or ctx.lexicon is None:
        return known
    entity = ctx.lexicon.countries.get(actor.country)
    if entity is None:
        return None
    tokens = view.tokens
    span = Span(tokens[where.start].start, tokens[where.end - 1].end)
    country = Actor(
        id=entity.id,
        kind="country",
        name=entity.name,
        mentions=[ctx.doc.quote(span)],
        spans=[span],
        sentence=view.index,
        country=entity.country,
    )
    ctx.facts.actors.append(country)
    ctx.vias[span] = "capital"
    return country
