"""Two, read from a dual: ``جنديين`` (the lexicon's duals), ``نقطتي رصد``, ``شقتين``,
``ولايتين`` (feminine duals of a counted noun the lexicon knows, so that the label has an
English form), ``رجلي شرطة`` (a known singular with a dual ending), ``فلسطينيان`` (a
demonym's dual).

A dual that only restates the two sides of the story (``الطرفين``, ``البلدين``,
``الرجلان``) is no figure, nor a name that happens to end like one (``حسين``).
"""

from __future__ import annotations

from collections.abc import Sequence

from builder.analyse.tokens import Token
from builder.extract.context import Context
from builder.extract.figures.counted import nationals_en
from builder.extract.figures.rules import rules
from builder.extract.frames import words as frame_words
from builder.lexicon.nouns import Noun, nouns
from builder.records import Bilingual, Figure, Span
from builder.text.normalize import normalize

FEMININE = ("تين", "تان", "تي", "تا")
MASCULINE = ("ين", "ان")
"""Dual endings of a known singular. The construct -ا/-ي and the accusative are left out:
مقاتلي is "fighters of", هجوما "an attack"."""
COUNTED_KINDS = {"casualties", "military", "people", "time", "money", "count", "distance"}


def read(ctx: Context, tokens: Sequence[Token]) -> list[Figure]:
    out: list[Figure] = []
    pairs = frame_words().pairs
    for k, tok in enumerate(tokens):
        if tok.kind != "ar" or (k > 0 and tokens[k - 1].kind == "num"):
            continue
        if not pairs.isdisjoint(tok.stems) or _named(ctx, tok):
            continue
        if k > 0 and tokens[k - 1].stems[-1].endswith(("تين", "تان", "ين", "ان")):
            continue  # منطقتين هادئتين: an adjective agreeing with a dual before it
        if ctx.in_time_expression(tok.start, tok.end) and _relative_next(tokens, k):
            continue
        found = _lexicon_dual(tokens, k) or _dual_form(ctx, tokens, k)
        if found is not None:
            end, label, noun = found
            span = Span(tok.start, tokens[end - 1].end)
            out.append(
                Figure(
                    id=f"{noun.key if noun else 'count'}-2",
                    value=2,
                    text=ctx.doc.quote(span),
                    span=span,
                    sentence=0,
                    unit=noun.key if noun else None,
                    label=label,
                    kind=noun.kind if noun else None,
                )
            )
    return out


def _relative_next(tokens: Sequence[Token], k: int) -> bool:
    return k + 1 < len(tokens) and not rules().relative_periods.isdisjoint(tokens[k + 1].stems)


def _named(ctx: Context, tok: Token) -> bool:
    """A name the tool knows (السيسي, أفغانستان): figures are read before actors, so the
    gazetteer is asked."""
    return ctx.lexicon is not None and ctx.lexicon.match([tok], 0) is not None


def _lexicon_dual(tokens: Sequence[Token], k: int) -> tuple[int, Bilingual, Noun] | None:
    lexicon = nouns()
    if not lexicon.duals.intersection(tokens[k].stems):
        return None
    m = lexicon.index.match(tokens, k)
    if m is None or not m.value.dual or m.value.noun.kind not in rules().dual_kinds:
        return None
    noun = m.value.noun
    return m.end, Bilingual(noun.ar.get("two"), noun.en.get("other")), noun


def _dual_form(
    ctx: Context, tokens: Sequence[Token], k: int
) -> tuple[int, Bilingual, Noun | None] | None:
    word = tokens[k].stems[-1]
    if len(word) < 4:
        return None
    for ending in FEMININE:  # نقطتين → نقطة, شقتين → شقة
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            singular = word[: -len(ending)] + "ه"
            noun = _noun(singular)
            if noun is not None:
                return k + 1, _label(tokens[k], noun), noun
    listed = nouns().index.match(tokens, k)
    if listed is not None and not listed.value.dual:
        return None  # العاملين: the lexicon lists it as a plural
    for ending in MASCULINE:  # رجلين → رجل (a known singular), فلسطينيان → فلسطيني
        if not word.endswith(ending):
            continue
        singular = word[: -len(ending)]
        noun = _noun(singular)
        if noun is not None and normalize(noun.ar.get("one", "")) == singular:
            if ending == "ين" and _sound_plural(noun, singular):
                return None  # مقاتلين, مدنيين: a sound plural, written like the dual
            return k + 1, _label(tokens[k], noun), noun
    if ctx.lexicon is not None:  # فلسطينيان: the whole word first (its ف is no clitic)
        for stem in tokens[k].stems:
            if not stem.endswith("يان") or len(stem) < 5:
                continue
            demonym = ctx.lexicon.demonym_at([_fake(tokens[k], stem[:-2])], 0)
            if demonym is not None:
                adjective, _ = demonym
                return k + 1, Bilingual(tokens[k].text, nationals_en(adjective.en)), None
    return None


def _noun(singular: str) -> Noun | None:
    m = nouns().index.match([_fake_word(singular)], 0)
    if m is None or m.value.noun.kind not in COUNTED_KINDS:
        return None
    return m.value.noun


def _sound_plural(noun: Noun, singular: str) -> bool:
    """Whether the noun's plural is the sound -ين/-ون one (then -ين may be either)."""
    plural = normalize(noun.ar.get("few", ""))
    return plural in (singular + "ين", singular + "ون") or plural == ""


def _label(tok: Token, noun: Noun | None) -> Bilingual:
    if noun is None:
        return Bilingual(tok.text, None)
    return Bilingual(noun.ar.get("two") or tok.text, noun.en.get("other"))


def _fake_word(norm: str) -> Token:
    return Token(0, 0, 0, norm, "ar", norm, (norm,))


def _fake(tok: Token, norm: str) -> Token:
    return Token(tok.index, tok.start, tok.end, tok.text, tok.kind, norm, (norm,))
