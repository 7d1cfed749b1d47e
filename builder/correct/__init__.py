"""Stage 4, correct: the editor's corrections (``explainer.yml``) applied on top of extraction.

An article folder may hold ``explainer.yml`` next to ``article.ar.md``. It is keyed by the
stable ids of the extracted records (``explainer extract FILE --json``), so it keeps applying
when the article is extracted again::

    drop: [years-10, caucasus]                   # leave facts out
    figures:
      killed-286: {label: {en: dead, ar: قتيل}}   # fix what a number counts
    actors:
      jhn-dw: {name: {en: John Doe}, role: {en: Envoy, ar: المبعوث}}
    merge: {vladimir-putin: [bwtyn]}             # one person, two records
    add:
      figures:
        - {value: 3, label: {en: summits, ar: قمم}, quote: "ثلاث قمم"}
    main: mediation-russia-1                     # the development shown "at a glance"

Modules: :mod:`~builder.correct.schema` reads and validates the file,
:mod:`~builder.correct.apply` applies it (pure functions over :class:`~builder.records.Facts`;
the additions are :mod:`~builder.correct.additions`, the shared state and lookups
:mod:`~builder.correct.run`),
:mod:`~builder.correct.quotes` finds an added fact's quote in the article,
:mod:`~builder.correct.located` gives every key its line for messages. The tools that help an
editor write content (``explainer new``, ``draft``, the names to add to the glossary) live in
:mod:`builder.editor`.
"""

from __future__ import annotations

from pathlib import Path

from builder.correct.apply import apply_corrections
from builder.correct.schema import Corrections, parse_corrections
from builder.errors import ExplainerError, Problem, Severity
from builder.load.article import read_text
from builder.load.files import present
from builder.records import Facts

__all__ = ["Corrections", "apply_corrections", "correct_facts", "load_corrections"]


def load_corrections(
    path: Path, within: Path | None = None
) -> tuple[Corrections | None, list[Problem]]:
    """The corrections file at ``path`` (None when there is none) and its schema problems.

    Raises :class:`ExplainerError` when the file cannot be read or is not YAML."""
    if not present(path):
        return None, []
    return parse_corrections(read_text(path, within=within), path)


def correct_facts(
    facts: Facts, path: Path, within: Path | None = None
) -> tuple[Facts, list[Problem]]:
    """``facts`` with the corrections at ``path`` applied, and the warnings found.

    Raises :class:`ExplainerError` (carrying every problem found, warnings included) when the
    file has errors: an explainer is not published half-corrected."""
    corrections, problems = load_corrections(path, within)
    if corrections is None:
        return facts, []
    if not _has_errors(problems):
        facts, applied = apply_corrections(facts, corrections)
        problems = sorted([*problems, *applied], key=lambda p: p.line or 0)
    if _has_errors(problems):
        raise ExplainerError(*problems)
    return facts, problems


def _has_errors(problems: list[Problem]) -> bool:
    return any(p.severity is Severity.ERROR for p in problems)
