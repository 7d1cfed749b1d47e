"""Counted nouns and units (``data/counted_nouns.yml``): what a number counts."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from builder import data
from builder.analyse.phrases import PhraseIndex
from builder.text.normalize import normalize

HUMAN_KINDS = ("casualties", "people")


@dataclass(frozen=True)
class Noun:
    key: str
    kind: str
    en: dict[str, str]
    """English label by CLDR category (``one``, ``other``)."""
    ar: dict[str, str]
    """Arabic noun form by CLDR category (one, two, few, many, other)."""
    unit: str | None = None
    currency: str | None = None
    human: bool = False
    """It counts persons (its adjectives take the plural of persons: جنود روسيين); by
    default the casualty and people nouns, else ``human: true`` in the data."""


@dataclass(frozen=True)
class NounMatch:
    noun: Noun
    dual: bool
    """The form alone means two (جنديين)."""


@dataclass(frozen=True)
class Refiner:
    en: str
    ar: str


class NounLexicon:
    def __init__(self) -> None:
        raw = data.load("counted_nouns")
        self.nouns: dict[str, Noun] = {}
        self.index: PhraseIndex[NounMatch] = PhraseIndex()
        for item in raw["nouns"]:
            noun = Noun(
                item["key"],
                item.get("kind", "other"),
                item["en"],
                item["ar"],
                item.get("unit"),
                item.get("currency"),
                bool(item.get("human", item.get("kind") in HUMAN_KINDS)),
            )
            self.nouns[noun.key] = noun
            duals = {normalize(d) for d in item.get("dual") or ()}
            for form in item["match"]:
                self.index.add(str(form), NounMatch(noun, normalize(str(form)) in duals))
        # First words of forms that alone mean two (جنديين): checked on every word, so a set.
        self.duals = {
            normalize(str(d)).split()[0] for item in raw["nouns"] for d in item.get("dual") or ()
        }
        self.refiners: PhraseIndex[Refiner] = PhraseIndex(
            (form, Refiner(r["en"], r["ar"]))
            for r in raw.get("refiners", [])
            for form in r["match"]
        )


@cache
def nouns() -> NounLexicon:
    return NounLexicon()
