"""``python -m bench``: build sites of N articles and measure where the time goes."""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import CORPUS, REPO, RESULTS
from bench.corpus import load_items
from bench.extraction import measure_extraction
from bench.peer import compare, make_peer
from bench.procs import memory_method, progress, run_measured
from bench.report import growth, markdown
from bench.search import search_latency
from bench.serve import preview_latency
from bench.site import SiteCopy, make_site, site_breakdown, tree_size
from bench.stats import median


def _sizes(text: str) -> list[int]:
    try:
        sizes = sorted({int(part) for part in text.split(",") if part.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError("sizes are whole numbers, e.g. 10,100,1000") from None
    if not sizes or sizes[0] < 1:
        raise argparse.ArgumentTypeError("sizes must be 1 or more")
    return sizes


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Build explainer sites of N articles in a temp folder and measure "
        "extraction, the build step, mkdocs build and mkdocs serve preview latency.",
    )
    parser.add_argument("--sizes", type=_sizes, default=[10, 100, 1000], help="default 10,100,1000")
    parser.add_argument("--runs", type=int, default=3, help="runs per size (median), default 3")
    parser.add_argument(
        "--json", type=Path, help="JSON results file (default OUT/bench-<time>.json)"
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=RESULTS,
        help=f"results folder (default {RESULTS.relative_to(REPO)})",
    )
    parser.add_argument("--skip-serve", action="store_true", help="skip the mkdocs serve latency")
    parser.add_argument(
        "--serve-only", action="store_true", help="only the preview latency, on the largest size"
    )
    parser.add_argument(
        "--serve-arg",
        action="append",
        default=[],
        metavar="ARG",
        help="extra mkdocs serve argument, e.g. --serve-arg=--dirty (repeatable)",
    )
    parser.add_argument("--edits", type=int, default=5, help="edits for the preview latency")
    parser.add_argument("--edit-timeout", type=float, default=300.0, help="seconds per edit")
    parser.add_argument("--build-timeout", type=float, default=1800.0, help="seconds per build")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="JSONL corpus")
    parser.add_argument("--tmp", type=Path, help="parent of the temp folder (default: system temp)")
    parser.add_argument("--keep", action="store_true", help="keep the temp sites (path on stderr)")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="under two minutes: 100 articles, 1 run, peer comparison and search only",
    )
    parser.add_argument("--skip-peer", action="store_true", help="skip the plain peer comparison")
    parser.add_argument(
        "--peer-without-search",
        action="store_true",
        help="the peer without the theme's search plugin (default: with it, as a plain site has)",
    )
    parser.add_argument("--skip-search", action="store_true", help="skip the browser search timing")
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes, args.runs, args.skip_serve = [100], 1, True
    if args.runs < 1 or args.edits < 0:
        parser.error("--runs must be 1 or more and --edits 0 or more")
    if args.serve_only and (args.skip_serve or not args.edits):
        parser.error("--serve-only needs the serve measurement (no --skip-serve, --edits > 0)")
    return args


def _commit() -> str | None:
    """The checked-out commit, read from .git without running git."""
    git = REPO / ".git"
    try:
        head = (git / "HEAD").read_text().strip()
        if not head.startswith("ref: "):
            return head
        ref = head[5:]
        if (git / ref).is_file():
            return (git / ref).read_text().strip()
        for line in (git / "packed-refs").read_text().splitlines():
            if line.endswith(" " + ref):
                return line.split()[0]
    except OSError:
        return None
    return None


def _load() -> list[float]:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return []


def _build_step(
    site: SiteCopy, work: Path, runs: int, timeout: float, env: dict[str, str]
) -> dict[str, Any]:
    options = site.settings()
    plugin = options["explainer"]
    out = work / "step-out"
    samples: list[dict[str, Any]] = []
    failures: list[str] = []
    for run in range(runs):
        shutil.rmtree(out, ignore_errors=True)
        stdout = work / f"step-{run}.json"
        done = run_measured(
            [
                sys.executable,
                "-m",
                "bench.buildstep",
                "--content",
                site.content,
                "--out",
                out,
                "--site-url",
                options["site_url"],
                "--digits",
                plugin.get("digits", "latn"),
                "--months",
                plugin.get("months", "both"),
            ],
            cwd=REPO,
            timeout=timeout,
            log=work / f"step-{run}.log",
            env=env,
            stdout=stdout,
        )
        try:
            report = json.loads(stdout.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            failures.append(
                f"run {run}: exit {done.returncode}, timed out {done.timed_out}: {done.tail(5)}"
            )
            continue
        report["process_wall_s"] = done.wall_s
        samples.append(report)
        progress(f"  build step run {run + 1}/{runs}: {report['build_s']:.2f} s")
    shutil.rmtree(out, ignore_errors=True)
    result: dict[str, Any] = {"function": "builder.pipeline.build (fresh process)", "runs": samples}
    if failures:
        result["failures"] = failures
    if samples:
        best = sorted(samples, key=lambda s: s["build_s"])[len(samples) // 2]
        result.update(
            median_s=median([s["build_s"] for s in samples]),
            stages_s=best["stages_s"],
            import_s=median([s["import_s"] for s in samples]),
            pages=best["pages"],
            skipped=best["skipped"],
            problems=best["problems"],
            first_problems=best["first_problems"],
            peak_rss_kib=max(s["peak_rss_kib"] for s in samples),
        )
    return result


def _mkdocs_builds(
    site: SiteCopy, work: Path, runs: int, timeout: float, env: dict[str, str]
) -> dict[str, Any]:
    site_dir = work / "site"
    samples: list[dict[str, Any]] = []
    result: dict[str, Any] = {"command": "python -m mkdocs build -q -f <copy>/mkdocs.yml -d <site>"}
    for run in range(runs):
        # Cold builds: no generated Markdown or site left from the previous run.
        shutil.rmtree(site.root / "build", ignore_errors=True)
        shutil.rmtree(site_dir, ignore_errors=True)
        load = _load()
        done = run_measured(
            [sys.executable, "-m", "mkdocs", "build", "-q", "-f", site.config, "-d", site_dir],
            cwd=site.root,
            timeout=timeout,
            log=work / f"mkdocs-{run}.log",
            env=env,
        )
        sample: dict[str, Any] = {
            "wall_s": done.wall_s,
            "peak_rss_kib": done.peak_rss_kib,
            "rusage_peak_kib": done.rusage_peak_kib,
            "returncode": done.returncode,
            "timed_out": done.timed_out,
            "loadavg_before": load,
        }
        if not done.ok:
            sample["stderr_tail"] = done.tail()
        samples.append(sample)
        state = "timed out" if done.timed_out else f"exit {done.returncode}"
        rss = f"{done.peak_rss_kib / 1024:.0f} MiB" if done.peak_rss_kib else "? MiB"
        progress(f"  mkdocs build run {run + 1}/{runs}: {done.wall_s:.1f} s, {rss}, {state}")
    ok = [s for s in samples if s["returncode"] == 0 and not s["timed_out"]]
    site_bytes, site_files = tree_size(site_dir)
    generated_bytes, generated_files = tree_size(site.root / "build" / "docs")
    if not ok or samples[-1] not in ok:  # sizes only of a complete build
        site_bytes = site_files = generated_bytes = generated_files = 0
    result.update(
        runs=samples,
        ok=bool(ok),
        median_s=median([s["wall_s"] for s in ok]) if ok else None,
        peak_rss_kib=max((s["peak_rss_kib"] or 0 for s in ok), default=None) or None,
        site_bytes=site_bytes,
        site_files=site_files,
        site_breakdown_bytes=site_breakdown(site_dir) if site_bytes else None,
        generated_bytes=generated_bytes,
        generated_files=generated_files,
    )
    if not ok and samples:
        result["timed_out_after_s"] = samples[-1]["wall_s"] if samples[-1]["timed_out"] else None
    return result


def _terminate(signum: int, _frame: Any) -> None:
    raise SystemExit(128 + signum)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, _terminate)
    signal.signal(signal.SIGHUP, _terminate)
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        # Started in the background: without this, children inherit an ignored SIGINT and
        # `mkdocs serve` could not be stopped gently (it cleans its temp site on SIGINT).
        signal.signal(signal.SIGINT, signal.default_int_handler)
    started = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    stamp = time.strftime("%Y%m%d-%H%M%S")
    json_path = args.json or args.out / f"bench-{stamp}.json"
    parent = args.tmp or Path(tempfile.gettempdir())
    if parent.resolve().is_relative_to(REPO):
        print(f"bench: --tmp must be outside the repository ({REPO})", file=sys.stderr)
        return 2
    parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="explainer-bench-", dir=parent))
    env = dict(os.environ)
    (tmp / "tmp").mkdir()
    env["TMPDIR"] = str(tmp / "tmp")  # mkdocs serve's temp site lands here, and goes with it
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    progress(f"temp folder {tmp}")
    try:
        items, corpus = load_items(max(args.sizes), args.corpus)
        if corpus["kind"] == "synthetic":
            progress(f"WARNING: {corpus['note']}")
        else:
            progress(f"corpus {corpus['path']} ({corpus['available']} articles)")
        result: dict[str, Any] = {
            "meta": {
                "started": started,
                "commit": _commit(),
                "sizes": args.sizes,
                "runs": args.runs,
                "corpus": corpus,
                "python": platform.python_version(),
                "platform": platform.platform(),
                "cpus": os.cpu_count(),
                "memory_method": memory_method(),
                "loadavg_start": _load(),
            },
            "sizes": [],
        }
        sites: dict[int, SiteCopy] = {}
        for n in args.sizes:
            if args.serve_only and n != max(args.sizes):
                continue
            work = tmp / f"n{n}"
            progress(f"N={n}: writing the site")
            site = make_site(work / "src", items[:n])
            sites[n] = site
            if args.serve_only:
                continue
            entry: dict[str, Any] = {"n": n}
            if not args.quick:
                progress(f"N={n}: extraction ({args.runs} run(s), in-process, one core)")
                extraction = measure_extraction(
                    items[:n], site.content, args.runs, args.build_timeout
                )
                progress(
                    f"  extraction: median {extraction['median_ms'] or 0:.2f} ms, "
                    f"p95 {extraction['p95_ms'] or 0:.2f} ms, failed {extraction['failed']}"
                )
                progress(f"N={n}: build step")
                step = _build_step(site, work, args.runs, args.build_timeout, env)
                progress(f"N={n}: mkdocs build")
                mk = _mkdocs_builds(site, work, args.runs, args.build_timeout, env)
                share = (
                    step["median_s"] / mk["median_s"]
                    if step.get("median_s") and mk.get("median_s")
                    else None
                )
                entry.update(extraction=extraction, build_step=step, mkdocs=mk)
                entry["build_step_share"] = share
            if not args.skip_peer:
                progress(f"N={n}: the plain peer, built in turn with ours (A B A B)")
                peer = make_peer(work / "peer", items[:n], search=not args.peer_without_search)
                cmp = compare(site, peer, work, max(args.runs, 2), args.build_timeout, env)
                cmp["peer_search_plugin"] = not args.peer_without_search
                entry["peer"] = cmp
                progress(
                    f"  ratio ours/peer: cold {cmp['ratio_cold'] or 0:.2f}x, "
                    f"warm {cmp['ratio_warm'] or 0:.2f}x, load {_load()}"
                )
                if not args.skip_search and cmp["ours_warm"]["median_s"]:
                    progress(f"N={n}: search in Chromium (cold page per query)")
                    entry["search"] = search_latency(Path(cmp["site_dir"]))
                    found = entry["search"]
                    if "queries" in found:
                        progress(
                            f"  first result: median {found['median_first_result_ms']:.0f} ms, "
                            f"max {found['max_first_result_ms']:.0f} ms; bytes/query: max "
                            f"{found['max_bytes'] / 1024:.0f} KiB"
                        )
            result["sizes"].append(entry)
        result["growth"] = growth([s for s in result["sizes"] if "mkdocs" in s])
        if not args.skip_serve and args.edits:
            n = max(args.sizes)
            progress(f"N={n}: preview latency ({args.edits} edits)")
            result["serve"] = preview_latency(
                sites[n],
                edits=args.edits,
                first_build_timeout=args.build_timeout,
                edit_timeout=args.edit_timeout,
                poll=0.05,
                env=env,
                log=tmp / f"n{n}" / "serve.log",
                extra_args=tuple(args.serve_arg),
            )
        result["meta"]["loadavg_end"] = _load()
        result["meta"]["finished"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(
            json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        text = markdown(result)
        json_path.with_suffix(".md").write_text(text, encoding="utf-8")
        print(text)
        progress(f"JSON: {json_path}")
        return 0
    finally:
        if args.keep:
            progress(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
