"""Recognise the furniture of pasted web pages (comment forms, navigation) from a data list."""

from __future__ import annotations

from functools import cache

from builder import data
from builder.text.normalize import normalize_phrase


@cache
def _rules() -> tuple[frozenset[str], tuple[str, ...], int]:
    raw = data.load("boilerplate")
    lines = frozenset(normalize_phrase(line).strip(" .:*") for line in raw["lines"])
    prefixes = tuple(normalize_phrase(p) for p in raw["prefixes"])
    return lines, prefixes, int(raw.get("max_prefix_line", 160))


def is_boilerplate(paragraph: str, title: str | None = None, first: bool = False) -> bool:
    """True when a paragraph is page furniture rather than article text.

    ``first`` marks the body's first paragraph, which pasted pages often fill with the
    headline again.
    """
    lines, prefixes, max_len = _rules()
    text = normalize_phrase(paragraph).strip(" .:*")
    if not text:
        return True
    if first and title is not None and text == normalize_phrase(title).strip(" .:*"):
        return True
    if text in lines:
        return True
    return len(text) <= max_len and text.startswith(prefixes)
