"""A figure record from a quantity and its noun: the text it quotes, its id, and its label
in both languages (with the demonym and refiner after the noun, and what a share is of)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from builder.analyse.numbers import Quantity
from builder.analyse.tokens import Token
from builder.extract.actors.words import rules as name_rules
from builder.extract.context import Context
from builder.extract.figures.counted import demonym_at, nationals_en
from builder.extract.figures.predicates import SENTENCE_ENDS, by_english
from builder.extract.figures.rules import rules
from builder.lexicon.gazetteer import Gazetteer
from builder.lexicon.nouns import NounMatch, nouns
from builder.records import Bilingual, Figure, Qualifier, Span
from builder.text.normalize import normalize


def figure_record(
    ctx: Context,
    tokens: Sequence[Token],
    q: Quantity,
    noun: NounMatch | None,
    start: int,
    end: int,
    qualifier: Qualifier | None,
    label_at: int | None = None,
    label: Bilingual | None = None,
) -> Figure:
    text_start = tokens[start].start
    # Refiners after the noun: "2000 جندي حفظ سلام روسي" → Russian peacekeepers.
    adjective = None
    refiner = None
    if noun is not None and end > q.end:
        adjective, refiner, end = _refinements(tokens, end, ctx)
    text_end = tokens[end - 1].end if end > start else tokens[q.end - 1].end
    text = ctx.doc.text[text_start:text_end]
    value = q.value
    if label is None:
        label = _label(noun, value, q, tokens, adjective, refiner, label_at)
        joined = _joined_noun(tokens, end, noun) if label.en and label.ar else None
        if joined is not None:  # 40 من النساء والأطفال: women and children
            label, end = (
                Bilingual(f"{label.ar} و{joined[0].ar}", f"{label.en} and {joined[0].en}"),
                joined[1],
            )
            text_end = tokens[end - 1].end
            text = ctx.doc.text[text_start:text_end]
    unit = noun.noun.key if noun else ("vague" if q.vague else None)
    key = f"{unit or 'count'}-{_slug_value(value, q)}"
    return Figure(
        id=key,
        value=value,
        text=text,
        span=Span(text_start, text_end),
        sentence=0,
        qualifier=qualifier,
        unit=unit,
        label=label,
        kind=noun.noun.kind if noun else None,
        vague=Bilingual(str(q.vague.get("ar")), str(q.vague.get("en"))) if q.vague else None,
    )


def _joined_noun(
    tokens: Sequence[Token], end: int, noun: NounMatch | None
) -> tuple[Bilingual, int] | None:
    """Another noun of persons joined by و to the definite counted one (40 من النساء
    والأطفال): counted together. The second noun's label and the token after it, or None."""
    if noun is None or not noun.noun.human or end >= len(tokens):
        return None
    if not (tokens[end].norm.startswith("وال") and tokens[end - 1].norm.startswith("ال")):
        return None  # 12 رجلا وامرأتين: two women more, not women among the twelve
    m = nouns().index.match(tokens, end)
    if m is None or not m.value.noun.human or m.value.noun.key == noun.noun.key:
        return None
    other = m.value.noun
    en = other.en.get("other") or other.en.get("one")
    ar = other.ar.get("other")
    return (Bilingual(ar, en), m.end) if en and ar else None


def _slug_value(value: Any, q: Quantity) -> str:
    if value is None:
        return normalize(str((q.vague or {}).get("en", "some"))).replace(" ", "-")
    return str(value).replace(".", "_")


def _label(
    noun: NounMatch | None,
    value: Any,
    q: Quantity,
    tokens: Sequence[Token],
    adjective: Bilingual | None,
    refiner: Bilingual | None,
    label_at: int | None = None,
) -> Bilingual:
    if noun is None:
        at = q.end if label_at is None else label_at
        word = tokens[at].text if at < len(tokens) and tokens[at].kind == "ar" else None
        if q.vague:
            return Bilingual(None, None)  # آلاف alone: the amount's word is all there is
        return Bilingual(word, None)
    en = noun.noun.en.get("one" if value == 1 else "other") or noun.noun.en.get("other")
    ar = noun.noun.ar.get("other")
    described = adjective.en if adjective else None
    if described and en in by_english():
        described = nationals_en(described)  # جريحا فلسطينيا: Palestinians wounded
    parts_en = [p for p in (described, refiner.en if refiner else None) if p]
    if parts_en:
        en = " ".join([*parts_en, en or ""]).strip()
    if adjective and adjective.ar:
        ar = f"{ar} {adjective.ar}"
    return Bilingual(ar, en)


def _refinements(
    tokens: Sequence[Token], end: int, ctx: Context
) -> tuple[Bilingual | None, Bilingual | None, int]:
    adjective = None
    refiner = None
    for _ in range(2):
        if end >= len(tokens):
            break
        demonym = demonym_at(ctx, tokens, end)  # جريحا فلسطينيا: Palestinian wounded
        if demonym is not None and adjective is None:
            adjective, end = demonym
            continue
        r = nouns().refiners.match(tokens, end)
        if r is not None and refiner is None:
            refiner = Bilingual(r.value.ar, r.value.en)
            end = r.end
            continue
        break
    return adjective, refiner, end


def share_of(
    tokens: Sequence[Token], start: int, end: int, figure: Figure, gaz: Gazetteer | None = None
) -> None:
    """What a percentage is of: ``نسبة المشاركة 32%`` → turnout, ``85% من الناخبين`` →
    percent of voters, ``67,7 بالمئة من الأصوات`` → percent of the vote, ``80% من عفرين``
    (``من محافظة درعا``) → percent of Afrin."""
    shares = rules().shares
    for k in range(max(0, start - 4), start):  # نسبة المشاركة …
        found = shares.match(tokens, k)
        if found is not None:
            figure.label = Bilingual(figure.label.ar, f"percent ({found.value})")
            return
    if end + 1 < len(tokens) and tokens[end].norm == "من":  # … من الأصوات
        found = shares.match(tokens, end + 1)
        if found is not None:
            figure.label = Bilingual(figure.label.ar, f"percent of {found.value}")
            return
        place = _place_at(tokens, end + 1, gaz) if gaz is not None else None
        if place is not None:  # before the nouns: محافظة درعا is Daraa, not "provinces"
            figure.label = Bilingual(figure.label.ar, f"percent of {place}")
            return
        noun = nouns().index.match(tokens, end + 1)
        if noun is not None:
            figure.label = Bilingual(figure.label.ar, f"percent of {noun.value.noun.en['other']}")
            return
    if _turnout_before(tokens, start):
        figure.label = Bilingual(figure.label.ar, "percent (turnout)")


TURNOUT_WITHIN = 12
"""Tokens back from a percentage to the words of turnout before it."""


def _turnout_before(tokens: Sequence[Token], k: int) -> bool:
    """Words of turnout farther before the percentage, in its sentence (past a comma:
    «أدلوا بأصواتهم، أي بنسبة 67,45 في المائة»), with no other number between."""
    for j in range(k - 1, max(-1, k - 1 - TURNOUT_WITHIN), -1):
        if tokens[j].text in SENTENCE_ENDS or tokens[j].kind == "num":
            return False
        m = rules().turnout_words.match(tokens, j)
        if m is not None and m.end <= k:
            return True
    return False


def _place_at(tokens: Sequence[Token], k: int, gaz: Gazetteer) -> str | None:
    """The English name of the town or country at ``k``, past a place noun (محافظة درعا)."""
    if k < len(tokens) and not name_rules().place_inside.isdisjoint(tokens[k].stems):
        k += 1
    m = gaz.match(tokens, k) if k < len(tokens) else None
    if m is None or m.value.entity.kind not in ("place", "country") or m.value.via != "name":
        return None
    return m.value.entity.name.en
