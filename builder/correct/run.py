"""One application of an article's corrections: the copy being corrected, what happened
to each id (merged, dropped), the problems met, and the lookups every step shares."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from builder.correct.schema import (
    IDS_HINT,
    Ref,
)
from builder.errors import Problem, Severity, did_you_mean
from builder.records import Actor, Facts, Figure


def all_ids(facts: Facts) -> dict[str, str]:
    """Every id of the facts, with what it is (figure, actor, event, mediation)."""
    ids: dict[str, str] = {}
    for kind, records in (
        ("figure", facts.figures),
        ("actor", facts.actors),
        ("event", facts.events),
        ("mediation", facts.mediation),
    ):
        for record in records:
            ids.setdefault(record.id, kind)
    return ids


class CorrectionRun:
    """One application: the copy being corrected, what happened to ids, the problems."""

    def __init__(self, facts: Facts, path: Path) -> None:
        self.facts = facts
        self.path = path
        self.extracted = all_ids(facts)
        self.merged_into: dict[str, str] = {}
        self.dropped: set[str] = set()
        self.problems: list[Problem] = []

    # -- lookups ---------------------------------------------------------------------------
    def warn(self, line: int, message: str, hint: str | None = None) -> None:
        self.problems.append(Problem(self.path, line, message, hint, Severity.WARNING))

    def error(self, line: int, message: str, hint: str | None = None) -> None:
        self.problems.append(Problem(self.path, line, message, hint))

    def known(self, ref: Ref, kinds: tuple[str, ...]) -> bool:
        """Whether ``ref`` names a live record of one of ``kinds``; warns when it does not."""
        kind = self.extracted.get(ref.id)
        if kind is None:
            candidates = [i for i, k in self.extracted.items() if k in kinds]
            self.warn(
                ref.line,
                f"no extracted fact has id '{ref.id}'{did_you_mean(ref.id, candidates)}",
                IDS_HINT,
            )
            return False
        if kind not in kinds:
            self.warn(
                ref.line,
                f"'{ref.id}' is {a_kind(kind)}, not {' or '.join(a_kind(k) for k in kinds)}",
            )
            return False
        if ref.id in self.merged_into:
            keep = self.merged_into[ref.id]
            self.warn(
                ref.line, f"'{ref.id}' was merged into '{keep}' above", f"write '{keep}' here"
            )
            return False
        if ref.id in self.dropped:
            self.warn(
                ref.line, f"'{ref.id}' is dropped above", "remove it from 'drop' or from here"
            )
            return False
        return True

    def figure(self, fid: str) -> Figure:
        return next(f for f in self.facts.figures if f.id == fid)

    def actor(self, aid: str) -> Actor:
        return next(a for a in self.facts.actors if a.id == aid)


def unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def a_kind(kind: str) -> str:
    return {"actor": "an actor", "event": "an event"}.get(kind, f"a {kind}") + (
        " effort" if kind == "mediation" else ""
    )


def short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
