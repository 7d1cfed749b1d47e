"""``explainer extract FILE [--json]``: the facts of one article file."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from builder.api import extract_file

NAME = "extract"
HELP = "print the facts of one article file"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="an article file (content/articles/<slug>/article.ar.md)")
    parser.add_argument("--json", action="store_true", help="print the JSON contract")


def run(args: argparse.Namespace) -> int:
    facts = extract_file(Path(args.file))
    if args.json:
        json.dump(facts.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for figure in facts.figures:
        print(f"figure    {figure.value!s:>12}  {figure.label.en or '?':<28} {figure.text}")
    for actor in facts.actors:
        role = f" ({actor.role.en})" if actor.role and actor.role.en else ""
        print(f"{actor.kind:<10}{actor.name.en or '?'}{role}  ← {actor.name.ar}")
    for time in facts.times:
        print(f"time      {time.date or '?':<12} {time.when_text}")
    for event in facts.events:
        print(f"event     {event.date or '?':<12} {event.summary.en}")
    for effort in facts.mediation:
        print(
            f"mediation {', '.join(effort.mediators)} → {', '.join(effort.parties)} @ {effort.venue or '?'} {effort.date or ''}"
        )
    return 0
