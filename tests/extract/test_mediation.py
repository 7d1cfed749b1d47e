"""Mediation, table-driven: each case in cases/mediation.yml is a headline and a short text
and the efforts it must give (by the English names of mediators and parties)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from builder.api import extract_facts

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "cases" / "mediation.yml").read_text(encoding="utf-8")
)


def _efforts(case: dict[str, Any]) -> list[dict[str, Any]]:
    facts = extract_facts(case["text"], case["title"], date(2023, 5, 21))
    names = {a.id: a.name.en for a in facts.actors}
    return [
        {
            "kind": m.kind,
            "mediators": [names.get(i, i) for i in m.mediators],
            "parties": [names.get(i, i) for i in m.parties],
            "outcome": m.outcome.en if m.outcome else None,
            "date": m.date,
            "venue": names.get(m.venue, m.venue) if m.venue else None,
        }
        for m in facts.mediation
    ]


def _fits(expected: dict[str, Any], got: dict[str, Any]) -> bool:
    return (
        expected.get("kind", got["kind"]) == got["kind"]
        and set(expected.get("mediators", [])) <= set(got["mediators"])
        and set(expected.get("parties", [])) <= set(got["parties"])
        and not set(expected.get("not_mediators", [])) & set(got["mediators"])
        and expected.get("outcome", got["outcome"]) == got["outcome"]
        and expected.get("date", got["date"]) == got["date"]
        and expected.get("venue", got["venue"]) == got["venue"]
    )


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_mediation(case: dict[str, Any]) -> None:
    got = _efforts(case)
    if case.get("not_actors"):
        facts = extract_facts(case["text"], case["title"], date(2023, 5, 21))
        assert not {a.name.en for a in facts.actors} & set(case["not_actors"])
    if case.get("none"):
        assert got == [], got
    for expected in case.get("expect", []):
        assert any(_fits(expected, g) for g in got), (expected, got)
