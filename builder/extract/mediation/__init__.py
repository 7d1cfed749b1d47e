"""Mediation efforts: a third party bringing parties together, as a frame across sentences.

Read from ``data/mediation_words.yml``:

- a mediator named after a phrase (``بوساطة مصرية``, ``برعاية روسيا``, ``تحت إشراف الأمم
  المتحدة``), as the subject of a verb (``توسطت قطر``, ``استضافت الخرطوم``) or of a role
  (``تقوم روسيا بدور الوساطة``), also with the subject inside a verb phrase (``أجرت مصر
  اتصالات``), told by a demonym after an office (``توسط الرئيس الفرنسي``), after «إنه»
  or «إن بلاده», or as the speaker of a quotation; an offer to mediate, accepted or not;
- a third party working towards a deal «بين A و B» (``تضغط القاهرة على الطرفين للتوصل إلى
  هدنة بين …``), proposing a peace plan between them, urging both sides or two it names
  to talks, bringing two together (``جمع ماكرون السراج وحفتر``) or carrying a message from
  one to the other;
- an envoy (``المبعوث الأممي``, or a person the article titled so before) meeting, calling
  on or touring the parties, mediating for the body the title is of;
- talks hosted by a country that is not one of their sides (``قمة … في سنغافورة``).

The parties are the trigger's sides (``بين A و B``, ``مع``), the subject the mediator helps
(``اتفق كير ومشار بوساطة …``), or, when the sentence only says ``الجانبين``/``الطرفين`` or
nothing, the sides the story is about (its headline and lead). One effort per mediator: the
sentences that tell the same effort are merged.
"""

from __future__ import annotations

from builder.extract.context import Context
from builder.extract.frames import SentenceView, actors_of, story_sides, story_sides_without
from builder.extract.mediation.backers import Backers, backer_effort, backers_of
from builder.extract.mediation.efforts import make_effort
from builder.extract.mediation.envoys import envoy_effort
from builder.extract.mediation.hosts import (
    aim_effort,
    hosted_effort,
    hosts_members,
    urging_effort,
    venue_of_talks,
)
from builder.extract.mediation.mediators import mediators_of, split_hits
from builder.extract.mediation.merge import merge_or_add
from builder.extract.mediation.parties import (
    distinct,
    gathered,
    message_ends,
    on_behalf_of,
    parties_of,
    with_sides,
)
from builder.extract.mediation.unnamed import drop_unused
from builder.extract.mediation.words import Trigger, lexicon
from builder.records import Actor, Mediation


def extract(ctx: Context) -> None:
    sides = story_sides(ctx)
    named = _headline_mediators(ctx)
    if any(a.id in named for a in sides):
        sides = story_sides_without(ctx, named)
    backers = backers_of(ctx)
    efforts: list[Mediation] = []
    for sentence in ctx.doc.sentences:
        view = SentenceView(ctx, sentence.index)
        for effort in _read(ctx, view, sides, backers):
            merge_or_add(ctx, efforts, effort)
    drop_unused(ctx, efforts)
    for n, effort in enumerate(efforts, start=1):
        effort.id = f"mediation-{effort.mediators[0]}-{n}" if effort.mediators else f"mediation-{n}"
        effort.venue = effort.venue or _venue_near(ctx, effort)
        ctx.facts.mediation.append(effort)


def _sides_named(
    view: SentenceView, end: int, trigger: Trigger, mediators: list[Actor], sides: list[Actor]
) -> bool:
    """Whether a mediator named inside its trigger (أجرت مصر اتصالات) or a delegation has
    the two sides it works between: named after the trigger, or, for a delegation of no
    side that comes about a truce or a reconciliation (وفد مصري في غزة لبحث التهدئة), the
    story's sides with the one it names."""
    if trigger.carries:
        return True  # the message's ends are checked on their own
    named = _named_sides(view, end)
    if len(distinct(named, mediators)) >= 2:
        return True
    if not trigger.outsider or not lexicon().settling.find_all(view.tokens):
        return False  # وفد أميركي … لبحث العقوبات: its own country's business
    return len(distinct([*named, *sides], mediators)) >= 2


def _headline_mediators(ctx: Context) -> set[str]:
    """The ids of those the headline names as mediators after a phrase of mediation or a
    delegation (وساطة مصرية, وفد مصري): no side of the story, whatever its words weigh."""
    if not ctx.doc.sentences:
        return set()
    view = SentenceView(ctx, 0)
    out: set[str] = set()
    for hit in lexicon().triggers.find_all(view.tokens):
        if hit.value.form == "by":
            out |= {a.id for a in mediators_of(view, hit.start, hit.end, hit.value)}
    return out


def _venue_near(ctx: Context, effort: Mediation) -> str | None:
    """Where the talks are held when the effort's own sentences do not say: the venue of talks
    named in the sentences around them (``وتأتي هذه القمة في الدوحة``)."""
    first = effort.sentences[0] if effort.sentences else effort.sentence
    if effort.kind == "hosted":  # تستضيف الخرطوم محادثات: the host's own town is the venue
        span = ctx.doc.sentences[first].span
        for actor in ctx.facts.actors:
            inside = any(span.start <= s.start < span.end for s in actor.spans)
            if actor.kind == "place" and inside and _may_host(ctx, effort, actor):
                return actor.id
    for index in (first + 1, first - 1, first + 2, first - 2, first + 3, 0):
        if not 0 <= index < len(ctx.doc.sentences):
            continue
        view = SentenceView(ctx, index)
        for hit in lexicon().talks.find_all(view.tokens):
            place = venue_of_talks(view, hit.start, hit.end)
            if (
                place is not None
                and place.actor.kind == "place"
                and _may_host(ctx, effort, place.actor)
            ):
                return place.actor.id
    return None


def _may_host(ctx: Context, effort: Mediation, place: Actor) -> bool:
    """Whether talks near a hosted effort's sentence may be its venue: only a place in the
    host's own country (talks Khartoum hosts are not held in Addis Ababa, named for earlier
    ones)."""
    if effort.kind != "hosted":
        return True
    hosts = [a for a in (ctx.facts.actor(m) for m in effort.mediators) if a is not None]
    countries = {h.country for h in hosts if h.country}
    return not countries or place.country in countries


def _read(
    ctx: Context, view: SentenceView, sides: list[Actor], backers: Backers
) -> list[Mediation]:
    found: list[Mediation] = []
    other_senses = [range(m.start, m.end) for m in lexicon().false_friends.find_all(view.tokens)]
    hits: list[tuple[int, int, list[Actor], Trigger]] = [
        (h.start, h.end, [], h.value) for h in lexicon().triggers.find_all(view.tokens)
    ]
    taken = {k for start, end, _, _ in hits for k in range(start, end)}
    # أجرت مصر اتصالات: a verb phrase with its subject inside, where no trigger stands
    hits += [h for h in split_hits(view) if not taken.intersection(range(h[0], h[1]))]
    for start, end, named, trigger in hits:
        if start in view.bracketed or any(start in r for r in other_senses):
            continue
        if not _fits(view, end, trigger):
            continue
        mediators = named or mediators_of(view, start, end, trigger)
        if not mediators or _a_side(view, end, mediators):
            continue
        if trigger.objects and not _brings_together(view, start, end, mediators):
            continue  # جمعت الشرطة الأدلة: nobody brought together
        if trigger.outsider and any(
            m in sides or m.country in _countries(sides) for m in mediators
        ):
            continue  # وفد أمريكي in a story of the US and North Korea: a side's delegation
        if trigger.carries and len(distinct(message_ends(view, end), mediators)) < 2:
            continue  # نقل رسالة إلى ترامب: his own message
        if (named or trigger.outsider) and not _sides_named(view, end, trigger, mediators, sides):
            continue  # تسعى الحكومة للتوصل إلى اتفاق مع طالبان: one side seeking a deal
        parties = parties_of(view, start, end, mediators, sides, trigger)
        kind = "offer" if _offered(view, start) else trigger.kind
        effort = make_effort(ctx, view, start, end, mediators, parties, kind)
        if effort is not None:
            found.append(effort)
    for read in (envoy_effort, aim_effort, urging_effort, hosted_effort):
        if not found:
            effort = read(ctx, view, sides)
            found += [effort] if effort else []
    if not found:
        effort = backer_effort(ctx, view, backers, sides)
        found += [effort] if effort else []
    return found


def _brings_together(view: SentenceView, start: int, end: int, mediators: list[Actor]) -> bool:
    """Whether a verb of bringing together (جمع) takes two sides as its object: two of them,
    none a mediator, the first after the subject, not joined to it by و, with no
    preposition between (جمعت قطر تبرعات لأهالي غزة وسوريا gathers money, for them)."""
    sides = [a for a in view.args if a.actor in distinct(gathered(view, start), mediators)]
    if len({a.actor.id for a in sides}) < 2:
        return False
    if view.tokens[sides[0].start].norm.startswith("و"):
        return False  # تجمع السعودية والإمارات علاقات وثيقة: the subject is both, "share"
    between = view.tokens[end : sides[0].start]
    return len(between) <= 8 and not any(
        t.norm.startswith(("ل", "ب")) and t.norm not in ("بين", "لدي") for t in between
    )


def _countries(actors: list[Actor]) -> set[str]:
    return {a.country for a in actors if a.country}


def _named_sides(view: SentenceView, end: int) -> list[Actor]:
    """The sides a trigger names after it: «بين A و B» or «مع A و B», with the one it acts
    for (تقود روسيا مفاوضات مع الفصائل نيابة عن الحكومة السورية)."""
    between = actors_of(view.between(end, SIDES_WITHIN))
    if between:
        return between
    with_ = actors_of(with_sides(view, end, SIDES_WITHIN))
    return [*with_, *on_behalf_of(view, end)] if with_ else []


def _a_side(view: SentenceView, end: int, mediators: list[Actor]) -> bool:
    """A would-be mediator among the sides «بين» names right after the trigger (تسعى الحكومة
    للتوصل إلى اتفاق بين الحكومة وطالبان): a side's own aim."""
    return any(a in mediators for a in actors_of(view.between(end, SIDES_WITHIN)))


def _fits(view: SentenceView, end: int, trigger: Trigger) -> bool:
    """Whether the sentence lets the trigger mean mediation."""
    if trigger.process and not _names_process(view):
        return False  # يرعى كنيسة, بفضل جهود الجيش: no talks, no deal, no mediation
    if trigger.sides and len(view.between(end, SIDES_WITHIN)) < 2:
        return False  # تواصل إسرائيل جهودها: its own efforts, unless others' sides are named
    # تستضيف كندا قمة مجموعة السبع: a member hosts the body's summit
    return not (trigger.kind == "hosted" and hosts_members(view, end))


SIDES_WITHIN = 10
"""Tokens after a trigger in which «بين A و B» names the sides it needs."""


def _names_process(view: SentenceView) -> bool:
    """Whether the sentence names talks, a deal, a truce or another process between parties."""
    return bool(lexicon().process.find_all(view.tokens))


def _offered(view: SentenceView, k: int) -> bool:
    """``اقترحت باريس وساطة``, ``عرضت تركيا التوسط``: a verb of proposing shortly before."""
    offers = lexicon().offer_verbs
    return any(offers.intersection(t.stems) for t in view.tokens[max(0, k - 4) : k])
