"""The optional human translation (``article.en.md``), aligned paragraph by paragraph.

Front matter is optional here (``title`` may give the English headline); the body must have
as many paragraphs as the Arabic explainer keeps, so that each English paragraph sits next
to the Arabic one it translates. A mismatch is an error naming both files.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from builder.errors import ExplainerError, Problem
from builder.load.article import MAX_ARTICLE_BYTES, Article, paragraphs_of, read_text
from builder.load.files import present
from builder.load.frontmatter import DELIMITER, split


@dataclass(frozen=True)
class Translation:
    path: Path
    paragraphs: list[str]
    title: str | None = None


def load_translation(
    path: Path, article: Article, within: Path | None = None
) -> Translation | None:
    """The translation of ``article`` at ``path``, or None when there is none (``within``:
    the folder the file must stay in after following links, by default its own)."""
    if not present(path):
        return None
    text = read_text(path, MAX_ARTICLE_BYTES, within)
    title = None
    body = text
    body_line = 1
    if text.startswith(DELIMITER):
        fm = split(text, path)
        raw_title = fm.data.get("title")
        title = " ".join(str(raw_title).split()) if raw_title else None
        body = text[fm.body_offset :]
        body_line = fm.body_line
    paragraphs = [body[p.span.start : p.span.end] for p in paragraphs_of(body)]
    # The headline repeated as the first line is furniture in translations too.
    if paragraphs and title and " ".join(paragraphs[0].split()) == title:
        paragraphs = paragraphs[1:]
    expected = len(article.paragraphs)
    if len(paragraphs) != expected:
        raise ExplainerError(
            Problem(
                path,
                body_line,
                f"the translation has {len(paragraphs)} paragraphs but {article.path.name} has {expected}",
                f"align {path.name} with {article.path} paragraph by paragraph (blank lines separate paragraphs)",
            )
        )
    return Translation(path, [" ".join(p.split()) for p in paragraphs], title)
