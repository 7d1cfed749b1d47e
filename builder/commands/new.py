"""``explainer new [FILE|-] --published YYYY-MM-DD``: add a pasted article to ``content/``."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from builder.editor.newarticle import create_article, parse_pasted
from builder.errors import ExplainerError, Problem, Severity, printable
from builder.load.article import load_article, read_text

NAME = "new"
HELP = "add an article: a pasted text file (or stdin) becomes content/articles/<slug>/article.ar.md"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        nargs="?",
        default="-",
        help="the pasted article, headline first ('-' or nothing: stdin)",
    )
    parser.add_argument("--published", required=True, help="publication date, YYYY-MM-DD")
    parser.add_argument("--title-en", help="the headline in English (also names the folder)")
    parser.add_argument("--content", default="content", help="content folder (default: content)")


def run(args: argparse.Namespace) -> int:
    published = _date(args.published)
    if args.file == "-":
        if sys.stdin.isatty():
            print("Paste the article (headline first), then press Ctrl-D:", file=sys.stderr)
        origin = None
        text = _stdin()
    else:
        origin = Path(args.file)
        text = read_text(origin)
    pasted = parse_pasted(text, origin)
    content = Path(args.content)
    path = create_article(content, pasted, published, args.title_en)
    slug = path.parent.name
    print(printable(f"created {path}"))
    problems: list[Problem] = []
    try:
        problems = load_article(path).warnings
    except ExplainerError as exc:  # written as pasted: say what to fix, keep the file
        problems = list(exc.problems)
    for problem in problems:
        print(problem, file=sys.stderr)
    print("next steps:")
    print(f"  make serve                 preview it: the explainer is at articles/{slug}/")
    print(f"  explainer draft {slug}")
    print("                             start explainer.yml to correct what the build pulled out")
    print("  explainer check            before publishing")
    return 1 if any(p.severity is Severity.ERROR for p in problems) else 0


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ExplainerError(
            Problem(
                None,
                None,
                f"--published is not a date: {text!r}",
                "write it as YYYY-MM-DD, e.g. 2022-10-31",
            )
        ) from None


def _stdin() -> str:
    raw = sys.stdin.buffer.read()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise ExplainerError(
            Problem(
                Path("<stdin>"),
                line,
                "the pasted text is not valid UTF-8",
                "paste it from a UTF-8 (Unicode) source",
            )
        ) from None
