"""Golden files: the generated Markdown of the first explainer in both languages.

A reviewer reads the diff of tests/golden/*.md to see what a change does to the pages.
Regenerate after an intended change with ``UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from builder.pipeline import generate
from tests.conftest import CONTENT
from tests.sitebuild import SLUG

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture(scope="module")
def pages() -> dict[str, str | bytes]:
    return generate(CONTENT).pages


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_rendered_markdown_matches_golden(pages: dict[str, str | bytes], lang: str) -> None:
    rendered = pages[f"articles/{SLUG}.{lang}.md"]
    assert isinstance(rendered, str)
    golden = GOLDEN / f"{SLUG}.{lang}.md"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(rendered, encoding="utf-8")
    assert golden.exists(), f"{golden} is missing: run with UPDATE_GOLDEN=1 to create it"
    assert rendered == golden.read_text(encoding="utf-8"), (
        f"{golden.name} changed: review the diff and update"
    )
