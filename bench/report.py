"""Turn the measurements into a Markdown report and a growth table."""

from __future__ import annotations

from typing import Any


def _f(value: Any, fmt: str = ".1f", none: str = "–") -> str:
    if value is None:
        return none
    if isinstance(value, str):
        return value
    return format(value, fmt)


def growth(sizes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per-article cost at each N, and the marginal cost from the previous N (fixed costs such
    as theme assets and start-up cancel out there, so linear growth shows as a flat line)."""
    rows: list[dict[str, Any]] = []
    previous: dict[str, Any] | None = None
    for size in sizes:
        n = size["n"]
        mk = size["mkdocs"]
        step = size["build_step"]
        row: dict[str, Any] = {
            "n": n,
            "site_bytes_per_article": mk["site_bytes"] / n if mk.get("site_bytes") else None,
            "generated_bytes_per_article": (
                mk["generated_bytes"] / n if mk.get("generated_bytes") else None
            ),
            "mkdocs_s_per_article": mk["median_s"] / n if mk.get("median_s") else None,
            "build_step_s_per_article": step["median_s"] / n if step.get("median_s") else None,
        }
        if previous is not None:
            dn = n - previous["n"]
            pm, pstep = previous["mkdocs"], previous["build_step"]

            def marginal(a: float | None, b: float | None, dn: int = dn) -> float | None:
                return (a - b) / dn if a is not None and b is not None and dn else None

            row["marginal_from_n"] = previous["n"]
            row["marginal_site_bytes_per_article"] = marginal(
                mk.get("site_bytes"), pm.get("site_bytes")
            )
            row["marginal_mkdocs_s_per_article"] = marginal(mk.get("median_s"), pm.get("median_s"))
            row["marginal_build_step_s_per_article"] = marginal(
                step.get("median_s"), pstep.get("median_s")
            )
        rows.append(row)
        previous = size
    return rows


def markdown(result: dict[str, Any]) -> str:
    meta = result["meta"]
    head = [
        f"### explainer benchmark — {meta['started']}",
        "",
        f"Articles: {'**SYNTHETIC** ' if meta['corpus']['kind'] == 'synthetic' else ''}"
        f"{meta['corpus']['kind']} ({meta['corpus'].get('note') or meta['corpus']['path']}); "
        f"runs per size: {meta['runs']}; machine: {meta['cpus']} CPUs, load average at start "
        f"{meta['loadavg_start']}; Python {meta['python']}; peak memory via {meta['memory_method']}.",
        "",
        "| N | extract median ms | extract p95 ms | articles/s (1 core) | articles/CPU-s | build step s "
        "| mkdocs build s | build step share | peak RSS MiB | site MB | site files "
        "| KB/article | ms/article |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    full = [size for size in result["sizes"] if "mkdocs" in size]
    lines = head if full else head[:3]
    for size in full:
        ex, step, mk = size["extraction"], size["build_step"], size["mkdocs"]
        n = size["n"]
        share = size.get("build_step_share")
        rss = mk.get("peak_rss_kib")
        timed_out = any(run.get("timed_out") for run in mk.get("runs", []))
        failed = "" if mk.get("ok", True) else (" timeout" if timed_out else " failed")
        lines.append(
            "| "
            + " | ".join(
                [
                    str(n),
                    _f(ex.get("median_ms"), ".2f"),
                    _f(ex.get("p95_ms"), ".2f"),
                    _f(ex.get("articles_per_s"), ".0f"),
                    _f(ex.get("articles_per_cpu_s"), ".0f"),
                    _f(step.get("median_s"), ".2f"),
                    _f(mk.get("median_s"), ".1f") + failed,
                    _f(None if share is None else share * 100, ".0f") + ("%" if share else ""),
                    _f(None if rss is None else rss / 1024, ".0f"),
                    _f(None if not mk.get("site_bytes") else mk["site_bytes"] / 1e6, ".1f"),
                    _f(mk.get("site_files") or None, "d"),
                    _f(None if not mk.get("site_bytes") else mk["site_bytes"] / n / 1e3, ".1f"),
                    _f(None if not mk.get("median_s") else mk["median_s"] / n * 1000, ".0f"),
                ]
            )
            + " |"
        )
    if full:
        last = full[-1]
        stages = last["build_step"].get("stages_s")
        kinds = last["mkdocs"].get("site_breakdown_bytes")
        lines.append("")
        if stages:
            parts = ", ".join(f"{k} {v:.2f} s" for k, v in stages.items())
            lines.append(f"Build step at N={last['n']} by stage: {parts}.")
        if kinds:
            parts = ", ".join(f"{k} {v / 1e6:.1f} MB" for k, v in kinds.items())
            lines.append(f"Site at N={last['n']} by kind: {parts}.")
    rows = [r for r in result["growth"] if "marginal_from_n" in r]
    if rows:
        lines += [
            "",
            "Growth (marginal cost per added article between consecutive sizes; flat = linear):",
            "",
            "| from N | to N | KB/article | mkdocs ms/article | build step ms/article |",
            "|---:|---:|---:|---:|---:|",
        ]
        for r in rows:
            kb = r.get("marginal_site_bytes_per_article")
            mk_ms = r.get("marginal_mkdocs_s_per_article")
            st_ms = r.get("marginal_build_step_s_per_article")
            lines.append(
                f"| {r['marginal_from_n']} | {r['n']} | {_f(None if kb is None else kb / 1e3, '.1f')} "
                f"| {_f(None if mk_ms is None else mk_ms * 1000, '.0f')} "
                f"| {_f(None if st_ms is None else st_ms * 1000, '.1f')} |"
            )
    serve = result.get("serve")
    if serve:
        lines.append("")
        if serve.get("median_s") is not None:
            en = [e["en_s"] for e in serve["edits"] if e.get("en_s") is not None]
            lines.append(
                f"Preview latency (`{serve.get('label', 'mkdocs serve')}`, N={serve['articles']}): median "
                f"{serve['median_s']:.1f} s from save to changed page served over "
                f"{len(serve['edits']) - serve['timeouts']} edits (min {serve['min_s']:.1f} s, "
                f"max {serve['max_s']:.1f} s; English page by {max(en):.1f} s at worst); "
                f"first build served after {serve['first_build_s']:.1f} s."
                if en
                else f"Preview latency (N={serve['articles']}): median {serve['median_s']:.1f} s."
            )
        if serve.get("timeouts"):
            lines.append(
                f"Preview: {serve['timeouts']} edit(s) timed out (> {serve['edit_timeout_s']:.0f} s)."
            )
        if serve.get("error"):
            lines.append(f"Preview: {serve['error']}.")
    lines += _peer_and_search(result["sizes"])
    notes = []
    for size in full:
        ex, mk, step = size["extraction"], size["mkdocs"], size["build_step"]
        if ex.get("failed"):
            notes.append(f"N={size['n']}: extraction failed on {ex['failed']} article(s)")
        if ex.get("timed_out"):
            notes.append(f"N={size['n']}: extraction timed out ({ex['timed_out']})")
        if step.get("skipped"):
            notes.append(f"N={size['n']}: the build step skipped {step['skipped']} article(s)")
        for run in mk.get("runs", []):
            if run.get("timed_out"):
                notes.append(f"N={size['n']}: mkdocs build timed out after {run['wall_s']:.0f} s")
            elif run.get("returncode"):
                notes.append(f"N={size['n']}: mkdocs build exited with {run['returncode']}")
    if notes:
        lines += ["", "Notes: " + "; ".join(notes) + "."]
    return "\n".join(lines) + "\n"


def _peer_and_search(sizes: list[dict[str, Any]]) -> list[str]:
    """The plain peer built in turn with ours, and search in Chromium, with the targets."""
    rows = [s for s in sizes if "peer" in s]
    if not rows:
        return []
    lines = [
        "",
        "Against the plain peer (mkdocs-material + mkdocs-static-i18n, same articles, built in "
        "turn: ours cold, peer cold, ours warm, peer warm), and search on a cold page in Chromium:",
        "",
        "| N | ours cold s | peer cold s | cold ratio (≤1.5) | ours warm s | peer warm s "
        "| warm ratio (≤1.0) | ours peak MiB (≤1024) | peer peak MiB | load before builds "
        "| first result ms median/max (<300) | KiB/query max (<300) "
        "| typed at load: first result ms median, KiB max |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|",
    ]
    for size in rows:
        p = size["peer"]
        loads = [
            r["loadavg_before"][0]
            for k in p
            if k in ("ours_cold", "peer_cold", "ours_warm", "peer_warm")
            for r in p[k]["runs"]
            if r.get("loadavg_before")
        ]
        found = size.get("search") or {}
        ours_rss = max(p["ours_cold"]["peak_rss_kib"] or 0, p["ours_warm"]["peak_rss_kib"] or 0)
        peer_rss = max(p["peer_cold"]["peak_rss_kib"] or 0, p["peer_warm"]["peak_rss_kib"] or 0)
        first = (
            f"{found['median_first_result_ms']:.0f}/{found['max_first_result_ms']:.0f}"
            if "queries" in found
            else _f(found.get("skipped"))
        )
        kib = _f(found["max_bytes"] / 1024, ".0f") if "queries" in found else "–"
        at_load = (
            f"{found['at_load_median_first_result_ms']:.0f}, "
            f"{found['at_load_max_bytes'] / 1024:.0f}"
            if "queries" in found
            else "–"
        )
        lines.append(
            f"| {size['n']} | {_f(p['ours_cold']['median_s'])} | {_f(p['peer_cold']['median_s'])} "
            f"| {_f(p['ratio_cold'], '.2f')} | {_f(p['ours_warm']['median_s'])} "
            f"| {_f(p['peer_warm']['median_s'])} | {_f(p['ratio_warm'], '.2f')} "
            f"| {_f(ours_rss / 1024 if ours_rss else None, '.0f')} "
            f"| {_f(peer_rss / 1024 if peer_rss else None, '.0f')} "
            f"| {min(loads, default=0):.2f}–{max(loads, default=0):.2f} | {first} | {kib} "
            f"| {at_load} |"
        )
    lines.append("")
    lines.append(
        "The peer "
        + ("has" if rows[0]["peer"].get("peer_search_plugin") else "does not have")
        + " the theme's search plugin; ours indexes with Pagefind in the same build."
    )
    return lines
