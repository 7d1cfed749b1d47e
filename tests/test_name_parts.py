"""The learned name parts (scripts/data/name_parts.py → builder/data/name_parts.yml): pairs
zipped out of step are dropped, and the shipped file is what the script writes today."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from builder import data

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "data" / "name_parts.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("name_parts_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("arabic", "english", "agrees"),
    [
        ("جبر", "Thani", False),  # Hamad bin Jabr Al Thani counted in other parts
        ("الجنرال", "Mohamed", False),
        ("جبر", "Jabr", True),
        ("الكساندر", "Alexander", True),  # a foreign name that opens like the article
        ("البرادعي", "ElBaradei", True),
        ("السبسي", "Essebsi", True),  # the article assimilated
        ("تشارلز", "Charles", True),
        ("فيسترفيله", "Westerwelle", True),
        ("الثاني", "II", True),
        ("عبد الرحمن", "Abdel Rahman", True),
    ],
)
def test_opening_agrees(arabic: str, english: str, agrees: bool) -> None:
    assert _script()._opening_agrees(arabic, english) is agrees


def test_shipped_parts_are_what_the_script_learns() -> None:
    script = _script()
    foreign, arab = script.learn(arab=False), script.learn(arab=True)
    shipped = data.load("name_parts")
    assert shipped["parts"] == {**foreign, **arab}, "run scripts/data/name_parts.py"
    assert set(shipped["foreign"]) <= set(foreign) - set(arab)
