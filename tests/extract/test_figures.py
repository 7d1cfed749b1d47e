"""Figures, table-driven: each case in cases/figures.yml is one sentence and what it must give."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from builder.api import extract_facts

CASES = yaml.safe_load(
    (Path(__file__).parent / "cases" / "figures.yml").read_text(encoding="utf-8")
)


def _matches(expected: dict[str, Any], got: dict[str, Any]) -> bool:
    if expected["value"] != got["value"]:
        return False
    return all(
        got.get(key) == expected[key] for key in ("unit", "qualifier", "kind") if key in expected
    ) and ("en" not in expected or got["label"]["en"] == expected["en"])


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_figures(case: dict[str, Any]) -> None:
    facts = extract_facts(case["text"], "عنوان", date(2022, 10, 31)).to_json()
    got = facts["figures"]
    for expected in case["expect"]:
        assert any(_matches(expected, g) for g in got), (
            expected,
            [(g["value"], g["unit"], g["text"]) for g in got],
        )
    if case.get("exact"):
        assert len(got) == len(case["expect"]), [(g["value"], g["text"]) for g in got]
    labels = [str((g.get("label") or {}).get("en") or "") for g in got]
    for word in case.get("absent_en", []):  # a predicate read where the text says none
        assert not any(word in label for label in labels), labels
    text = extract_facts(case["text"], "عنوان", date(2022, 10, 31)).document.text
    for g in got:
        assert text[g["span"][0] : g["span"][1]] == g["text"]
