"""Time ``builder.pipeline.build`` in a fresh process (run as ``python -m bench.buildstep``).

Prints one JSON object: the build time, a breakdown by stage (load+extract, render, write),
pages written, skipped articles and this process's peak RSS. A fresh process makes the
numbers comparable with the build step inside ``mkdocs build`` (cold data and template
caches), minus the interpreter start-up and imports, which are reported separately.
"""

from __future__ import annotations

import argparse
import functools
import json
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any


def _timed(stage: str, func: Any, totals: dict[str, float]) -> Any:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            totals[stage] += time.perf_counter() - start

    return wrapper


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.buildstep")
    parser.add_argument("--content", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--site-url", default=None)
    parser.add_argument("--digits", default="latn")
    parser.add_argument("--months", default="both")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    import builder.pipeline as pipeline
    from builder.render.settings import Settings

    imported = time.perf_counter() - start
    totals: dict[str, float] = defaultdict(float)
    pipeline.article_facts = _timed("load_extract", pipeline.article_facts, totals)
    pipeline.render_explainer = _timed("render", pipeline.render_explainer, totals)
    pipeline.render_home = _timed("render", pipeline.render_home, totals)
    pipeline.write_tree = _timed("write", pipeline.write_tree, totals)

    settings = Settings(digits=args.digits, months=args.months, site_url=args.site_url)
    start = time.perf_counter()
    site = pipeline.build(args.content, args.out, settings)
    seconds = time.perf_counter() - start
    stages = {k: round(v, 4) for k, v in totals.items()}
    stages["other"] = round(seconds - sum(totals.values()), 4)
    written = site.written
    report = {
        "import_s": imported,
        "build_s": seconds,
        "stages_s": stages,
        "pages": len(site.pages),
        "written": len(written.written) if written else None,
        "articles": len(site.articles),
        "skipped": len(site.skipped),
        "problems": len(site.all_problems),
        "first_problems": [str(p)[:300] for p in site.all_problems[:5]],
        "peak_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }
    json.dump(report, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
