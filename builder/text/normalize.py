"""Arabic normalisation for matching only: the text shown to readers stays as written."""

from __future__ import annotations

import unicodedata
from functools import cache

from builder.text.chars import DIACRITICS_RE as _DIACRITICS
from builder.text.chars import INVISIBLE_RE as INVISIBLE
from builder.text.chars import TATWEEL

_LETTERS = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ی": "ي",  # Persian yeh
        "ې": "ي",
        "ک": "ك",  # Persian keheh
        "ڤ": "ف",  # ve, used for v in names (يريڤان)
        "پ": "ب",
        "گ": "ك",
        "چ": "ج",
        "ژ": "ز",
        "٠": "0",
        "١": "1",
        "٢": "2",
        "٣": "3",
        "٤": "4",
        "٥": "5",
        "٦": "6",
        "٧": "7",
        "٨": "8",
        "٩": "9",
        "۰": "0",
        "۱": "1",
        "۲": "2",
        "۳": "3",
        "۴": "4",
        "۵": "5",
        "۶": "6",
        "۷": "7",
        "۸": "8",
        "۹": "9",
        "٫": ".",  # Arabic decimal separator
        "٪": "%",
        "٬": ",",  # Arabic thousands separator
        "،": ",",
        "؛": ";",
        "؟": "?",
    }
)


def normalize(text: str) -> str:
    """Fold the spelling variants that Arabic writers mix freely.

    Diacritics, tatweel and invisible characters go; alef/hamza forms become ا, ى becomes ي,
    ة becomes ه; Arabic-Indic and Persian digits become Latin; Latin letters are lower-cased;
    word-level variants from ``data/spelling.yml`` (ديموقراطي → ديمقراطي) are folded.
    """
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKC", text)
    text = _DIACRITICS.sub("", text)
    text = INVISIBLE.sub("", text.replace(TATWEEL, ""))
    text = text.translate(_LETTERS).lower()
    for variant, standard in _folds():
        if variant in text:
            text = text.replace(variant, standard)
    return text


@cache
def _folds() -> tuple[tuple[str, str], ...]:
    from builder import data  # late import: data loading must not run at import time

    pairs = []
    for variant, standard in data.load("spelling")["folds"]:
        a, b = normalize_letters(variant), normalize_letters(standard)
        if a != b:
            pairs.append((a, b))
    return tuple(pairs)


def normalize_letters(text: str) -> str:
    """The letter-level part of :func:`normalize` (no word folds)."""
    text = unicodedata.normalize("NFKC", text)
    return (
        INVISIBLE.sub("", _DIACRITICS.sub("", text).replace(TATWEEL, ""))
        .translate(_LETTERS)
        .lower()
    )


def normalize_phrase(text: str) -> str:
    """Normalise and collapse whitespace: for comparing whole lines and multi-word names."""
    return " ".join(normalize(text).split())


def display(text: str) -> str:
    """Text fit to show: invisible bidi and zero-width characters removed, nothing else."""
    return INVISIBLE.sub("", text)
