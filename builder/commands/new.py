"""``explainer new [FILE|-] --published YYYY-MM-DD``: add a pasted article to ``content/``.

An article already in ``content/`` (the same text once normalised, or the same ``--url``) is
refused with the folder that holds it; ``--force`` adds it anyway. The preview address printed
is the one ``make serve`` serves (``dev_addr`` and the path of ``site_url`` in ``mkdocs.yml``).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from builder.editor.duplicates import Duplicate, find_duplicates, identity
from builder.editor.newarticle import Origin, Pasted, create_article, parse_pasted
from builder.editor.preview import LANGUAGE_NAMES, article_urls
from builder.errors import ExplainerError, Problem, Severity, printable
from builder.load.article import load_article, read_text
from builder.load.site import discover
from builder.load.siteconfig import site_config_for

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
    parser.add_argument("--source", help="the outlet that published it (front matter 'source')")
    parser.add_argument("--url", help="the original article's address (front matter 'url')")
    parser.add_argument(
        "--force",
        action="store_true",
        help="add it even when the same article (text or --url) is already in content/",
    )
    parser.add_argument("--content", default="content", help="content folder (default: content)")


def run(args: argparse.Namespace) -> int:
    published = _date(args.published)
    if args.file == "-":
        if sys.stdin.isatty():
            print("Paste the article (headline first), then press Ctrl-D:", file=sys.stderr)
        origin = Path("<stdin>")
        text = _stdin()
    else:
        origin = Path(args.file)
        text = read_text(origin)
    pasted = parse_pasted(text, origin)
    content = Path(args.content)
    duplicates = _duplicates(content, pasted, args.url)
    if duplicates and not args.force:
        raise ExplainerError(*(_refusal(d, origin) for d in duplicates))
    path = create_article(content, pasted, published, args.title_en, Origin(args.source, args.url))
    slug = path.parent.name
    print(printable(f"created {path}"))
    for duplicate in duplicates:
        print(
            printable(
                f"note: {duplicate.folder.article} holds the same {_WHAT[duplicate.reason]}; "
                "added anyway (--force)"
            ),
            file=sys.stderr,
        )
    problems: list[Problem] = []
    try:
        problems = load_article(path).warnings
    except ExplainerError as exc:  # written as pasted: say what to fix, keep the file
        problems = list(exc.problems)
    for problem in problems:
        print(problem, file=sys.stderr)
    config, _ = site_config_for(content)
    urls = article_urls(config.preview_url, slug)
    print("next steps:")
    print("  make serve                 preview it, then open")
    for lang, url in urls.items():
        print(printable(f"                               {url}   ({LANGUAGE_NAMES[lang]})"))
    print(printable(f"  explainer draft {slug}"))
    print("                             start explainer.yml to correct what the build pulled out")
    print("  explainer check            before publishing")
    return 1 if any(p.severity is Severity.ERROR for p in problems) else 0


_WHAT = {"text": "text", "url": "address (url)"}


def _duplicates(content: Path, pasted: Pasted, url: str | None) -> list[Duplicate]:
    wanted = identity(pasted.headline, pasted.body, url)
    return find_duplicates(wanted, discover(content).folders)


def _refusal(duplicate: Duplicate, origin: Path) -> Problem:
    return Problem(
        origin,
        None,
        f"this article is already in content/: {duplicate.folder.path}/ holds the same "
        f"{_WHAT[duplicate.reason]}; nothing was added",
        f"edit {duplicate.folder.article} instead, or add it again with --force",
    )


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
