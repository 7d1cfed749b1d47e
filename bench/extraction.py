"""Extraction cost per article, in-process, on one core, without file IO."""

from __future__ import annotations

import contextlib
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.corpus import Item
from bench.stats import median, percentile


class Deadline(Exception):
    pass


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise :class:`Deadline` in the main thread after ``seconds`` (SIGALRM)."""

    def expire(_signum: int, _frame: Any) -> None:
        raise Deadline(f"over {seconds:.0f} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def one_core() -> Iterator[int | None]:
    """Pin this process to a single CPU while measuring (where the OS allows it)."""
    try:
        allowed = os.sched_getaffinity(0)
    except (AttributeError, OSError):
        yield None
        return
    cpu = max(allowed)
    try:
        os.sched_setaffinity(0, {cpu})
    except OSError:
        yield None
        return
    try:
        yield cpu
    finally:
        with contextlib.suppress(OSError):
            os.sched_setaffinity(0, allowed)


def measure_extraction(
    items: list[Item], content_dir: Path, runs: int, timeout: float
) -> dict[str, Any]:
    """Time ``builder.api.extract_facts`` on each article (texts already in memory, with the
    site's glossary loaded once). Per-article time is the median over ``runs``."""
    from builder.api import extract_facts
    from builder.pipeline import site_gazetteer

    gazetteer, _ = site_gazetteer(content_dir)
    per_article: list[list[float]] = [[] for _ in items]
    totals: list[float] = []
    cpu_totals: list[float] = []
    failures: dict[str, str] = {}
    result: dict[str, Any] = {
        "articles": len(items),
        "runs": runs,
        "function": "builder.api.extract_facts",
    }
    try:
        with one_core() as cpu, deadline(timeout):
            result["cpu"] = cpu
            warm = items[0]
            t0 = time.perf_counter()
            with contextlib.suppress(Exception):
                extract_facts(warm.text, warm.title, warm.published, warm.slug, gazetteer)
            result["first_call_ms"] = (time.perf_counter() - t0) * 1000
            for _ in range(runs):
                wall0, cpu0 = time.perf_counter(), time.process_time()
                for index, item in enumerate(items):
                    start = time.perf_counter()
                    try:
                        extract_facts(item.text, item.title, item.published, item.slug, gazetteer)
                    except Deadline:
                        raise
                    except Exception as exc:
                        failures.setdefault(item.slug, repr(exc)[:200])
                    per_article[index].append(time.perf_counter() - start)
                totals.append(time.perf_counter() - wall0)
                cpu_totals.append(time.process_time() - cpu0)
    except Deadline as exc:
        result["timed_out"] = str(exc)
    samples = [median(times) for times in per_article if times]
    ms = [s * 1000 for s in samples if s is not None]
    result.update(
        median_ms=median(ms),
        p95_ms=percentile(ms, 95),
        max_ms=max(ms) if ms else None,
        total_s=median(totals),
        articles_per_s=(len(items) / median(totals)) if totals and median(totals) else None,
        articles_per_cpu_s=(len(items) / median(cpu_totals))
        if cpu_totals and median(cpu_totals)
        else None,
        failed=len(failures),
        failures=dict(list(failures.items())[:10]),
    )
    return result
