"""The arguments of a trigger word in its sentence: who acts, on or with whom, where.

Arabic news sentences are mostly verb-first (``قالت الخارجية الروسية``, ``اتفق كير ومشار
على``), with a topicalised subject now and then (``روسيا توسطت``); noun triggers take their
sides with ``بين … و…`` and ``مع``, their target with ``على``/``ضد`` and their place with
``في``. :class:`SentenceView` reads those positions over the actor mentions of one sentence.

What is never an argument: a mention inside parentheses (``(جنوب روسيا)``), a demonym that
only describes a noun that does not act (``الجمهوريتين السوفييتيتين``, ``غارة تركية``), the
demonym inside a title whose person is named (``الرئيس المصري عبد الفتاح السيسي`` is one person),
and credited media.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from builder import data
from builder.analyse.tokens import Token
from builder.extract.context import Context
from builder.lexicon.gazetteer import shipped
from builder.records import Actor, Span
from builder.text.chars import COMMAS
from builder.text.normalize import normalize

ARGUMENT_KINDS = {"country", "person", "organization", "group"}
CLAUSE_BREAKS = {"،", ",", "؛", ";", ":", "«", "»", "“", "”", '"', "(", ")", "-", "–", "—"}


@dataclass(frozen=True)
class Arg:
    """One argument in the sentence: tokens ``start``–``end`` naming ``actor``."""

    start: int
    end: int
    actor: Actor


@dataclass(frozen=True)
class _Words:
    between: frozenset[str]
    with_: frozenset[str]
    against: frozenset[str]
    places: frozenset[str]
    skip: frozenset[str]
    agent_heads: frozenset[str]
    speaker_heads: frozenset[str]
    pronoun_between: frozenset[str]
    pairs: frozenset[str]
    relatives: frozenset[str]
    complementizers: frozenset[str]
    adjunct: frozenset[str]
    representatives: frozenset[str]


@cache
def words() -> _Words:
    raw = data.load("frames")

    def norm(key: str) -> frozenset[str]:
        return frozenset(normalize(str(w)) for w in raw[key])

    return _Words(
        norm("between"),
        norm("with"),
        norm("against"),
        norm("places"),
        norm("skip"),
        norm("agent_heads"),
        norm("speaker_heads"),
        norm("pronoun_between"),
        norm("pairs"),
        norm("relatives"),
        norm("complementizers"),
        norm("adjunct"),
        norm("representatives"),
    )


class SentenceView:
    """The tokens of one sentence with its arguments, clauses and parentheses."""

    def __init__(self, ctx: Context, index: int) -> None:
        self.ctx = ctx
        self.index = index
        self.sentence = ctx.doc.sentences[index]
        self.tokens: list[Token] = ctx.tokens[index]
        self.starts = [t.start for t in self.tokens]
        """Token start offsets, for finding the token at an offset by bisection."""
        self.clause = _clauses(self.tokens)
        self._time_commas: dict[int, int] | None = None
        self.bracketed = _bracketed(self.tokens)
        self.describing: dict[int, Arg] = {}
        """Demonyms that only describe a noun, by token index (``بوساطة مصرية`` names the
        mediator through one)."""
        self.args = self._arguments()
        self._by_start = {a.start: a for a in self.args}
        self._arg_starts = [a.start for a in self.args]

    def token_at(self, offset: int) -> int:
        """The first token at or after ``offset`` (the last one past the end)."""
        return min(bisect_left(self.starts, offset), len(self.tokens) - 1)

    # -- building ---------------------------------------------------------------------------

    def _arguments(self) -> list[Arg]:
        tokens = self.tokens
        starts = {t.start: k for k, t in enumerate(tokens)}
        ends = {t.end: k + 1 for k, t in enumerate(tokens)}
        span = self.sentence.span
        units = [(s, pid) for s, pid in self.ctx.units if span.start <= s.start < span.end]
        out: list[Arg] = []
        taken: set[int] = set()
        for unit, person_id in units:
            actor = self.ctx.facts.actor(person_id)
            a, b = starts.get(unit.start), ends.get(unit.end)
            if actor is None or a is None or b is None or a in self.bracketed:
                continue
            out.append(Arg(a, b, actor))
            taken.update(range(a, b))
        for mention, actor in self.ctx.mentions_in(span):
            a, b = starts.get(mention.start), ends.get(mention.end)
            if a is None or b is None or a in taken or a in self.bracketed or actor.media:
                continue
            if actor.kind not in ARGUMENT_KINDS and actor.kind != "place":
                continue
            if self.ctx.vias.get(mention) == "demonym" and not self._demonym_acts(a):
                self.describing[a] = Arg(a, b, actor)
                continue
            out.append(Arg(a, b, actor))
            taken.update(range(a, b))
        return sorted(out, key=lambda x: x.start)

    def _demonym_acts(self, k: int) -> bool:
        """``الجيش الإسرائيلي``, ``السلطات السعودية``: a demonym after a noun that can act stands
        for its country; after any other noun it only describes. A plural one is the people
        after «بين» or «مع», or joined by و to a side (بين إسرائيل والفلسطينيين), though not
        to another demonym (المواطنين الإسرائيليين والفلسطينيين)."""
        if k == 0:
            return False
        head = self.tokens[k - 1]
        if words().agent_heads.intersection(head.stems):
            return True
        norm = self.tokens[k].norm
        if not norm.endswith(("ين", "ون")):
            return False
        w = words()
        if head.norm in w.between or head.norm in w.with_:
            return True
        return norm.startswith("وال") and (k - 1) not in self.describing

    # -- reading ----------------------------------------------------------------------------

    def arg_at(self, k: int) -> Arg | None:
        return self._by_start.get(k)

    def coordinated(self, first: Arg) -> list[Arg]:
        """``first`` and the arguments joined to it by و (or listed with commas and a final
        و): كير ومشار, روسيا وتركيا وإيران."""
        out = [first]
        k = first.end
        while k < len(self.tokens):
            nxt = self.arg_at(k)
            if nxt is not None and self.tokens[k].norm.startswith("و"):
                out.append(nxt)
                k = nxt.end
                continue
            if self.tokens[k].text in COMMAS and k + 1 < len(self.tokens):
                after = self.arg_at(k + 1)
                if after is not None and self._list_continues(after):
                    out.append(after)
                    k = after.end
                    continue
            if self.tokens[k].norm in ("و", "وبين") and (nxt := self.arg_at(k + 1)):
                out.append(nxt)
                k = nxt.end
                continue
            break
        return out

    def coordination_of(self, arg: Arg) -> list[Arg]:
        """The whole list ``arg`` ends or belongs to: for ``مشار`` in «كير ومشار», both."""
        for first in self.args:
            if first.start > arg.start:
                break
            chain = self.coordinated(first)
            if arg in chain:
                return chain
        return [arg]

    def _list_continues(self, arg: Arg) -> bool:
        """After a comma, an argument continues a list when a و-joined one follows it."""
        k = arg.end
        while k < len(self.tokens) and self.tokens[k].text in COMMAS:
            k += 1
            nxt = self.arg_at(k)
            if nxt is None:
                return False
            k = nxt.end
        nxt = self.arg_at(k)
        return nxt is not None and self.tokens[k].norm.startswith("و")

    def skip_fillers(self, k: int, limit: int = 6) -> int:
        """The first token at or after ``k`` that is not a time word, comma or adverb."""
        steps = 0
        while k < len(self.tokens) and steps < limit:
            tok = self.tokens[k]
            if (
                tok.text in COMMAS
                or self.ctx.in_time_expression(tok.start, tok.end)
                or words().skip.intersection(tok.stems)
            ):
                k += 1
                steps += 1
                continue
            break
        return k

    def subject_after(self, k: int) -> list[Arg]:
        """The subject of a verb ending at token ``k`` (VSO), with its coordinated parts;
        ``متحدث باسم X`` and the like give X."""
        k = self.skip_fillers(k)
        if k < len(self.tokens) and words().speaker_heads.intersection(self.tokens[k].stems):
            for j in range(k + 1, min(k + 4, len(self.tokens))):
                if (arg := self.arg_at(j)) is not None:
                    return self.coordinated(arg)
        arg = self.arg_at(k)
        return self.coordinated(arg) if arg else []

    def subject_of(self, start: int, end: int) -> list[Arg]:
        """The subject of a verb at tokens ``start``–``end``: a name right before it (``إن
        فنلندا تيسر``, ``روسيا توسطت``), else the one after it (VSO), else the clause's
        topic."""
        before = self.subject_before(start)
        if before and before[-1].end == start:
            return before
        return self.subject_after(end) or before

    def subject_before(self, k: int) -> list[Arg]:
        """A topicalised subject (SVO): the arguments that open the clause of token ``k``
        and end right before it (``روسيا توسطت``)."""
        clause = self.clause[k] if k < len(self.clause) else -1
        before = [a for a in self.args if a.end <= k and self.clause[a.start] == clause]
        if not before:
            return []
        first = before[0]
        group = self.coordinated(first)
        last = group[-1]
        j = self.skip_fillers(last.end)
        if j < k and self.tokens[j].norm in words().relatives:
            j = self.skip_fillers(j + 1)  # مصر التي توسطت
        if j >= k:
            return group
        return []

    def clause_start(self, k: int) -> int:
        """The first token of the clause of token ``k`` (clause numbers only grow)."""
        return bisect_left(self.clause, self.clause[k])

    def clause_subject(self, k: int) -> list[Arg]:
        """The subject of the verb that opens the clause of token ``k``, for a trigger in an
        adjunct there (``يصل ولي العهد الأحد إلى القاهرة في زيارة``): the clause's first
        argument when only its verb (and fillers) stand before it."""
        start = self.clause_start(k)
        n = bisect_left(self._arg_starts, start)
        first = self.args[n] if n < len(self.args) else None
        if first is None or first.start >= k or first.actor.kind == "place":
            return []
        if self.tokens[start].norm in CLAUSE_BREAKS:
            start += 1
        if self.skip_fillers(start + 1) < first.start:
            return []  # more than a verb before it: the argument of something else
        return [a for a in self.coordinated(first) if a.end <= k]

    def subject_closed_by(self, comma: int) -> list[Arg]:
        """وقال ليبرمان، في تصريحات: the subject of the verb whose clause the comma at
        ``comma`` closes, when it ends right there and only that verb stands before it."""
        if comma < 1:
            return []
        start = self.clause_start(comma - 1)
        n = bisect_left(self._arg_starts, start)
        first = self.args[n] if n < len(self.args) else None
        if first is None or first.end != comma or first.actor.kind == "place":
            return []
        if self.tokens[start].norm in CLAUSE_BREAKS:
            start += 1
        return [first] if self.skip_fillers(start + 1) >= first.start else []

    def after_word(self, k: int, cue: frozenset[str], within: int = 8) -> list[Arg]:
        """The arguments right after the first ``cue`` word found from token ``k`` on, in
        the same clause (``على X``, ``ضد X``, ``مع X``); the cue may be a clitic (لX)."""
        clause = self.clause[k] if k < len(self.clause) else -1
        for j in range(k, min(k + within, len(self.tokens))):
            if self.clause[j] != clause:
                break
            tok = self.tokens[j]
            if tok.norm in cue and (arg := self.arg_at(j + 1) or self._represented(j + 1)):
                return self.coordinated(arg)
        return []

    def _represented(self, k: int) -> Arg | None:
        """The side whose leaders or delegates stand at ``k`` (قيادة حماس, ممثلي طالبان)."""
        if k + 1 < len(self.tokens) and self.tokens[k].norm in words().representatives:
            return self.arg_at(k + 1)
        return None

    def between(self, k: int, within: int = 12) -> list[Arg]:
        """The sides of ``بين A و B`` (or ``بين A وبين B``) after token ``k``; ``بينها وبين B``
        takes the argument before as A."""
        w = words()
        for j in range(k, min(k + within, len(self.tokens))):
            tok = self.tokens[j]
            if tok.norm in w.between and (arg := self.arg_at(j + 1)):
                return self.coordinated(arg)
            if tok.norm in w.pronoun_between:
                before = [a for a in self.args if a.end <= j and a.actor.kind != "place"]
                rest = self.after_word(j + 1, w.between | frozenset({"وبين"}), 3)
                if not rest and j + 1 < len(self.tokens):
                    nxt = self.arg_at(j + 1)
                    rest = self.coordinated(nxt) if nxt else []
                return [*before[-1:], *rest]
        return []

    def between_pair(self, k: int, within: int = 12) -> bool:
        """Whether ``بين`` after token ``k`` is followed by a word naming both sides
        (``بين الجمهوريتين``, ``بين البلدين``)."""
        w = words()
        for j in range(k, min(k + within, len(self.tokens) - 1)):
            if self.tokens[j].norm in w.between and w.pairs.intersection(self.tokens[j + 1].stems):
                return True
        return False

    def place_after(
        self, k: int, within: int | None = None, clause: int | None = None
    ) -> Arg | None:
        """Where: a place (or country) after ``في``/``ب`` from token ``k`` on (within
        ``within`` tokens, or to the end of the sentence; only in ``clause`` when given)."""
        places = words().places
        stop = len(self.tokens) if within is None else min(k + within, len(self.tokens))
        for j in range(k, stop):
            if clause is not None and self.clause[j] != clause:
                break
            arg = self.arg_at(j)
            if arg is None or arg.actor.kind not in ("place", "country"):
                continue
            tok = self.tokens[j]
            back = j - 1
            while back > 0 and (back in self.describing or self.tokens[back].norm in _CAPITAL):
                back -= 1  # في العاصمة القطرية الدوحة
            prev = self.tokens[back].norm if back >= 0 else ""
            own_b = normalize(arg.actor.name.ar or "").startswith("ب") or self._named_as_written(
                j
            )  # بيونغ يانغ, باريس; بريطانيا for the United Kingdom: no preposition ب
            if prev in places or (tok.norm[:1] == "ب" and tok.norm[1:] in tok.stems and not own_b):
                return arg
        return None

    def _named_as_written(self, j: int) -> bool:
        """The lexicons name a place by token ``j`` as it is written, no clitic taken off."""
        m = (self.ctx.lexicon or shipped()).match(self.tokens, j)
        return m is not None and m.exact

    @property
    def time_commas(self) -> dict[int, int]:
        """The commas that only set off a time (هاجم مسلحون، الاثنين، قاعدة): opening →
        closing, found when first asked for."""
        if self._time_commas is None:
            self._time_commas = _commas_around_times(self.tokens, self.ctx.in_time_expression)
        return self._time_commas

    def place_past_time(self, k: int, within: int) -> Arg | None:
        """Where, right past a time the commas set off at the end of the clause of token
        ``k`` (هاجم مسلحون، الاثنين، قاعدة عسكرية جنوبي الصومال)."""
        end = bisect_left(self.clause, self.clause[k] + 1)  # the clause's closing comma
        after = self.time_commas.get(end)
        if after is None:
            return None
        return self.place_after(
            after + 1, within, self.clause[min(after + 1, len(self.tokens) - 1)]
        )

    def pair_word(self, k: int, within: int = 10) -> int | None:
        """Token index of a word naming both sides (الجانبين, الطرفين, البلدين) near ``k``."""
        pairs = words().pairs
        for j in range(max(0, k - within), min(k + within, len(self.tokens))):
            if pairs.intersection(self.tokens[j].stems):
                return j
        return None

    def pair_sides(self, k: int) -> list[Arg]:
        """The sides a pair word at token ``k`` spells out after it: ``الطرفين الأمريكي
        والكوري الشمالي``, ``البلدين مصر والسودان``."""
        out: list[Arg] = []
        j = k + 1
        while j < len(self.tokens) and len(out) < 4:
            arg = self.arg_at(j) or self.describing.get(j)
            if arg is None:
                break
            out.append(arg)
            j = arg.end
        return out

    def clause_span(self, k: int) -> Span:
        clause = self.clause[k]
        inside = [t for j, t in enumerate(self.tokens) if self.clause[j] == clause]
        return Span(inside[0].start, inside[-1].end)


def story_sides(ctx: Context) -> list[Actor]:
    """The sides the story is about: the first «بين A و B» of the headline and lead, else the
    countries and groups its headline and lead name most. What «الطرفين», «البلدين» and
    «الجمهوريتين» refer to when a sentence names no side."""
    if ctx.sides is not None:
        return ctx.sides
    ctx.sides = _story_sides(ctx)
    return ctx.sides


def story_sides_without(ctx: Context, third: set[str]) -> list[Actor]:
    """The story's sides when the actors ``third`` (ids) are known to be no side: a mediator
    the headline names (وفد مصري في غزة لبحث التهدئة: Egypt comes to Hamas and Israel)."""
    return _story_sides(ctx, third)


def _story_sides(ctx: Context, third: set[str] | None = None) -> list[Actor]:
    third = third or set()
    for index in range(min(3, len(ctx.doc.sentences))):
        view = SentenceView(ctx, index)
        for k, tok in enumerate(view.tokens):
            if tok.norm in ("بين", "وبين"):
                pair = [
                    a
                    for a in actors_of(view.between(k))
                    if a.kind in ARGUMENT_KINDS and a.id not in third
                ]
                if len(pair) >= 2:
                    return pair
    counts: dict[str, int] = {}
    countries = {a.country: a for a in ctx.facts.actors if a.kind == "country" and a.country}
    for index in range(min(3, len(ctx.doc.sentences))):
        view = SentenceView(ctx, index)
        # Named (3), or told by a demonym (1: غارات إسرائيلية makes Israel a side when
        # nothing named outweighs it).
        weighted = [(a, 3) for a in view.args] + [(a, 1) for a in view.describing.values()]
        for arg, weight in weighted:
            actor = arg.actor
            if actor.kind == "person" and actor.country in countries:
                actor = countries[actor.country]  # a leader stands for his side
            if actor.kind in ("country", "group") and not actor.media and actor.id not in third:
                counts[actor.id] = counts.get(actor.id, 0) + weight
    ranked = sorted(counts, key=lambda i: -counts[i])[:2]
    return [a for a in (ctx.facts.actor(i) for i in ranked) if a is not None]


_CAPITAL = frozenset({"العاصمه", "عاصمه", "مدينه", "المدينه", "بالعاصمه"})


def actors_of(args: Iterable[Arg]) -> list[Actor]:
    out: list[Actor] = []
    for arg in args:
        if arg.actor not in out:
            out.append(arg.actor)
    return out


def _clauses(tokens: list[Token]) -> list[int]:
    """Clause number of each token: punctuation, brackets and the complementisers that open
    reported speech (``قال … إن``: what was said is a clause of its own) separate clauses."""
    opens = words().complementizers
    out = []
    n = 0
    for tok in tokens:
        if (tok.kind == "sym" and tok.text in CLAUSE_BREAKS) or tok.norm in opens:
            n += 1
        out.append(n)
    return out


# How many words a time set off by commas may have (، مساء الاثنين الماضي ،).
TIME_WORDS = 4


def _commas_around_times(
    tokens: list[Token], in_time: Callable[[int, int], bool]
) -> dict[int, int]:
    """The comma pairs that enclose nothing but a time expression: opening → closing."""
    commas = [k for k, t in enumerate(tokens) if t.text in COMMAS]
    pairs: dict[int, int] = {}
    for a, b in pairwise(commas):
        inside = tokens[a + 1 : b]
        if 0 < len(inside) <= TIME_WORDS and all(in_time(t.start, t.end) for t in inside):
            pairs[a] = b
    return pairs


def _bracketed(tokens: list[Token]) -> set[int]:
    """Token indices inside parentheses or brackets."""
    inside: set[int] = set()
    depth = 0
    for k, tok in enumerate(tokens):
        if tok.text in "([":
            depth += 1
        elif tok.text in ")]":
            depth = max(0, depth - 1)
        elif depth:
            inside.add(k)
    return inside
