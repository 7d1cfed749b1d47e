"""The page a broken article gets in ``mkdocs serve``: what is wrong, where, instead of a 404.

Only the preview shows it (``mkdocs build`` skips a broken article and lists it in the log),
so that the editor who just saved a mistake sees it in the tab they were looking at, and
sees the explainer come back as soon as the file is fixed.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import yaml

from builder.errors import Problem, Severity

HEADING = {
    "ar": "تعذّر بناء هذا الشرح",
    "en": "This explainer could not be built",
}
INTRO = {
    "ar": "صحّح الملف المذكور واحفظه: تعود الصفحة تلقائيًا.",
    "en": "Fix the file named below and save it: the page comes back by itself.",
}

# Python-Markdown's escapable characters ('>' is HTML-escaped instead).
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!])")


def escape_markdown(text: str) -> str:
    """``text`` shown literally by Python-Markdown: no markup, no HTML, no attribute lists."""
    return html.escape(_MARKDOWN.sub(r"\\\1", text), quote=False)


def error_page(slug: str, problems: Sequence[Problem], lang: str, root: Path | None = None) -> str:
    """Markdown for the page of article ``slug`` in ``lang``, listing its ``problems``.

    Paths are shown relative to ``root`` (the folder holding ``mkdocs.yml``) when given."""
    front = yaml.safe_dump(
        {"title": f"{HEADING[lang]}: {slug}", "search": {"exclude": True}},
        allow_unicode=True,
        sort_keys=False,
    ).strip()
    ordered = sorted(problems, key=lambda p: p.severity is not Severity.ERROR)
    body = [
        f"---\n{front}\n---",
        "",
        # The slug is Latin: isolated, so that an RTL page does not show 31-10-2022.
        f'# <bdi dir="ltr">{escape_markdown(slug)}</bdi>',
        "",
        f'!!! failure "{HEADING[lang]}"',
        "",
    ]
    body.append(f"    {escape_markdown(INTRO[lang])}")
    # Problems are written in English, with paths: left to right on the Arabic page too.
    ltr = ["    {: lang=en dir=ltr }"] if lang != "en" else []
    for problem in ordered or [Problem(None, None, "unknown error")]:
        text = " ".join(str(_relative(problem, root)).split())
        body += ["", f"    {escape_markdown(text)}", *ltr]
    return "\n".join(body) + "\n"


def _relative(problem: Problem, root: Path | None) -> Problem:
    if root is None or problem.path is None:
        return problem
    try:
        return replace(problem, path=problem.path.resolve().relative_to(root.resolve()))
    except ValueError:
        return problem
