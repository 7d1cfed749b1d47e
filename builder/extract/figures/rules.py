"""The figure rules of ``data/figure_rules.yml``: identifier cues, list linkers, the words
that mark totals, shares, "others" and trailing qualifiers."""

from __future__ import annotations

from functools import cache

from builder import data
from builder.analyse.phrases import PhraseIndex
from builder.records import Qualifier
from builder.text.normalize import normalize


class _Rules:
    def __init__(self) -> None:
        raw = data.load("figure_rules")
        self.identifier_cues = {normalize(w) for w in raw["identifier_cues"]}
        self.near_cues = {normalize(w) for w in raw.get("identifier_cues_near") or ()}
        self.window = int(raw["identifier_window"])
        self.linkers = {normalize(w) for w in raw["list_linkers"]}
        self.total_cues = {normalize(w) for w in raw["total_cues"]}
        self.others = frozenset(normalize(w) for w in raw["others_words"])
        self.causes = frozenset(normalize(w) for w in raw.get("cause_words") or ())
        self.among = frozenset(normalize(w) for w in raw["among_words"])
        self.dual_kinds = set(raw["dual_kinds"])
        self.not_nouns = {normalize(w) for w in raw["not_nouns"]}
        self.relative_periods = frozenset(normalize(w) for w in raw["relative_periods"])
        self.clock_after = frozenset(normalize(w) for w in raw["clock_after"])
        self.turnout_words: PhraseIndex[bool] = PhraseIndex(
            (str(w), True) for w in raw.get("turnout_words") or ()
        )
        self.object_pronouns = frozenset(normalize(w) for w in raw["object_pronouns"])
        self.negations = frozenset(normalize(w) for w in raw["negations"])
        self.only_words = frozenset(normalize(w) for w in raw["only_words"])
        self.since_words = frozenset(normalize(w) for w in raw["since_words"])
        self.duration_skips = frozenset(normalize(w) for w in raw["duration_skips"])
        self.shares: PhraseIndex[str] = PhraseIndex(
            (str(form), str(en)) for en, forms in raw["shares"].items() for form in forms
        )
        self.trailing: PhraseIndex[Qualifier] = PhraseIndex(
            (p, Qualifier(kind))
            for kind, phrases in raw["trailing_qualifiers"].items()
            for p in phrases
        )


@cache
def rules() -> _Rules:
    return _Rules()
