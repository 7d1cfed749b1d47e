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
from builder.lexicon.gazetteer import Entity, shipped
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
        self.relative_verbs = frozenset(normalize(str(w)) for w in raw["relative_verbs"])
        self.led_by = frozenset(normalize(str(w)) for w in raw["led_by"])
        self.false_friends: PhraseIndex[bool] = PhraseIndex(
            (str(w), True) for w in raw["false_friends"]
        )
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
    other_senses = [range(m.start, m.end) for m in lexicon().false_friends.find_all(view.tokens)]
    for hit in lexicon().triggers.find_all(view.tokens):
        if hit.start in view.bracketed or any(hit.start in r for r in other_senses):
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
        return actors_of(view.subject_of(start, end)) or _pair_named_before(view, start, end)
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


def _pair_named_before(view: SentenceView, start: int, end: int) -> list[Actor]:
    """A verb whose subject is a pair word (``محادثات ترعاها الدولتان``): the two named
    together earlier in the sentence (``أعلنت الولايات المتحدة والسعودية``)."""
    pair = view.pair_word(end, 2)
    if pair is None or pair < end:
        return []
    for arg in view.args:
        if arg.end > start:
            break
        group = actors_of(view.coordinated(arg))
        if len(group) >= 2 and all(a.kind in SIDE_KINDS for a in group):
            return group
    return []


def _named_after(view: SentenceView, k: int) -> list[Actor]:
    """The mediator a phrase names: ``بوساطة مصر``, ``بوساطة من مصر``, ``برعاية "روسية"``,
    ``في رعاية أممية`` (with the joined names: ``بوساطة الولايات المتحدة والأردن``); failing
    that, the subject just before it (``اقترحت باريس وساطة``, ``بذلت تركيا جهود وساطة``)."""
    start = k
    skip = lexicon().relative_verbs
    while k < len(view.tokens) and (
        view.tokens[k].norm in ("من", *skip) or view.tokens[k].text in _QUOTES
    ):
        k += 1
    arg = view.arg_at(k) or view.describing.get(k)
    if arg is not None:
        return actors_of(view.coordinated(arg)) if view.arg_at(k) else [arg.actor]
    if k < len(view.tokens):
        actor = _adjective_actor(view, k)
        if actor is not None:
            return [actor]
        envoy = _envoy_at(view, k)
        if envoy:
            return envoy  # للجهود التي يبذلها المبعوث الأممي
        led = _led_by(view, k)
        if led:
            return led
    trigger = start - 1
    clause = view.clause[min(trigger, len(view.tokens) - 1)]
    sides = {a.actor.id for a in view.between(max(0, trigger - 8))}
    before = [
        a
        for a in view.args
        if a.end <= trigger
        and trigger - a.start <= 6
        and view.clause[a.start] == clause
        and a.actor.kind in SIDE_KINDS
        and a.actor.id not in sides
        and (a.start == 0 or view.tokens[a.start - 1].norm not in _PREPOSITIONS)
    ]
    # The subject of the light verb opens the clause: بذلت تركيا حليفة باكو جهود وساطة.
    return [before[0].actor] if before else []


_PREPOSITIONS = frozenset(normalize(w) for w in ("مع", "ومع", "ضد", "على", "إلى", "عن", "من"))
"""Words before a name that make it no subject (مفاوضات مع الحوثيين)."""


def _envoy_at(view: SentenceView, k: int) -> list[Actor]:
    """An envoy's title at token ``k``: the envoy, if named, and the body he is of."""
    title = lexicon().envoy_titles.match(view.tokens, k)
    if title is None:
        return []
    out: list[Actor] = []
    envoy = _envoy_named(view, title.start, title.end)
    if envoy is not None:
        out.append(envoy)
    body = _body_after_title(view, title.end)
    if body is not None and body not in out:
        out.append(body)
    return out if any(a.kind in ("organization", "country") for a in out) else []


def _led_by(view: SentenceView, k: int) -> list[Actor]:
    """``جهود حل الأزمة بقيادة الأمم المتحدة``: who leads the efforts, named a few words on."""
    for j in range(k, min(k + 4, len(view.tokens))):
        if view.tokens[j].norm in lexicon().led_by:
            arg = view.arg_at(j + 1) if j + 1 < len(view.tokens) else None
            return actors_of(view.coordinated(arg)) if arg is not None else []
    return []


def _describing_after(view: SentenceView, k: int) -> list[Actor]:
    """``الوساطة المصرية``, ``الوسيط الأممي``: a demonym or adjective right after a noun."""
    arg = view.describing.get(k)
    if arg is not None:
        return [arg.actor]
    actor = _adjective_actor(view, k) if k < len(view.tokens) else None
    return [actor] if actor else []


_QUOTES = frozenset("\"«»“”'")


def _adjective_actor(view: SentenceView, k: int) -> Actor | None:
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
    return _new_actor(view, entity, token.text, Span(token.start, token.end))


def _new_actor(view: SentenceView, entity: Entity, text: str, span: Span) -> Actor:
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
    if len(_distinct(found, mediators)) < 2:
        found = [*found, *_after_pair_word(view, mediators)]
    if len(_distinct(found, mediators)) < 2 and trigger.kind != "hosted":
        found = [*found, *sides]
    return _distinct(found, mediators)


def _after_pair_word(view: SentenceView, mediators: list[Actor]) -> list[Actor]:
    """«طرفي النزاع في السودان، الجيش وقوات الدعم السريع»: the sides a pair word of the
    sentence spells out, right after it or after what it is the sides of."""
    pair = view.pair_word(len(view.tokens) // 2, len(view.tokens))
    if pair is None:
        return []
    spelled = actors_of(view.pair_sides(pair))
    if len(_distinct(spelled, mediators)) >= 2:
        return spelled
    later = [
        a
        for a in view.args
        if pair < a.start <= pair + 8 and a.actor.kind in ("group", "organization", "person")
    ]
    return actors_of(view.coordinated(later[0])) if later else []


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
    envoy = _envoy_named(view, title.start, title.end)
    if envoy is not None:
        mediators.append(envoy)
    # The body the title names (مبعوث الأمم المتحدة) before the one the man once served.
    body = _body_after_title(view, title.end)
    if body is None and envoy is not None and envoy.affiliation:
        body = ctx.facts.actor(envoy.affiliation)
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
    pair = view.pair_word(verb.end + 10, 10)
    if pair is not None and pair >= verb.end:
        # «لإقناع الطرفين»: the sides the pair word spells out, else the story's.
        sides_here = actors_of(view.pair_sides(pair)) or sides
    else:
        sent_to = _destination(view, title.end)
        sides_here = [a for a in _after(view, verb.end, mediators) if a is not sent_to]
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


def _envoy_named(view: SentenceView, start: int, end: int) -> Actor | None:
    """The envoy himself: the person whose name holds the title, or follows it, perhaps
    after his destination (``المبعوث الأممي إلى اليمن مارتن غريفيث``)."""
    for arg in view.args:
        if arg.actor.kind != "person":
            continue
        if arg.start <= start < arg.end:
            return arg.actor
        if end <= arg.start <= end + 4 and all(
            view.tokens[j].norm in _TOWARDS or view.arg_at(j) is not None
            for j in range(end, arg.start)
        ):
            return arg.actor
        if end <= arg.start <= end + 12 and "،" in {t.text for t in view.tokens[end : arg.start]}:
            return arg.actor  # in apposition: مبعوث الأمم المتحدة للصحراء، الرئيس السابق X
        if arg.start >= end:
            break
    return None


_TOWARDS = frozenset(normalize(w) for w in ("إلى", "الى", "لدى", "في", "الخاص", "الجديد"))
"""Words between an envoy's title and his name: where he is sent (إلى اليمن), what he is."""


def _destination(view: SentenceView, k: int) -> Actor | None:
    """Where the envoy is sent (``المبعوث الأممي إلى اليمن``, ``مبعوث الأمم المتحدة للصحراء
    الغربية``): the place of his mission, not a side."""
    for j in range(k, min(k + 4, len(view.tokens))):
        arg = view.arg_at(j)
        if arg is None:
            continue
        tok = view.tokens[j]
        prev = view.tokens[j - 1].norm if j > 0 else ""
        if prev in _TOWARDS or tok.norm.startswith("ل"):
            return arg.actor
    return None


def _body_after_title(view: SentenceView, k: int) -> Actor | None:
    """``مبعوث الأمم المتحدة``, ``المبعوث الأممي``, ``المبعوث الأمريكي``: the body named in or
    right after the title, never the country he is sent to (``المبعوث الأممي إلى اليمن``)."""
    for j in range(max(0, k - 1), min(k + 2, len(view.tokens))):
        if j >= k and view.tokens[j].norm in _TOWARDS:
            break
        arg = view.arg_at(j) or view.describing.get(j)
        if arg is not None and arg.actor.kind in ("organization", "country"):
            return arg.actor
        actor = _adjective_actor(view, j) or _body_named_at(view, j)
        if actor is not None:
            return actor
    return None


def _body_named_at(view: SentenceView, k: int) -> Actor | None:
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
    return _new_actor(
        view,
        entity,
        " ".join(t.text for t in view.tokens[match.start : match.end]),
        Span(first.start, last.end),
    )


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
        pair = view.pair_word(place.start, 3)
        if pair is not None and pair < place.start:
            continue  # طرفي الأزمة في اليمن: where the conflict is, not where talks are held
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
    mediators += [b for m in mediators if (b := _body_of(view, m)) and b not in mediators]
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


def _body_of(view: SentenceView, person: Actor) -> Actor | None:
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
    return _new_actor(view, entity, person.mentions[0], person.spans[0])


def _with_countries(ctx: Context, actors: list[Actor]) -> list[str]:
    """Ids, with the country of each person added after the person (a mediating president
    brings his country along), unless a body is listed: an envoy of the UN acts for the UN,
    not for the country he comes from."""
    ids: list[str] = []
    for_a_body = any(a.kind == "organization" for a in actors)
    for actor in actors:
        if actor.id not in ids:
            ids.append(actor.id)
        if actor.kind == "person" and not for_a_body:
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
