"""One record per quantity: the same number counting the same thing, told again (the
headline and the body, a summary line), is one figure with several citations."""

from __future__ import annotations

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
    return kept


def _key(figure: Figure) -> tuple[object, ...] | None:
    """What makes two figures the same quantity: value, unit (or label) and kind; vague
    amounts only when written the same way; ages never (two people may be 24)."""
    if figure.kind == "age":
        return None
    what = figure.unit or (
        figure.label.en if figure.kind == "ordinal" else normalize_phrase(figure.label.ar or "")
    )
    if figure.value is None:
        return ("vague", normalize_phrase(figure.text))
    return (figure.value, what, figure.kind, figure.qualifier)
