"""``explainer draft <slug>``: write a commented ``explainer.yml`` to start correcting from."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from builder.editor.draft import draft_corrections
from builder.errors import ExplainerError, Problem, Severity, did_you_mean, printable
from builder.load.site import ARTICLES, CORRECTIONS_FILE, ArticleFolder, discover
from builder.pipeline import article_facts, site_gazetteer

NAME = "draft"
HELP = "write a commented explainer.yml listing every extracted id (never overwrites)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("slug", help="the article's folder name (or its path)")
    parser.add_argument("--content", default="content", help="content folder (default: content)")


def run(args: argparse.Namespace) -> int:
    content = Path(args.content)
    folder = _folder(content, args.slug)
    target = folder.corrections
    if target.exists():
        print(
            printable(
                f"{target} already exists; it was left as it is (rename or delete it to draft "
                f"a new one; `explainer check {folder.path}` checks it)"
            ),
            file=sys.stderr,
        )
        return 1
    gazetteer, _ = site_gazetteer(content)
    result = article_facts(folder, gazetteer)
    if result.facts is None or result.article is None:
        raise ExplainerError(*result.problems)
    text = draft_corrections(result.facts, str(folder.article))
    try:
        with target.open("x", encoding="utf-8", newline="\n") as fp:
            fp.write(text)
    except FileExistsError:
        print(printable(f"{target} appeared meanwhile; it was left as it is"), file=sys.stderr)
        return 1
    for problem in result.problems:
        if problem.severity is Severity.ERROR:
            print(problem, file=sys.stderr)
    print(printable(f"created {target}"))
    print("next: uncomment and edit the lines you need; `make serve` shows the result,")
    print(printable(f"      `explainer check {folder.path}` checks the file."))
    return 0


def _folder(content: Path, name: str) -> ArticleFolder:
    path = Path(name)
    if path.exists() and (path.is_file() or (path / "article.ar.md").exists()):
        folder = path.parent if path.is_file() else path
        return ArticleFolder(folder.name, folder, folder.parent.parent)
    tree = discover(content)
    for found in tree.folders:
        if found.slug == name:
            return found
    slugs = [f.slug for f in tree.folders]
    raise ExplainerError(
        Problem(
            content / ARTICLES / name,
            None,
            f"there is no article '{name}'{did_you_mean(name, slugs)}",
            f"the articles are the folders of {content / ARTICLES}; {CORRECTIONS_FILE} goes next to article.ar.md",
        )
    )
