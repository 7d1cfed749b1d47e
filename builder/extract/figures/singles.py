"""One, read from a singular: ``لمدة شهر`` (1 month), ``أكثر من أسبوع`` (more than 1 week),
``قافلة واحدة`` (1 convoy), ``أحد جنوده`` (1 of his soldiers), ``أكثر من طائرة`` (more than 1
aircraft); and counts written after a definite noun: ``الزعماء الثلاثة`` (the 3 leaders).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from builder import data
from builder.analyse.numbers import reader
from builder.analyse.phrases import PhraseIndex
from builder.analyse.tokens import Token
from builder.extract.context import Context
from builder.extract.figures.predicates import told_of
from builder.lexicon.nouns import Noun, nouns
from builder.records import Bilingual, Figure, Qualifier, Span
from builder.text.normalize import normalize


@cache
def _cues() -> tuple[PhraseIndex[str], frozenset[str], frozenset[str]]:
    raw = data.load("figure_rules")
    lengths: PhraseIndex[str] = PhraseIndex(
        (str(w), str(kind)) for kind, words in raw["single_cues"].items() for w in words
    )
    one = frozenset(normalize(str(w)) for w in raw["one_words"])
    one_of = frozenset(normalize(str(w)) for w in raw["one_of_words"])
    return lengths, one, one_of


def read(ctx: Context, tokens: Sequence[Token]) -> list[Figure]:
    out: list[Figure] = []
    lengths, one, one_of = _cues()
    index = nouns().index
    for k, tok in enumerate(tokens):
        if tok.kind != "ar":
            continue
        cue = lengths.match(tokens, k)
        if cue is not None and cue.end < len(tokens):  # لمدة شهر, أكثر من أسبوع
            noun = index.match(tokens, cue.end)
            kinds = ("time",) if cue.value in ("length", "about") else COUNTABLE
            if (
                noun is not None
                and noun.value.noun.kind in kinds
                and _singular(tokens[cue.end], noun.value.noun)
            ):
                qualifier = None if cue.value == "length" else Qualifier.parse(cue.value)
                out.append(_one(ctx, tokens, k, noun.end, noun.value.noun, qualifier))
                continue
        noun = index.match(tokens, k)
        if noun is not None and noun.end < len(tokens):  # قافلة واحدة, منفذ وحيد
            nxt = tokens[noun.end]
            if not one.isdisjoint(nxt.stems) and _singular(tok, noun.value.noun):
                out.append(_one(ctx, tokens, k, noun.end + 1, noun.value.noun, None))
                continue
        if not one_of.isdisjoint(tok.stems) and k + 1 < len(tokens):  # أحد جنوده
            noun = index.match(tokens, k + 1) or index.match([_unsuffixed(tokens[k + 1])], 0)
            # «أحد جنوده قتل» is a key figure; «أحد المسؤولين قال» only a way of speaking
            if (
                noun is not None
                and noun.value.noun.kind in ("military", "people", "casualties")
                and (noun.value.noun.kind == "casualties" or told_of(tokens, k, k + 2))
            ):
                out.append(_one(ctx, tokens, k, k + 2, noun.value.noun, None))
                continue
        after = _number_after_noun(ctx, tokens, k)
        if after is not None:
            out.append(after)
            continue
        counted = _definite_count(ctx, tokens, k)
        if counted is not None:
            out.append(counted)
    return out


COUNTABLE = ("time", "count", "military", "people", "casualties", "money")
"""Kinds a comparison of one may count: أكثر من طائرة, أقل من أسبوع."""


def _singular(tok: Token, noun: Noun) -> bool:
    """The form is the noun's singular (شهر, not أشهر)."""
    singular = normalize(noun.ar.get("one", ""))
    return bool(singular) and singular in tok.stems


def _one(
    ctx: Context,
    tokens: Sequence[Token],
    start: int,
    end: int,
    noun: Noun,
    qualifier: Qualifier | None,
) -> Figure:
    span = Span(tokens[start].start, tokens[end - 1].end)
    return Figure(
        id=f"{noun.key}-1",
        value=1,
        text=ctx.doc.quote(span),
        span=span,
        sentence=0,
        qualifier=qualifier,
        unit=noun.key,
        label=Bilingual(noun.ar.get("one"), noun.en.get("one") or noun.en.get("other")),
        kind=noun.kind,
    )


def _definite_count(ctx: Context, tokens: Sequence[Token], k: int) -> Figure | None:
    """``الزعماء الثلاثة``, ``الطوابق الأربعة``: a definite number word after a definite
    plural counts it (the number reader leaves definite number words alone: الاثنين is
    Monday)."""
    tok = tokens[k]
    if k == 0 or not tok.norm.startswith("ال") or ctx.in_time_expression(tok.start, tok.end):
        return None
    m = reader().words.match([_bare(tok)], 0)
    prev = tokens[k - 1]
    if m is None or m.value < 2 or m.value > 12 or not prev.norm.startswith("ال"):
        return None
    noun = nouns().index.match(tokens, k - 1)
    span = Span(prev.start, tok.end)
    label = (
        Bilingual(noun.value.noun.ar.get("other"), noun.value.noun.en.get("other"))
        if noun is not None and noun.end == k
        else Bilingual(prev.text, None)
    )
    return Figure(
        id=f"{noun.value.noun.key if noun else 'count'}-{m.value}",
        value=m.value,
        text=ctx.doc.quote(span),
        span=span,
        sentence=0,
        unit=noun.value.noun.key if noun and noun.end == k else None,
        label=label,
        kind=noun.value.noun.kind if noun and noun.end == k else None,
    )


def _number_after_noun(ctx: Context, tokens: Sequence[Token], k: int) -> Figure | None:
    """``مدنيين اثنين``: one and two follow the noun they count."""
    noun = nouns().index.match(tokens, k)
    if noun is None or noun.end >= len(tokens):
        return None
    m = reader().words.match(tokens, noun.end)
    if m is None or m.value not in (1, 2) or tokens[noun.end].norm.startswith("ال"):
        return None
    counted = noun.value.noun
    span = Span(tokens[k].start, tokens[m.end - 1].end)
    form = "one" if m.value == 1 else "other"
    return Figure(
        id=f"{counted.key}-{m.value}",
        value=m.value,
        text=ctx.doc.quote(span),
        span=span,
        sentence=0,
        unit=counted.key,
        label=Bilingual(counted.ar.get("one" if m.value == 1 else "two"), counted.en.get(form)),
        kind=counted.kind,
    )


def _unsuffixed(tok: Token) -> Token:
    """The word without a possessive ending (جنوده → جنود)."""
    for ending in ("هما", "هم", "ها", "ه"):
        if tok.norm.endswith(ending) and len(tok.norm) > len(ending) + 2:
            norm = tok.norm[: -len(ending)]
            return Token(tok.index, tok.start, tok.end, tok.text, tok.kind, norm, (norm,))
    return tok


def _bare(tok: Token) -> Token:
    norm = tok.norm[2:]
    return Token(tok.index, tok.start, tok.end, tok.text, tok.kind, norm, (norm,))
