"""English names for institutions the gazetteer does not know, composed from their parts
(``data/institutions.yml``): the head noun's English, the owner's adjective or name.

``وزارة الخارجية الفرنسية`` → French Foreign Ministry; ``وزارة خارجية روسيا`` → Russian
Foreign Ministry, as English news writes it; ``الحكومة`` in a story about Yemen → Yemeni
government (the story's country, when the text names none); ``حزب النمو`` → al-Numu Party.
Composed names are translations, not checked spellings: records keep them unverified.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from builder import data
from builder.analyse.phrases import PhraseIndex, PhraseMatch
from builder.analyse.tokens import Token
from builder.lexicon.gazetteer import Gazetteer, place_links
from builder.records import ActorKind
from builder.text.names import english_name
from builder.text.normalize import normalize


@dataclass(frozen=True)
class Head:
    en: str
    named: bool = False
    """The head takes a proper name after it (حزب النمو)."""
    alone: bool = False
    """The head names the story's body by itself (المعارضة: the opposition)."""
    kind: ActorKind = "organization"
    """``group`` for armed or political movements (المعارضة المسلحة)."""
    needs_name: bool = False
    """The head is also a verbal noun (تنظيم: organising): a body only with a name the
    gazetteer knows after it (تنظيم القاعدة), never with a common noun (تنظيم الصفوف)."""
    not_before: frozenset[str] = frozenset()
    """Words that make the head a common noun (حركة الطيران: air traffic), normalised."""
    not_before_place: bool = False
    """A place named right after the head makes it a line, not a body (جبهة زبيد: the Zabid
    front of a war)."""
    not_after: frozenset[str] = frozenset()
    """Words before the head that make it an office, not a body (انتخابات الرئاسة: the
    presidential election), normalised."""
    is_owner: bool = False
    """The head with its owner names the owner country itself (الإدارة الأمريكية: the United
    States as it acts), not a body of its own."""
    needs_owner: bool = False
    """A head of several words that names a body only with its owner: bare القوات الحكومية
    (government forces) does not say whose, and the story's most named country is often the
    wrong guess."""


@cache
def resolves() -> dict[str, str]:
    """Composed English names (lower case) of bodies the gazetteer knows by another name, with
    the gazetteer's id: ``us foreign ministry`` → us-state-department."""
    raw = data.load("institutions").get("resolves") or {}
    return {str(k).lower(): str(v) for k, v in raw.items()}


@cache
def describing_words() -> frozenset[str]:
    """Adjectives that describe a known body after its name (المعارضة, الإرهابية)."""
    return frozenset(normalize(str(w)) for w in data.load("institutions").get("describing") or ())


def complement_at(tokens: Sequence[Token], k: int) -> PhraseMatch[str] | None:
    """The listed complement at ``k`` (الوطنية, للانتخابات), unless the word opens a time
    (العام الماضي: last year, not "General")."""
    m = complements().match(tokens, k)
    if m is None or m.end >= len(tokens):
        return m
    periods, relative = _calendar_periods()
    if not periods.isdisjoint(tokens[k].stems) and tokens[m.end].norm in relative:
        return None
    return m


@cache
def _calendar_periods() -> tuple[frozenset[str], frozenset[str]]:
    """Period nouns (عام, شهر) and the words that make them a time (الماضي, المقبل)."""
    raw = data.load("time_words")
    periods = {normalize(str(w)) for words in raw["periods"].values() for w in words}
    periods |= {"ال" + w for w in periods}
    relative = {normalize(str(w)) for words in raw["relative"].values() for w in words}
    return frozenset(periods), frozenset(relative)


@cache
def complements() -> PhraseIndex[str]:
    return PhraseIndex(
        (str(form), str(item["en"]))
        for item in data.load("institutions").get("complements") or ()
        for form in item["ar"]
    )


@cache
def _flagged(flag: str) -> frozenset[str]:
    """The English of the complements marked ``flag`` in institutions.yml."""
    items = data.load("institutions").get("complements") or ()
    return frozenset(str(item["en"]) for item in items if item.get(flag))


def complement_nouns() -> frozenset[str]:
    """The complements that are nouns (Initiative): the adjectives after them in Arabic go
    before them in English."""
    return _flagged("noun")


def complement_owners() -> frozenset[str]:
    """The complements that name a people or a coalition, not a state (Kurdish): an owner
    like a country's adjective, so the story's country is not added."""
    return _flagged("owner")


def english_order(words: Sequence[str]) -> list[str]:
    """Complements in English order: the adjectives after a noun go before it, the last one
    first (الدفاع الجوي الملكي: Defence, Air, Royal → Royal Air Defence); adjectives alone
    keep the Arabic order (الليبرالي الديمقراطي → Liberal Democratic)."""
    nouns = complement_nouns()
    out: list[str] = []
    group: int | None = None  # where the last noun's group starts in ``out``
    for word in words:
        if word in nouns:
            group = len(out)
            out.append(word)
        elif group is not None:
            out.insert(group, word)
        else:
            out.append(word)
    return out


@dataclass(frozen=True)
class QuotedHead:
    en: str
    media: bool
    kind: ActorKind


@cache
def quoted_heads() -> PhraseIndex[QuotedHead]:
    """Nouns that introduce a body's name in quotes (صحيفة, وكالة أنباء)."""
    index: PhraseIndex[QuotedHead] = PhraseIndex()
    for item in data.load("institutions").get("quoted_heads") or ():
        head = QuotedHead(
            str(item.get("en") or ""),
            bool(item.get("media")),
            "group" if item.get("kind") == "group" else "organization",
        )
        for form in item["ar"]:
            index.add(str(form), head)
    return index


@cache
def heads() -> PhraseIndex[Head]:
    index: PhraseIndex[Head] = PhraseIndex()
    for item in data.load("institutions")["heads"]:
        head = Head(
            en=str(item["en"]),
            named=bool(item.get("named")),
            alone=bool(item.get("alone")),
            kind="group" if item.get("kind") == "group" else "organization",
            needs_name=bool(item.get("needs_name")),
            not_before=frozenset(normalize(str(w)) for w in item.get("not_before") or ()),
            not_after=frozenset(normalize(str(w)) for w in item.get("not_after") or ()),
            not_before_place=bool(item.get("not_before_place")),
            is_owner=bool(item.get("is_owner")),
            needs_owner=bool(item.get("needs_owner")),
        )
        for form in item["ar"]:
            index.add(str(form), head)
    return index


@dataclass
class _Parts:
    """What follows an institution's head noun: whose it is, where, and the other words."""

    owner_adj: str | None = None
    """An owner said with an adjective: وزارة الخارجية *الروسية* → Russian."""
    owner_name: str | None = None
    """An owner said with its name: … of the United Nations."""
    place: str | None = None
    country: str | None = None
    extra: list[str] = field(default_factory=list)
    """English complements (``for Refugees``, ``Foreign``)."""
    rest: list[str] = field(default_factory=list)
    """Arabic words nothing else explains: the institution's own name."""


def english_institution(
    tokens: Sequence[Token], gaz: Gazetteer, story_country: str | None = None
) -> tuple[str | None, str | None]:
    """(English name, country code) of the institution the tokens name, or (None, None) when
    its head is not known."""
    if not tokens:
        return None, None
    match = heads().match(tokens, 0)
    if match is None:
        return None, None
    head = match.value
    parts = _read_parts(tokens, match.end, gaz)
    name = _name_of(head, parts)
    if parts.owner_adj:
        return _first_upper(f"{parts.owner_adj} {name}"), parts.country
    if parts.owner_name:
        return _first_upper(f"{name} of {parts.owner_name}"), parts.country
    if story_country and not head.named and not parts.place:
        adjective = gaz.adjectives_en.get(story_country)
        if adjective:
            return f"{adjective} {name}", story_country
    return _first_upper(name), parts.country


def names_nothing(tokens: Sequence[Token], gaz: Gazetteer) -> bool:
    """Whether a head without a proper name of its own (مجلس, هيئة, لجنة) is followed only by
    words no lexicon explains: مجلس الجامعة, هيئة التنظيم are a university's council and a
    regulator, not a "council of Al-Jama", and nothing tells which body they are."""
    match = heads().match(tokens, 0)
    if match is None or match.value.named:
        return False
    parts = _read_parts(tokens, match.end, gaz)
    return bool(parts.rest) and not parts.extra and not parts.owner_name


def _read_parts(tokens: Sequence[Token], start: int, gaz: Gazetteer) -> _Parts:
    parts = _Parts()
    k = start
    while k < len(tokens):
        named = gaz.match(tokens, k)
        if named is not None and named.value.entity.kind in ("country", "organization", "place"):
            entity = named.value.entity
            adjectival = named.value.via == "demonym" or (
                entity.kind == "country" and tokens[k].norm.startswith("ال") and k > start - 1
            )  # السورية after a head is the adjective, though سورية also names the country
            adjective = gaz.adjectives_en.get(entity.country or "")
            if entity.kind == "place":
                parts.place = entity.name.en
            elif (
                adjectival
                and entity.country
                and parts.owner_adj
                and parts.country != entity.country
            ):
                parts.owner_adj += f"-{adjective or entity.name.en}"  # مجلس الأعمال السوداني
                # الإثيوبي: the Sudanese-Ethiopian Business Council, both its owners
            elif adjectival and entity.country:
                parts.owner_adj = adjective or entity.name.en
            elif entity.kind == "country" and adjective:
                parts.owner_adj = adjective  # وزارة خارجية روسيا: the Russian Foreign Ministry
            else:
                parts.owner_name = entity.name.en
            parts.country = parts.country or entity.country
            k = named.end
            continue
        complement = complement_at(tokens, k)
        if complement is not None and _located_in(tokens[k]):
            complement = None  # الرئاسة بالعاصمة: where it sits, no part of its name
        if complement is not None:
            if complement.value in complement_owners():
                parts.owner_adj = parts.owner_adj or complement.value
            elif complement.value:  # "الرسمية" (official) adds nothing to the name
                parts.extra.append(complement.value)
            k = complement.end
            continue
        if _located_in(tokens[k]):
            break  # الحكومة الألمانية بالنظام: what follows ب is no part of its name
        if tokens[k].norm not in ("في", "ب"):  # "في غزة": the place, read next
            parts.rest.append(tokens[k].text)
        k += 1
    return parts


def _located_in(token: Token) -> bool:
    """A definite word with the preposition ب on it (بالعاصمة: "in the capital"): a
    complement matched through it says where, not what."""
    return token.norm.startswith(("بال", "وبال"))


def _name_of(head: Head, parts: _Parts) -> str:
    """The institution's English name before its owner: head, own name, complements, place."""
    rest = parts.rest
    # a complement the head already says is left out: الحكومة الشرعية is the government, not
    # the "pro-government government"; التلفزيون الحكومي is state television, not "State State"
    said = set(head.en.lower().split())
    extra = [e for e in parts.extra if said.isdisjoint(e.lower().replace("-", " ").split())]
    # a name of its own capitalises the head: Supreme Judicial Council, not … council
    named = any(e in complement_nouns() or e[:1].isupper() or e.startswith("for ") for e in extra)
    name = " ".join(_first_upper(w) for w in head.en.split()) if named else head.en
    if head.named and rest:
        name = f"{english_name(' '.join(rest))} {head.en}"
    elif rest and not parts.owner_name:  # an owner's adjective goes before it: its own
        # name stays (Palestinian ministry of Al-…), or the page would name another body
        name = f"{head.en} of {english_name(' '.join(rest))}"
    adjectives = english_order([e for e in extra if not e.startswith("for ")])
    tail = " ".join(e for e in extra if e.startswith("for "))
    name = " ".join([*adjectives, name, *([tail] if tail else [])])
    if parts.place and head.named:
        name = f"{parts.place} {name[:1].upper() + name[1:]}"  # جامعة القاهرة → Cairo University
    elif parts.place and (parts.owner_adj or parts.owner_name):
        name = f"{name} in {parts.place}"  # US embassy in Ankara
    elif parts.place:
        name = f"{_attributive(parts.place)} {name}"  # شرطة دبي → Dubai police
    return name


def _attributive(place: str) -> str:
    """A place's name before a noun, without its generic word: Gaza health authorities."""
    for generic in (" Strip", " Province", " Governorate"):
        if place.endswith(generic):
            return place[: -len(generic)]
    return place


def _first_upper(name: str) -> str:
    return name[:1].upper() + name[1:]


def english_place(tokens: Sequence[Token]) -> str:
    """A place named after a place noun: ``مستشفى الشفاء`` → al-Shifa Hospital, ``مدينة
    كيميروفو`` (the noun only introduces it) → Kimirofou."""
    head = place_heads().match(tokens, 0) if tokens else None
    if head is None:
        # a Romance name (سانتياغو دي لاس فيغاس) is spelt the European way, as names are
        romance = any(t.norm in place_links()[0] for t in tokens[1:-1])
        return english_name(" ".join(t.text for t in tokens), person=romance)
    rest = " ".join(t.text for t in tokens[head.end :])
    return f"{english_name(rest)} {head.value}".strip() if head.value else english_name(rest)


@cache
def place_heads() -> PhraseIndex[str]:
    return PhraseIndex(
        (str(form), str(item.get("en") or ""))
        for item in data.load("institutions").get("place_heads") or ()
        for form in item["ar"]
    )
