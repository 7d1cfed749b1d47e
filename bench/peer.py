"""The plain peer: the same articles as a plain mkdocs-material + mkdocs-static-i18n site (no
build step, short nav), built in the same run as the explainer site, A B A B, so that the
ratio means something on a shared machine."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

from bench import REPO
from bench.corpus import Item
from bench.procs import progress, run_measured
from bench.site import SiteCopy
from bench.stats import median

PEER_CONFIG = """\
site_name: Plain peer
site_url: https://example.github.io/peer/
docs_dir: docs
use_directory_urls: true
theme:
  name: material
  language: ar
  direction: rtl
  font: false
nav:
  - index.md
plugins:
{search}  - i18n:
      docs_structure: suffix
      fallback_to_default: false
      reconfigure_material: true
      languages:
        - locale: ar
          name: العربية
          default: true
          build: true
        - locale: en
          name: English
          build: true
          site_name: Plain peer
          theme:
            direction: ltr
"""


def make_peer(dest: Path, items: list[Item], search: bool) -> Path:
    """``dest/mkdocs.yml`` and ``dest/docs``: each article as ``articles/<slug>.ar.md`` and
    ``.en.md`` (the same text: one page per edition, as the explainer site has), home pages
    in both languages listing every article. Returns the config file."""
    if dest.resolve().is_relative_to(REPO):
        raise ValueError(f"refusing to build inside the repository: {dest}")
    docs = dest / "docs"
    (docs / "articles").mkdir(parents=True)
    lines = []
    for item in items:
        title = " ".join(item.title.split())
        body = f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n---\n\n# {title}\n\n"
        body += f"{item.published.isoformat()}\n\n{item.text}\n"
        for lang in ("ar", "en"):
            (docs / "articles" / f"{item.slug}.{lang}.md").write_text(body, encoding="utf-8")
        lines.append(f"- [{title}](articles/{item.slug}.md)")
    home = "# Articles\n\n" + "\n".join(lines) + "\n"
    for lang in ("ar", "en"):
        (docs / f"index.{lang}.md").write_text(home, encoding="utf-8")
    config = dest / "mkdocs.yml"
    plugin = "  - search\n" if search else ""
    config.write_text(PEER_CONFIG.format(search=plugin), encoding="utf-8")
    return config


def _load() -> list[float]:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return []


def compare(
    site: SiteCopy,
    peer_config: Path,
    work: Path,
    runs: int,
    timeout: float,
    env: dict[str, str],
) -> dict[str, Any]:
    """Cold and warm builds of both sites in turn (ours cold, peer cold, ours warm, peer warm,
    repeated ``runs`` times). Cold: no generated pages, cache or site left; warm: the previous
    build's cache and site kept (MkDocs itself has no cache, so the peer's warm build is a
    rebuild). Medians, ratios, peak memory and the load average before each build."""
    samples: dict[str, list[dict[str, Any]]] = {
        "ours_cold": [],
        "peer_cold": [],
        "ours_warm": [],
        "peer_warm": [],
    }
    ours_site, peer_site = work / "cmp-site", work / "cmp-peer-site"

    def one(kind: str, config: Path, root: Path, out: Path, cold: bool, run: int) -> None:
        if cold:
            shutil.rmtree(root / "build", ignore_errors=True)
            shutil.rmtree(out, ignore_errors=True)
        load = _load()
        done = run_measured(
            [sys.executable, "-m", "mkdocs", "build", "-q", "-f", config, "-d", out],
            cwd=root,
            timeout=timeout,
            log=work / f"cmp-{kind}-{run}.log",
            env=env,
        )
        samples[kind].append(
            {
                "wall_s": done.wall_s,
                "peak_rss_kib": done.peak_rss_kib,
                "ok": done.ok,
                "loadavg_before": load,
                **({} if done.ok else {"tail": done.tail()}),
            }
        )
        rss = f"{done.peak_rss_kib / 1024:.0f} MiB" if done.peak_rss_kib else "? MiB"
        progress(
            f"  {kind} run {run + 1}/{runs}: {done.wall_s:.1f} s, {rss}, load {load}"
            + ("" if done.ok else " FAILED")
        )

    for run in range(runs):
        one("ours_cold", site.config, site.root, ours_site, True, run)
        one("peer_cold", peer_config, peer_config.parent, peer_site, True, run)
        one("ours_warm", site.config, site.root, ours_site, False, run)
        one("peer_warm", peer_config, peer_config.parent, peer_site, False, run)
    result: dict[str, Any] = {"order": "ours cold, peer cold, ours warm, peer warm (xruns)"}
    for kind, runs_of in samples.items():
        ok = [s["wall_s"] for s in runs_of if s["ok"]]
        result[kind] = {
            "runs": runs_of,
            "median_s": median(ok) if ok else None,
            "peak_rss_kib": max((s["peak_rss_kib"] or 0 for s in runs_of), default=0) or None,
        }
    for temp in ("cold", "warm"):
        a, b = result[f"ours_{temp}"]["median_s"], result[f"peer_{temp}"]["median_s"]
        result[f"ratio_{temp}"] = a / b if a and b else None
    result["site_dir"] = str(ours_site)
    return result
