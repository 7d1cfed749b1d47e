"""Events, table-driven: each case in cases/events.yml is a sentence and the dated events it
must give (published on Sunday 2023-05-21), and where a case says so the English sentence
generated from its record."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from builder.api import extract_facts

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "cases" / "events.yml").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_events(case: dict[str, Any]) -> None:
    facts = extract_facts(case["text"], "عنوان", date(2023, 5, 21))
    got = [(e.kind, e.date) for e in facts.events]
    for expected in case.get("expect", []):
        assert (expected["kind"], expected["date"]) in got, (expected, got)
        if "summary" in expected:  # the generated English sentence of that event
            said = [
                e.summary.en
                for e in facts.events
                if (e.kind, e.date) == (expected["kind"], expected["date"])
            ]
            assert expected["summary"] in said, said
    wanted = Counter((e["kind"], e["date"]) for e in case.get("expect", []))
    assert not wanted - Counter(got), got  # two happenings of one kind and date are two
    for day in case.get("absent_dates", []):  # no event of any kind on that date
        assert day not in {d for k, d in got if k != "development"}, got
    for kind in case.get("absent", []):
        assert kind not in {k for k, _ in got}, got
