"""Turn a loaded article (or any headline + body) into a Document with sentence offsets."""

from __future__ import annotations

from datetime import date

from builder.analyse.sentences import split_sentences
from builder.load.article import Article, paragraphs_of
from builder.records import Document, Paragraph, Sentence, Span

SEPARATOR = "\n\n"


def document_from_article(article: Article) -> Document:
    return make_document(
        article.slug, article.title, article.published, article.body, article.paragraphs
    )


def make_document(
    slug: str,
    title: str,
    published: date,
    body: str,
    paragraphs: list[Paragraph] | None = None,
) -> Document:
    """Document text is the headline, a blank line, then the body as written; sentence 0 is
    the headline and the kept paragraphs' sentences follow."""
    title = " ".join(title.split())
    shift = len(title) + len(SEPARATOR)
    text = title + SEPARATOR + body
    if paragraphs is None:
        paragraphs = paragraphs_of(body)
    shifted = [
        Paragraph(p.index + 1, Span(p.span.start + shift, p.span.end + shift)) for p in paragraphs
    ]
    doc = Document(slug, title, published, text, [Paragraph(0, Span(0, len(title))), *shifted])
    sentences: list[Sentence] = []
    for para in doc.paragraphs:
        for span in split_sentences(text, para.span.start, para.span.end):
            sentences.append(
                Sentence(len(sentences), para.index, span, text[span.start : span.end])
            )
    doc.sentences = sentences
    return doc
