"""A small stable API for scripts, tests and evaluation: extract facts from text or a file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from builder.analyse.document import make_document
from builder.errors import ExplainerError, Problem, Severity
from builder.extract import extract
from builder.lexicon.gazetteer import Gazetteer, shipped
from builder.load.article import split_furniture
from builder.load.site import GLOSSARY_FILE, ArticleFolder
from builder.pipeline import article_facts, site_gazetteer
from builder.records import Facts
from builder.render.sentences import describe


def extract_facts(
    text: str,
    title: str,
    published: date,
    slug: str = "article",
    gazetteer: Gazetteer | None = None,
) -> Facts:
    """Facts of an article given as plain text (paragraphs separated by blank lines)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    kept, _ = split_furniture(text, title)
    if not kept and not title.strip():
        raise ExplainerError(Problem(None, None, "the article is empty: no headline and no text"))
    doc = make_document(slug, title, published, text, kept)
    return describe(extract(doc, gazetteer or shipped()))


def extract_text(text: str, title: str, published: date) -> dict[str, Any]:
    """The ``extract --json`` contract for plain text."""
    return extract_facts(text, title, published).to_json()


def content_folder(article: Path) -> Path | None:
    """The content folder an article file lives in (the nearest with a glossary), if any."""
    for parent in article.resolve().parents:
        if (parent / GLOSSARY_FILE).is_file():
            return parent
    return None


def extract_file(path: Path, corrected: bool = False) -> Facts:
    """Facts of one article file (``article.ar.md`` or any Markdown file with front matter),
    with the glossary of its content folder and its translation's headline; with
    ``corrected``, the editor's ``explainer.yml`` beside it is applied. Raises ExplainerError
    when the article (or, with ``corrected``, its corrections) cannot be used."""
    content = content_folder(path)
    gazetteer, problems = site_gazetteer(content) if content else (shipped(), [])
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if errors:
        raise ExplainerError(*errors)
    folder = ArticleFolder(path.parent.name, path.parent, content or path.parent, path.name)
    result = article_facts(folder, gazetteer, corrected=corrected)
    if result.facts is None:
        raise ExplainerError(*[p for p in result.problems if p.severity is Severity.ERROR])
    return result.facts
