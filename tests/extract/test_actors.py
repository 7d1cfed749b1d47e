"""Actors, table-driven: each case in cases/actors.yml is a sentence and the actors (kind and
English name, sometimes the role (``null``: none) and the Arabic name) it must give; `once`:
English names that must name one actor only; `absent` / `absent_roles`: words no English
name / no role may contain."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from builder.api import extract_facts

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "cases" / "actors.yml").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_actors(case: dict[str, Any]) -> None:
    facts = extract_facts(case["text"], "عنوان", date(2023, 5, 21))
    got = {(a.kind, a.name.en): a for a in facts.actors}
    for expected in case.get("expect", []):
        actor = got.get((expected["kind"], expected["en"]))
        assert actor is not None, (expected, sorted(got))
        if "role" in expected and expected["role"] is None:  # role: null, none may be read
            assert actor.role is None or not actor.role.en, actor.role
        elif "role" in expected:
            assert actor.role is not None and actor.role.en == expected["role"], actor.role
        for mention in expected.get("mentions", []):  # a later mention joins the actor
            assert mention in actor.mentions, actor.mentions
        if "role_ar" in expected:
            assert actor.role is not None and actor.role.ar == expected["role_ar"], actor.role
    names_ar = {a.name.ar for a in facts.actors}
    for name in case.get("ar", []):
        assert name in names_ar, sorted(names_ar)
    for word in case.get("absent", []):
        assert not any(word in (en or "") for _, en in got), sorted(got)
    for word in case.get("absent_roles", []):  # no actor is given this office
        assert not any(a.role and word in (a.role.en or "") for a in facts.actors), sorted(got)
    for en in case.get("once", []):
        assert [a.name.en for a in facts.actors].count(en) == 1, sorted(got)
