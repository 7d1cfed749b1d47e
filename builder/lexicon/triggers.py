"""Event trigger words and the sentences that tell each kind (``data/event_words.yml``)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache

from builder import data
from builder.analyse.phrases import PhraseIndex
from builder.text.normalize import normalize


@dataclass(frozen=True)
class EventKind:
    kind: str
    en: str
    ar: str
    weak: bool = False
    """An ambiguous trigger (a reporting verb, "شن"): it dates an event only when nothing
    stronger is in its clause."""
    say: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, hash=False)
    """Sentence templates by language, the fullest first (see the data file)."""
    counts: frozenset[str] = field(default=frozenset(), compare=False, hash=False)
    """The figure kinds its clause may count for it (casualties, military, people)."""
    names: PhraseIndex[tuple[str, str]] | None = field(default=None, compare=False, hash=False)
    """What a trigger word says more exactly than the kind: حريق is a fire, (English,
    Arabic) for the generated sentence."""


@dataclass(frozen=True)
class Governed:
    """Trigger phrases (``then``) that a word of ``opens`` a few tokens before makes one
    happening of ``kind``: وقف "دائم" لإطلاق النار."""

    opens: frozenset[str]
    then: PhraseIndex[bool] = field(compare=False, hash=False)
    within: int = 3
    kind: EventKind | None = None


class Triggers:
    def __init__(self) -> None:
        raw = data.load("event_words")
        self.events: PhraseIndex[EventKind] = PhraseIndex()
        self.rank = {item["kind"]: n for n, item in enumerate(raw["events"])}
        """Salience of each kind: the data file lists the weightiest first (war, conflict…)."""
        never = [str(w) for w in raw.get("not_triggers") or ()]
        self.not_triggers = frozenset(normalize(w) for w in never if " " not in w)
        """Words that are never triggers, whatever their stems (وزارة is no visit)."""
        self.not_phrases: PhraseIndex[bool] = PhraseIndex((w, True) for w in never if " " in w)
        """Phrases whose words are no triggers (نظام الحكم "the system of rule": no ruling)."""
        self.attributions: PhraseIndex[bool] = PhraseIndex(
            (str(w), True) for w in raw.get("attributions") or ()
        )
        """Words before a reporting verb that make it an attribution (وفق ما ذكرت)."""
        self.reporting = frozenset(normalize(str(w)) for w in raw.get("reporting") or ())
        """Verbs by which a source reports the happening their sentence tells (أفاد، ذكر)."""
        first = raw.get("first_person") or {}
        self.first_person = frozenset(normalize(str(w)) for w in first.get("words") or ())
        """Words that open a speaker's own sentence (لن نسمح, نحن مستعدون)."""
        self.first_person_prefixes = tuple(normalize(str(w)) for w in first.get("prefixes") or ())
        """The first person's future written onto a verb (سنضرب)."""
        self.governed: list[Governed] = []
        """Triggers another kind's word governs from a few words before (وقف … لإطلاق النار)."""
        self.kinds: dict[str, EventKind] = {}
        """Each kind with its phrases, for generated sentences."""
        self.generic: EventKind | None = None
        """The kind of a dated happening no trigger names (``generic: true``)."""
        for item in raw["events"]:
            say = {
                lang: tuple(str(t) for t in forms)
                for lang, forms in (item.get("say") or {}).items()
            }
            counts = frozenset(str(c) for c in item.get("counts") or ())
            names: PhraseIndex[tuple[str, str]] = PhraseIndex(
                (str(form), (str(n["en"]), str(n["ar_name"])))
                for n in item.get("names") or ()
                for form in n["ar"]
            )
            kind = EventKind(
                item["kind"], item["en"], item["ar"], say=say, counts=counts, names=names
            )
            self.kinds[kind.kind] = kind
            if item.get("generic"):
                self.generic = kind
            for form in item.get("triggers") or ():
                self.events.add(str(form), kind)
            weak = replace(kind, weak=True)
            for form in item.get("weak") or ():
                self.events.add(str(form), weak)
        for item in raw.get("governed") or ():
            self.governed.append(
                Governed(
                    frozenset(normalize(str(w)) for w in item["opens"]),
                    PhraseIndex((str(w), True) for w in item["then"]),
                    int(item["within"]),
                    self.kinds[str(item["kind"])],
                )
            )


@cache
def triggers() -> Triggers:
    return Triggers()


def reports(word: str) -> bool:
    """A normalised word is a source's reporting verb, with و or ف on it or not (وأفاد)."""
    verbs = triggers().reporting
    return word in verbs or (word[:1] in "وف" and word[1:] in verbs)
