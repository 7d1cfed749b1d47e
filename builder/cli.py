"""The ``explainer`` command (also ``python -m builder``)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from builder.api import extract_file
from builder.errors import ExplainerError, Severity
from builder.pipeline import build


def _cmd_extract(args: argparse.Namespace) -> int:
    facts = extract_file(Path(args.file))
    if args.json:
        json.dump(facts.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for figure in facts.figures:
            print(f"figure  {figure.text}")
        for actor in facts.actors:
            print(f"{actor.kind:<8}{actor.name.ar} / {actor.name.en or '?'}")
        for event in facts.events:
            print(f"event   {event.date or '?'}  {event.summary.en}")
    return 0


def _cmd_build(args: argparse.Namespace) -> int:
    site = build(Path(args.content), Path(args.out))
    for problem in site.all_problems:
        print(problem, file=sys.stderr)
    written = site.written
    ok = sum(1 for a in site.articles if a.ok)
    print(
        f"{ok} of {len(site.articles)} articles built into {args.out}"
        + (
            f" ({len(written.written)} files written, {len(written.unchanged)} unchanged)"
            if written
            else ""
        )
    )
    errors = [p for p in site.all_problems if p.severity is Severity.ERROR]
    if args.strict and site.all_problems:
        return 1
    return 1 if errors and ok == 0 and site.articles else 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="explainer", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)
    e = sub.add_parser("extract", help="print the facts of one article file")
    e.add_argument("file")
    e.add_argument("--json", action="store_true", help="print the JSON contract")
    e.set_defaults(func=_cmd_extract)
    b = sub.add_parser("build", help="write the generated Markdown of the whole site to a folder")
    b.add_argument("--content", default="content", help="content folder (default: content)")
    b.add_argument("--out", default="build/docs", help="output folder (default: build/docs)")
    b.add_argument("--strict", action="store_true", help="exit 1 on any problem, warnings included")
    b.set_defaults(func=_cmd_build)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.func(args))
    except ExplainerError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
