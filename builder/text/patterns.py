"""Word patterns: the short vowels Arabic script leaves out, put back where a word's
pattern tells them (data/word_patterns.yml). استقامة has the letters of «astqama» but is
read Istiqama, as every word of its pattern is; a plain letter-by-letter reading cannot
know that."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from builder import data

SLOT = "C"
_ALIFS = frozenset("اإ")
# Letters a root consonant may not be: the long vowels and ة.
_NOT_ROOT = frozenset("اأإآىة")
_GLIDES = frozenset("وي")


@dataclass(frozen=True)
class Pattern:
    letters: str
    """The pattern's letters, ``C`` for a root consonant."""
    spelling: str
    """Its English spelling, ``C`` for the consonants in order."""
    names: bool
    """People's names take it too."""


@cache
def patterns() -> tuple[tuple[Pattern, ...], tuple[tuple[str, str], ...]]:
    raw = data.load("word_patterns")
    items = tuple(
        Pattern(str(p["ar"]), str(p["en"]), bool(p.get("names"))) for p in raw["patterns"]
    )
    endings = sorted(
        ((str(k), str(v)) for k, v in raw["endings"].items()), key=lambda e: -len(e[0])
    )
    return items, tuple(endings)


def read_by_pattern(
    letters: Sequence[str], consonant: Callable[[str], str], person: bool = False
) -> str | None:
    """The word's spelling by the first pattern its letters fit (with an ending or none),
    ``consonant`` spelling each root consonant; None when no pattern fits."""
    word = "".join(letters)
    items, endings = patterns()
    for ending, spelt in (("", ""), *endings):
        if ending and not word.endswith(ending):
            continue
        stem = word[: len(word) - len(ending)]
        for pattern in items:
            if person and not pattern.names:
                continue
            roots = _fit(stem, pattern.letters)
            if roots is not None and not (person and _GLIDES.intersection(roots)):
                # in a name و and ي are vowels more often (اتيان is Étienne, not Ittiyan)
                return _spell(pattern.spelling, roots, consonant) + spelt
    return None


def _fit(stem: str, pattern: str) -> list[str] | None:
    """The root consonants of ``stem`` when it has ``pattern``'s letters, else None."""
    if len(stem) != len(pattern):
        return None
    roots: list[str] = []
    for char, want in zip(stem, pattern, strict=True):
        if want == SLOT:
            if char in _NOT_ROOT:
                return None
            roots.append(char)
        elif not (char == want or (want in _ALIFS and char in _ALIFS)):
            return None
    return roots


def _spell(spelling: str, roots: list[str], consonant: Callable[[str], str]) -> str:
    out: list[str] = []
    consonants = iter(roots)
    for char in spelling:
        out.append(consonant(next(consonants)) if char == SLOT else char)
    return "".join(out)
