"""Folder names (slugs) for new articles: readable, stable, unique and safe as a path.

``YYYY-MM-DD-`` then up to six words of the English headline, or a short transliteration of
the first Arabic words when there is none: ``2022-10-31-russia-brokers-a-pledge-by-armenia``,
``2022-10-31-busata-aldb-alrusi-ttfq``. Only ``[a-z0-9-]``, at most 80 characters; ``-2``,
``-3``… when the name is taken.
"""

from __future__ import annotations

from datetime import date

from builder.text.latin import slugify, unique_slug, words_slug
from builder.text.names import english_name

__all__ = ["MAX_LENGTH", "article_slug", "unique_slug"]

MAX_LENGTH = 80
ENGLISH_WORDS = 6
ARABIC_WORDS = 4


def article_slug(published: date, title: str, title_en: str | None = None) -> str:
    """The preferred slug of an article (before making it unique)."""
    prefix = published.isoformat()
    room = MAX_LENGTH - len(prefix) - 1 - 3  # keep room for "-NN"
    tail = ""
    if title_en:
        english = slugify(title_en, empty="").split("-")
        tail = words_slug(english[:ENGLISH_WORDS], room)
    if not tail:
        arabic = english_name(" ".join(title.split()[:ARABIC_WORDS])).split()
        tail = words_slug([w for w in arabic if w], min(room, 40))
    return f"{prefix}-{tail or 'article'}"
