"""The definite article of English names in running text: "the United States", "the Yemeni
government", but "Hamas" and "Human Rights Watch". Lists in ``data/english_article.yml``."""

from __future__ import annotations

import re
from functools import cache

from builder import data

PLACE_KINDS = frozenset({"country", "place"})
BODY_KINDS = frozenset({"organization", "group"})


@cache
def _last_words() -> dict[str, frozenset[str]]:
    raw = data.load("english_article")
    return {key: frozenset(str(w).lower() for w in raw[key]) for key in ("places", "bodies")}


@cache
def _word_acronyms() -> frozenset[str]:
    return frozenset(str(w) for w in data.load("english_article").get("word_acronyms") or ())


def _spelt_acronym(word: str) -> bool:
    """FBI, UN, YPG: capitals read letter by letter (not NATO, read as a word)."""
    return (
        2 <= len(word) <= 5 and word.isupper() and word.isalpha() and word not in _word_acronyms()
    )


def takes_article(name: str, kind: str) -> bool:
    """Whether ``name`` of an actor of ``kind`` reads "the <name>" inside a sentence."""
    # Houthis (Ansar Allah): the name before the aside; Syrian Observatory for Human Rights:
    # the head before its complement
    head = re.split(r" (?:of|for) ", name.split(" (")[0], maxsplit=1)[0]
    words = head.split()
    if not words or words[0].lower() == "the":
        return False
    if kind in PLACE_KINDS:
        lists = _last_words()["places"]
    elif kind in BODY_KINDS:
        if _spelt_acronym(words[-1]):
            return True
        lists = _last_words()["bodies"]
    else:
        return False
    return words[-1].lower().strip(".,") in lists


def in_sentence(name: str, kind: str) -> str:
    """``name`` as it stands inside an English sentence (after a preposition or a verb)."""
    return f"the {name}" if takes_article(name, kind) else name
