"""Event and mediation trigger words (``data/event_words.yml``) as phrase indexes."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from builder import data
from builder.analyse.phrases import PhraseIndex


@dataclass(frozen=True)
class EventKind:
    kind: str
    en: str
    ar: str
    weak: bool = False


class Triggers:
    def __init__(self) -> None:
        raw = data.load("event_words")
        self.events: PhraseIndex[EventKind] = PhraseIndex()
        self.rank = {item["kind"]: n for n, item in enumerate(raw["events"])}
        self.kinds = {
            item["kind"]: EventKind(item["kind"], item["en"], item["ar"]) for item in raw["events"]
        }
        """Each kind's phrases, for generated sentences."""
        """Salience of each kind: the data file lists the weightiest first (war, conflict…)."""
        for item in raw["events"]:
            for form in item.get("triggers") or ():
                self.events.add(str(form), EventKind(item["kind"], item["en"], item["ar"]))
            for form in item.get("weak") or ():
                self.events.add(
                    str(form), EventKind(item["kind"], item["en"], item["ar"], weak=True)
                )
        self.mediation: PhraseIndex[str] = PhraseIndex(
            (str(w), "mediation") for w in raw["mediation"]["triggers"]
        )
        self.outcome: PhraseIndex[str] = PhraseIndex(
            (str(w), "outcome") for w in raw["mediation"]["outcome_words"]
        )
        self.background: PhraseIndex[str] = PhraseIndex(
            (str(w), "background") for w in raw["background_cues"]
        )


@cache
def triggers() -> Triggers:
    return Triggers()
