"""``explainer check [PATH…] [--strict]``: every problem under ``content/``, as ``file:line``.

Runs what the build runs (front matter and dates, paragraphs, translations, corrections, the
glossary) without rendering, and adds what only a whole-site view sees: the same article in
two folders (same headline and date, same text, or same address), names with no checked
English form. Then one line per article: its names (verified, transliterated, missing), its
figures, events and mediation efforts. Exit 1 on errors, 0 with warnings only; ``--strict``
counts warnings as errors, as ``mkdocs build --strict`` does. Unchecked names are information
unless the site setting ``unverified_names: warning`` (in ``mkdocs.yml``, read by the build
too) makes each of them a warning, so that ``--strict`` fails on them.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from builder.editor.summary import summary_lines
from builder.editor.unnamed import name_problems, site_report
from builder.errors import Problem, Severity, printable_lines
from builder.load.site import discover
from builder.load.siteconfig import site_config_for
from builder.pipeline import ArticleResult, article_facts, duplicate_articles, site_gazetteer

NAME = "check"
HELP = "check content/: articles, dates, translations, corrections, glossary (exit 1 on errors)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="only these files or folders (default: all of content/)",
    )
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors")
    parser.add_argument("--content", default="content", help="content folder (default: content)")


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)
    results: list[ArticleResult] = field(default_factory=list)
    names_as_warnings: bool = False
    """``unverified_names: warning``: the unchecked names are among the problems."""

    def count(self, severity: Severity) -> int:
        return sum(1 for p in self.problems if p.severity is severity)


def run(args: argparse.Namespace) -> int:
    report = check_content(Path(args.content), [Path(p) for p in args.paths])
    for problem in report.problems:
        print(problem)
    info = site_report(report.results, listed=not report.names_as_warnings)
    if info:
        print()
        print("\n".join(printable_lines(line) for line in info))
    summary = summary_lines(report.results)
    if summary:
        print()
        print("\n".join(printable_lines(line) for line in summary))
    errors, warnings = report.count(Severity.ERROR), report.count(Severity.WARNING)
    articles = len(report.results)
    print()
    print(
        f"checked {articles} article{'s' if articles != 1 else ''}: {errors} error(s), {warnings} warning(s)"
    )
    if errors or (args.strict and warnings):
        return 1
    return 0


def check_content(content: Path, paths: list[Path] | None = None) -> Report:
    """Check the whole content folder, or only what lies in ``paths``."""
    report = Report()
    selected, missing = _selector(content, paths or [])
    report.problems += missing
    tree = discover(content)
    report.problems += [p for p in tree.problems if selected(p.path)]
    gazetteer, glossary_problems = site_gazetteer(content)
    report.problems += [p for p in glossary_problems if selected(p.path)]
    for folder in tree.folders:
        if selected(folder.path):
            result = article_facts(folder, gazetteer)
            report.results.append(result)
            report.problems += result.problems
    report.problems += duplicate_articles(report.results)
    config, config_problems = site_config_for(content)
    report.problems += config_problems
    if config.unverified_names == "warning":
        report.names_as_warnings = True
        report.problems += name_problems(report.results)
    return report


def _selector(
    content: Path, paths: list[Path]
) -> tuple[Callable[[Path | None], bool], list[Problem]]:
    """Which problem paths and article folders the given PATHs cover (all when none given)."""
    if not paths:
        return (lambda _path: True), []
    missing = [
        Problem(p, None, "no such file or folder", f"give paths inside {content}")
        for p in paths
        if not p.exists()
    ]
    roots = [p.resolve() for p in paths if p.exists()]

    def selected(path: Path | None) -> bool:
        if path is None:
            return False
        path = path.resolve()
        top = content.resolve()
        return any(
            path.is_relative_to(r) or (r.is_relative_to(path) and path != top) for r in roots
        )

    return selected, missing
