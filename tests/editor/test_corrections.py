"""Corrections (explainer.yml) applied to facts: table-driven cases in ``cases/*.yml``."""

from __future__ import annotations

import copy
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest
import yaml

from builder.correct import apply_corrections, correct_facts, parse_corrections
from builder.errors import ExplainerError, Severity
from builder.records import Facts
from tests.editor.sample import sample_facts

CASES = Path(__file__).parent / "cases"


def load_cases() -> list[Any]:
    params = []
    for path in sorted(CASES.glob("*.yml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            params.append(pytest.param(case, id=f"{path.stem}: {case['name']}"))
    return params


def records(facts: Facts) -> dict[str, dict[str, Any]]:
    out = {}
    for group in (facts.figures, facts.actors, facts.events, facts.mediation):
        for record in group:
            out[record.id] = asdict(record)
    return out


def matches(actual: Any, expected: Any) -> bool:
    """Mappings compare on the keys given only (so ``label: {en: x}`` ignores ``ar``)."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        return all(k in actual and matches(actual[k], v) for k, v in expected.items())
    return bool(actual == expected)


@pytest.mark.parametrize("case", load_cases())
def test_case(case: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "explainer.yml"
    path.write_text(case["explainer.yml"], encoding="utf-8")
    facts = sample_facts()
    before = copy.deepcopy(facts)
    corrections, problems = parse_corrections(case["explainer.yml"], path)
    corrected = facts
    if not any(p.severity is Severity.ERROR for p in problems):
        corrected, applied = apply_corrections(facts, corrections)
        problems = sorted([*problems, *applied], key=lambda p: p.line or 0)
    assert facts == before, "apply_corrections must not change its input"

    expect = case["expect"]
    got = [(p.severity.value, p.line, p.message) for p in problems]
    want = expect.get("problems", [])
    assert len(got) == len(want), got
    for (severity, line, message), w in zip(got, want, strict=True):
        assert (severity, line) == (w["severity"], w["line"]), got
        assert w["message"] in message, got
    assert all(p.path == path for p in problems)

    if any(w["severity"] == "error" for w in want):
        with pytest.raises(ExplainerError):
            correct_facts(sample_facts(), path)
        return
    fixed, warnings = correct_facts(sample_facts(), path)
    assert [(p.line, p.message) for p in warnings] == [(line, m) for _, line, m in got]
    assert records(fixed) == records(corrected)

    ids = records(corrected)
    for rid in expect.get("absent", []):
        assert rid not in ids
    for rid in expect.get("present", []):
        assert rid in ids
    for group in ("figures", "actors", "events", "mediation"):
        for rid, fields in (expect.get(group) or {}).items():
            assert rid in ids, f"{rid} missing"
            assert matches(ids[rid], fields), (rid, ids[rid])
    for group, first in (expect.get("order") or {}).items():
        assert [r.id for r in getattr(corrected, group)][: len(first)] == first
    for index, section in (expect.get("sections") or {}).items():
        assert corrected.document.sentences[int(index)].section == section


def test_no_file_means_no_change(tmp_path: Path) -> None:
    facts = sample_facts()
    assert correct_facts(facts, tmp_path / "explainer.yml") == (facts, [])


def test_invalid_yaml_is_an_error_with_the_line(tmp_path: Path) -> None:
    path = tmp_path / "explainer.yml"
    path.write_text("drop: [a, b\nfigures: {}\n", encoding="utf-8")
    with pytest.raises(ExplainerError) as info:
        correct_facts(sample_facts(), path)
    (problem,) = info.value.problems
    assert problem.path == path and problem.line in (1, 2, 3)
    assert "invalid YAML" in problem.message


def test_corrections_survive_reextraction(tmp_path: Path) -> None:
    """Keyed by id: the same file applies to a fresh extraction of the same article."""
    path = tmp_path / "explainer.yml"
    path.write_text("figures:\n  killed-286: {label: {en: dead}}\n", encoding="utf-8")
    first, _ = correct_facts(sample_facts(), path)
    second, _ = correct_facts(sample_facts(), path)
    assert records(first) == records(second)
    assert records(first)["killed-286"]["label"]["en"] == "dead"


def test_api_applies_corrections_on_request(tmp_path: Path) -> None:
    from builder.api import extract_file
    from tests.editor.helpers import content_copy
    from tests.sitebuild import SLUG

    content = content_copy(tmp_path / "content")
    article = content / "articles" / SLUG / "article.ar.md"
    raw = extract_file(article)
    dropped = raw.figures[0].id
    (article.parent / "explainer.yml").write_text(f"drop: [{dropped}]\n", encoding="utf-8")
    assert dropped in {f.id for f in extract_file(article).figures}
    assert dropped not in {f.id for f in extract_file(article, corrected=True).figures}


def test_a_top_level_key_twice_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "explainer.yml"
    path.write_text("drop: [killed-286]\ndrop: [people-30000]\n", encoding="utf-8")
    with pytest.raises(ExplainerError) as info:
        correct_facts(sample_facts(), path)
    assert info.value.problems[0].line == 2
