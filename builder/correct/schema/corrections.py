"""The typed corrections read from ``explainer.yml``: each keeps the line it came from, so
that :mod:`builder.correct.apply` can name it in a warning."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from builder.correct.schema.vocabulary import MEDIATION_KINDS
from builder.records import ActorKind, Qualifier


@dataclass(frozen=True)
class Ref:
    """An id written in the file, and its line."""

    id: str
    line: int


@dataclass(frozen=True)
class FigureFix:
    ref: Ref
    label: dict[str, str] = field(default_factory=dict)
    """Language -> text, for the languages given only."""
    changes: dict[str, Any] = field(default_factory=dict)
    """``value`` and/or ``qualifier``, only when written (``null`` is a value)."""


@dataclass(frozen=True)
class ActorFix:
    ref: Ref
    name: dict[str, str] = field(default_factory=dict)
    role: dict[str, str] = field(default_factory=dict)
    kind: ActorKind | None = None


@dataclass(frozen=True)
class Merge:
    keep: Ref
    others: list[Ref]


@dataclass(frozen=True)
class NewFigure:
    line: int
    quote: str
    quote_line: int
    label: dict[str, str]
    value: float | int | None = None
    qualifier: Qualifier | None = None


@dataclass(frozen=True)
class Quoted:
    """The words of the article an added fact comes from, and their line in the file."""

    text: str
    line: int


@dataclass(frozen=True)
class NewActor:
    line: int
    quote: Quoted
    name: dict[str, str]
    """``ar`` always; ``en`` when the editor gave it (then the name counts as checked)."""
    kind: ActorKind
    role: dict[str, str] = field(default_factory=dict)
    id: Ref | None = None


@dataclass(frozen=True)
class When:
    """The time of an added event or mediation effort: the article's words, an ISO date, or
    both (the words' date is found when only they are given)."""

    text: Quoted | None = None
    date: str | None = None
    date_line: int | None = None


@dataclass(frozen=True)
class NewEvent:
    line: int
    quote: Quoted
    kind: str
    when: When
    agent: list[Ref] = field(default_factory=list)
    """Actor ids or names, each with its line."""
    parties: list[Ref] = field(default_factory=list)
    place: Ref | None = None
    figures: list[Ref] = field(default_factory=list)
    id: Ref | None = None


@dataclass(frozen=True)
class NewMediation:
    line: int
    quote: Quoted
    mediators: list[Ref]
    parties: list[Ref] = field(default_factory=list)
    venue: Ref | None = None
    when: When = When()
    outcome: dict[str, str] = field(default_factory=dict)
    kind: str = MEDIATION_KINDS[0]
    id: Ref | None = None


@dataclass
class Corrections:
    """One article's ``explainer.yml``, validated."""

    path: Path
    drop: list[Ref] = field(default_factory=list)
    figures: list[FigureFix] = field(default_factory=list)
    actors: list[ActorFix] = field(default_factory=list)
    merge: list[Merge] = field(default_factory=list)
    add_figures: list[NewFigure] = field(default_factory=list)
    add_actors: list[NewActor] = field(default_factory=list)
    add_events: list[NewEvent] = field(default_factory=list)
    add_mediation: list[NewMediation] = field(default_factory=list)
    main: Ref | None = None

    @property
    def empty(self) -> bool:
        return not (
            self.drop
            or self.figures
            or self.actors
            or self.merge
            or self.add_figures
            or self.add_actors
            or self.add_events
            or self.add_mediation
            or self.main
        )
