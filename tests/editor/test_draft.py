"""``explainer draft``: a commented explainer.yml that changes nothing until uncommented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from builder.cli import main
from builder.correct import apply_corrections, parse_corrections
from builder.editor.draft import draft_corrections, merge_suggestions
from builder.errors import Severity
from builder.records import Actor, Bilingual
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
    text = uncomment(draft_corrections(facts), section, lambda _line: True)
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


def _actor(aid: str, kind: str, ar: str, en: str | None = None) -> Actor:
    return Actor(aid, kind, Bilingual(ar, en), verified=en is not None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("actors", "suggested"),
    [
        # One person named in full, then by surname: suggested, the checked name kept.
        (
            [_actor("bwtyn", "person", "بوتين"), _actor("putin", "person", "فلاديمير بوتين", "P")],
            {"putin": ["bwtyn"]},
        ),
        # A police force and a paramedic: different kinds, no shared word.
        ([_actor("police", "organization", "الشرطة"), _actor("msf", "person", "المسعف")], {}),
        # The same word, different kinds: a country and its government are not one actor.
        (
            [
                _actor("sudan", "country", "السودان"),
                _actor("sudan-gov", "organization", "حكومة السودان"),
            ],
            {},
        ),
        # Sharing only a particle (عبد، أبو، بن) or the article does not make one person.
        (
            [
                _actor("hamdok", "person", "عبد الله حمدوك"),
                _actor("burhan", "person", "عبد الفتاح البرهان"),
                _actor("bakr", "person", "أبو بكر"),
                _actor("ali", "person", "أبو علي"),
            ],
            {},
        ),
        # "الشرطة النيجيرية" and "الشرطة" may well be one force.
        (
            [
                _actor("police", "organization", "الشرطة"),
                _actor("nigeria-police", "organization", "الشرطة النيجيرية", "Nigeria Police"),
            ],
            {"nigeria-police": ["police"]},
        ),
    ],
)
def test_merge_is_suggested_within_a_kind_between_names_sharing_a_word(
    actors: list[Actor], suggested: dict[str, list[str]]
) -> None:
    found = {keep.id: [o.id for o in others] for keep, others in merge_suggestions(actors)}
    assert found == suggested
    facts = sample_facts()
    facts.actors = actors
    lines = re.findall(r"^#   ([a-z0-9-]+): \[([^\]]*)\]", draft_corrections(facts), flags=re.M)
    merge_lines = {keep: others.split(", ") for keep, others in lines if keep in found}
    assert merge_lines == suggested
    if not suggested:
        assert "#   keep-id: [other-id]" in draft_corrections(facts)


def test_the_draft_shows_the_syntax_of_every_addition(tmp_path: Path) -> None:
    """Filled in as the comments say, the drafted ``add:`` is valid and adds each kind."""
    text = draft_corrections(sample_facts())
    for kind in ("figures", "actors", "events", "mediation"):
        assert f"#   {kind}:" in text
    block = text[text.index("# add:") :].split("\n\n", 1)[0]
    filled = (
        "\n".join(line[2:] for line in block.split("\n") if line.startswith("# "))
        .replace("value: 0", "value: 30000")
        .replace('label: {en: "", ar: ""}', "label: {en: displaced, ar: نازح}")
        .replace('name: {ar: "", en: ""}', "name: {ar: كريم نصار, en: Karim Nassar}")
        .replace('role: {ar: "", en: ""}', "role: {ar: مندوب, en: delegate}")
        .replace('when: "the time, as the article writes it"', "when: سبتمبر الماضي")
        .replace("[actor-id, actor-id]", "[armenia, azerbaijan]")
        .replace("[actor-id]", "[russia]")
        .replace("actor-id", "sochi")
        .replace('outcome: {en: "", ar: ""}', "outcome: {en: a summit, ar: قمة}")
    )
    quotes = iter(["حوالي 30 ألف شخص", "كريم نصار", "وخلفت الاشتباكات", "في سوتشي يوم الاثنين"])
    filled = re.sub(r'quote: "[^"]*"', lambda _: f'quote: "{next(quotes)}"', filled)
    corrections, problems = parse_corrections(filled, tmp_path / "e.yml")
    assert problems == []
    fixed, applied = apply_corrections(sample_facts(), corrections)
    assert applied == []
    assert len(fixed.figures) == 4 and len(fixed.actors) == 7
    assert len(fixed.events) == 3 and len(fixed.mediation) == 3
