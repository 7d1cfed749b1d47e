"""Talks hosted by a country that is none of their sides, and a third party urging both
sides towards each other."""

from __future__ import annotations

from builder.extract.context import Context
from builder.extract.frames import Arg, SentenceView, actors_of
from builder.extract.mediation.bodies import country_of
from builder.extract.mediation.efforts import make_effort
from builder.extract.mediation.mediators import reported_subject
from builder.extract.mediation.parties import WITH, distinct, talks_after
from builder.extract.mediation.speakers import speaker_country
from builder.extract.mediation.words import SIDE_KINDS, lexicon
from builder.records import Actor, Mediation, Span
from builder.text.normalize import normalize


def hosted_effort(ctx: Context, view: SentenceView, story: list[Actor]) -> Mediation | None:
    """Talks in a country that is none of their sides: that country hosts them. The sides are
    the talks' own (``بين``, ``قمة ترامب وكيم``, the subject taking part), or, for talks named
    as already known (``القمة``, ``الاجتماع``) or between ``البلدين``, the story's sides."""
    for hit in lexicon().talks.find_all(view.tokens):
        place = venue_of_talks(view, hit.start, hit.end)
        if place is None:
            continue
        host = country_of(ctx, place.actor, view, place)
        if host is None or _takes_part(ctx, view, host, place):
            continue
        pair = view.pair_word(place.start, 3)
        if pair is not None and pair < place.start and not view.between_pair(pair - 1, 2):
            continue  # طرفي الأزمة في اليمن: where the conflict is, not where talks are held
            # (القمة بين الزعيمين في سنغافورة: the talks' sides, and where they meet)
        if any(lexicon().sidelines.intersection(t.stems) for t in view.tokens):
            continue  # على هامش قمة: a meeting on the sidelines of a gathering of many, told
            # before the talks or after them (التقيا في نوفمبر بفيتنام، على هامش قمة أبيك)
        if any(lexicon().sport.intersection(t.stems) for t in view.tokens):
            continue  # اللقاء التحضيري: a football match
        sides = _sides_of_talks(view, hit.start, hit.end, hit.value)
        if hit.end < len(view.tokens) and lexicon().multilateral.intersection(
            view.tokens[hit.end].stems
        ):
            continue  # القمة العربية: its host is one of many members
        if members_meet(view, hit.start, hit.end):
            continue  # قمة مجموعة السبع, قمة الناتو: a body's own summit, hosted by a member
        known = (
            view.tokens[hit.start].norm.startswith("ال") or view.pair_word(hit.start) is not None
        )
        if len(distinct(sides, [host])) < 2 and known:
            sides = [*sides, *story]
        parties = distinct(sides, [host])
        countries = {p.country or p.id for p in parties}
        rivals = [p for p in parties if p.kind in ("person", "group")]
        if (
            (len(countries) < 2 and len(rivals) < 2)  # rivals of one country abroad: hosted
            or host.country in countries
            or any(p.kind == "organization" for p in parties)
        ):
            continue
        effort = make_effort(ctx, view, hit.start, hit.end, [host], parties, "hosted")
        if effort is not None:
            effort.venue = place.actor.id
            return effort
    return None


def urging_effort(ctx: Context, view: SentenceView, story: list[Actor]) -> Mediation | None:
    """A third party urging both sides («دعا الطرفين الأمريكي والكوري الشمالي إلى»): the
    subject helps the pair the sentence names (or the story's sides) towards each other."""
    for hit in lexicon().urging.find_all(view.tokens):
        # «قال الرئيس إنه دعا الطرفين»: after «إنه» the urger is the reporting verb's subject.
        subject = view.subject_of(hit.start, hit.end)
        urger = actors_of(subject) or reported_subject(view, hit.start)
        urger = [a for a in urger if a.kind in SIDE_KINDS]
        pair = view.pair_word(hit.end, 4)
        if pair is not None and pair >= hit.end:
            sides = actors_of(view.pair_sides(pair)) or story
        else:
            after = subject[-1].end if subject and subject[-1].start >= hit.end else hit.end
            sides = _urged_to_talk(view, after)
        parties = distinct(sides, urger)
        if urger and len(parties) >= 2:
            return make_effort(ctx, view, hit.start, hit.end, urger, parties, "facilitated")
    return None


def _urged_to_talk(view: SentenceView, k: int) -> list[Actor]:
    """Two sides named right after an urging verb (and its subject), called to talks
    (دعا غوتيريش الحكومة الفنزويلية والمعارضة إلى الحوار): both, else none."""
    first = view.arg_at(k)
    if first is None:
        return []
    group = view.coordinated(first)
    j = group[-1].end
    if j >= len(view.tokens) or view.tokens[j].norm not in TO_TALKS:
        return []
    if lexicon().process.match(view.tokens, j + 1) is None:
        return []  # دعا إسرائيل وحماس إلى ضبط النفس: restraint, not talks
    return actors_of(group)


TO_TALKS = frozenset(normalize(w) for w in ("إلى", "الى", "على"))
"""Words between the sides urged and the talks they are urged to (إلى الحوار, حث … على)."""


def aim_effort(ctx: Context, view: SentenceView, _story: list[Actor]) -> Mediation | None:
    """A third party working towards a deal between two others («تعمل مصر على التوصل إلى
    تهدئة بين إسرائيل وحماس», «تضغط القاهرة على الطرفين للتوصل إلى هدنة بين …»): the subject
    of the clause, when it is none of the sides «بين» names right after the aim."""
    for hit in lexicon().aims.find_all(view.tokens):
        sides = actors_of(view.between(hit.end, AIM_SIDES_WITHIN))
        sides = [a for a in sides if a.kind in SIDE_KINDS]
        if len(sides) < 2:
            continue
        subject = _clause_subject_before(view, hit.start) or speaker_country(view, hit.start)
        if not subject or any(
            a in sides or a.country in {s.country for s in sides if s.country} for a in subject
        ):
            continue  # تسعى الحكومة للتوصل إلى اتفاق بين الحكومة والمتمردين: a side's own aim
        effort = make_effort(ctx, view, hit.start, hit.end, subject, sides, "mediated")
        if effort is not None:
            return effort
    return None


AIM_SIDES_WITHIN = 6
"""Tokens after an aim («للتوصل إلى») in which «بين» names the sides."""
AIM_SUBJECT_WITHIN = 10
"""Tokens between the end of its clause's subject and an aim (a long title makes a subject
of many words)."""


def _clause_subject_before(view: SentenceView, k: int) -> list[Actor]:
    """The first side named before token ``k`` in its clause, a few words back, that no
    preposition governs (``تضغط القاهرة على الطرفين``: Cairo, not the sides)."""
    clause = view.clause[k]
    for arg in view.args:
        if arg.end > k or k - arg.end > AIM_SUBJECT_WITHIN or view.clause[arg.start] != clause:
            continue
        if arg.actor.kind not in SIDE_KINDS:
            continue
        if arg.start > 0 and view.tokens[arg.start - 1].norm in lexicon().aim_prepositions:
            continue
        return actors_of(view.coordinated(arg))
    return []


def _takes_part(ctx: Context, view: SentenceView, host: Actor, venue: Arg) -> bool:
    """Whether the venue's country is in the story as more than the venue: named in the
    headline or lead, or elsewhere in this sentence (Turkey hosting a summit Erdogan attends
    is one of its sides, not a third party)."""
    tokens = view.tokens
    where = Span(tokens[venue.start].start, tokens[venue.end - 1].end)
    lead = [s.span for s in ctx.doc.sentences[:3]]
    for span in [*lead, view.sentence.span]:
        for mention, actor in ctx.mentions_in(span):
            if mention == where or (actor is host and _as_venue(ctx, mention, actor)):
                continue  # «يلتقيان في سنغافورة» in the headline: the venue again, no side
            if actor is host or (
                actor.kind in ("person", "organization") and actor.country == host.country
            ):
                return True
    return False


def _as_venue(ctx: Context, mention: Span, actor: Actor) -> bool:
    """A place named as where something is (after «في», or with «ب»: بسنغافورة)."""
    before = ctx.doc.text[max(0, mention.start - VENUE_LOOKBACK) : mention.start].split()
    if before and normalize(before[-1]) in lexicon().venue_markers:
        return True
    text = normalize(ctx.doc.text[mention.start : mention.end])
    return text.startswith(("ب", "وب")) and not normalize(actor.name.ar or "").startswith("ب")


VENUE_LOOKBACK = 8
"""Characters before a mention in which the word before it is read."""


def venue_of_talks(view: SentenceView, start: int, end: int) -> Arg | None:
    """Where talks are held: ``قمة هلسنكي`` (named after the city), ``… في سنغافورة`` after
    them, or ``يتوجه إلى سنغافورة استعدادا لقمة`` just before them."""
    named = view.arg_at(end)
    if named is not None and named.actor.kind == "place":
        return named
    after = view.place_after(end, 14)
    if after is not None and _topic_between(view, end, after.start):
        after = None  # لبحث الوجود الإيراني في سوريا: where the subject of the talks is
    return after or view.place_after(max(0, start - 6), start - max(0, start - 6))


def _topic_between(view: SentenceView, k: int, place: int) -> bool:
    """Whether the talks' subject is named between them and a place (لبحث, بشأن, حول):
    the place is then the subject's, not the venue."""
    topic = lexicon().topic_markers
    return any(topic.intersection(t.stems) for t in view.tokens[k:place])


def _sides_of_talks(view: SentenceView, start: int, end: int, verb: bool) -> list[Actor]:
    """Who takes part: «بين A و B», the names after the noun (``قمة ترامب وكيم``), the
    subject and the other side after ``مع``, or for a verb (``يلتقي ترمب كيم``) its subject
    and object."""
    sides = actors_of(view.between(start))
    if sides:
        return sides
    after = view.arg_at(end) if not verb else None
    if after is not None and after.actor.kind != "place":
        return actors_of(view.coordinated(after))
    if verb:
        subject = view.subject_of(start, end)
        rest = [a for a in view.args if subject and a.start >= subject[-1].end]
        other = view.coordinated(rest[0]) if rest else []
        return actors_of([*subject, *other])
    before = [a for a in view.args if a.end <= start and a.actor.kind in SIDE_KINDS]
    found = actors_of(view.coordination_of(before[-1])) if before else []
    return [*found, *actors_of(view.after_word(end, WITH, 10))]


def members_meet(view: SentenceView, start: int, end: int) -> bool:
    """The gathering at tokens ``start``–``end`` is a body's own (قمة مجموعة السبع, اجتماع
    الناتو): its host is one of the members, no third party."""
    if not lexicon().member_gatherings.intersection(view.tokens[start].stems):
        return False
    body = view.arg_at(end) if end < len(view.tokens) else None
    return body is not None and body.actor.kind == "organization"


def hosts_members(view: SentenceView, k: int) -> bool:
    """The talks a hosting verb at token ``k`` names, within a few words, are a body's own
    (تستضيف كندا قمة مجموعة السبع)."""
    return any(members_meet(view, start, end) for start, end in talks_after(view, k))
