"""Events: dated happenings as frames, for the timeline, "What's next" and "At a glance".

Every dated time expression that dates a happening makes an event: the trigger word nearest to
it in its clause (a war, an attack, talks, an agreement, and the reporting verbs of statements
too: «قال الوزير يوم الاثنين» is a statement of that Monday), with the trigger's own arguments
(:mod:`builder.extract.frames`) as agent, parties and place, and the figures its clause counts
(of the kinds its kind may count). A time no trigger is near dates the sentence's free trigger
when its own clause names no actor; otherwise it is a happening of the generic kind, told by
its clause's actors. The same happening told in two sentences is one event; two different
happenings on one date are two, and one trigger word with two dates (اتفاقيتي 1929 و1959) is
two happenings.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from builder import data
from builder.extract.context import Context
from builder.extract.frames import (
    ARGUMENT_KINDS,
    Arg,
    SentenceView,
    actors_of,
    story_sides,
    words,
)
from builder.lexicon.triggers import EventKind, reports, triggers
from builder.records import Actor, Bilingual, Event, Figure, Span, TimeExpression
from builder.text.chars import COMMAS
from builder.text.normalize import normalize, normalize_phrase

MAX_DISTANCE = 10
"""Tokens between a trigger and its time expression in one clause."""
FALLBACK_DISTANCE = 16
"""The same across clauses, when the time's own clause names no happening."""
FIGURE_KINDS = {"casualties", "military", "people"}
LEAD = 2
"""Sentences 0 (the headline) to ``LEAD``: read for the main development even undated."""


@dataclass(frozen=True)
class TriggerHit:
    start: int
    end: int
    kind: EventKind
    possessive: bool = False
    """Matched through a possessive ending (حربهما "their war")."""


@cache
def _undated_times() -> frozenset[str]:
    """Time expressions that date no happening ("so far")."""
    return frozenset(normalize_phrase(w) for w in data.load("frames").get("not_event_times", ()))


def extract(ctx: Context) -> None:
    times: dict[int, list[TimeExpression]] = {}
    for t in ctx.facts.times:
        if t.date and normalize_phrase(t.when_text) not in _undated_times():
            times.setdefault(t.sentence, []).append(t)
    counted: dict[int, list[tuple[Figure, Span]]] = {}
    for figure in ctx.facts.figures:
        if figure.kind in FIGURE_KINDS:  # each telling of it, where a happening may count it
            sentences = [figure.sentence, *figure.mention_sentences]
            for index, span in zip(sentences, [figure.span, *figure.mentions], strict=True):
                counted.setdefault(index, []).append((figure, span))
    events: list[Event] = []
    bound: dict[tuple[int, int], Event] = {}
    for sentence in ctx.doc.sentences:
        if sentence.index not in times and sentence.index > LEAD:
            continue
        view = SentenceView(ctx, sentence.index)
        hits = hits_in(view)
        told: list[Event] = []
        dated_by: dict[int, TimeExpression] = {}
        for time in times.get(sentence.index, []):
            datable = [h for h in hits if not _named_war(view, h, time)]
            hit = _choose(view, datable, view.token_at(time.span.start))
            hit = _reported(view, datable, hit, times.get(sentence.index, []))
            hit = hit or _untold(view, [h for h in datable if h.start not in dated_by], time)
            if hit is None:
                continue
            key = (sentence.index, hit.start)
            first = dated_by.get(hit.start)
            if first is not None and (first.date == time.date or _one_span(view, first, time)):
                continue  # two times of one happening (من 1975 إلى 1991): the first dates it
            event = frame(ctx, view, hit, time)
            if hit.kind is triggers().generic:
                _clause_actors(view, hit, event)
                if not (event.participants or event.place):
                    continue  # a bare "Development" tells the reader nothing
            if first is None:  # اتفاقيتي 1929 و1959: one word, two happenings of its kind
                bound[key] = event
                dated_by[hit.start] = time
            told.append(event)
        _link_figures(view, hits, bound, counted.get(sentence.index, []))
        for event in told:
            _merge_or_add(events, event)
    _number(events)
    ctx.facts.events.extend(events)


RANGE_WORDS = frozenset(normalize(w) for w in ("إلى", "الى", "حتى", "لغاية", "وحتى", "-", "–"))
"""Words between two times that make them one span (من 1975 إلى 1991)."""
SPAN_OPENERS = frozenset(normalize(w) for w in ("بين", "من", "منذ", "عامي"))
"""Words before the first of two times that open a stretch (بين 2011 و2014)."""


def _one_span(view: SentenceView, first: TimeExpression, second: TimeExpression) -> bool:
    """The two times bound one stretch (من 1975 إلى 1991, بين 2011 و2014), not two dates."""
    a, b = view.token_at(first.span.end - 1), view.token_at(second.span.start)
    between = view.tokens[a + 1 : b]
    if any(t.norm in RANGE_WORDS for t in between) and len(between) <= 2:
        return True
    opener = view.token_at(first.span.start) - 1
    return opener >= 0 and view.tokens[opener].norm in SPAN_OPENERS and len(between) <= 1


POSSESSIVE = ("هما", "هم", "ها", "ه")
"""Endings that make a trigger noun possessive: حربهما "their war", زيارته "his visit"."""


# Kinds a reporting verb makes: after an attribution (وفق ما ذكرت) it tells the source of
# the sentence's news, no news of its own.
REPORTING_KINDS = frozenset({"statement", "announcement"})


def hits_in(view: SentenceView) -> list[TriggerHit]:
    index = triggers().events
    never = triggers().not_triggers
    hits = [
        TriggerHit(m.start, m.end, m.value)
        for m in index.find_all(view.tokens)
        if not (m.end - m.start == 1 and never.intersection(view.tokens[m.start].stems))
    ]
    blocked = {
        k for m in triggers().not_phrases.find_all(view.tokens) for k in range(m.start, m.end)
    }
    hits = [h for h in hits if not blocked.issuperset(range(h.start, h.end))]
    told_by = {m.end for m in triggers().attributions.find_all(view.tokens)}
    reporting = any(h.kind.kind in REPORTING_KINDS for h in hits)
    counted = _counted(view) if reporting else set()  # 4 ملايين طالب: students, not "demanded"
    hits = [
        h
        for h in hits
        if not (h.kind.kind in REPORTING_KINDS and (h.start in told_by or h.start in counted))
    ]
    hits = _governed(view, hits)
    taken = {k for h in hits for k in range(h.start, h.end)} | blocked
    for k, tok in enumerate(view.tokens):
        if k in taken or tok.kind != "ar" or never.intersection(tok.stems):
            continue
        for stem in tok.stems:
            ending = next(
                (e for e in POSSESSIVE if stem.endswith(e) and len(stem) > len(e) + 2), None
            )
            if ending is None:
                continue
            base = stem[: -len(ending)]
            base = base[:-1] + "ه" if base.endswith("ت") else base  # زيارته → زياره
            kind = index.lookup(base)
            if kind is not None:
                hits.append(TriggerHit(k, k + 1, kind, possessive=True))
                break
    return sorted((h for h in hits if h.start not in view.bracketed), key=lambda h: h.start)


def _governed(view: SentenceView, hits: list[TriggerHit]) -> list[TriggerHit]:
    """Triggers a word a few tokens before governs (وقف "دائم" لإطلاق النار): one hit of the
    governing kind from that word to the phrase's end, in place of the hits inside."""
    for rule in triggers().governed:
        if rule.kind is None:
            continue
        for m in rule.then.find_all(view.tokens):
            opener = next(
                (
                    k
                    for k in range(m.start - 1, max(-1, m.start - rule.within - 2), -1)
                    if rule.opens.intersection(view.tokens[k].stems)
                ),
                None,
            )
            if opener is None:
                continue
            hits = [h for h in hits if h.end <= opener or h.start >= m.end]
            hits.append(TriggerHit(opener, m.end, rule.kind))
    return hits


REPORTED_WITHIN = 5
"""Tokens between a reporting verb and a time that dates it across a comma (its subject)."""


SPEAKER_WITHIN = 20
"""Tokens between a reporting verb and the time set off right before what was said, past the
speaker's name and office (وقال محمد أبو عساكر، المتحدث باسم المفوضية، الجمعة، إن)."""


def _time_before_speech(view: SentenceView, t: int) -> bool:
    """The time at token ``t`` is set off by commas right before a complementiser (، الجمعة،
    إن): it dates the saying."""
    before = next((c for c in range(t, max(-1, t - 5), -1) if c in view.time_commas), None)
    after = view.time_commas.get(before) if before is not None else None
    return (
        after is not None
        and after + 1 < len(view.tokens)
        and view.tokens[after + 1].norm in words().complementizers
    )


GENERIC_NAMED = 3
"""How many of its clause's actors a happening no trigger names is told by."""


def _clause_actors(view: SentenceView, hit: TriggerHit, event: Event) -> None:
    """A happening no trigger names, told by the actors and the place of its clause (else of
    its sentence) when its own arguments name none (أغلقت وسيلة الإعلام … قبل 17 عاما)."""
    clause = view.clause[hit.start]
    for args in ([a for a in view.args if view.clause[a.start] == clause], view.args):
        if not event.participants:
            named = [a.actor.id for a in args if a.actor.kind in ARGUMENT_KINDS]
            event.parties = list(dict.fromkeys(named))[:GENERIC_NAMED]
        if event.place is None:
            event.place = next((a.actor.id for a in args if a.actor.kind == "place"), None)


NAMED_WAR_KINDS = frozenset({"war"})
DAY_PRECISION = len("2023-05-21")


def _named_war(view: SentenceView, hit: TriggerHit, time: TimeExpression) -> bool:
    """A war named by its place (بطل حرب فيتنام, حرب الخليج): the name of a war told before,
    which a day of this week (يوارى … الأحد) does not date."""
    if hit.kind.kind not in NAMED_WAR_KINDS or not time.date or len(time.date) != DAY_PRECISION:
        return False
    named = view.arg_at(hit.end)
    return named is not None and named.actor.kind in ("country", "place")


def _untold(view: SentenceView, free: list[TriggerHit], time: TimeExpression) -> TriggerHit | None:
    """What a dated time far from any trigger dates: when its clause names no actor, the
    sentence's nearest strong trigger no other time dates (الاشتباكات … كما حدث في سبتمبر
    الماضي); else a happening of the generic kind at the time itself, told by its clause's
    actors (موافقة السعودية وألمانيا الشهر الماضي على إنهاء خلاف)."""
    k = view.token_at(time.span.start)
    clause = view.clause[min(k, len(view.tokens) - 1)]
    own = any(view.clause[a.start] == clause and a.actor.kind in ARGUMENT_KINDS for a in view.args)
    strong = [h for h in free if not h.kind.weak]
    if strong and not own:  # a clause naming its own actors tells its own happening
        return min(strong, key=lambda h: abs(h.start - k))
    kind = triggers().generic
    return TriggerHit(k, k + 1, kind) if kind is not None else None


def _choose(view: SentenceView, hits: list[TriggerHit], t: int) -> TriggerHit | None:
    """The trigger a time expression at token ``t`` dates: in its clause, the nearest (strong
    words before weak ones: a reporting verb dates a statement only when nothing else
    happens there); else the nearest strong one a clause or two away."""
    t = min(t, len(view.tokens) - 1)
    clause = view.clause[t]

    def distance(hit: TriggerHit) -> int:
        # A trigger before its time reads first ("حرب 2020", "قال الثلاثاء").
        return abs(hit.start - t) + (0 if hit.start <= t else 2)

    same = [h for h in hits if view.clause[h.start] == clause and distance(h) <= MAX_DISTANCE]
    for weak in (False, True):
        pool = [h for h in same if h.kind.weak is weak]
        if pool:
            return min(pool, key=distance)
    # «أعلنت وزارة الدفاع، السبت، أن …»: the time set off by commas right after a reporting
    # verb and its subject dates the statement, not a happening further on.
    told = [h for h in hits if h.kind.weak and h.start < t and t - h.end <= REPORTED_WITHIN]
    if not told and _time_before_speech(view, t):  # «وقال X، المتحدث باسم …، الجمعة، إن»
        told = [h for h in hits if h.kind.weak and h.start < t and t - h.end <= SPEAKER_WITHIN]
    if told:
        return max(told, key=lambda h: h.start)
    near = [h for h in hits if not h.kind.weak and distance(h) <= FALLBACK_DISTANCE]
    return min(near, key=distance) if near else None


def _reported(
    view: SentenceView, hits: list[TriggerHit], hit: TriggerHit | None, times: list[TimeExpression]
) -> TriggerHit | None:
    """A time that dates a verb which only reports («أفاد المرصد الجمعة أن 43 مدنيا قتلوا في
    قصف») dates the happening the report tells, when no other time of the sentence dates
    that and no person is the one who reports: the first strong trigger after the
    complementiser."""
    if hit is None or not hit.kind.weak or hit.kind.kind not in REPORTING_KINDS:
        return hit
    if not reports(view.tokens[hit.start].norm):
        return hit
    opens = words().complementizers
    clause = next(
        (k for k in range(hit.end, len(view.tokens)) if view.tokens[k].norm in opens), None
    )
    if clause is None:
        return hit
    speaker = next((a for a in view.args if hit.end <= a.start < clause), None)
    if speaker is not None and speaker.actor.kind == "person":
        return hit  # «ذكر ترامب أنه…»: what a person says is news of its own
    if any(view.token_at(t.span.start) > clause for t in times):
        return hit  # «قال الجمعة إن الهجوم وقع الخميس»: the happening has its own time
    told = [h for h in hits if h.start > clause and not h.kind.weak]
    return told[0] if told else hit


def _counted(view: SentenceView) -> set[int]:
    """Indices of the tokens inside the sentence's figures (a number and what it counts)."""
    out: set[int] = set()
    for span in view.ctx.figure_spans_in(view.sentence.span):
        k = view.token_at(span.start)
        while k < len(view.tokens) and view.tokens[k].start < span.end:
            out.add(k)
            k += 1
    return out


def _located(view: SentenceView, arg: Arg) -> bool:
    """The argument is where something happens (في لبنان), not who acts."""
    return arg.start > 0 and view.tokens[arg.start - 1].norm in words().places


# Kinds whose verb takes the place gone to as its object (زار مصر "visited Egypt").
DESTINATION_KINDS = frozenset({"visit"})


def _destination(view: SentenceView, hit: TriggerHit, agent: list[Actor]) -> Actor | None:
    """The place a visit goes to, named as the verb's object: right after the verb when no
    one else follows (زار مصر), or right after its subject (زار أردوغان قطر)."""
    after = view.subject_after(hit.end)
    if not after:
        return None
    nxt = view.arg_at(view.skip_fillers(after[-1].end))
    if nxt is not None and nxt.actor.kind in ("country", "place"):
        return nxt.actor  # زار الرئيس قطر, زارت روسيا مصر
    first = after[0].actor
    return first if agent == [first] and first.kind in ("country", "place") else None


OBJECT_KINDS = frozenset({"meeting", "phone_call"})
"""Kinds whose verb takes the other side as its object (التقى بومبيو كيم)."""


def _object_after(view: SentenceView, hit: TriggerHit, agent: list[Actor]) -> list[Actor]:
    """The person or body right after a verb and its subject (التقى بومبيو كيم), in its clause:
    the one met or called."""
    subject = [a for a in view.args if a.actor in agent and a.start >= hit.end]
    k = subject[-1].end if subject else hit.end
    tokens = view.tokens
    while k < len(tokens) and (  # التقى السيسي *الأحد* بومبيو: past the time told between
        tokens[k].text in "،," or view.ctx.in_time_expression(tokens[k].start, tokens[k].end)
    ):
        k += 1
    obj = view.arg_at(k)
    if obj is None or view.clause[obj.start] != view.clause[hit.start]:
        return []
    return [a for a in actors_of(view.coordinated(obj)) if a.kind in ARGUMENT_KINDS]


# How far past a time the commas set off the place may be (، الاثنين، قاعدة عسكرية جنوبي
# الصومال): a few words, or it is some other noun's place.
PAST_TIME = 4


def frame(ctx: Context, view: SentenceView, hit: TriggerHit, time: TimeExpression | None) -> Event:
    """The event of ``hit``: its arguments read from the sentence."""
    agent = actors_of(view.subject_of(hit.start, hit.end))
    if not agent and hit.end - hit.start > 2:  # أطلق مسلحون النار: the subject inside
        agent = actors_of(a for a in view.args if hit.start < a.start and a.end < hit.end)
    goes_to = _destination(view, hit, agent) if hit.kind.kind in DESTINATION_KINDS else None
    if goes_to is not None and goes_to in agent:
        agent = []  # زار مصر: the country after the verb is the one visited
    sides = view.between(hit.start)
    if not sides:
        sides = view.after_word(hit.end, words().with_) or view.after_word(hit.end, words().against)
    parties = [a for a in actors_of(sides) if a not in agent]
    if not parties and agent and hit.kind.kind in OBJECT_KINDS:
        parties = [a for a in _object_after(view, hit, agent) if a not in agent]
    if not parties and view.between_pair(hit.start):  # بين الجمهوريتين: the story's two sides
        parties = [a for a in story_sides(ctx) if a not in agent]
    clause = view.clause[hit.start]
    place_arg = (
        view.place_after(hit.end, 16, clause)
        or view.place_after(hit.start, 3, clause)
        or view.place_past_time(hit.start, PAST_TIME)
    )
    place = place_arg.actor if place_arg else goes_to
    if place is not None:
        agent = [a for a in agent if a is not place]
        parties = [a for a in parties if a is not place]
    agent = [a for a in agent if a.kind != "place"]
    parties = [a for a in parties if a.kind != "place"]
    if not agent and hit.start > 0 and view.tokens[hit.start - 1].norm in words().adjunct:
        agent = [a for a in actors_of(view.clause_subject(hit.start)) if a.kind != "place"]
        if not agent and hit.start > 2 and view.tokens[hit.start - 2].text in COMMAS:
            # وقال ليبرمان، في تصريحات صحفية الخميس: the adjunct the commas set off is the
            # verb's before them, whose subject says it
            agent = actors_of(view.subject_closed_by(hit.start - 2))
        if place is None:  # يصل … إلى القاهرة في زيارة: where the verb goes
            opens = view.clause_start(hit.start)
            before = view.place_after(opens, hit.start - opens, clause)
            place = before.actor if before else None
    if not agent and hit.possessive:  # بعد هزيمتها: "its" is the clause's subject
        first = next((a for a in view.args if a.start < hit.start and not _located(view, a)), None)
        agent = [first.actor] if first and first.actor.kind in ARGUMENT_KINDS else []
    if not agent and not parties and hit.kind is not triggers().generic:
        # الانتخابات النيابية العراقية, الاتفاق التركي الروسي: the adjectives say whose
        agent, parties, place = _owners_as(hit.kind.kind, _owners_after(view, hit), place)
    tokens = view.tokens
    trigger = Span(tokens[hit.start].start, tokens[hit.end - 1].end)
    return Event(
        id="",
        kind=hit.kind.kind,
        when_text=time.when_text if time else None,
        date=time.date if time else None,
        summary=Bilingual(None, None),  # written by render.sentences from this record
        sentence=view.index,
        span=view.sentence.span,
        agent=[a.id for a in agent],
        parties=[a.id for a in parties],
        place=place.id if place else None,
        trigger=trigger,
        sentences=[view.index],
    )


@cache
def _adjective_owner() -> dict[str, frozenset[str]]:
    raw = data.load("event_words").get("adjective_owner") or {}
    return {role: frozenset(str(k) for k in kinds) for role, kinds in raw.items()}


def _owners_as(
    kind: str, owners: list[Actor], place: Actor | None
) -> tuple[list[Actor], list[Actor], Actor | None]:
    """(agent, parties, place) from the countries whose adjectives follow the trigger: two or
    more are sides; one is where a `place` kind happens, a side of a `sides` kind, else who
    does it (``adjective_owner`` of event_words.yml)."""
    roles = _adjective_owner()
    if len(owners) >= 2 or (owners and kind in roles.get("sides", ())):
        return [], owners, place
    if owners and kind in roles.get("place", ()):
        return [], [], place or owners[0]
    return owners, [], place


# Definite adjectives a trigger noun may carry before its owners' (الانتخابات *النيابية*
# العراقية, القمة *الثلاثية* التركية الروسية الإيرانية).
OWNER_SKIP = 2


def _owners_after(view: SentenceView, hit: TriggerHit) -> list[Actor]:
    """The countries whose adjectives follow a definite trigger noun: one is where it
    happens (الاحتجاجات الإيرانية: protests in Iran), two or more its sides (الاتفاق التركي
    الروسي: an agreement between Turkey and Russia)."""
    if not any(stem.startswith("ال") for stem in view.tokens[hit.start].stems):
        return []  # a verb is followed by its subject, not by adjectives
    owners: list[Actor] = []
    k, skipped = hit.end, 0
    while k < len(view.tokens):
        arg = view.describing.get(k) or view.arg_at(k)
        if arg is not None and arg.start == k and arg.actor.kind == "country":
            if not view.tokens[k].norm.startswith(("ال", "وال")):
                break  # بالعراق, لروسيا: a preposition's object, no adjective
            if all(o.id != arg.actor.id for o in owners):
                owners.append(arg.actor)
            k = arg.end
        elif (
            arg is None
            and not owners
            and skipped < OWNER_SKIP
            and view.tokens[k].norm.startswith("ال")
        ):
            skipped, k = skipped + 1, k + 1
        else:
            break
    return owners


def _link_figures(
    view: SentenceView,
    hits: list[TriggerHit],
    events: dict[tuple[int, int], Event],
    figures: list[tuple[Figure, Span]],
) -> None:
    """What each happening counts: a casualty, troop or people figure belongs to the trigger
    nearest before it (``اشتباكات خلفت 286 قتيلا``: the clashes, dated or not). A killing verb
    passes its figure to the happening that does the killing (``قتلت الحرب 30 ألف شخص``,
    ``قتل 53 شخصا في حريق``).
    A figure told again is counted where each telling is."""
    if not hits:
        return
    for figure, span in figures:
        at = view.token_at(span.start)
        counting = [h for h in hits if figure.kind in h.kind.counts]
        if not counting:
            continue  # 25 مليون مهاجر told at a summit counts nothing of the summit
        before = [h for h in counting if h.end <= at]
        owner = before[-1] if before else counting[0]
        if owner.kind.kind == "casualties":
            subject = [h for h in hits if owner.end <= h.start <= owner.end + 1]
            earlier = [
                h
                for h in before[:-1]
                if h.kind.kind != "casualties" and view.clause[h.start] == view.clause[owner.start]
            ]
            # «قتل 53 شخصا في حريق»: the killing told first, what killed them after the toll
            cause = [h for h in counting if h.start > at and h.kind.kind != "casualties"]
            owner = (subject or earlier[-1:] or cause[:1] or [owner])[0]
        event = events.get((view.index, owner.start)) or next(
            (  # "الحرب" told again: the sentence's event of that kind
                e for (s, _), e in events.items() if s == view.index and e.kind == owner.kind.kind
            ),
            None,
        )
        if event is not None and figure.id not in event.figures:
            event.figures.append(figure.id)


def _merge_or_add(events: list[Event], new: Event) -> None:
    """The same happening told again (same kind and date, compatible participants) is one
    event: the first telling stays its source; arguments add up."""
    for event in events:
        if event.kind != new.kind or event.date != new.date:
            continue
        mine, theirs = set(event.participants), set(new.participants)
        if mine and theirs and not mine & theirs:
            continue
        event.agent += [a for a in new.agent if a not in event.participants]
        event.parties += [p for p in new.parties if p not in event.participants]
        event.place = event.place or new.place
        event.figures += [f for f in new.figures if f not in event.figures]
        event.sentences += [s for s in new.sentences if s not in event.sentences]
        return
    events.append(new)


def _number(events: list[Event]) -> None:
    """Stable ids: kind and date, with a counter when a date holds two of one kind."""
    seen: dict[str, int] = {}
    for event in events:
        base = f"{event.kind}-{event.date or 'undated'}"
        seen[base] = seen.get(base, 0) + 1
        event.id = base if seen[base] == 1 else f"{base}-{seen[base]}"
