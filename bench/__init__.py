"""Benchmarks for the explainer at newsroom scale (``python -m bench``).

Builds sites of N articles from the shared corpus (or synthetic articles when it is absent)
in a temp folder outside the repository and measures extraction, the build step, the full
``mkdocs build`` and the ``mkdocs serve`` preview latency. See ``python -m bench --help``.
"""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus" / "ant-news-1000.jsonl"
RESULTS = REPO / "bench" / "results"
