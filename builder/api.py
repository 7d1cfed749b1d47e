"""A small stable API for scripts, tests and evaluation: extract facts from text."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from builder.analyse.document import document_from_article, make_document
from builder.extract import extract
from builder.load.article import load_article, paragraphs_of
from builder.load.boilerplate import is_boilerplate
from builder.records import Facts, Paragraph


def extract_facts(text: str, title: str, published: date, slug: str = "article") -> Facts:
    """Facts of an article given as plain text (paragraphs separated by blank lines)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    kept: list[Paragraph] = []
    for para in paragraphs_of(text):
        chunk = text[para.span.start : para.span.end]
        if not is_boilerplate(chunk, title, first=para.index == 0):
            kept.append(Paragraph(len(kept), para.span))
    return extract(make_document(slug, title, published, text, kept))


def extract_text(text: str, title: str, published: date) -> dict[str, Any]:
    """The ``extract --json`` contract for plain text."""
    return extract_facts(text, title, published).to_json()


def extract_file(path: Path) -> Facts:
    """Facts of one article file (``article.ar.md`` or any Markdown file with front matter)."""
    article = load_article(path)
    facts = extract(document_from_article(article))
    facts.title_en = article.title_en
    return facts
