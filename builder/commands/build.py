"""``explainer build``: write the generated Markdown of the whole site to a folder."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from builder.errors import Severity, printable
from builder.pipeline import build

NAME = "build"
HELP = "write the generated Markdown of the whole site to a folder"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--content", default="content", help="content folder (default: content)")
    parser.add_argument("--out", default="build/docs", help="output folder (default: build/docs)")
    parser.add_argument(
        "--strict", action="store_true", help="exit 1 on any problem, warnings included"
    )


def run(args: argparse.Namespace) -> int:
    site = build(Path(args.content), Path(args.out))
    for problem in site.all_problems:
        print(problem, file=sys.stderr)
    ok = sum(1 for a in site.articles if a.ok)
    written = site.written
    detail = (
        f" ({len(written.written)} files written, {len(written.unchanged)} unchanged)"
        if written
        else ""
    )
    print(printable(f"{ok} of {len(site.articles)} articles built into {args.out}{detail}"))
    for skipped in site.skipped:
        print(printable(f"skipped: {skipped.folder.article}"), file=sys.stderr)
    if args.strict and site.all_problems:
        return 1
    errors = [p for p in site.all_problems if p.severity is Severity.ERROR]
    return 1 if args.strict and errors else 0
