"""Where the time goes (run as ``python -m bench.profile``).

1. cProfile of ``builder.pipeline.build`` on a temp site of N articles (top functions by
   cumulative time).
2. cProfile of a full ``mkdocs build`` of the same site in a subprocess, summarised by the
   parts that matter: the explainer plugin, each language pass of mkdocs-static-i18n, page
   rendering, navigation, the search index and its de-duplication, static files.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import CORPUS, REPO, RESULTS
from bench.corpus import load_items
from bench.procs import progress, run_measured
from bench.site import make_site

# (label, path fragment, function name): cumulative time of these functions in mkdocs build.
BUCKETS = [
    ("mkdocs build, all passes (outermost call)", "mkdocs/commands/build.py", "build"),
    ("explainer plugin on_config", "builder/plugin.py", "on_config"),
    ("  builder.pipeline.build", "builder/pipeline.py", "build"),
    ("  content fingerprint", "builder/plugin.py", "_fingerprint"),
    ("explainer plugin on_post_page", "builder/plugin.py", "on_post_page"),
    ("mkdocs get_files (scan docs_dir)", "mkdocs/structure/files.py", "get_files"),
    ("i18n on_files (reconfigure files)", "mkdocs_static_i18n/plugin.py", "on_files"),
    ("nav: mkdocs get_navigation", "mkdocs/structure/nav.py", "get_navigation"),
    ("nav: i18n on_nav", "mkdocs_static_i18n/plugin.py", "on_nav"),
    (
        "pages: read + Markdown render (_populate_page)",
        "mkdocs/commands/build.py",
        "_populate_page",
    ),
    ("pages: Markdown → HTML (Page.render)", "mkdocs/structure/pages.py", "render"),
    ("pages: template + write (_build_page)", "mkdocs/commands/build.py", "_build_page"),
    ("i18n on_page_context (material reconfig)", "mkdocs_static_i18n/plugin.py", "on_page_context"),
    (
        "i18n on_post_build (other languages + search)",
        "mkdocs_static_i18n/plugin.py",
        "on_post_build",
    ),
    ("  i18n search index merge", "mkdocs_static_i18n/reconfigure.py", "reconfigure_search_index"),
    (
        "  i18n search de-duplication",
        "mkdocs_static_i18n/reconfigure.py",
        "reconfigure_search_duplicates",
    ),
    ("search: on_page_context (index pages)", "/search/plugin.py", "on_page_context"),
    ("search: on_post_build (write index)", "/search/plugin.py", "on_post_build"),
    ("static files: copy_file", "mkdocs/structure/files.py", "copy_file"),
    (
        "sitemap / theme templates (_build_theme_template)",
        "mkdocs/commands/build.py",
        "_build_theme_template",
    ),
]


def _match(stats: pstats.Stats, fragment: str, name: str) -> tuple[int, float, float]:
    """(calls, total own time, cumulative time) summed over functions that match."""
    calls, own, cum = 0, 0.0, 0.0
    for (path, _line, func), (_cc, nc, tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        if func == name and fragment in path.replace("\\", "/"):
            calls += nc
            own += tt
            cum += ct
    return calls, own, cum


def _nested_build(stats: pstats.Stats) -> float:
    """Cumulative time of ``mkdocs.commands.build.build`` called from i18n's on_post_build:
    the second (English) language pass."""
    for (path, _line, func), (*_rest, callers) in stats.stats.items():  # type: ignore[attr-defined]
        if func == "build" and "mkdocs/commands/build.py" in path:
            return sum(
                ct
                for (cpath, _l, cfunc), (_cc, _nc, _tt, ct) in callers.items()
                if cfunc == "on_post_build" and "mkdocs_static_i18n" in cpath
            )
    return 0.0


# Frames that only wrap the build (interpreter, click, plugin dispatch) hide the real entries.
_WRAPPERS = ("runpy", "click/", "<string>", "{built-in method builtins.exec}", "mkdocs/__main__.py")


def _short(path: str) -> str:
    path = path.replace("\\", "/")
    for marker in ("site-packages/", str(REPO) + "/"):
        if marker in path:
            return path.split(marker, 1)[1]
    return path


def top(stats: pstats.Stats, count: int, skip_wrappers: bool = False, own: bool = False) -> str:
    """The ``count`` functions with the largest cumulative (or own) time, as Markdown."""
    entries = []
    for (path, line, func), (cc, nc, tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        where = f"{_short(path)}:{line}({func})" if line else func
        if skip_wrappers and any(w in where for w in _WRAPPERS):
            continue
        calls = f"{nc}/{cc}" if nc != cc else str(nc)
        entries.append((ct, tt, calls, where))
    entries.sort(key=lambda e: e[1] if own else e[0], reverse=True)
    lines = ["| cumulative s | own s | calls | function |", "|---:|---:|---:|---|"]
    lines += [
        f"| {ct:.3f} | {tt:.3f} | {calls} | `{where}` |" for ct, tt, calls, where in entries[:count]
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__)
    parser.add_argument("--size", type=int, default=100, help="articles (default 100)")
    parser.add_argument("--top", type=int, default=15, help="functions to list (default 15)")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where .prof files go")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--timeout", type=float, default=1800.0)
    args = parser.parse_args(argv)

    args.out.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    tmp = Path(tempfile.mkdtemp(prefix="explainer-profile-"))
    try:
        items, corpus = load_items(args.size, args.corpus)
        if corpus["kind"] == "synthetic":
            progress(f"WARNING: {corpus['note']}")
        site = make_site(tmp / "src", items)
        settings_data = site.settings()

        progress(f"cProfile builder.pipeline.build on {args.size} articles")
        from builder.pipeline import build
        from builder.render.settings import Settings

        plugin = settings_data["explainer"]
        settings = Settings(
            digits=plugin.get("digits", "latn"),
            months=plugin.get("months", "both"),
            site_url=settings_data["site_url"],
        )
        profiler = cProfile.Profile()
        start = time.perf_counter()
        profiler.runcall(build, site.content, tmp / "step-out", settings)
        step_s = time.perf_counter() - start
        step_prof = args.out / f"profile-buildstep-n{args.size}-{stamp}.prof"
        profiler.dump_stats(step_prof)
        print(f"## builder.pipeline.build, N={args.size}: {step_s:.2f} s under cProfile\n")
        step_stats = pstats.Stats(profiler)
        print(top(step_stats, args.top))
        print("By own time:\n")
        print(top(step_stats, 10, own=True))

        progress(f"cProfile mkdocs build on {args.size} articles (subprocess)")
        mk_prof = args.out / f"profile-mkdocs-n{args.size}-{stamp}.prof"
        done = run_measured(
            [
                sys.executable,
                "-m",
                "cProfile",
                "-o",
                mk_prof,
                "-m",
                "mkdocs",
                "build",
                "-q",
                "-f",
                site.config,
                "-d",
                tmp / "site",
            ],
            cwd=site.root,
            timeout=args.timeout,
            log=tmp / "mkdocs.log",
        )
        if not done.ok or not mk_prof.is_file():
            print(f"mkdocs build under cProfile failed: {done.tail()}")
            return 1
        stats = pstats.Stats(str(mk_prof))
        total = max(_match(stats, "mkdocs/commands/build.py", "build")[2], 1e-9)
        rows: list[dict[str, Any]] = []
        print(f"\n## mkdocs build, N={args.size}: {done.wall_s:.1f} s wall under cProfile\n")
        print("| part | calls | cumulative s | share of build |")
        print("|---|---:|---:|---:|")
        for label, fragment, name in BUCKETS:
            calls, _own, cum = _match(stats, fragment, name)
            if label.startswith("mkdocs build"):
                calls_total = calls
                cum = total
                calls = calls_total
            rows.append({"part": label.strip(), "calls": calls, "cumulative_s": cum})
            print(f"| {label} | {calls} | {cum:.2f} | {cum / total:.0%} |")
        nested = _nested_build(stats)
        rows.append({"part": "second language pass (nested build)", "cumulative_s": nested})
        print(
            f"| second language pass (build called by i18n) | 1 | {nested:.2f} | {nested / total:.0%} |"
        )
        print(
            "\n(Cumulative times overlap: nested rows are part of the rows above them; "
            "a function called in both language passes sums both.)\n"
        )
        print(top(stats, args.top, skip_wrappers=True))
        print("By own time:\n")
        print(top(stats, 10, own=True))
        summary = args.out / f"profile-n{args.size}-{stamp}.json"
        summary.write_text(
            json.dumps(
                {
                    "size": args.size,
                    "corpus": corpus,
                    "build_step_profiled_s": step_s,
                    "mkdocs_profiled_wall_s": done.wall_s,
                    "mkdocs_parts": rows,
                    "build_step_prof": str(step_prof),
                    "mkdocs_prof": str(mk_prof),
                },
                indent=2,
                ensure_ascii=False,
            )
            + "\n",
            encoding="utf-8",
        )
        progress(f"profiles: {step_prof}, {mk_prof}; summary {summary}")
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
