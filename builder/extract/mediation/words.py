"""The mediation vocabulary of ``data/mediation_words.yml``: triggers by kind and form,
envoy titles and verbs, talks, outcomes and the words skipped between a trigger and its
mediator."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from builder import data
from builder.analyse.phrases import PhraseIndex
from builder.text.normalize import normalize

SIDE_KINDS = {"country", "group", "person", "organization"}


@dataclass(frozen=True)
class Trigger:
    kind: str
    form: str
    """``by``, ``verbs`` or ``roles``."""
    process: bool = False
    """The words have other senses: they mediate only where a process is named."""
    generic: bool = False
    """A bare role (وسيط, الوساطة): its holder must be named after it, or a «بين» be near."""


@dataclass(frozen=True)
class Outcome:
    en: str
    ar: str


class Lexicon:
    def __init__(self) -> None:
        raw = data.load("mediation_words")
        self.triggers: PhraseIndex[Trigger] = PhraseIndex()
        for group, forms in raw["kinds"].items():
            kind = str(forms.get("kind") or group)
            process = bool(forms.get("process"))
            for form in ("by", "verbs", "roles"):
                for phrase in forms.get(form) or ():
                    generic = form == "roles" and kind == "mediated"
                    self.triggers.add(str(phrase), Trigger(kind, form, process, generic))
        self.envoy_titles: PhraseIndex[bool] = PhraseIndex(
            (str(w), True) for w in raw["envoy_titles"]
        )
        self.envoy_verbs: PhraseIndex[bool] = PhraseIndex(
            (str(w), True) for w in raw["envoy_verbs"]
        )
        self.adjectives = {normalize(str(k)): str(v) for k, v in raw["adjectives"].items()}
        self.talks: PhraseIndex[bool] = PhraseIndex((str(w), False) for w in raw["talks"])
        """Talks a country may host; the value says whether the word is a verb (يلتقي)."""
        for verb in raw["meeting_verbs"]:
            self.talks.add(str(verb), True)
        self.offer_verbs = frozenset(normalize(str(w)) for w in raw["offer_verbs"])
        self.relative_verbs = frozenset(normalize(str(w)) for w in raw["relative_verbs"])
        self.gathering = frozenset(normalize(str(w)) for w in raw["gathering"])
        self.pronoun_that = frozenset(normalize(str(w)) for w in raw["pronoun_that"])
        self.led_by = frozenset(normalize(str(w)) for w in raw["led_by"])
        self.false_friends: PhraseIndex[bool] = PhraseIndex(
            (str(w), True) for w in raw["false_friends"]
        )
        self.multilateral = frozenset(normalize(str(w)) for w in raw["multilateral"])
        self.sidelines = frozenset(normalize(str(w)) for w in raw["sidelines"])
        self.sport = frozenset(normalize(str(w)) for w in raw["sport"])
        self.process: PhraseIndex[bool] = PhraseIndex((str(w), True) for w in raw["process"])
        self.urging: PhraseIndex[bool] = PhraseIndex((str(w), True) for w in raw["urging_verbs"])
        self.outcomes: list[tuple[PhraseIndex[bool], Outcome]] = [
            (PhraseIndex((str(w), True) for w in item["match"]), Outcome(item["en"], item["ar"]))
            for item in raw["outcomes"]
        ]


@cache
def lexicon() -> Lexicon:
    return Lexicon()
