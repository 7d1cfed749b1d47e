"""Read one article file: decode, split front matter, find paragraphs, drop page furniture."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from builder.errors import ExplainerError, Problem
from builder.load.boilerplate import is_boilerplate
from builder.load.frontmatter import split, validate_article
from builder.records import Paragraph, Span

MAX_BYTES = 8 * 1024 * 1024
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*")


@dataclass
class Article:
    """An article as the editor wrote it, validated, with the parts the explainer uses."""

    path: Path
    slug: str
    title: str
    published: date
    body: str
    """The text after the front matter, as written (line ends normalised to \\n)."""
    body_line: int
    paragraphs: list[Paragraph]
    """Paragraphs kept for the explainer, with spans into ``body``."""
    dropped: list[Paragraph] = field(default_factory=list)
    """Paragraphs left out as page furniture (headline repeat, comment forms…)."""
    title_en: str | None = None
    source: str | None = None
    url: str | None = None
    warnings: list[Problem] = field(default_factory=list)

    def line_of(self, offset: int) -> int:
        """File line of a body offset, for messages."""
        return self.body_line + self.body.count("\n", 0, offset)


def read_text(path: Path) -> str:
    """Read a content file as UTF-8 text with \\n line ends; errors name the file and line."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ExplainerError(Problem(path, None, f"cannot read the file: {exc.strerror}")) from None
    if len(raw) > MAX_BYTES:
        raise ExplainerError(
            Problem(
                path,
                None,
                f"the file is larger than {MAX_BYTES // 2**20} MB",
                "split it or trim it",
            )
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise ExplainerError(
            Problem(path, line, "the file is not valid UTF-8", "save it as UTF-8 (Unicode)")
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        text = text.replace("\x00", "")
    return text


def paragraphs_of(body: str) -> list[Paragraph]:
    """Paragraphs are separated by blank lines; spans exclude surrounding whitespace."""
    result: list[Paragraph] = []
    start = 0
    for match in [*_PARAGRAPH_BREAK.finditer(body), None]:
        end = match.start() if match else len(body)
        chunk = body[start:end]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            result.append(Paragraph(len(result), Span(start + lead, start + lead + len(stripped))))
        if match:
            start = match.end()
    return result


def load_article(path: Path, slug: str | None = None, today: date | None = None) -> Article:
    """Load and validate ``article.ar.md``; raises ExplainerError for anything unusable."""
    text = read_text(path)
    fm = split(text, path)
    warnings = validate_article(fm, path, today)
    data = fm.data
    body = text[fm.body_offset :]
    title = " ".join(str(data["title"]).split())
    kept: list[Paragraph] = []
    dropped: list[Paragraph] = []
    for para in paragraphs_of(body):
        chunk = body[para.span.start : para.span.end]
        if is_boilerplate(chunk, title, first=not kept and not dropped):
            dropped.append(para)
        else:
            kept.append(Paragraph(len(kept), para.span))
    if not kept:
        raise ExplainerError(
            Problem(
                path,
                fm.body_line,
                "the article has no text after the front matter",
                "paste the article body below the closing '---'",
            )
        )
    return Article(
        path=path,
        slug=slug or path.parent.name,
        title=title,
        published=data["published"],
        body=body,
        body_line=fm.body_line,
        paragraphs=kept,
        dropped=dropped,
        title_en=data.get("title_en"),
        source=data.get("source"),
        url=data.get("url"),
        warnings=warnings,
    )
