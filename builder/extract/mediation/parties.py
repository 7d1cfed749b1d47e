"""Between whom: the sides a trigger names (بين A و B, مع), the subject it helps, a pair word
spelled out, or the story's sides; never a mediator, a place or an outlet."""

from __future__ import annotations

from builder.extract.frames import Arg, SentenceView, actors_of
from builder.extract.mediation.words import SIDE_KINDS, Trigger, lexicon
from builder.records import Actor
from builder.text.normalize import normalize


def parties_of(
    view: SentenceView,
    start: int,
    end: int,
    mediators: list[Actor],
    sides: list[Actor],
    trigger: Trigger,
) -> list[Actor]:
    if trigger.objects:  # جمع ماكرون السراج وحفتر: whom the verb brings together
        return distinct(gathered(view, start), mediators)
    if trigger.carries:  # نقل رسالة من كيم إلى ترامب: its sender and its addressee
        return distinct(message_ends(view, end), mediators)
    found = actors_of(view.between(start)) or actors_of(view.between(max(0, start - 8)))
    if len(distinct(found, mediators)) < 2 and trigger.form == "by":
        # اتفق كير ومشار بوساطة …: the sides are the subject the mediation helps.
        before = [a for a in view.args if a.end <= start and a.actor not in mediators]
        if before:
            found = [*found, *actors_of(view.coordinated(before[0]))]
    if len(distinct(found, mediators)) < 2:
        found = [*found, *actors_of(with_sides(view, end, 10)), *on_behalf_of(view, end)]
    if len(distinct(found, mediators)) < 2:  # اجتماعا ضم السراج وحفتر
        found = [*found, *gathered(view, end)]
    if len(distinct(found, mediators)) < 2:  # تستضيف السويد مفاوضات الحكومة والحوثيين
        found = [*found, *_talks_of(view, end)]
    if len(distinct(found, mediators)) < 2:
        found = [*found, *_after_pair_word(view, mediators)]
    if len(distinct(found, mediators)) < 2 and (
        trigger.kind != "hosted" or _talks_before(view, start)
    ):
        found = [*found, *sides]
    return distinct(found, mediators)


def _talks_before(view: SentenceView, k: int) -> bool:
    """Whether the talks a host's verb is about stand right before it (محادثات استضافها
    البشير): talks the story told of, its sides' own, not a gathering of many."""
    return k > 0 and lexicon().talks.match(view.tokens, k - 1) is not None


def with_sides(view: SentenceView, k: int, within: int) -> list[Arg]:
    """The sides after «مع» from token ``k`` on, and those of a second «مع» right after
    them (مباحثات مع قيادة حماس في غزة بشأن التهدئة مع إسرائيل: the talks are with one
    side about a truce with the other)."""
    first = view.after_word(k, WITH, within)
    if not first:
        return []
    return [*first, *view.after_word(first[-1].end, WITH, within)]


def message_ends(view: SentenceView, k: int) -> list[Actor]:
    """The sender and the addressee of a message carried (رسالة خطية من الرئيس كيم إلى
    الرئيس ترامب): the names after «من» and after «إلى», both within a few words."""
    sender = view.after_word(k, FROM, MESSAGE_WITHIN)
    if not sender:
        return []
    addressee = view.after_word(sender[-1].end, TO, MESSAGE_WITHIN)
    return actors_of([*sender, *addressee]) if addressee else []


FROM = frozenset({"من"})
TO = frozenset(normalize(w) for w in ("إلى", "الى"))
MESSAGE_WITHIN = 5
"""Tokens from a message to its sender, and from the sender to its addressee."""


def on_behalf_of(view: SentenceView, k: int) -> list[Actor]:
    """The side named after «نيابة عن» a few words after token ``k``: the one a third
    party negotiates for (تقود روسيا مفاوضات مع الفصائل نيابة عن الحكومة السورية)."""
    for j in range(k, min(k + BEHALF_WITHIN, len(view.tokens) - 2)):
        if view.tokens[j].norm in BEHALF and view.tokens[j + 1].norm == "عن":
            arg = view.arg_at(j + 2)
            return [arg.actor] if arg is not None else []
    return []


BEHALF = frozenset(normalize(w) for w in ("نيابة", "بالنيابة"))
BEHALF_WITHIN = 14
"""Tokens from a trigger to «نيابة عن»."""


def gathered(view: SentenceView, k: int) -> list[Actor]:
    """Who talks bring together: the names after «ضم», «جمع», «بحضور» in the same clause
    (``اجتماعا ضم رئيس حكومة الوفاق فايز السراج والمشير خليفة حفتر``)."""
    cues = lexicon().gathering
    for j in range(k, min(k + GATHERED_WITHIN, len(view.tokens))):
        if not cues.intersection(view.tokens[j].stems):
            continue
        clause = view.clause[j]
        return actors_of(
            a
            for a in view.args
            if j < a.start <= j + GATHERED_WITHIN and view.clause[a.start] == clause
        )
    return []


def talks_after(view: SentenceView, k: int) -> list[tuple[int, int]]:
    """The talks a trigger at token ``k`` names in the few words after it (تستضيف السويد
    مفاوضات …): their start and end token indices."""
    found = lexicon().talks.find_all(view.tokens[k : k + TALKS_WITHIN])
    return [(k + hit.start, k + hit.end) for hit in found]


def _talks_of(view: SentenceView, k: int) -> list[Actor]:
    """The sides named right after the talks a trigger names (مفاوضات الحكومة اليمنية
    والحوثيين: the talks of the two, their sides)."""
    for _, end in talks_after(view, k):
        arg = view.arg_at(end)
        if arg is not None:
            return actors_of(view.coordinated(arg))
    return []


TALKS_WITHIN = 5
"""Tokens after a trigger in which the talks it names are looked for."""

GATHERED_WITHIN = 14
"""Tokens from the trigger to «ضم», and from «ضم» to the last name it takes."""


def _after_pair_word(view: SentenceView, mediators: list[Actor]) -> list[Actor]:
    """«طرفي النزاع في السودان، الجيش وقوات الدعم السريع»: the sides a pair word of the
    sentence spells out, right after it or after what it is the sides of."""
    pair = view.pair_word(len(view.tokens) // 2, len(view.tokens))
    if pair is None:
        return []
    spelled = actors_of(view.pair_sides(pair))
    if len(distinct(spelled, mediators)) >= 2:
        return spelled
    later = [
        a
        for a in view.args
        if pair < a.start <= pair + 8 and a.actor.kind in ("group", "organization", "person")
    ]
    return actors_of(view.coordinated(later[0])) if later else []


WITH = frozenset({"مع", "ومع"})


def distinct(actors: list[Actor], mediators: list[Actor]) -> list[Actor]:
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
