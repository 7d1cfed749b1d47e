"""Folder names (slugs) for new articles: readable, stable, unique and safe as a path.

``YYYY-MM-DD-`` then up to six words of the English headline, or a short transliteration of
the first Arabic words when there is none: ``2022-10-31-russia-brokers-a-pledge-by-armenia``,
``2022-10-31-busata-aldb-alrusi-ttfq``. Only ``[a-z0-9-]``, at most 80 characters; ``-2``,
``-3``… when the name is taken.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import cache
from importlib import resources

import yaml

MAX_LENGTH = 80
ENGLISH_WORDS = 6
ARABIC_WORDS = 4
_TATWEEL = "\u0640"
_UNSAFE = re.compile(r"[^a-z0-9]+")


@cache
def _table() -> dict[str, dict[str, str]]:
    text = resources.files(__package__).joinpath("transliteration.yml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    return {
        part: {k: str(v or "") for k, v in (data.get(part) or {}).items()}
        for part in ("letters", "medial", "final")
    }


def transliterate(word: str) -> str:
    """A rough ASCII reading of one Arabic word (other scripts pass through, lower-cased)."""
    table = _table()
    letters = [c for c in unicodedata.normalize("NFC", word) if not _mark(c)]
    out = []
    for i, char in enumerate(letters):
        if char.isdigit():
            out.append(str(unicodedata.digit(char, 0)))
            continue
        last = i == len(letters) - 1
        if last and i > 0 and char in table["final"]:
            out.append(table["final"][char])
        elif i > 0 and not last and char in table["medial"]:
            out.append(table["medial"][char])
        elif char in table["letters"]:
            out.append(table["letters"][char])
        else:
            out.append(
                unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode().lower()
            )
    return "".join(out)


def words_slug(words: list[str], limit: int) -> str:
    """``words`` made safe and joined with hyphens, cut at a word boundary to ``limit``."""
    kept: list[str] = []
    for word in words:
        for part in _UNSAFE.sub(" ", word.lower()).split():
            if len("-".join([*kept, part])) > limit:
                return "-".join(kept)
            kept.append(part)
    return "-".join(kept)


def article_slug(published: date, title: str, title_en: str | None = None) -> str:
    """The preferred slug of an article (before making it unique)."""
    prefix = published.isoformat()
    room = MAX_LENGTH - len(prefix) - 1 - 3  # keep room for "-NN"
    tail = ""
    if title_en:
        english = unicodedata.normalize("NFKD", title_en).encode("ascii", "ignore").decode()
        tail = words_slug(_UNSAFE.sub(" ", english.lower()).split()[:ENGLISH_WORDS], room)
    if not tail:
        arabic = [transliterate(w) for w in title.split()[:ARABIC_WORDS]]
        tail = words_slug([w for w in arabic if w], min(room, 40))
    return f"{prefix}-{tail or 'article'}"


def unique_slug(slug: str, taken: set[str]) -> str:
    """``slug``, or ``slug-2``, ``slug-3``… the first that is not in ``taken``."""
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    return candidate


def _mark(char: str) -> bool:
    """Diacritics, tatweel and invisible format characters: dropped before transliterating."""
    return char == _TATWEEL or unicodedata.category(char) in ("Mn", "Me", "Cf")
