"""'Did you mean …?' for mistyped ids and keys (difflib, like MkDocs' own config checks)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def closest(word: str, candidates: Iterable[str]) -> str | None:
    """The candidate most like ``word``, or None when none is close enough."""
    matches = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return matches[0] if matches else None


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` to append to a message, or an empty string."""
    match = closest(word, candidates)
    return f" (did you mean '{match}'?)" if match else ""
