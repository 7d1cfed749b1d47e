"""Mediation efforts: a third party bringing parties together, as a frame across sentences.

Read from ``data/mediation_words.yml``:

- a mediator named after a phrase (``بوساطة مصرية``, ``برعاية روسيا``, ``تحت إشراف الأمم
  المتحدة``), as the subject of a verb (``توسطت قطر``, ``استضافت الخرطوم``) or of a role
  (``تقوم روسيا بدور الوساطة``); an offer to mediate, accepted or not;
- an envoy (``المبعوث الأممي``) meeting, calling on or touring the parties, mediating for the
  body the title is of;
- talks hosted by a country that is not one of their sides (``قمة … في سنغافورة``).

The parties are the trigger's sides (``بين A و B``, ``مع``), the subject the mediator helps
(``اتفق كير ومشار بوساطة …``), or, when the sentence only says ``الجانبين``/``الطرفين`` or
nothing, the sides the story is about (its headline and lead). One effort per mediator: the
sentences that tell the same effort are merged.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from builder import data
from builder.analyse.phrases import PhraseIndex
from builder.extract.context import Context
from builder.extract.frames import Arg, SentenceView, actors_of, story_sides
from builder.records import Actor, Bilingual, Mediation, Span, TimeExpression
from builder.text.normalize import normalize

SIDE_KINDS = {"country", "group", "person", "organization"}


@dataclass(frozen=True)
class _Trigger:
    kind: str
    form: str
    """``by``, ``verbs`` or ``roles``."""
    process: bool = False
    """The words have other senses: they mediate only where a process is named."""
    generic: bool = False
    """A bare role (وسيط, الوساطة): its holder must be named after it, or a «بين» be near."""


@dataclass(frozen=True)
class _Outcome:
    en: str
    ar: str


class _Lexicon:
    def __init__(self) -> None:
        raw = data.load("mediation_words")
        self.triggers: PhraseIndex[_Trigger] = PhraseIndex()
        for group, forms in raw["kinds"].items():
            kind = str(forms.get("kind") or group)
            process = bool(forms.get("process"))
            for form in ("by", "verbs", "roles"):
                for phrase in forms.get(form) or ():
                    generic = form == "roles" and kind == "mediated"
                    self.triggers.add(str(phrase), _Trigger(kind, form, process, generic))
        self.envoy_titles: PhraseIndex[bool] = PhraseIndex(
            (str(w), True) for w in raw["envoy_titles"]
        )
        self.envoy_verbs: PhraseIndex[bool] = PhraseIndex(
            (str(w), True) for w in raw["envoy_verbs"]
        )
        self.adjectives = {normalize(str(k)): str(v) for k, v in raw["adjectives"].items()}
        self.talks: PhraseIndex[bool] = PhraseIndex((str(w), False) for w in raw["talks"])
        """Talks a country may host; the value says whether the word is a verb (يلتقي)."""
        for verb in raw["meeting_verbs"]:
            self.talks.add(str(verb), True)
        self.offer_verbs = frozenset(normalize(str(w)) for w in raw["offer_verbs"])
        self.multilateral = frozenset(normalize(str(w)) for w in raw["multilateral"])
        self.sidelines = frozenset(normalize(str(w)) for w in raw["sidelines"])
        self.process: PhraseIndex[bool] = PhraseIndex((str(w), True) for w in raw["process"])
        self.urging: PhraseIndex[bool] = PhraseIndex((str(w), True) for w in raw["urging_verbs"])
        self.outcomes: list[tuple[PhraseIndex[bool], _Outcome]] = [
            (PhraseIndex((str(w), True) for w in item["match"]), _Outcome(item["en"], item["ar"]))
            for item in raw["outcomes"]
        ]


@cache
def lexicon() -> _Lexicon:
    return _Lexicon()


def extract(ctx: Context) -> None:
    sides = story_sides(ctx)
    efforts: list[Mediation] = []
    for sentence in ctx.doc.sentences:
        view = SentenceView(ctx, sentence.index)
        for effort in _read(ctx, view, sides):
            _merge_or_add(ctx, efforts, effort)
    for n, effort in enumerate(efforts, start=1):
        effort.id = f"mediation-{effort.mediators[0]}-{n}" if effort.mediators else f"mediation-{n}"
        effort.venue = effort.venue or _venue_near(ctx, effort)
        ctx.facts.mediation.append(effort)


def _venue_near(ctx: Context, effort: Mediation) -> str | None:
    """Where the talks are held when the effort's own sentences do not say: the venue of talks
    named in the sentences around them (``وتأتي هذه القمة في سوتشي``)."""
    first = effort.sentences[0] if effort.sentences else effort.sentence
    for index in (first + 1, first - 1, first + 2, first - 2, first + 3, 0):
        if not 0 <= index < len(ctx.doc.sentences):
            continue
        view = SentenceView(ctx, index)
        for hit in lexicon().talks.find_all(view.tokens):
            place = _venue_of_talks(view, hit.start, hit.end)
            if place is not None and place.actor.kind == "place":
                return place.actor.id
    return None


def _read(ctx: Context, view: SentenceView, sides: list[Actor]) -> list[Mediation]:
    found: list[Mediation] = []
    for hit in lexicon().triggers.find_all(view.tokens):
        if hit.start in view.bracketed:
            continue
        trigger: _Trigger = hit.value
        if trigger.process and not _names_process(view):
            continue  # يرعى كنيسة, بفضل جهود الجيش: no talks, no deal, no mediation
        mediators = _mediators(view, hit.start, hit.end, trigger)
        if not mediators:
            continue
        parties = _parties(view, hit.start, hit.end, mediators, sides, trigger)
        kind = "offer" if _offered(view, hit.start) else trigger.kind
        effort = _effort(ctx, view, hit.start, hit.end, mediators, parties, kind)
        if effort is not None:
            found.append(effort)
    for read in (_envoy, _urging, _hosted):
        if not found:
            effort = read(ctx, view, sides)
            found += [effort] if effort else []
    return found


def _names_process(view: SentenceView) -> bool:
    """Whether the sentence names talks, a deal, a truce or another process between parties."""
    return bool(lexicon().process.find_all(view.tokens))


def _offered(view: SentenceView, k: int) -> bool:
    """``اقترحت باريس وساطة``, ``عرضت تركيا التوسط``: a verb of proposing shortly before."""
    offers = lexicon().offer_verbs
    return any(offers.intersection(t.stems) for t in view.tokens[max(0, k - 4) : k])


# -- who mediates ---------------------------------------------------------------------------


def _mediators(view: SentenceView, start: int, end: int, trigger: _Trigger) -> list[Actor]:
    if trigger.form == "by":
        return _named_after(view, end)
    if trigger.form == "verbs":
        return actors_of(view.subject_of(start, end))
    # A role named with its holder (الوساطة المصرية, دور الوسيط القطري) …
    named = _describing_after(view, end)
    if named:
        return named
    if trigger.generic and not (view.between(start) or view.between_pair(0, len(view.tokens))):
        return []  # "وسطاء يعملون لصالح موسكو": go-betweens of no process named here
    # … or taken on by the subject of its clause (بدور الوساطة), or the sentence's first actor.
    before = [a for a in view.args if a.end <= start and a.actor.kind in SIDE_KINDS]
    same = [a for a in before if view.clause[a.start] == view.clause[start]]
    chosen = same[:1] or before[:1]
    return actors_of(view.coordinated(chosen[0])) if chosen else []


def _named_after(view: SentenceView, k: int) -> list[Actor]:
    """The mediator a phrase names: ``بوساطة مصر``, ``بوساطة من مصر``, ``برعاية "روسية"``,
    ``في رعاية أممية`` (with the joined names: ``بوساطة الولايات المتحدة والأردن``); failing
    that, the subject just before it (``اقترحت باريس وساطة``, ``بذلت تركيا جهود وساطة``)."""
    start = k
    while k < len(view.tokens) and (view.tokens[k].norm == "من" or view.tokens[k].text in _QUOTES):
        k += 1
    arg = view.arg_at(k) or view.describing.get(k)
    if arg is not None:
        return actors_of(view.coordinated(arg)) if view.arg_at(k) else [arg.actor]
    if k < len(view.tokens):
        actor = _adjective_actor(view, k)
        if actor is not None:
            return [actor]
    trigger = start - 1
    clause = view.clause[min(trigger, len(view.tokens) - 1)]
    before = [
        a
        for a in view.args
        if a.end <= trigger
        and trigger - a.start <= 6
        and view.clause[a.start] == clause
        and a.actor.kind in SIDE_KINDS
    ]
    # The subject of the light verb opens the clause: بذلت تركيا حليفة باكو جهود وساطة.
    return [before[0].actor] if before else []


def _describing_after(view: SentenceView, k: int) -> list[Actor]:
    """``الوساطة المصرية``, ``الوسيط الأممي``: a demonym or adjective right after a noun."""
    arg = view.describing.get(k)
    if arg is not None:
        return [arg.actor]
    actor = _adjective_actor(view, k) if k < len(view.tokens) else None
    return [actor] if actor else []


_QUOTES = frozenset("\"«»“”'")


def _adjective_actor(view: SentenceView, k: int) -> Actor | None:
    ident = next(
        (lexicon().adjectives[s] for s in view.tokens[k].stems if s in lexicon().adjectives), None
    )
    return view.ctx.facts.actor(ident) if ident else None


# -- between whom ---------------------------------------------------------------------------


def _parties(
    view: SentenceView,
    start: int,
    end: int,
    mediators: list[Actor],
    sides: list[Actor],
    trigger: _Trigger,
) -> list[Actor]:
    found = actors_of(view.between(start)) or actors_of(view.between(max(0, start - 8)))
    if len(_distinct(found, mediators)) < 2 and trigger.form == "by":
        # اتفق كير ومشار بوساطة …: the sides are the subject the mediation helps.
        before = [a for a in view.args if a.end <= start and a.actor not in mediators]
        if before:
            found = [*found, *actors_of(view.coordinated(before[0]))]
    if len(_distinct(found, mediators)) < 2:
        found = [*found, *actors_of(view.after_word(end, _WITH, 10))]
    if len(_distinct(found, mediators)) < 2 and trigger.kind != "hosted":
        found = [*found, *sides]
    return _distinct(found, mediators)


_WITH = frozenset({"مع", "ومع"})


def _distinct(actors: list[Actor], mediators: list[Actor]) -> list[Actor]:
    """The sides: no mediator (nor its country), no place, each once."""
    codes = {m.country for m in mediators if m.country}
    out: list[Actor] = []
    for actor in actors:
        if actor in mediators or actor.kind not in SIDE_KINDS or actor.media or actor in out:
            continue
        if actor.kind in ("country", "person") and actor.country in codes:
            continue
        out.append(actor)
    return out


# -- envoys and hosts -----------------------------------------------------------------------


def _envoy(ctx: Context, view: SentenceView, sides: list[Actor]) -> Mediation | None:
    """An envoy who calls on, meets or tours the parties mediates for the body of the title."""
    lex = lexicon()
    titles = lex.envoy_titles.find_all(view.tokens)
    verbs = [m for m in lex.envoy_verbs.find_all(view.tokens) if m.start not in view.bracketed]
    if not titles or not verbs:
        return None
    title = titles[0]
    mediators: list[Actor] = []
    for arg in view.args:  # the envoy himself, named with his title
        if arg.start <= title.start < arg.end and arg.actor.kind == "person":
            mediators.append(arg.actor)
            if arg.actor.affiliation and (body := ctx.facts.actor(arg.actor.affiliation)):
                mediators.append(body)
    if not any(m.kind in ("organization", "country") for m in mediators):
        body = _body_after_title(view, title.end)
        if body is not None:
            mediators.append(body)
    if not any(m.kind in ("organization", "country") for m in mediators):
        return None
    verb = next(
        (
            v
            for v in verbs
            if (
                title.start < v.start
                and v.start - title.end <= 12
                and view.clause[v.start] == view.clause[title.start]
            )
            or 0 <= title.start - v.end <= 1
        ),
        None,
    )
    if verb is None:
        return None  # the envoy is not who acts here
    sides_here = _after(view, verb.end, mediators)
    parties = _distinct(sides_here, mediators) or _distinct(sides, mediators)
    if not parties:
        return None
    return _effort(ctx, view, title.start, verb.end, mediators, parties, "envoy")


def _after(view: SentenceView, k: int, mediators: list[Actor]) -> list[Actor]:
    """The sides an envoy's verb takes: «بين A و B», or the names after it."""
    sides = actors_of(view.between(k))
    if sides:
        return sides
    later = [a for a in view.args if a.start >= k and a.actor not in mediators]
    if not later:
        return []
    return actors_of(view.coordinated(later[0]))


def _body_after_title(view: SentenceView, k: int) -> Actor | None:
    """``مبعوث الأمم المتحدة``, ``المبعوث الأممي``, ``المبعوث الأمريكي``: the body named in or
    right after the title."""
    for j in range(max(0, k - 1), min(k + 2, len(view.tokens))):
        arg = view.arg_at(j) or view.describing.get(j)
        if arg is not None and arg.actor.kind in ("organization", "country"):
            return arg.actor
        actor = _adjective_actor(view, j)
        if actor is not None:
            return actor
    return None


def _hosted(ctx: Context, view: SentenceView, story: list[Actor]) -> Mediation | None:
    """Talks in a country that is none of their sides: that country hosts them. The sides are
    the talks' own (``بين``, ``قمة ترامب وكيم``, the subject taking part), or, for talks named
    as already known (``القمة``, ``الاجتماع``) or between ``البلدين``, the story's sides."""
    for hit in lexicon().talks.find_all(view.tokens):
        place = _venue_of_talks(view, hit.start, hit.end)
        if place is None:
            continue
        host = _country_of(ctx, place.actor, view, place)
        if host is None or _takes_part(ctx, view, host, place):
            continue
        if any(lexicon().sidelines.intersection(t.stems) for t in view.tokens[: hit.start]):
            continue  # على هامش قمة: a meeting on the sidelines of a gathering of many
        sides = _sides_of_talks(view, hit.start, hit.end, hit.value)
        if hit.end < len(view.tokens) and lexicon().multilateral.intersection(
            view.tokens[hit.end].stems
        ):
            continue  # القمة العربية: its host is one of many members
        known = (
            view.tokens[hit.start].norm.startswith("ال") or view.pair_word(hit.start) is not None
        )
        if len(_distinct(sides, [host])) < 2 and known:
            sides = [*sides, *story]
        parties = _distinct(sides, [host])
        countries = {p.country or p.id for p in parties}
        rivals = [p for p in parties if p.kind in ("person", "group")]
        if (
            (len(countries) < 2 and len(rivals) < 2)  # rivals of one country abroad: hosted
            or host.country in countries
            or any(p.kind == "organization" for p in parties)
        ):
            continue
        effort = _effort(ctx, view, hit.start, hit.end, [host], parties, "hosted")
        if effort is not None:
            effort.venue = place.actor.id
            return effort
    return None


def _urging(ctx: Context, view: SentenceView, story: list[Actor]) -> Mediation | None:
    """A third party urging both sides («دعا الطرفين الأمريكي والكوري الشمالي إلى»): the
    subject helps the pair the sentence names (or the story's sides) towards each other."""
    for hit in lexicon().urging.find_all(view.tokens):
        pair = view.pair_word(hit.end, 4)
        if pair is None or pair < hit.end:
            continue
        urger = actors_of(view.subject_of(hit.start, hit.end))
        urger = [a for a in urger if a.kind in SIDE_KINDS]
        sides = actors_of(view.pair_sides(pair)) or story
        parties = _distinct(sides, urger)
        if urger and len(parties) >= 2:
            return _effort(ctx, view, hit.start, hit.end, urger, parties, "facilitated")
    return None


def _takes_part(ctx: Context, view: SentenceView, host: Actor, venue: Arg) -> bool:
    """Whether the venue's country is in the story as more than the venue: named in the
    headline or lead, or elsewhere in this sentence (Turkey hosting a summit Erdogan attends
    is one of its sides, not a third party)."""
    tokens = view.tokens
    where = Span(tokens[venue.start].start, tokens[venue.end - 1].end)
    lead = [s.span for s in ctx.doc.sentences[:3]]
    for span in [*lead, view.sentence.span]:
        for mention, actor in ctx.mentions_in(span):
            if mention == where:
                continue
            if actor is host or (
                actor.kind in ("person", "organization") and actor.country == host.country
            ):
                return True
    return False


def _venue_of_talks(view: SentenceView, start: int, end: int) -> Arg | None:
    """Where talks are held: ``قمة هلسنكي`` (named after the city), ``… في سنغافورة`` after
    them, or ``يتوجه إلى سنغافورة استعدادا لقمة`` just before them."""
    named = view.arg_at(end)
    if named is not None and named.actor.kind == "place":
        return named
    return view.place_after(end, 14) or view.place_after(
        max(0, start - 6), start - max(0, start - 6)
    )


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
    return [*found, *actors_of(view.after_word(end, _WITH, 10))]


def _country_of(
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


# -- the record -----------------------------------------------------------------------------


def _effort(
    ctx: Context,
    view: SentenceView,
    start: int,
    end: int,
    mediators: list[Actor],
    parties: list[Actor],
    kind: str,
) -> Mediation | None:
    mediators = [_country_of(ctx, m) or m if m.kind == "place" else m for m in mediators]
    parties = _distinct(parties, mediators)
    if not mediators or not parties:
        return None
    time = _time(ctx, view, start)
    venue = view.place_after(end) or view.place_after(start, 4)
    venue_id = venue.actor.id if venue and venue.actor.kind == "place" else None
    return Mediation(
        id="",
        mediators=_with_countries(ctx, mediators),
        parties=_with_countries(ctx, parties),
        venue=venue_id,
        when_text=time.when_text if time else None,
        date=time.date if time else None,
        outcome=_outcome(view),
        sentence=view.index,
        span=Span(view.sentence.span.start, view.sentence.span.end),
        kind=kind,
        sentences=[view.index],
    )


def _time(ctx: Context, view: SentenceView, k: int) -> TimeExpression | None:
    offset = view.tokens[k].start
    dated = [t for t in ctx.facts.times if t.sentence == view.index and t.date]
    return min(dated, key=lambda t: abs(t.span.start - offset)) if dated else None


def _outcome(view: SentenceView) -> Bilingual | None:
    for index, outcome in lexicon().outcomes:
        if index.find_all(view.tokens):
            return Bilingual(outcome.ar, outcome.en)
    return None


def _with_countries(ctx: Context, actors: list[Actor]) -> list[str]:
    """Ids, with the country of each person added after the person (a mediating president
    brings his country along)."""
    ids: list[str] = []
    for actor in actors:
        if actor.id not in ids:
            ids.append(actor.id)
        if actor.kind == "person":
            country = _country_of(ctx, actor)
            if country is not None and country.id not in ids:
                ids.append(country.id)
    return ids


def _side(ctx: Context, ids: list[str]) -> set[str]:
    """A mediator side by country where it has one (the Kremlin and Russia are one side)."""
    out = set(ids)
    for i in ids:
        actor = ctx.facts.actor(i)
        if actor is not None and actor.country and actor.kind != "person":
            out.add(actor.country)
    return out


def _same_time(a: str | None, b: str | None) -> bool:
    """Dates that may name the same time: either unknown, or one within the other (2022-10
    and 2022-10-31)."""
    if a is None or b is None:
        return True
    a, b = a.split("/")[0], b.split("/")[0]
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _merge_or_add(ctx: Context, efforts: list[Mediation], new: Mediation) -> None:
    """Two sentences about one effort (the same mediator side, at compatible dates) make one
    record; the same mediator's deal of another year is another effort."""
    for effort in efforts:
        if _side(ctx, effort.mediators) & _side(ctx, new.mediators) and _same_time(
            effort.date, new.date
        ):
            effort.mediators += [m for m in new.mediators if m not in effort.mediators]
            effort.parties += [
                p for p in new.parties if p not in effort.parties and p not in effort.mediators
            ]
            effort.venue = effort.venue or new.venue
            if effort.date is None and new.date is not None:
                effort.date, effort.when_text = new.date, new.when_text
            effort.outcome = effort.outcome or new.outcome
            effort.sentences += [s for s in new.sentences if s not in effort.sentences]
            return
    efforts.append(new)
