"""Numbers out of any real range: long runs of digits in the text (26 or 400 digits, digits
times a scale word) build the article, never an internal error; in ``explainer.yml`` a value
that is too large, infinite, not a number, negative, or written as an exponent is an error
naming the file and the line, and the rest of the site builds."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.cases import NUMBER_CASES, InputCase
from tests.hostile.runner import cli_batch, run_case


@pytest.mark.parametrize("case", NUMBER_CASES, ids=lambda c: c.id)
def test_pipeline(case: InputCase, tmp_path: Path) -> None:
    run_case(case, tmp_path)


def test_cli(tmp_path: Path) -> None:
    cli_batch(NUMBER_CASES, tmp_path)
