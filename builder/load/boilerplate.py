"""Recognise the furniture of pasted web pages (comment forms, navigation, wire credits,
datelines) from a data list."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from builder import data
from builder.text.normalize import normalize_phrase

_SHOWS = re.compile(r"[^\W_]")  # a letter or a digit, in any script


@dataclass(frozen=True)
class _Rules:
    lines: frozenset[str]
    prefixes: tuple[str, ...]
    max_prefix_line: int
    credits: tuple[re.Pattern[str], ...]
    datelines: tuple[re.Pattern[str], ...]


@cache
def _rules() -> _Rules:
    raw = data.load("boilerplate")
    return _Rules(
        frozenset(normalize_phrase(line).strip(" .:*") for line in raw["lines"]),
        tuple(normalize_phrase(p) for p in raw["prefixes"]),
        int(raw.get("max_prefix_line", 160)),
        tuple(re.compile(p) for p in raw.get("credits") or ()),
        tuple(re.compile(p) for p in raw.get("datelines") or ()),
    )


def dateline_length(paragraph: str) -> int:
    """How many characters at the start of the first paragraph are a dateline ("دبي، الإمارات
    العربية المتحدة (CNN)--"), 0 when there is none."""
    for pattern in _rules().datelines:
        m = pattern.match(paragraph)
        if m and m.end() < len(paragraph):
            return m.end()
    return 0


def is_boilerplate(paragraph: str, title: str | None = None, first: bool = False) -> bool:
    """True when a paragraph is page furniture rather than article text.

    ``first`` marks the body's first paragraph, which pasted pages often fill with the
    headline again.
    """
    rules = _rules()
    text = normalize_phrase(paragraph).strip(" .:*")
    if not text or not _SHOWS.search(text):
        return True
    if first and title is not None and text == normalize_phrase(title).strip(" .:*"):
        return True
    if text in rules.lines or any(p.match(paragraph.strip()) for p in rules.credits):
        return True
    return len(text) <= rules.max_prefix_line and text.startswith(rules.prefixes)
