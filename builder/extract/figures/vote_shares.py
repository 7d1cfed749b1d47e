"""Whose share a percentage is: «حصل السيسي على نسبة 97 في المائة» → percent of the vote
for Abdel Fattah al-Sisi. The verbs of winning a share are in ``data/figure_rules.yml``
(``vote_verbs``); the person is the nearest one named before the verb in the clause. A step of
its own after the actors step, which names the people."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from builder import data
from builder.analyse.phrases import PhraseIndex
from builder.analyse.tokens import Token, token_range
from builder.extract.context import Context
from builder.extract.figures.predicates import CLAUSE_ENDS, SENTENCE_ENDS
from builder.records import Bilingual, Figure, Span
from builder.text.normalize import normalize

VERB_WITHIN = 4
"""Tokens between the verb (حصل على) and the number (نسبة, of them)."""
PERSON_WITHIN = 12
"""Tokens back from the verb to the person who won the share."""


@cache
def vote_verbs() -> PhraseIndex[bool]:
    return PhraseIndex((str(w), True) for w in data.load("figure_rules")["vote_verbs"])


def extract(ctx: Context) -> None:
    for figure in ctx.facts.figures:
        attribute(ctx, ctx.tokens[figure.sentence], figure)


def attribute(ctx: Context, tokens: Sequence[Token], figure: Figure) -> None:
    if figure.kind != "percent" or figure.label.en not in ("percent", "percent of the vote"):
        return
    found = token_range(tokens, figure.span.start, figure.span.end)
    if found is None:
        return
    start = found[0]
    verb = _verb_before(tokens, start)
    person = (
        _person_before(ctx, tokens, verb)
        if verb is not None
        else _subject_inside(ctx, tokens, start)
    )
    if person is not None:
        figure.label = Bilingual(figure.label.ar, f"percent of the vote for {person}")


@cache
def split_verbs() -> tuple[frozenset[str], frozenset[str]]:
    """Verbs of winning whose subject stands between them and their preposition (حصل المرشح
    X على), and those prepositions."""
    raw = data.load("figure_rules")
    verbs = frozenset(normalize(str(w)) for w in raw.get("vote_verbs_split") or ())
    return verbs, frozenset(normalize(str(w)) for w in raw.get("vote_verbs_split_on") or ())


def _subject_inside(ctx: Context, tokens: Sequence[Token], k: int) -> str | None:
    """«حصل مرشح حركة يابلكو غريغوري يافلينسكي على نسبة 1,05 في المائة»: the last person
    named between a winning verb and the «على» right before the number."""
    verbs, prepositions = split_verbs()
    window = range(k - 1, max(-1, k - 1 - VERB_WITHIN), -1)
    on = next((j for j in window if tokens[j].norm in prepositions), None)
    if on is None:
        return None
    for j in range(on - 1, max(-1, on - 1 - PERSON_WITHIN), -1):
        if tokens[j].text in CLAUSE_ENDS:
            # «…، ومرشح الاتحاد سيرغي بابورين على نسبة 0,65»: the verb of the clause before
            # is understood in one that opens with و
            if j + 1 < on and tokens[j + 1].norm.startswith("و") and _won_before(tokens, j):
                return _last_person(ctx, Span(tokens[j + 1].start, tokens[on].start))
            return None
        if not verbs.isdisjoint(tokens[j].stems[:2]):
            return _last_person(ctx, Span(tokens[j].end, tokens[on].start))
    return None


def _won_before(tokens: Sequence[Token], k: int) -> bool:
    """A verb of winning a share earlier in the sentence, before token ``k``."""
    verbs, _ = split_verbs()
    for j in range(k - 1, -1, -1):
        if tokens[j].text in SENTENCE_ENDS:
            return False
        if vote_verbs().match(tokens, j) is not None or not verbs.isdisjoint(tokens[j].stems[:2]):
            return True
    return False


def _verb_before(tokens: Sequence[Token], k: int) -> int | None:
    for j in range(k - 1, max(-1, k - 1 - VERB_WITHIN), -1):
        if tokens[j].text in CLAUSE_ENDS:
            return None
        m = vote_verbs().match(tokens, j)
        if m is not None and m.end <= k:
            return j
    return None


def _person_before(ctx: Context, tokens: Sequence[Token], verb: int) -> str | None:
    """The English name of the last person named shortly before the verb in its clause (or
    the one right after it: «حصلت مرشحة الحزب X على»)."""
    first = verb
    topic = tokens[verb].text.startswith("ف")  # «أما مرشح الحزب X، فحصل على»: past the comma
    while first > 0 and verb - first < PERSON_WITHIN:
        if tokens[first - 1].text in CLAUSE_ENDS:
            if not topic:
                break
            topic = False
        first -= 1
    return _last_person(ctx, Span(tokens[first].start, tokens[verb].start))


def _last_person(ctx: Context, span: Span) -> str | None:
    """The English name of the last person the text names inside ``span``."""
    people = [a for _, a in ctx.mentions_in(span) if a.kind == "person" and a.name.en]
    return people[-1].name.en if people else None
