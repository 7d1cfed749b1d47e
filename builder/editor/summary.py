"""One line per article for ``explainer check``: what the build found and what needs a look.

``2023-04-16-qatar-talks  names 5 verified, 1 transliterated, 1 missing · 4 figures · 3 events ·
1 mediation effort  ← 2 names to check``
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from builder.editor.unnamed import HasFacts
from builder.errors import Problem, Severity
from builder.load.site import ArticleFolder
from builder.records import Actor, Facts

SLUG_WIDTH = 60
"""Longest slug the column is widened for (longer ones push their line along)."""


@dataclass(frozen=True)
class NameCounts:
    """The names of one explainer by how far their English form can be trusted."""

    verified: int = 0
    """From the glossary, a shipped gazetteer, or written by an editor."""
    transliterated: int = 0
    """An English spelling the build made (``name.en`` set, ``verified`` false)."""
    missing: int = 0
    """No English form at all (the English edition shows the Arabic)."""

    @property
    def unverified(self) -> int:
        return self.transliterated + self.missing


def name_counts(actors: Sequence[Actor]) -> NameCounts:
    verified = sum(1 for a in actors if a.verified)
    transliterated = sum(1 for a in actors if not a.verified and a.name.en)
    return NameCounts(verified, transliterated, len(actors) - verified - transliterated)


class Summarised(HasFacts, Protocol):
    """What a line reads from a pipeline result (``builder.pipeline.ArticleResult``)."""

    folder: ArticleFolder
    problems: list[Problem]


def summary_lines(results: Sequence[Summarised]) -> list[str]:
    """The ``articles:`` block of ``explainer check``, one line per article."""
    if not results:
        return []
    width = min(max(len(r.folder.slug) for r in results), SLUG_WIDTH)
    return ["articles:", *(f"  {r.folder.slug:<{width}}  {_line(r)}" for r in results)]


def _line(result: Summarised) -> str:
    if result.facts is None:
        errors = sum(1 for p in result.problems if p.severity is Severity.ERROR)
        return f"not built: {errors} error(s) above"
    return facts_line(result.facts)


def facts_line(facts: Facts) -> str:
    names = name_counts(facts.actors)
    parts = [
        f"names {names.verified} verified, {names.transliterated} transliterated, "
        f"{names.missing} missing",
        _count(len(facts.figures), "figure"),
        _count(len(facts.events), "event"),
        _count(len(facts.mediation), "mediation effort"),
    ]
    line = " · ".join(parts)
    if names.unverified:
        line += f"  ← {_count(names.unverified, 'name')} to check"
    return line


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
