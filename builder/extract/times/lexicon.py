"""The words time expressions are made of, loaded once from ``builder/data/``.

Two files, two structures: :class:`Grammar` holds the closed-class words of
``time_grammar.yml`` (cues, prepositions, exceptions) as they are written there;
:class:`Lexicon` holds the vocabulary of ``time_words.yml`` (months, weekdays, periods,
relative words…) in the indexes the recognisers look words up in, with the forms the data
does not list (duals, definite forms, the words that can start an expression) derived here.
Every word is normalised (:func:`~builder.text.normalize.normalize`) as it is loaded.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from builder import data
from builder.analyse.phrases import PhraseIndex
from builder.text.normalize import normalize

UNITS = ("year", "month", "week", "day", "decade", "century", "hour")
"""The period units of ``time_words.yml`` (``periods``) that durations and ranges count in."""


def words(items: Iterable[Any]) -> frozenset[str]:
    return frozenset(normalize(str(w)) for w in items)


def _affixes(items: Iterable[Any]) -> tuple[str, ...]:
    """Prefixes or endings, for ``str.startswith``/``str.endswith``: a tuple, in the file's
    order."""
    return tuple(normalize(str(w)) for w in items)


@dataclass(frozen=True)
class Grammar:
    """``time_grammar.yml``, normalised: what each list is for is said there."""

    year_cues: frozenset[str]
    month_cues: frozenset[str]
    since: frozenset[str]
    until: frozenset[str]
    now_cues: frozenset[str]
    needs_now_cue: frozenset[str]
    tomorrow_cues: frozenset[str]
    named_events: frozenset[str]
    identifier_not: frozenset[str]
    duration_sign: Mapping[str, int]
    range_cues: frozenset[str]
    range_span: frozenset[str]
    now_words: frozenset[str]
    last: frozenset[str]
    few: frozenset[str]
    demonstratives: frozenset[str]
    same: frozenset[str]
    range_link: frozenset[str]
    weekday_join: frozenset[str]
    not_weekday_before: frozenset[str]
    century: frozenset[str]
    today: frozenset[str]
    future_words: frozenset[str]
    scheduled_verbs: frozenset[str]
    was: frozenset[str]
    not_future_verbs: tuple[str, ...]
    not_future_endings: tuple[str, ...]
    object_suffixes: tuple[str, ...]
    not_imperfect: tuple[str, ...]
    in_: str
    of: str
    before: str
    on: str
    or_: str
    ten: str
    age: str
    only: str
    month_word: str
    day_word: str
    number_word: str
    era_m: str
    tomorrow: str
    lookahead: frozenset[str]
    """Frequent words that start an expression only before a given word (حتى الآن, هذا العام,
    على مدى): the scanner looks one word ahead for them."""


@cache
def grammar() -> Grammar:
    raw = data.load("time_grammar")

    def ws(key: str) -> frozenset[str]:
        return words(raw[key])

    def one(key: str) -> str:
        return normalize(str(raw["words"][key]))

    return Grammar(
        year_cues=ws("year_cues"),
        month_cues=ws("month_cues"),
        since=ws("since"),
        until=ws("until"),
        now_cues=ws("now_cues"),
        needs_now_cue=ws("needs_now_cue"),
        tomorrow_cues=ws("tomorrow_cues"),
        named_events=ws("named_events"),
        identifier_not=ws("identifier_not"),
        duration_sign={normalize(str(w)): int(s) for w, s in raw["duration_sign"].items()},
        range_cues=ws("range_cues"),
        range_span=ws("range_span"),
        now_words=ws("now_words"),
        last=ws("last"),
        few=ws("few"),
        demonstratives=ws("demonstratives"),
        same=ws("same"),
        range_link=ws("range_link"),
        weekday_join=ws("weekday_join"),
        not_weekday_before=ws("not_weekday_before"),
        century=ws("century"),
        today=ws("today"),
        future_words=ws("future_words"),
        scheduled_verbs=ws("scheduled_verbs"),
        was=ws("was"),
        not_future_verbs=_affixes(raw["not_future_verbs"]),
        not_future_endings=_affixes(raw["not_future_endings"]),
        object_suffixes=_affixes(raw["object_suffixes"]),
        not_imperfect=_affixes(raw["not_imperfect"]),
        in_=one("in"),
        of=one("of"),
        before=one("before"),
        on=one("on"),
        or_=one("or"),
        ten=one("ten"),
        age=one("age"),
        only=one("only"),
        month_word=one("month"),
        day_word=one("day"),
        number_word=one("number"),
        era_m=one("era_m"),
        tomorrow=one("tomorrow"),
        lookahead=ws("now_cues") | ws("demonstratives") | {one("on")},
    )


@dataclass(frozen=True)
class Month:
    number: int
    hijri: bool
    ambiguous: bool
    """Also a name or a common word (``ambiguous_as_names``): a month only when marked."""


@dataclass(frozen=True)
class Deictic:
    first: str
    """The listed first word, normalised with its article (اليوم, not يوم)."""
    days: int


class Lexicon:
    """time_words.yml (and the number words and identifier cues it needs), loaded once."""

    def __init__(self) -> None:
        raw = data.load("time_words")
        numbers = data.load("number_words")
        g = grammar()
        ambiguous = {normalize(str(w)) for w in raw["ambiguous_as_names"]}
        self._periods(raw["periods"])
        self.months: PhraseIndex[Month] = PhraseIndex()
        for section, hijri in (("months", False), ("hijri_months", True)):
            for number, names in raw[section].items():
                for name in names:
                    value = Month(int(number), hijri, normalize(str(name)) in ambiguous)
                    self.months.add(str(name), value)
        self.weekdays = {normalize(w): int(n) for n, ws in raw["weekdays"].items() for w in ws}
        self.bare_weekdays = {w[2:]: n for w, n in self.weekdays.items()}
        self.seasons = {
            normalize(w): (int(s["months"][0]), int(s["months"][1]))
            for s in raw["seasons"].values()
            for w in s["ar"]
        }
        self.parts: PhraseIndex[str] = PhraseIndex(
            (str(p), kind) for kind, ps in raw["parts"].items() for p in ps
        )
        self.times_of_day: PhraseIndex[str] = PhraseIndex(
            (str(p), kind) for kind, ps in raw["times_of_day"].items() for p in ps
        )
        rel = raw["relative"]
        self.past = _with_duals(rel["past"])
        self.future = _with_duals(rel["future"])
        self.this = words(rel["this"]) - g.demonstratives
        self.deictic: PhraseIndex[Deictic] = PhraseIndex(
            (d["word"], Deictic(normalize(d["word"].split()[0]), int(d["days"])))
            for d in raw["deictic"]
        )
        self._decades(raw["decades"])
        self.vague: PhraseIndex[str] = PhraseIndex()
        for section in ("recent", "upcoming"):
            for phrase in raw[section]:
                key = vague_key(str(phrase))
                named = any(w.removeprefix("ال") in self.unit_forms for w in key.split())
                self.vague.add(key, section if named else "adverb")
        self.era = {normalize(w): kind for kind, ws in raw["era_markers"].items() for w in ws}
        self.count_words = {
            normalize(str(w)): int(v)
            for section in ("units", "tens")
            for w, v in numbers[section].items()
            if " " not in str(w)
        }
        cues = data.load("figure_rules")["identifier_cues"]
        self.identifier_cues = words(cues) - g.identifier_not
        self.triggers = self._triggers(raw, numbers)

    def _periods(self, periods: dict[str, list[str]]) -> None:
        """Period words by unit, split into singular, dual (derived) and plural forms, and
        the words that make a following number a year (عام, العامين, عامي)."""
        self.unit_forms: dict[str, str] = {}
        self.singular: dict[str, str] = {}
        self.plural: dict[str, str] = {}
        self.dual: dict[str, str] = {}
        for unit in UNITS:
            forms = [normalize(str(w)) for w in periods.get(unit) or ()]
            for k, form in enumerate(forms):
                self.unit_forms[form] = unit
                if k == 0 or form.endswith("ه"):
                    self.singular[form] = unit
                    base = form[:-1] + "ت" if form.endswith("ه") else form
                    for dual in (base + "ين", base + "ان"):
                        self.dual[dual] = unit
                        self.unit_forms[dual] = unit
                elif not form.endswith("ا"):
                    self.plural[form] = unit
        years = [f for f, u in self.singular.items() if u == "year"]
        construct = [(f[:-1] + "ت" if f.endswith("ه") else f) + "ي" for f in years]
        self.year_words = frozenset(years + ["ال" + f for f in years])
        self.year_cues = frozenset(
            [*self.year_words, *construct, *(d for d, u in self.dual.items() if u == "year")]
            + ["ال" + d for d, u in self.dual.items() if u == "year"]
        )
        self.definite_singular = {"ال" + f: u for f, u in self.singular.items()}

    def _decades(self, decades: dict[str, int]) -> None:
        self.decades: PhraseIndex[int] = PhraseIndex()
        self.decade_words: set[str] = set()
        for word, year in decades.items():
            written = normalize(str(word))
            for form in (written, written.removeprefix("ال")):  # التسعينيات, تسعينيات القرن
                self.decades.add(form, int(year))
                self.decade_words.add(form)

    def _triggers(self, raw: dict[str, Any], numbers: dict[str, Any]) -> frozenset[str]:
        """Words that can start a time expression: tokens without one are skipped."""
        g = grammar()
        found: set[str] = {g.day_word, g.month_word, "ال", *g.range_cues, *g.duration_sign}
        found |= set(self.weekdays) | set(self.seasons) | {"ال" + w for w in self.seasons}
        found |= set(self.unit_forms) | {"ال" + f for f in self.unit_forms} | self.year_cues
        phrases: list[str] = [str(w) for ws in raw["months"].values() for w in ws]
        phrases += [str(w) for ws in raw["hijri_months"].values() for w in ws]
        for section in ("parts", "times_of_day"):
            phrases += [str(w) for ws in raw[section].values() for w in ws]
        phrases += [str(d["word"]) for d in raw["deictic"]] + [str(w) for w in numbers["ordinals"]]
        phrases += [vague_key(str(w)) for w in (*raw["recent"], *raw["upcoming"])]
        found |= {normalize(p).split()[0] for p in phrases}
        found |= set(self.decade_words)
        return frozenset(found - {g.in_})


def vague_key(phrase: str) -> str:
    """في الآونة الأخيرة → الآونة الأخيرة: the preposition stays outside the expression."""
    split = normalize(phrase).split()
    return " ".join(split[1:] if len(split) > 1 and split[0] == grammar().in_ else split)


def _with_duals(items: Iterable[Any]) -> frozenset[str]:
    """Relative words and their duals: الماضي → الماضيين, الماضية → الماضيتين."""
    out: set[str] = set()
    for w in items:
        n = normalize(str(w))
        out.add(n)
        out.add(n[:-1] + "تين" if n.endswith("ه") else n + "ين")
    return frozenset(out)


@cache
def lexicon() -> Lexicon:
    return Lexicon()
