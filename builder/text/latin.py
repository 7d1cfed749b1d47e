"""Latin forms of names: ASCII slugs and ids, and a plain reading of Arabic words.

One table (``data/transliteration.yml``) serves every Latin form the tool makes of Arabic:
record ids (``arabic_id``), article folder names and any fallback spelling, so that the same
word is never spelt two ways by two modules.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from builder import data
from builder.text.chars import TATWEEL

_UNSAFE = re.compile(r"[^a-z0-9]+")


def slugify(text: str, empty: str = "x") -> str:
    """ASCII slug of Latin text: "Vladimir Putin" → vladimir-putin (``empty`` when nothing is
    left)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _UNSAFE.sub("-", ascii_text.lower()).strip("-") or empty


@cache
def _table() -> dict[str, dict[str, str]]:
    raw = data.load("transliteration")
    return {
        part: {str(k): str(v or "") for k, v in (raw.get(part) or {}).items()}
        for part in ("letters", "medial", "final")
    }


def transliterate(word: str) -> str:
    """A plain ASCII reading of one Arabic word (other scripts pass through, lower-cased):
    سوتشي → sutshi. Not a romanisation: short vowels are not written in Arabic."""
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


def arabic_id(text: str) -> str:
    """A stable ASCII id for a name with no English form: the plain reading of each word,
    hyphenated (فلاديمير بوتين → fladimir-butin). An identifier, never shown as a name."""
    return slugify(" ".join(transliterate(w) for w in text.split()))


def words_slug(words: list[str], limit: int) -> str:
    """``words`` made safe and joined with hyphens, cut at a word boundary to ``limit``."""
    kept: list[str] = []
    for word in words:
        for part in _UNSAFE.sub(" ", word.lower()).split():
            if len("-".join([*kept, part])) > limit:
                return "-".join(kept)
            kept.append(part)
    return "-".join(kept)


def _mark(char: str) -> bool:
    """Diacritics, tatweel and invisible format characters: dropped before transliterating."""
    return char == TATWEEL or unicodedata.category(char) in ("Mn", "Me", "Cf")
