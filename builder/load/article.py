"""Read one article file: decode, split front matter, find paragraphs, drop page furniture."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from builder.errors import ExplainerError, Problem, Severity
from builder.load.boilerplate import dateline_length, is_boilerplate
from builder.load.files import read_bytes
from builder.load.frontmatter import split, validate_article, visible
from builder.records import Paragraph, Span
from builder.text.chars import BIDI_RE, DROPPED_ON_READ_RE

MAX_BYTES = 8 * 1024 * 1024
"""Largest content file read at all (glossaries, corrections)."""
MAX_ARTICLE_BYTES = 256 * 1024
"""Largest article (or translation) file: ten times the longest real news article seen, and
small enough that the extractor's work stays bounded."""
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*")
# Characters that never belong in an article are dropped on reading, each class reported in
# its own words (see builder.text.chars): controls, and bidi controls.
_DROPPED = DROPPED_ON_READ_RE
_BIDI = BIDI_RE


@dataclass
class Article:
    """An article as the editor wrote it, validated, with the parts the explainer uses."""

    path: Path
    slug: str
    title: str
    published: date
    body: str
    """The text after the front matter, as written (line ends normalised to \\n; control
    characters and bidi controls dropped, see :func:`read_content`)."""
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


def read_text(path: Path, limit: int = MAX_BYTES, within: Path | None = None) -> str:
    """Read a content file as UTF-8 text with \\n line ends; errors name the file and line.

    Control characters and bidi controls are dropped (see :func:`read_content`)."""
    return read_content(path, limit, within)[0]


def read_content(
    path: Path, limit: int = MAX_BYTES, within: Path | None = None
) -> tuple[str, list[Problem]]:
    """Read a content file as UTF-8 text with \\n line ends, and the warnings about what was
    dropped: NUL and other control characters, bidi embedding/override/isolate controls. A
    BOM is accepted; CRLF and CR line ends become \\n. Raises ExplainerError naming the file
    (and the line, for bad UTF-8) when the file cannot be used.

    The file must be a regular file inside ``within`` (by default its own folder) after
    following links (see :mod:`builder.load.files`)."""
    raw = read_bytes(path, limit, path.parent if within is None else within)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line_start = max(raw.rfind(b"\n", 0, exc.start), raw.rfind(b"\r", 0, exc.start)) + 1
        line = raw.count(b"\n", 0, exc.start) + 1
        if b"\n" not in raw:
            line = raw.count(b"\r", 0, exc.start) + 1
        column = len(raw[line_start : exc.start].decode("utf-8", errors="replace")) + 1
        bad = raw[exc.start : max(exc.end, exc.start + 1)][:4].hex(" ").upper()
        raise ExplainerError(
            Problem(
                path,
                line,
                f"the file is not valid UTF-8 (byte {bad} at character {column} of the line)",
                "save it as UTF-8 (Unicode)",
            )
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    warnings: list[Problem] = []
    if _DROPPED.search(text):
        found = [(m.start(), m.group()) for m in _DROPPED.finditer(text)]
        bidi = [(at, ch) for at, ch in found if _BIDI.match(ch)]
        other = [(at, ch) for at, ch in found if not _BIDI.match(ch)]
        for group, what, hint in (
            (
                bidi,
                "bidi control character",
                "they are invisible and can make a line display in another order than it "
                "reads; remove them from the file",
            ),
            (
                other,
                "control character",
                "they are invisible, usually left by a copy from another program; remove "
                "them from the file",
            ),
        ):
            if not group:
                continue
            at = group[0][0]
            names = sorted({f"U+{ord(c):04X}" for _, c in group})
            count = f"{len(group)} {what}{'s' if len(group) > 1 else ''}"
            warnings.append(
                Problem(
                    path,
                    text.count("\n", 0, at) + 1,
                    f"{count} ({', '.join(names[:5])}{'…' if len(names) > 5 else ''}) "
                    "removed from the text, first on this line",
                    hint,
                    Severity.WARNING,
                )
            )
        text = _DROPPED.sub("", text)
    return text, warnings


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


def split_furniture(body: str, title: str) -> tuple[list[Paragraph], list[Paragraph]]:
    """The body's paragraphs kept for the explainer (renumbered) and those left out as page
    furniture (the headline repeated first, comment forms, navigation)."""
    kept: list[Paragraph] = []
    dropped: list[Paragraph] = []
    for para in paragraphs_of(body):
        chunk = body[para.span.start : para.span.end]
        if is_boilerplate(chunk, title, first=not kept and not dropped):
            dropped.append(para)
            continue
        span = para.span
        if not kept:  # a dateline opens the first paragraph of wire copy
            cut = dateline_length(chunk)
            span = Span(span.start + cut, span.end)
        kept.append(Paragraph(len(kept), span))
    return kept, dropped


def load_article(
    path: Path, slug: str | None = None, today: date | None = None, within: Path | None = None
) -> Article:
    """Load and validate ``article.ar.md``; raises ExplainerError for anything unusable.

    ``today`` is the date after which ``published`` is refused as a typo (by default the
    real date, with a day's grace for time zones); ``within`` is the folder the file must
    stay in after following links (by default its own)."""
    text, warnings = read_content(path, MAX_ARTICLE_BYTES, within)
    fm = split(text, path)
    if today is None:
        today = date.today() + timedelta(days=1)
    warnings += validate_article(fm, path, today)
    data = fm.data
    body = text[fm.body_offset :]
    title = data["title"]
    kept, dropped = split_furniture(body, title)
    if not kept:
        raise ExplainerError(
            Problem(
                path,
                fm.body_line,
                "the article has no text after the front matter, only the headline "
                "or page furniture"
                if any(visible(body[p.span.start : p.span.end]) for p in dropped)
                else "the article has no text after the front matter",
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
