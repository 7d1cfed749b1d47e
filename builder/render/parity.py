"""Both editions must carry the same facts: figure values, actors, dates and mediation
efforts. Checked on the rendered pages (not the records), so a template that drops a fact in
one language is caught."""

from __future__ import annotations

import re
from collections import Counter

_MARKERS = {
    "figures": re.compile(r'<tr data-value="([^"]*)"'),
    "actors": re.compile(r'<tr id="actor-([^"]+)"'),
    "dates": re.compile(r'data-date="([^"]+)"'),
    "mediation": re.compile(r'data-mediation="([^"]+)"'),
}


def facts_of(page: str) -> dict[str, Counter[str]]:
    return {name: Counter(pattern.findall(page)) for name, pattern in _MARKERS.items()}


def differences(arabic: str, english: str) -> list[str]:
    """What one edition shows and the other does not, in plain words; empty when they agree."""
    out = []
    ar, en = facts_of(arabic), facts_of(english)
    for name in _MARKERS:
        only_ar = ar[name] - en[name]
        only_en = en[name] - ar[name]
        if only_ar:
            out.append(f"{name} only in Arabic: {', '.join(sorted(only_ar))}")
        if only_en:
            out.append(f"{name} only in English: {', '.join(sorted(only_en))}")
    return out
