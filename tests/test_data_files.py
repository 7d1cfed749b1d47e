"""The gazetteers pass scripts/data/check_data.py: one entry per id, each Arabic form listed
once (a form two bodies share would name the wrong one), Arabic forms and English names in
their scripts. Two entries with one id, as there were, make one of them unreachable."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "data" / "check_data.py"


def test_gazetteers_pass_the_data_checks(capsys: pytest.CaptureFixture[str]) -> None:
    spec = importlib.util.spec_from_file_location("check_data_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    status = module.main()
    assert status == 0, [line for line in capsys.readouterr().out.splitlines() if "ERROR" in line]
