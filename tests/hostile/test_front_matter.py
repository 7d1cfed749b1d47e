"""Front matter: missing, empty, not a mapping, missing or empty title/published, invalid and
future dates, unknown keys (a warning with "did you mean"), wrong types, duplicate keys, a
YAML alias bomb, ``!!python/...`` tags. Each is an error naming the file and line in plain
words (or a warning, and the article builds); nothing is executed, nothing expands."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.cases import FRONT_MATTER_CASES, PWNED, InputCase
from tests.hostile.runner import cli_batch, run_case


@pytest.mark.parametrize("case", FRONT_MATTER_CASES, ids=lambda c: c.id)
def test_pipeline(case: InputCase, tmp_path: Path) -> None:
    PWNED.unlink(missing_ok=True)
    run_case(case, tmp_path)
    assert not PWNED.exists(), "a YAML tag ran a command"


def test_cli(tmp_path: Path) -> None:
    cli_batch(FRONT_MATTER_CASES, tmp_path)
    assert not PWNED.exists(), "a YAML tag ran a command"
