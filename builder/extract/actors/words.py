"""The name lexicon of ``data/name_rules.yml``: words that are not names, given names,
family-name rules, the reporting verbs and head nouns that announce an actor."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from builder import data
from builder.lexicon.gazetteer import shipped, shipped_people
from builder.text.names import known_part, listed_given_names
from builder.text.normalize import normalize


class _NameRules:
    def __init__(self) -> None:
        raw = data.load("name_rules")
        self.links = {normalize(w) for w in raw["links"]}
        self.stop = {normalize(w) for w in raw["stop"]}
        self.suffixes = tuple(
            sorted((normalize(s) for s in raw["possessive_suffixes"]), key=len, reverse=True)
        )
        self.reporting = {normalize(w) for w in raw["reporting_verbs"] + raw["naming_verbs"]}
        self.verbs = self.reporting | {normalize(w) for w in raw.get("name_verbs") or ()}
        self.news_verbs = frozenset(verb_forms(str(pair) for pair in raw.get("news_verbs") or ()))
        self.given_name_stop = [str(w) for w in raw.get("given_name_stop") or ()]
        self.given_name_common = frozenset(normalize(w) for w in raw.get("given_name_common") or ())
        self.not_names = [str(w) for w in raw.get("not_names") or ()]
        self.org_heads = {normalize(w) for w in raw["org_heads"]}
        self.org_stop = {normalize(w) for w in raw["org_stop"]}
        self.group_heads = {normalize(w) for w in raw["group_heads"]}
        self.foreign_links = frozenset(normalize(w) for w in raw.get("foreign_links") or ())
        self.named_after_people = {
            normalize(k): str(v) for k, v in (raw.get("named_after_people") or {}).items()
        }
        self.former = {normalize(w) for w in raw["former"]}
        self.qualifiers = {normalize(w) for w in raw.get("qualifiers") or ()}
        self.god_names = {normalize(w) for w in raw.get("god_names") or ()}
        self.din_names = {normalize(w) for w in raw.get("din_names") or ()}
        self.postings = {normalize(k): str(v) for k, v in (raw.get("postings") or {}).items()}
        self.appositions = {normalize(w) for w in raw["appositions"]}
        closers = raw.get("speaker_closers") or {}
        self.speaker_closers = frozenset(normalize(w) for w in closers.get("words") or ())
        self.statement_nouns = frozenset(normalize(w) for w in closers.get("after_in") or ())
        self.object_verbs = frozenset(normalize(w) for w in raw.get("object_verbs") or ())
        self.led_by = {
            normalize(str(k)): (str(v[0]), str(v[1])) for k, v in (raw.get("led_by") or {}).items()
        }
        self.family_name_first = frozenset(str(c) for c in raw.get("family_name_first") or ())
        # the nouns that introduce a place are listed once, with their English, in
        # institutions.yml: one that has none only introduces the name (مدينة حلب → Aleppo)
        nouns = data.load("institutions").get("place_heads") or ()
        self.place_inside = {normalize(w) for it in nouns if not it.get("en") for w in it["ar"]}
        self.place_with_head = {normalize(w) for it in nouns if it.get("en") for w in it["ar"]}
        self.place_nouns = frozenset(self.place_inside | self.place_with_head)
        self.directions = {normalize(w) for w in raw.get("place_directions") or ()}
        self.namesake_titles = {
            normalize(str(k)): str(v) for k, v in (raw.get("namesake_titles") or {}).items()
        }


def verb_forms(pairs: Iterable[str]) -> set[str]:
    """The forms of verbs given as "past present" (غرد يغرد) that follow a name in news: the
    past with its endings (غردت, غردوا), the present of each person (تغرد, نغرد, يغردون)
    and its future (سيغرد, ستغرد)."""
    out: set[str] = set()
    for pair in pairs:
        past, _, present = normalize(pair).partition(" ")
        out |= {past, past + "ت", past + "وا", past + "ا", past + "تا"}
        if not present.startswith("ي"):
            continue
        stem = present[1:]
        for person in ("ي", "ت", "ن"):
            form = person + stem
            out |= {form, "س" + form, form + "ون", form + "ان"}
    return {w for w in out if len(w) >= 3}


@cache
def rules() -> _NameRules:
    return _NameRules()


@cache
def common_words() -> frozenset[str]:
    """Words the tool's lexicons know as something other than a name: event triggers,
    counted nouns, titles, time and number words, institution heads, and the common nouns
    of ``name_rules.yml`` (``not_names``). A name is never made of them alone."""
    from builder.lexicon.nouns import nouns

    return not_family_names() | frozenset(w for w in nouns().index.first_words() if len(w) >= 2)


@cache
def not_family_names() -> frozenset[str]:
    """The common words that cannot end a name after a first name either: counted nouns can
    (سامر الخطيب "the preacher", بشار الأسد "the lion"), triggers, titles and times cannot."""
    from builder.analyse.numbers import reader
    from builder.lexicon.triggers import triggers

    words = {normalize(w) for w in rules().not_names} | rules().verbs
    # a verb's form that is also a name (نجيب "we answer", تراس: Truss) stays a name
    words |= {w for w in rules().news_verbs if w not in given_names() and not known_part(w)}
    words |= triggers().events.first_words()
    words |= reader().words.first_words() | reader().vague.first_words()
    # a one-word trade (الشاعر, الطبيب) is also a family name; offices are not
    words |= {w for w in shipped().titles.first_words() if not _one_word_trade(w)}
    words |= calendar_words()
    return frozenset(w for w in words if len(w) >= 2)


def _one_word_trade(word: str) -> bool:
    """``word`` (normalised) alone is a trade title (الشاعر, الطبيب): a family name too."""
    title = shipped().titles.lookup(word)
    return title is not None and title.profession


@cache
def calendar_words() -> frozenset[str]:
    """Month and weekday names, with and without the article (الأحد, أحد, آذار)."""
    words: set[str] = set()
    time_words = data.load("time_words")
    for forms in (*time_words["months"].values(), *time_words["weekdays"].values()):
        for form in forms if isinstance(forms, list) else [forms]:
            word = normalize(str(form))
            words |= {word, word[2:] if word.startswith("ال") else word}
    return frozenset(w for w in words if len(w) >= 2)


def _looks_inflected(word: str, plural_ok: bool = False) -> bool:
    """A verb or a noun with a pronoun or plural ending (يطالب, تطعن, وعائلاتهم, المجتمعين):
    not how a name is written. ``plural_ok``: after a first name a plural-looking ending is a
    foreign surname (بافل سيرودينين, كوفي أنان)."""
    bare = word[1:] if word.startswith(("و", "ف")) and len(word) > 4 else word
    if bare.endswith(("هم", "هما", "كم", "نا")) and len(bare) > 4:
        return not (bare.endswith("ينا") and len(bare) >= 6)  # سابرينا, كريستينا: names
    if not plural_ok and bare.endswith(("ات", "ين", "ون")) and len(bare) > 5:
        return True
    if _INDEFINITE_ADJECTIVE.fullmatch(bare):
        return True  # خطيرا, كبيرا: an adjective in the accusative, no name (نوعا خطيرا)
    return bare[:1] in ("ي", "ت") and len(bare) >= 4 and bare[1:2] not in "اوي"


# فعيلا: an adjective of the pattern CaCiC with the accusative alif (خطيرا, جديدا, قليلا)
_INDEFINITE_ADJECTIVE = re.compile("[^اوي][^اوي]ي[^اوي]ا")


@cache
def sentence_words() -> frozenset[str]:
    """The particles and sentence words no name is made of (``stop`` and ``org_stop``)."""
    r = rules()
    return frozenset(r.stop | r.org_stop)


@cache
def given_names() -> frozenset[str]:
    """First names of people: the first word of every shipped person's names and the names
    of ``given_names.yml`` (الناشطات رهف الحربي وعزيزة القحطاني), less the given names that are
    also common words."""
    stop = {normalize(w) for w in rules().given_name_stop}
    written = {form.split()[0] for _, full, _ in shipped_people() for form in full if " " in form}
    arabic, foreign = listed_given_names()
    # A name written with the article is none (الحسن); one opening with a hamza that
    # normalises to the same letters is (ألكسندر, إلهام).
    names = {normalize(n) for n in [*written, *arabic, *foreign] if not n.startswith("ال")}
    return frozenset(n for n in names if len(n) >= 3 and n not in stop)


@cache
def shared_given_names() -> frozenset[str]:
    """First names many people carry: those of ``given_names.yml`` and those that open the
    names of two shipped people or more (مايكل, دونالد; not إيسايس)."""
    people: dict[str, set[str]] = {}
    for person, full, _ in shipped_people():
        for form in full:
            if len(form.split()) >= 2:
                people.setdefault(normalize(form.split()[0]), set()).add(person.id)
    arabic, foreign = listed_given_names()
    listed = {normalize(n) for n in [*arabic, *foreign]}
    return frozenset(listed | {n for n, ids in people.items() if len(ids) >= 2})
