"""A small stable API for scripts, tests and evaluation: extract facts from text or a file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from builder.analyse.document import document_from_article, make_document
from builder.correct import correct_facts
from builder.errors import ExplainerError, Problem
from builder.extract import extract
from builder.extract.gazetteer import Gazetteer, gazetteer_for, shipped
from builder.load.article import load_article, split_furniture
from builder.load.glossary import require_glossary
from builder.load.site import CORRECTIONS_FILE, GLOSSARY_FILE
from builder.records import Facts


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
    return extract(make_document(slug, title, published, text, kept), gazetteer or shipped())


def extract_text(text: str, title: str, published: date) -> dict[str, Any]:
    """The ``extract --json`` contract for plain text."""
    return extract_facts(text, title, published).to_json()


def find_glossary(article: Path) -> Path | None:
    """The glossary of the content folder an article file lives in, if any."""
    for parent in article.resolve().parents:
        candidate = parent / GLOSSARY_FILE
        if candidate.is_file():
            return candidate
    return None


def extract_file(path: Path, corrected: bool = False) -> Facts:
    """Facts of one article file (``article.ar.md`` or any Markdown file with front matter),
    using the glossary of its content folder; with ``corrected``, the editor's
    ``explainer.yml`` beside it is applied (raises ExplainerError if it has errors)."""
    article = load_article(path)
    glossary_path = find_glossary(path)
    gazetteer = gazetteer_for(require_glossary(glossary_path)) if glossary_path else shipped()
    facts = extract(document_from_article(article), gazetteer)
    facts.title_en = article.title_en
    if corrected:
        facts, _ = correct_facts(facts, path.parent / CORRECTIONS_FILE)
    return facts
