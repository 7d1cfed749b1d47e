"""Arabic search for the theme's lunr index: what an Arabic reader types finds what is written.

Two small scripts are installed into the built site (no request to any other host):

- ``lunr.ar.min.js`` replaces lunr-languages' Arabic support, whose stemmer loses Arabic
  queries: ours folds alef/hamza forms, ya/alef maqsura, ta marbuta, diacritics and tatweel,
  and strips the article and one-letter clitics (و ف ب ل ك ال لل), on indexed words and
  query words alike;
- the search worker gets a prologue that applies the same folding to the query before lunr
  parses it (the theme adds a trailing wildcard to every term, and lunr skips its pipeline for
  wildcard terms, so folding in the pipeline alone never reaches the query).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

MARKER = "/* explainer: arabic search prologue */"


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def install(site_dir: Path) -> int:
    """Install the Arabic search scripts into every copy of the theme's assets under
    ``site_dir``; returns how many files were written. Safe to run more than once."""
    fold = _asset("fold.js")
    written = 0
    for lunr_ar in site_dir.rglob("assets/javascripts/lunr/min/lunr.ar.min.js"):
        lunr_ar.write_text(fold + "\n" + _asset("lunr_ar.js"), encoding="utf-8")
        written += 1
    for worker in site_dir.rglob("assets/javascripts/workers/search.*.min.js"):
        text = worker.read_text(encoding="utf-8")
        if MARKER in text:
            continue
        worker.write_text(
            MARKER + "\n" + fold + "\n" + _asset("worker_prologue.js") + "\n" + text,
            encoding="utf-8",
        )
        written += 1
    return written
