"""A foreign power that backs one side of a war and makes the deal with the other: talks or
a deal between the power and an armed group («مفاوضات بين الروس والمعارضة», «اتفاق مع
روسيا») in an article that tells the power backs the group's adversary («قوات النظام بدعم
روسي»). The power negotiates for the side it backs: it mediates between the two."""

from __future__ import annotations

from builder.extract.context import Context
from builder.extract.frames import Arg, SentenceView, actors_of, words
from builder.extract.mediation.bodies import country_of
from builder.extract.mediation.efforts import make_effort
from builder.extract.mediation.parties import WITH
from builder.extract.mediation.words import lexicon
from builder.records import Actor, Mediation

Backers = dict[str, Actor]
"""The country id of each backing power, with the side it backs."""


def backers_of(ctx: Context) -> Backers:
    """The powers the article says back a state's side (``قوات النظام بدعم روسي``,
    ``الحكومة السورية المدعومة من روسيا``), with the side they back; never the backer of a
    group (``الفصائل المدعومة من تركيا``: the group's patron, not a go-between)."""
    found: Backers = {}
    for index in range(len(ctx.doc.sentences)):
        view = SentenceView(ctx, index)
        for hit in lexicon().backing.find_all(view.tokens):
            power = _power_after(ctx, view, hit.end)
            if power is None:
                continue
            backed = _backed_before(view, hit.start) or _government(ctx, view, hit.start, power)
            if backed is None or backed.kind not in ("country", "organization"):
                continue
            side = country_of(ctx, backed) or backed
            if side.id != power.id and power.id not in found:
                found[power.id] = side
    return found


def _power_after(ctx: Context, view: SentenceView, k: int) -> Actor | None:
    """The country named or told by a demonym in the few words after a backing phrase
    (``بدعم روسي``, ``بدعم من الطيران الروسي``, ``المدعومة من روسيا``)."""
    for j in range(k, min(k + BACKER_WITHIN, len(view.tokens))):
        arg = view.arg_at(j) or view.describing.get(j)
        if arg is not None:
            return country_of(ctx, arg.actor) if arg.actor.kind != "place" else None
    return None


def _backed_before(view: SentenceView, k: int) -> Actor | None:
    """The side a backing phrase at token ``k`` is said of: the last one named before it in
    its clause, a few words back."""
    clause = view.clause[k]
    before = [
        a
        for a in view.args
        if a.end <= k and k - a.start <= BACKED_WITHIN and view.clause[a.start] == clause
    ]
    return before[-1].actor if before else None


def _government(ctx: Context, view: SentenceView, k: int, power: Actor) -> Actor | None:
    """«الحكومة المدعومة من روسيا»: a government named by no name right before the backing
    phrase is that of the article's first country other than the power."""
    if k == 0 or not lexicon().governments.intersection(view.tokens[k - 1].stems):
        return None
    return next((a for a in ctx.facts.actors if a.kind == "country" and a.id != power.id), None)


BACKER_WITHIN = 3
"""Words after a backing phrase in which the power is named."""
BACKED_WITHIN = 12
"""Words before a backing phrase in which the side backed is named."""


def backer_effort(
    ctx: Context, view: SentenceView, backers: Backers, _story: list[Actor]
) -> Mediation | None:
    """Talks or a deal the sentence tells between a backing power and an armed group: the
    power mediates between the group and the side it backs."""
    if not backers:
        return None
    for hit in lexicon().deals.find_all(view.tokens):
        pair = _sides_of_deal(view, hit.start, hit.end)
        if pair is None:
            continue
        for power, group in (pair, (pair[1], pair[0])):
            country = country_of(ctx, power)
            if country is None or country.id not in backers or group.kind != "group":
                continue
            backed = backers[country.id]
            effort = make_effort(
                ctx, view, hit.start, hit.end, [country], [backed, group], "mediated"
            )
            if effort is not None:
                return effort
    return None


def _sides_of_deal(view: SentenceView, start: int, end: int) -> tuple[Actor, Actor] | None:
    """The two sides of a deal: «بين A و B» after it, or «مع B» after it with A the group
    named before it in the sentence (أعلن متحدث باسم المعارضة التوصل إلى اتفاق مع روسيا)."""
    sides = actors_of(view.between(end, DEAL_SIDES_WITHIN)) or _told_between(view, end)
    if len(sides) >= 2:
        return sides[0], sides[1]
    other = actors_of(view.after_word(end, WITH, DEAL_SIDES_WITHIN))
    if not other:
        return None
    before: list[Arg] = [a for a in view.args if a.end <= start and a.actor.kind == "group"]
    return (before[-1].actor, other[0]) if before else None


def _told_between(view: SentenceView, k: int) -> list[Actor]:
    """«بين الروس والمعارضة»: a first side told by a demonym after «بين», the second named
    right after it."""
    for j in range(k, min(k + DEAL_SIDES_WITHIN, len(view.tokens) - 2)):
        told = view.describing.get(j + 1)
        if view.tokens[j].norm in words().between and told is not None:
            second = view.arg_at(told.end)
            return [told.actor, second.actor] if second is not None else []
    return []


DEAL_SIDES_WITHIN = 8
"""Tokens after a deal's word in which its sides are named."""
