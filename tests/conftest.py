"""Shared fixtures: paths, the example site copied to a temp folder, the corpus."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
EXAMPLE = CONTENT / "articles" / "2022-10-31-armenia-azerbaijan-sochi-summit" / "article.ar.md"
CORPUS = ROOT.parent / "shared" / "corpus" / "ant-news-1000.jsonl"


@pytest.fixture
def site_copy(tmp_path: Path) -> Path:
    """A temp copy of the example site (mkdocs.yml, content/, theme_overrides/)."""
    dest = tmp_path / "site-src"
    dest.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(CONTENT, dest / "content")
    shutil.copytree(ROOT / "theme_overrides", dest / "theme_overrides")
    return dest


def corpus_articles() -> Iterator[dict]:
    if not CORPUS.exists():
        pytest.skip(f"corpus not found at {CORPUS} (it lives in ../shared/corpus beside the repo)")
    with CORPUS.open(encoding="utf-8") as fp:
        for line in fp:
            yield json.loads(line)
