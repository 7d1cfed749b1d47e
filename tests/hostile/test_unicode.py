"""Unicode: bidi controls, zero-width characters, NUL and other controls, lone surrogates,
invalid UTF-8, BOM, CRLF/CR line ends, combining-mark and tatweel floods, a 5 MB article, a
100,000-character line. Controls never reach the page; big inputs finish in bounded time and
memory (the CLI runs them under an address-space limit)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.cases import UNICODE_CASES, InputCase
from tests.hostile.runner import (
    TIME_LIMIT,
    case_tree,
    check_cli_output,
    cli_batch,
    cli_build,
    run_case,
)


@pytest.mark.parametrize("case", UNICODE_CASES, ids=lambda c: c.id)
def test_pipeline(case: InputCase, tmp_path: Path) -> None:
    built = run_case(case, tmp_path)
    if case.built:
        for lang in ("ar", "en"):
            text = built.site.pages[f"articles/{case.slug}.{lang}.md"]
            assert isinstance(text, str)
            assert "\x00" not in text and "\ufffd" not in text


BIG = [c for c in UNICODE_CASES if "big" in c.tags]


@pytest.mark.parametrize("case", BIG, ids=lambda c: c.id)
def test_cli_bounded_time_and_memory(case: InputCase, tmp_path: Path) -> None:
    import time

    content = case_tree(case, tmp_path)
    start = time.monotonic()
    result = cli_build(content, tmp_path / "out", limit_memory=True)
    assert time.monotonic() - start < TIME_LIMIT
    assert result.returncode == 0, result.stderr
    check_cli_output(case, content, result.stderr)


def test_cli_all_small_cases_in_one_tree(tmp_path: Path) -> None:
    cli_batch([c for c in UNICODE_CASES if "big" not in c.tags], tmp_path)
