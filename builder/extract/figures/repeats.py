"""One record per quantity: the same number counting the same thing, told again (the
headline and the body, a summary line), is one figure with several citations."""

from __future__ import annotations

from builder.extract.figures.predicates import PERSONS
from builder.lexicon.nouns import nouns
from builder.records import Figure
from builder.text.normalize import normalize_phrase


def merge(figures: list[Figure]) -> list[Figure]:
    kept: list[Figure] = []
    by_key: dict[tuple[object, ...], Figure] = {}
    for figure in figures:
        key = _key(figure)
        first = by_key.get(key) if key is not None else None
        if first is None:
            if key is not None:
                by_key[key] = figure
            kept.append(figure)
            continue
        first.mentions.append(figure.span)
        first.mention_sentences.append(figure.sentence)
        if _says_more(figure, first):
            first.label, first.kind = figure.label, figure.kind
    return kept


def _says_more(again: Figure, first: Figure) -> bool:
    """A later mention's label says more of the same thing (percent → percent of the vote,
    people → people killed): the figure takes it."""
    said, known = again.label.en or "", first.label.en or ""
    return len(said) > len(known) and said.startswith(known)


def _key(figure: Figure) -> tuple[object, ...] | None:
    """What makes two figures the same quantity: value, unit (or label) and kind; vague
    amounts of the same word and noun; ages of the same person only (two people may
    be 24)."""
    if figure.kind == "age":
        return ("age", figure.value, figure.person) if figure.person else None
    # What it counts, by the noun's English (دول and بلدان are both "countries"; "30 people
    # killed" told again as "30 people" is the same thirty).
    noun = nouns().nouns.get(figure.unit or "")
    what = (
        (noun.en.get("other") if noun else None)
        or figure.label.en
        or normalize_phrase(figure.label.ar or "")
    )
    if figure.value is None:  # مئات العمال, مئات من العمال: the same amount of the same
        return ("vague", figure.vague.en if figure.vague else figure.text, what, figure.kind)
    # persons told once bare and once with what happened to them (8 أشخاص; عدد القتلى ارتفع
    # إلى 8 أشخاص: killed, so casualties) are the same persons
    kind = "persons" if figure.kind in PERSONS else figure.kind
    return (figure.value, what, kind, figure.qualifier)
