"""Folder names (slugs) for new articles: readable, stable, unique and safe as a path.

``YYYY-MM-DD-`` then up to six words of the English headline, or, when there is none, the
first Arabic words with the names the gazetteer knows in English and the rest transliterated:
``2022-10-31-russia-brokers-a-pledge-by-armenia``, ``2018-05-01-philippines-tarsal-wafda-lahl``. Only ``[a-z0-9-]``, at most 80 characters; ``-2``,
``-3``… when the name is taken.
"""

from __future__ import annotations

from datetime import date

from builder.analyse.tokens import tokenize
from builder.lexicon.gazetteer import shipped
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
        tail = words_slug(_headline_words(title), min(room, 40))
    return f"{prefix}-{tail or 'article'}"


def _headline_words(title: str) -> list[str]:
    """The first words of an Arabic headline in Latin letters: a name the gazetteer knows as
    English news writes it (واشنطن → Washington, الفلبين → Philippines), any other word
    transliterated."""
    gaz = shipped()
    tokens = [t for t in tokenize(title) if t.kind != "sym"][:ARABIC_WORDS]
    words: list[str] = []
    k = 0
    while k < len(tokens):
        known = gaz.match(tokens, k)
        name = known.value.entity.name.en if known is not None else None
        if known is not None and name and known.value.via == "name":
            words += name.split(" (")[0].removeprefix("the ").split()
            k = known.end
            continue
        words += english_name(tokens[k].text).split()
        k += 1
    return [w for w in words if w]
