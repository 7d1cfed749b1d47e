"""Envoys: a titled envoy who meets, calls on or tours the parties mediates for the body of
his title, never for the country he is sent to or comes from."""

from __future__ import annotations

from builder.extract.context import Context
from builder.extract.frames import Arg, SentenceView, actors_of
from builder.extract.mediation.bodies import adjective_actor, body_named_at, body_of
from builder.extract.mediation.efforts import make_effort
from builder.extract.mediation.parties import distinct
from builder.extract.mediation.words import lexicon
from builder.records import Actor, Mediation, Span
from builder.text.chars import COMMAS
from builder.text.normalize import normalize


def envoy_effort(ctx: Context, view: SentenceView, sides: list[Actor]) -> Mediation | None:
    """An envoy who calls on, meets or tours the parties mediates for the body of the title."""
    lex = lexicon()
    verbs = [m for m in lex.envoy_verbs.find_all(view.tokens) if m.start not in view.bracketed]
    found = _titled(view) if verbs else None
    if found is None:
        return None
    title, envoy, mediators = found
    verb = next(
        (
            v
            for v in verbs
            if (
                title.start < v.start
                and v.start - title.end <= 12
                and _same_subject(view, title.start, v.start)
            )
            or 0 <= title.start - v.end <= 1
            or _name_between(view, v.end, title.start)
        ),
        None,
    )
    if verb is None:
        return None  # the envoy is not who acts here
    if envoy is None and verb.end < title.start:
        # «حض فلان مبعوث الأمم المتحدة»: the name before an indefinite title is the envoy's
        # («التقى الرئيس فلان المبعوث الأممي»: the one before a definite title meets him).
        named = [a for a in view.args if verb.end <= a.start and a.end == title.start]
        if named and named[0].actor.kind == "person" and not _definite(view, title.start):
            mediators.insert(0, named[0].actor)
    pair = view.pair_word(verb.end + 10, 10)
    if pair is not None and pair >= verb.end:
        # «لإقناع الطرفين»: the sides the pair word spells out, else the story's.
        sides_here = actors_of(view.pair_sides(pair)) or sides
    else:
        sent_to = _destination(view, title.end)
        sides_here = [a for a in _after(view, verb.end, mediators) if a is not sent_to]
        if verb.end <= title.start:  # «كيم تحدث مع مبعوثي كوريا الجنوبية»: who meets the envoy
            sides_here = [*actors_of(view.subject_of(verb.start, verb.end)), *sides_here]
    parties = distinct(sides_here, mediators) or distinct(sides, mediators)
    if not parties or parties == [_destination(view, title.end)]:
        return None  # المبعوث الأميركي الخاص لإيران on Iran alone: his country's own dealings
    return make_effort(ctx, view, title.start, verb.end, mediators, parties, "envoy")


def _same_subject(view: SentenceView, title: int, verb: int) -> bool:
    """Whether the envoy's title and the verb are in one clause, or the verb's clause opens
    with «إنه»/«أنه» after it: he said he would meet them (قال المبعوث … إنه سيلتقي)."""
    here, there = view.clause[title], view.clause[verb]
    if here == there:
        return True
    opening = view.clause_start(verb)
    return there == here + 1 and view.tokens[opening].norm in lexicon().pronoun_that


def _titled(view: SentenceView) -> tuple[Span, Actor | None, list[Actor]] | None:
    """The envoy's title in the sentence (its tokens), the envoy and the mediators: the
    envoy, if named, and the body the title names (مبعوث الأمم المتحدة) before the one the
    man once served; failing a title, a person named here whom the article titled an envoy
    before (``المبعوث الأممي فلان`` … ``والتقى فلان زعيم الحوثيين``), for his body."""
    titles = lexicon().envoy_titles.find_all(view.tokens)
    if titles:
        title = Span(titles[0].start, titles[0].end)
        envoy = envoy_named(view, title.start, title.end)
        body = body_after_title(view, title.end)
    else:
        known = next((a for a in view.args if _titled_envoy(a.actor)), None)
        if known is None:
            return None
        title, envoy, body = Span(known.start, known.end), known.actor, None
    if body is None and envoy is not None:
        body = body_of(view, envoy)  # added when the article names the body only in his title
    mediators = [a for a in (envoy, body) if a is not None]
    if not any(m.kind in ("organization", "country") for m in mediators):
        return None
    return title, envoy, mediators


def _titled_envoy(actor: Actor) -> bool:
    """A person whose title, as the article gave it, is an envoy's (المبعوث الأممي إلى اليمن)."""
    if actor.kind != "person" or actor.role is None or not actor.role.ar:
        return False
    role = normalize(actor.role.ar)
    return any(role == t or role.startswith(t + " ") for t in lexicon().envoy_title_forms)


def _definite(view: SentenceView, k: int) -> bool:
    norm = view.tokens[k].norm
    return norm.startswith(("ال", "وال", "فال", "بال", "لل"))


def _name_between(view: SentenceView, k: int, title: int) -> bool:
    """«حض فلان الفلاني مبعوث الأمم المتحدة …»: the verb opens the clause and only the
    envoy's name (a few words, no comma, no other name) stands between it and his title."""
    if not 0 < title - k <= NAME_WORDS or view.clause[k] != view.clause[title]:
        return False
    for j in range(k, title):
        arg = view.arg_at(j)
        if view.tokens[j].text in COMMAS or (arg is not None and arg.actor.kind != "person"):
            return False
    return True


NAME_WORDS = 3
"""Words of an envoy's name between a verb and his title."""


def _after(view: SentenceView, k: int, mediators: list[Actor]) -> list[Actor]:
    """The sides an envoy's verb takes: «بين A و B», or the names after it."""
    sides = actors_of(view.between(k))
    if sides:
        return sides
    later = [a for a in view.args if a.start >= k and a.actor not in mediators]
    if not later:
        return []
    return actors_of(view.coordinated(later[0]))


def envoy_named(view: SentenceView, start: int, end: int) -> Actor | None:
    """The envoy himself: the person whose name holds the title, or follows it, perhaps
    after his destination (``المبعوث الأممي إلى اليمن مارتن غريفيث``)."""
    for arg in view.args:
        if arg.actor.kind != "person":
            continue
        if arg.start <= start < arg.end:
            return arg.actor
        if end <= arg.start <= end + 4 and _only_mission(view, end, arg.start):
            return arg.actor
        if end <= arg.start <= end + 12 and "،" in {t.text for t in view.tokens[end : arg.start]}:
            return arg.actor  # in apposition: مبعوث الأمم المتحدة للصحراء، الرئيس السابق X
        if arg.start >= end:
            break
    return None


def _only_mission(view: SentenceView, k: int, name: int) -> bool:
    """Whether only where or what the envoy is sent for stands between his title and his name
    (``إلى اليمن``, ``الخاص``, ``لعملية السلام``: a word with «ل» and the word it governs)."""
    j = k
    while j < name:
        tok = view.tokens[j]
        if tok.norm in TOWARDS or view.arg_at(j) is not None or j in view.describing:
            j += 1
        elif tok.norm.startswith("ل") and view.arg_at(j) is None and j + 1 < name:
            j += 2  # لعملية السلام, لشؤون اللاجئين
        else:
            return False
    return True


TOWARDS = frozenset(normalize(w) for w in ("إلى", "الى", "لدى", "في", "الخاص", "الجديد"))
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
        if prev in TOWARDS or tok.norm.startswith("ل"):
            return arg.actor
    return None


def _arg_over(view: SentenceView, j: int) -> Arg | None:
    """The argument whose tokens cover token ``j`` (the last word of ``منسق الأمم المتحدة``
    ends the title and the name of the body it holds)."""
    return next((a for a in view.args if a.start <= j < a.end), None)


def body_after_title(view: SentenceView, k: int) -> Actor | None:
    """``مبعوث الأمم المتحدة``, ``المبعوث الأممي``, ``المبعوث الأمريكي``: the body named in or
    right after the title, never the country he is sent to (``المبعوث الأممي إلى اليمن``)."""
    for j in range(max(0, k - 1), min(k + 2, len(view.tokens))):
        if j >= k and view.tokens[j].norm in TOWARDS:
            break
        arg = view.arg_at(j) or view.describing.get(j) or _arg_over(view, j)
        if arg is not None and arg.actor.kind in ("organization", "country"):
            return arg.actor
        actor = adjective_actor(view, j) or body_named_at(view, j)
        if actor is not None:
            return actor
    return None
