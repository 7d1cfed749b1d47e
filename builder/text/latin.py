"""Latin forms of names: ASCII slugs and ids.

Every Latin form the tool makes of Arabic (record ids, article folder names, fallback
spellings) comes from one place, :func:`builder.text.names.english_name`, so the same word
is never spelt two ways by two modules.
"""

from __future__ import annotations

import re
import unicodedata

from builder.text.names import english_name

_UNSAFE = re.compile(r"[^a-z0-9]+")


def slugify(text: str, empty: str = "x") -> str:
    """ASCII slug of Latin text: "Abdel Fattah al-Sisi" → abdel-fattah-al-sisi (``empty`` when nothing is
    left)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _UNSAFE.sub("-", ascii_text.lower()).strip("-") or empty


def arabic_id(text: str, person: bool = False) -> str:
    """A stable, readable ASCII id for a name with no English form in the gazetteer: its
    English spelling, hyphenated (رياك مشار → riak-mashar)."""
    return slugify(english_name(text, person))


def unique_slug(slug: str, taken: set[str]) -> str:
    """``slug``, or ``slug-2``, ``slug-3``… the first that is not in ``taken`` (article
    folders, the ids of facts an editor adds)."""
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    return candidate


def words_slug(words: list[str], limit: int) -> str:
    """``words`` made safe and joined with hyphens, cut at a word boundary to ``limit``."""
    kept: list[str] = []
    for word in words:
        for part in _UNSAFE.sub(" ", word.lower()).split():
            if len("-".join([*kept, part])) > limit:
                return "-".join(kept)
            kept.append(part)
    return "-".join(kept)
