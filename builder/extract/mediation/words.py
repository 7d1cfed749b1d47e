"""The mediation vocabulary of ``data/mediation_words.yml``: triggers by kind and form,
envoy titles and verbs, talks, outcomes and the words skipped between a trigger and its
mediator."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from builder import data
from builder.analyse.phrases import PhraseIndex
from builder.records import ActorKind
from builder.text.latin import slugify
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
    outsider: bool = False
    """Words said of a side as often as of a third party (وفد مصري): they mediate only when
    the one they name is none of the story's sides."""
    sides: bool = False
    """Words a side says of its own doings as well (جهودها): they mediate only where the
    sentence spells out the sides with «بين»."""
    objects: bool = False
    """Verbs of bringing together (جمع): they mediate only where their object names two
    sides, none of them the subject (جمع ماكرون السراج وحفتر)."""
    carries: bool = False
    """Carrying a message (نقل رسالة): it mediates only from one side to another, both named
    (رسالة من كيم إلى ترامب)."""


@dataclass(frozen=True)
class Unnamed:
    """A mediator described, not named: elders, notables, a mediation committee."""

    id: str
    kind: ActorKind
    ar: str
    en: str


@dataclass(frozen=True)
class Outcome:
    en: str
    ar: str
    failure: bool = False
    """A failure (فشلت, لم تنجح) that, just before another outcome's words, is the outcome:
    «لم تنجح في وقف الاشتباكات» is no ceasefire."""


class Lexicon:
    def __init__(self) -> None:
        raw = data.load("mediation_words")
        self.triggers: PhraseIndex[Trigger] = PhraseIndex()
        self.split: dict[str, PhraseIndex[Trigger]] = {}
        """Verb phrases of two words or more by their verb, for the subject told between
        them (VSO: «أجرت مصر اتصالات», «قادت النرويج المفاوضات»): what follows the verb."""
        for group, forms in raw["kinds"].items():
            kind = str(forms.get("kind") or group)
            process = bool(forms.get("process"))
            # Bare roles of mediation (وسيط) need their holder or their sides named.
            generic_roles = bool(forms.get("generic", kind == "mediated"))
            sides = bool(forms.get("sides"))
            outsider = bool(forms.get("outsider"))
            objects = bool(forms.get("objects"))
            carries = bool(forms.get("carries"))
            for form in ("by", "verbs", "roles"):
                for phrase in forms.get(form) or ():
                    generic = form == "roles" and generic_roles
                    trigger = Trigger(
                        kind,
                        form,
                        process=process,
                        generic=generic,
                        outsider=outsider,
                        sides=sides,
                        objects=objects,
                        carries=carries,
                    )
                    self.triggers.add(str(phrase), trigger)
                    if form == "verbs":
                        for variant in _intensified(str(phrase), raw.get("intensifiers") or ()):
                            self.triggers.add(variant, trigger)
                        self._add_split(str(phrase), trigger)
        self.envoy_titles: PhraseIndex[bool] = _phrases(raw, "envoy_titles")
        self.envoy_title_forms = _words(raw, "envoy_titles")
        """The titles as whole normalised phrases, for a person's recorded title."""
        self.envoy_verbs: PhraseIndex[bool] = _phrases(raw, "envoy_verbs")
        self.adjectives = {normalize(str(k)): str(v) for k, v in raw["adjectives"].items()}
        self.talks: PhraseIndex[bool] = PhraseIndex((str(w), False) for w in raw["talks"])
        """Talks a country may host; the value says whether the word is a verb (يلتقي)."""
        for verb in raw["meeting_verbs"]:
            self.talks.add(str(verb), True)
        self.offer_verbs = _words(raw, "offer_verbs")
        self.relative_verbs = _words(raw, "relative_verbs")
        self.gathering = _words(raw, "gathering")
        self.pronoun_that = _words(raw, "pronoun_that")
        self.led_by = _words(raw, "led_by")
        self.false_friends: PhraseIndex[bool] = _phrases(raw, "false_friends")
        self.multilateral = _words(raw, "multilateral")
        self.settling: PhraseIndex[bool] = _phrases(raw, "settling")
        self.topic_markers = _words(raw, "topic_markers")
        self.sidelines = _words(raw, "sidelines")
        self.member_gatherings = _words(raw, "member_gatherings")
        self.sport = _words(raw, "sport")
        self.process: PhraseIndex[bool] = _phrases(raw, "process")
        self.urging: PhraseIndex[bool] = _phrases(raw, "urging_verbs")
        self.backing: PhraseIndex[bool] = _phrases(raw, "backing")
        self.deals: PhraseIndex[bool] = _phrases(raw, "deals")
        self.governments = _words(raw, "governments")
        self.aims: PhraseIndex[bool] = _phrases(raw, "aims")
        self.aim_prepositions = _words(raw, "aim_prepositions")
        self.subject_heads = _words(raw, "subject_heads")
        self.venue_markers = _words(raw, "venue_markers")
        self.unnamed: PhraseIndex[Unnamed] = PhraseIndex()
        self.unnamed_ids: set[str] = set()
        for item in raw["unnamed_mediators"]:
            forms = [str(w) for w in item["ar"]]
            unnamed = Unnamed(
                slugify(str(item["en"])), _actor_kind(item["kind"]), forms[0], str(item["en"])
            )
            self.unnamed_ids.add(unnamed.id)
            for form in forms:
                self.unnamed.add(form, unnamed)
        self.outcomes: list[tuple[PhraseIndex[bool], Outcome]] = [
            (
                PhraseIndex((str(w), True) for w in item["match"]),
                Outcome(item["en"], item["ar"], bool(item.get("failure"))),
            )
            for item in raw["outcomes"]
        ]

    def _add_split(self, phrase: str, trigger: Trigger) -> None:
        verb, _, rest = phrase.partition(" ")
        if rest:
            self.split.setdefault(normalize(verb), PhraseIndex()).add(rest, trigger)


def _intensified(phrase: str, intensifiers: Sequence[str]) -> list[str]:
    """«تسعى للمصالحة» also as «تسعى جاهدة للمصالحة»: each intensifier after the verb of a
    phrase of two words or more."""
    verb, _, rest = phrase.partition(" ")
    return [f"{verb} {word} {rest}" for word in intensifiers] if rest else []


def _actor_kind(value: object) -> ActorKind:
    if value not in ("person", "group"):
        raise ValueError(f"mediation_words.yml: unnamed mediator kind {value!r}")
    return "person" if value == "person" else "group"


def _words(raw: dict[str, Any], key: str) -> frozenset[str]:
    """A list of single words, normalised for comparing with token stems."""
    return frozenset(normalize(str(w)) for w in raw[key])


def _phrases(raw: dict[str, Any], key: str) -> PhraseIndex[bool]:
    """A list of phrases, matched on tokens."""
    return PhraseIndex((str(w), True) for w in raw[key])


@cache
def lexicon() -> Lexicon:
    return Lexicon()
