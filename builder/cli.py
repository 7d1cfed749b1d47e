"""The ``explainer`` command (also ``python -m builder``)."""

from __future__ import annotations

import argparse
import os
import sys
import traceback

from builder import __version__
from builder.commands import COMMANDS
from builder.errors import ExplainerError


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="explainer",
        description="Bilingual (Arabic + English) news explainers from Arabic articles.",
    )
    p.add_argument("--version", action="version", version=f"explainer {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        sp = sub.add_parser(command.NAME, help=command.HELP, description=command.HELP)
        command.add_arguments(sp)
        sp.set_defaults(func=command.run)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.func(args))
    except ExplainerError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into head/less that closed early
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: say so plainly; the traceback only on request
        if os.environ.get("EXPLAINER_DEBUG"):
            traceback.print_exc()
        print(
            f"explainer: internal error: {exc!r} (set EXPLAINER_DEBUG=1 to see the traceback; please report it)",
            file=sys.stderr,
        )
        return 2


if __name__ == "__main__":
    sys.exit(main())
