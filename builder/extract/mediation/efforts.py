"""One mediation effort from a sentence: its time, venue, outcome, and the countries its
people bring along."""

from __future__ import annotations

from builder.extract.context import Context
from builder.extract.frames import SentenceView
from builder.extract.mediation.bodies import body_of, country_of
from builder.extract.mediation.parties import distinct
from builder.extract.mediation.words import lexicon
from builder.records import Actor, Bilingual, Mediation, Span, TimeExpression


def make_effort(
    ctx: Context,
    view: SentenceView,
    start: int,
    end: int,
    mediators: list[Actor],
    parties: list[Actor],
    kind: str,
) -> Mediation | None:
    mediators = [country_of(ctx, m) or m if m.kind == "place" else m for m in mediators]
    mediators += [b for m in mediators if (b := body_of(view, m)) and b not in mediators]
    parties = distinct(parties, mediators)
    if not mediators or not parties:
        return None
    venue = view.place_after(end) or view.place_after(start, 4)
    time = (venue and _time_at_venue(ctx, view, venue.start)) or _time(ctx, view, start)
    venue_id = venue.actor.id if venue and venue.actor.kind == "place" else None
    return Mediation(
        id="",
        mediators=_with_countries(ctx, mediators),
        parties=_with_countries(ctx, parties),
        venue=venue_id,
        when_text=time.when_text if time else None,
        date=time.date if time else None,
        outcome=_outcome(view, start, end),
        sentence=view.index,
        span=Span(view.sentence.span.start, view.sentence.span.end),
        kind=kind,
        sentences=[view.index],
    )


def _time(ctx: Context, view: SentenceView, k: int) -> TimeExpression | None:
    """When the effort happened: the nearest dated time in the trigger's clause, else in the
    sentence; never one after «منذ» in another clause (``بوساطة مصرية، إثر أعنف مواجهة منذ حرب
    2014``: the war it recalls, not the mediation)."""
    offset = view.tokens[k].start
    dated = [t for t in ctx.facts.times if t.sentence == view.index and t.date]
    clause = view.clause[k]
    same = [t for t in dated if view.clause[view.token_at(t.span.start)] == clause]
    if not same:
        same = [t for t in dated if not _after_since(view, view.token_at(t.span.start))]
    return min(same, key=lambda t: abs(t.span.start - offset)) if same else None


def _time_at_venue(ctx: Context, view: SentenceView, k: int) -> TimeExpression | None:
    """The dated time of the venue's own clause, nearest the venue: the talks are held there
    then (للقمة التاريخية، التي ستجمع بين كيم وترامب بسنغافورة في 12 يونيو), whatever the
    sentence told before (التقى بومبيو كيم الأسبوع الماضي)."""
    offset = view.tokens[k].start
    clause = view.clause[k]
    here = [
        t
        for t in ctx.facts.times
        if t.sentence == view.index
        and t.date
        and view.clause[view.token_at(t.span.start)] == clause
        and not _after_since(view, view.token_at(t.span.start))
    ]
    return min(here, key=lambda t: abs(t.span.start - offset)) if here else None


def _after_since(view: SentenceView, j: int) -> bool:
    """A time within a few words after «منذ» (منذ حرب 2014, منذ 2011)."""
    return any(view.tokens[i].norm in _SINCE for i in range(max(0, j - 3), j + 1))


_SINCE = frozenset({"منذ", "ومنذ"})


def _outcome(view: SentenceView, start: int, end: int) -> Bilingual | None:
    """The first outcome the sentence names; a failure said of the effort itself (بعد فشل
    المساعي بوساطة…, لجان الوساطة … لم تنجح) or of the outcome (فشلت في التوصل إلى اتفاق)
    wins over the outcome it failed at."""
    outcomes = lexicon().outcomes
    failure = next((o for _, o in outcomes if o.failure), None)
    failed = [m for index, o in outcomes if o.failure for m in index.find_all(view.tokens)]
    if failure and any(
        0 <= start - m.end <= FAILED_BEFORE or 0 <= m.start - end <= FAILED_AFTER for m in failed
    ):
        return Bilingual(failure.ar, failure.en)
    for index, outcome in outcomes:
        found = index.find_all(view.tokens)
        if not found:
            continue
        if failure and any(0 <= m.start - f.end <= FAILED_WITHIN for m in found for f in failed):
            return Bilingual(failure.ar, failure.en)
        return Bilingual(outcome.ar, outcome.en)
    return None


FAILED_WITHIN = 3
"""Words between a failure and the outcome it failed at (فشلت في التوصل إلى اتفاق)."""
FAILED_BEFORE = 4
FAILED_AFTER = 8
"""How near before or after the trigger a failure is said of the effort itself."""


def _acts_for(person: Actor, bodies: list[Actor], people: int) -> bool:
    """The person acts for a listed body: the body of the person's title, or any listed one
    when the person mediates alone beside it (an envoy, whatever office he held at home)."""
    if any(b.id == person.affiliation for b in bodies):
        return True
    return bool(bodies) and people == 1


def _with_countries(ctx: Context, actors: list[Actor]) -> list[str]:
    """Ids, with the country of each person added after the person (a mediating president
    brings his country along), unless the person acts for a body listed: an envoy of the UN
    acts for the UN, not for the country he comes from; beside him a president still brings
    his country (Charles Michel for the European Council, Emmanuel Macron for France)."""
    ids: list[str] = []
    bodies = [a for a in actors if a.kind == "organization"]
    people = sum(a.kind == "person" for a in actors)
    for actor in actors:
        if actor.id not in ids:
            ids.append(actor.id)
        if actor.kind == "person" and not _acts_for(actor, bodies, people):
            country = country_of(ctx, actor)
            if country is not None and country.id not in ids:
                ids.append(country.id)
    return ids
