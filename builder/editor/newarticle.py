"""``explainer new``: turn a pasted article into ``content/articles/<slug>/article.ar.md``.

The first non-empty line is the headline; the body is kept exactly as pasted (the loader
leaves the repeated headline and page furniture out of the explainer, never out of the file).
An existing folder is never overwritten: the slug gets ``-2``, ``-3``… instead. (Whether the
story is already there is :mod:`builder.editor.duplicates`' question, asked first.)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from builder.editor.slugs import article_slug, unique_slug
from builder.errors import ExplainerError, Problem
from builder.load.site import ARTICLE_FILE, ARTICLES


@dataclass(frozen=True)
class Pasted:
    """A pasted article, split into its headline and its body."""

    headline: str
    body: str


def parse_pasted(text: str, origin: Path | None = None) -> Pasted:
    """The headline (first non-empty line) and the body (everything, as pasted)."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise ExplainerError(
            Problem(
                origin,
                None,
                "there is no text to add",
                "paste the article: the headline on the first line, then the body",
            )
        )
    if lines[first].strip() == "---":
        raise ExplainerError(
            Problem(
                origin,
                first + 1,
                "this text already starts with front matter ('---')",
                f"it looks like an article file already: copy it to content/{ARTICLES}/<slug>/{ARTICLE_FILE}",
            )
        )
    headline = " ".join(lines[first].strip().lstrip("#").split())
    body = "\n".join(lines[first:]).strip("\n")
    body = "\n".join(line.rstrip() for line in body.split("\n"))
    if not any(line.strip() for line in lines[first + 1 :]):
        raise ExplainerError(
            Problem(
                origin,
                first + 1,
                "only a headline was pasted",
                "paste the whole article: the headline on the first line, then the body",
            )
        )
    if not headline:
        raise ExplainerError(Problem(origin, first + 1, "the first line (the headline) is empty"))
    return Pasted(headline, body + "\n")


@dataclass(frozen=True)
class Origin:
    """Where the article was published (front matter ``source`` and ``url``), when given."""

    source: str | None = None
    url: str | None = None


def article_text(
    pasted: Pasted, published: date, title_en: str | None = None, origin: Origin | None = None
) -> str:
    """The content of ``article.ar.md``: front matter, a blank line, the body as pasted."""
    front = {"title": pasted.headline}
    if title_en and title_en.strip():
        front["title_en"] = " ".join(title_en.split())
    dumped = yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=10_000).strip()
    more = {
        key: " ".join(value.split())
        for key, value in (("source", origin and origin.source), ("url", origin and origin.url))
        if value and value.strip()
    }
    extra = (
        "\n" + yaml.safe_dump(more, allow_unicode=True, sort_keys=False, width=10_000).strip()
        if more
        else ""
    )
    return f"---\n{dumped}\npublished: {published.isoformat()}{extra}\n---\n\n{pasted.body}"


def create_article(
    content: Path,
    pasted: Pasted,
    published: date,
    title_en: str | None = None,
    origin: Origin | None = None,
) -> Path:
    """Write a new article folder under ``content/articles``; returns the article file.

    The folder is created exclusively, so two editors adding the same story at once get two
    folders, and nothing is ever overwritten."""
    base = content / ARTICLES
    base.mkdir(parents=True, exist_ok=True)
    slug = article_slug(published, pasted.headline, title_en)
    taken = {p.name for p in base.iterdir()}
    while True:
        candidate = unique_slug(slug, taken)
        folder = base / candidate
        try:
            folder.mkdir()
        except FileExistsError:
            taken.add(candidate)
            continue
        break
    path = folder / ARTICLE_FILE
    with path.open("x", encoding="utf-8", newline="\n") as fp:
        fp.write(article_text(pasted, published, title_en, origin))
    return path
