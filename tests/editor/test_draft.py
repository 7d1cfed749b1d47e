"""``explainer draft``: a commented explainer.yml that changes nothing until uncommented."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.cli import main
from builder.correct import apply_corrections, parse_corrections
from builder.editor.draft import draft_corrections
from builder.errors import Severity
from tests.editor.helpers import content_copy, uncomment
from tests.editor.sample import sample_facts
from tests.sitebuild import SLUG


def test_draft_lists_every_id_with_its_text() -> None:
    facts = sample_facts()
    text = draft_corrections(facts)
    for figure in facts.figures:
        assert f"#   - {figure.id}" in text and figure.text in text
    for actor in facts.actors:
        assert f"#   {actor.id}:" in text and (actor.name.ar or "") in text
    for record in (*facts.events, *facts.mediation):
        assert f"#   - {record.id}" in text
    assert "NOT CHECKED" in text  # bwtyn has no English name


def test_draft_as_written_changes_nothing(tmp_path: Path) -> None:
    corrections, problems = parse_corrections(draft_corrections(sample_facts()), tmp_path / "e.yml")
    assert corrections.empty and problems == []


@pytest.mark.parametrize("section", ["drop", "figures", "actors", "merge", "main"])
def test_each_section_uncommented_is_valid(section: str, tmp_path: Path) -> None:
    facts = sample_facts()
    text = uncomment(draft_corrections(facts), section, lambda line: True)
    corrections, problems = parse_corrections(text, tmp_path / "e.yml")
    assert not corrections.empty
    assert not [p for p in problems if p.severity is Severity.ERROR], problems
    _, applied = apply_corrections(facts, corrections)
    assert not [p for p in applied if p.severity is Severity.ERROR], applied


def test_command_writes_once_and_never_overwrites(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = content_copy(tmp_path / "content")
    target = content / "articles" / SLUG / "explainer.yml"
    assert main(["draft", SLUG, "--content", str(content)]) == 0
    assert f"created {target}" in capsys.readouterr().out
    assert "# drop:" in target.read_text(encoding="utf-8")
    target.write_text("drop: [x]\n", encoding="utf-8")
    assert main(["draft", SLUG, "--content", str(content)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "drop: [x]\n"


def test_command_suggests_a_slug(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    content = content_copy(tmp_path / "content")
    assert main(["draft", SLUG[:-2], "--content", str(content)]) == 1
    assert f"did you mean '{SLUG}'?" in capsys.readouterr().err
