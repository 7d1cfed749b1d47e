"""Everything the extractor knows by name, in one longest-match index.

Sources, in order of precedence (a surface form belongs to the first that claims it):
the site's glossary (editors), organizations and armed groups, places, countries (every CLDR
territory through Babel, plus aliases), demonyms (الروسي → Russia). Titles and offices are a
separate index because they introduce people rather than name them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

from babel import Locale

from builder import data
from builder.analyse.phrases import PhraseIndex, PhraseMatch
from builder.analyse.tokens import Token, tokenize
from builder.records import ActorKind, Bilingual
from builder.text.latin import slugify
from builder.text.names import is_foreign_name
from builder.text.normalize import normalize

Via = Literal["name", "demonym", "capital", "surname"]


@dataclass(frozen=True)
class Office:
    """An office a person held, with its years (``to`` None: still held)."""

    en: str
    ar: str | None
    start: int | None
    end: int | None

    def held_in(self, year: int) -> bool:
        return (self.start is None or self.start <= year) and (self.end is None or year <= self.end)


@dataclass(frozen=True)
class Entity:
    id: str
    kind: ActorKind
    name: Bilingual
    country: str | None = None
    """ISO code: the country itself, or the one a place, person or institution belongs to."""
    capital_of: str | None = None
    """For capitals: the country they stand for when used as a metonym (موسكو → Russia)."""
    verified: bool = True
    role: Bilingual | None = None
    media: bool = False
    offices: tuple[Office, ...] = ()
    """For people of the shipped gazetteer: the offices they held, to name their role at the
    time of the article."""
    minor: bool = False
    """A town of the generated lists (places/): matched only where the article speaks of its
    country, or where its name is no other word."""
    never_definite: bool = False
    """A body's name that never takes the article: with it, it is the common word (الحماس
    "enthusiasm" is no Hamas)."""
    local: tuple[str, ...] = ()
    """For a name several countries' bodies share (حزب العدالة والتنمية): the ids of those
    bodies; the story's country picks one once the article is read."""

    def role_in(self, year: int) -> Bilingual | None:
        """The role the entity had in ``year``: the glossary's, else the first office held."""
        if self.role is not None:
            return self.role
        office = next((o for o in self.offices if o.held_in(year)), None)
        return Bilingual(office.ar, office.en) if office else None


@dataclass(frozen=True)
class Ref:
    entity: Entity
    via: Via = "name"


@dataclass(frozen=True)
class Title:
    en: str
    ar: str
    possessive: bool = False
    """Read from a title with a possessive ending (رئيسها "its president")."""
    of: str | None = None
    """The actor id of the body the title itself names (المبعوث الأممي → united-nations)."""
    relational: bool = False
    """A word relating the person to another (نظيره "his counterpart", خصمه "his rival"): it
    introduces a name but is no office."""
    announces: bool = False
    """A relational word that announces a name with no possessive (المدعو عمر …)."""
    profession: bool = False
    """A trade, not an office (المخرجة الأمريكية: an American director, no director *of*
    the United States)."""
    honorific: bool = False
    """A form of address (الأمير, الشيخ, الدكتور), no office: a known person's office of the
    time says more."""
    status: bool = False
    """A passing status (مرشح "candidate"): the office a known person held that year says
    more."""
    of_place: bool = False
    """An office of a city or province (رئيس بلدية, المحافظ): the place after it is its own."""
    needs_place: bool = False
    """A form that is the office only before a place (محافظ البصرة; محافظ is "conservative")."""
    rank: bool = False
    """A military or police rank (العقيد): no office of a country, and after an office's
    title (المتحدث باسم الجيش العقيد …) the office is the role."""


@dataclass
class Gazetteer:
    names: PhraseIndex[Ref] = field(default_factory=PhraseIndex)
    titles: PhraseIndex[Title] = field(default_factory=PhraseIndex)
    countries: dict[str, Entity] = field(default_factory=dict)
    """By ISO code."""
    demonym_forms: set[str] = field(default_factory=set)
    """Every nationality adjective, normalised, including those a name outranks in ``names``
    (السعودية is Saudi Arabia and "Saudi" alike)."""
    adjectives_en: dict[str, str] = field(default_factory=dict)
    """English adjective of each country code (Russian), for labels."""
    skeletons: dict[str, list[tuple[Entity, str]]] = field(default_factory=dict)
    """Shipped people, with the normalised full name, by its skeleton (:func:`skeleton`)."""
    body_skeletons: dict[str, set[Entity]] = field(default_factory=dict)
    """Shipped bodies by the skeleton of each Arabic form (:func:`body_skeleton`)."""

    _by_id: dict[str, Entity] | None = field(default=None, repr=False, compare=False)
    _first_skeletons: frozenset[str] | None = field(default=None, repr=False, compare=False)
    _opens: dict[tuple[str, ...], bool] = field(default_factory=dict, repr=False, compare=False)
    _holders: dict[str, list[tuple[Entity, Office, set[str]]]] | None = field(
        default=None, repr=False, compare=False
    )

    def entity(self, entity_id: str) -> Entity | None:
        """The entity with this id (a country, body, group or person the lexicons name)."""
        if self._by_id is None:
            self._by_id = {}
            for ref in self.names.values():
                self._by_id.setdefault(ref.entity.id, ref.entity)
        return self._by_id.get(entity_id)

    def may_open_foreign_name(self, forms: tuple[str, ...]) -> bool:
        """Whether one of these forms of a word, in some spelling, opens the full name of a
        shipped foreigner (a cheap test before reading a name's other spellings)."""
        if self._first_skeletons is None:
            self._first_skeletons = frozenset(
                key.split()[0]
                for key, found in self.skeletons.items()
                if key and any(is_foreign_name(form) for _, form in found)
            )
        known = self._opens.get(forms)
        if known is None:  # the forms are normalised already: only weak letters need folding
            known = any((f.translate(_WEAK_LETTERS) or f) in self._first_skeletons for f in forms)
            self._opens[forms] = known
        return known

    def office_holders(self, office: str, year: int) -> list[tuple[Entity, set[str]]]:
        """Shipped people who held the office named ``office`` in English ("Foreign Minister
        of China") in ``year``, each with the words of its normalised Arabic names."""
        if self._holders is None:
            forms: dict[str, tuple[Entity, set[str]]] = {}
            for found in self.skeletons.values():
                for entity, form in found:
                    forms.setdefault(entity.id, (entity, set()))[1].update(form.split())
            self._holders = {}
            for entity, words in forms.values():
                for held in entity.offices:
                    self._holders.setdefault(held.en, []).append((entity, held, words))
        return [
            (entity, words)
            for entity, held, words in self._holders.get(office, ())
            if held.held_in(year)
        ]

    def people_spelt(self, name: str) -> list[tuple[Entity, str]]:
        """Shipped people, each with its normalised full name, whose full name has the
        skeleton of this name."""
        return list(self.skeletons.get(skeleton(name), ()))

    def body_spelt(self, name: str) -> Entity | None:
        """The one shipped body one of whose forms this name spells another way (بوليتكو /
        بوليتيكو, أسوشييتدبرس / أسوشيتد برس), or None. Short names are left alone: their
        skeletons are shared by unrelated words."""
        key = body_skeleton(name)
        found = self.body_skeletons.get(key, set()) if len(key) >= _BODY_SKELETON_MIN else set()
        return next(iter(found)) if len(found) == 1 else None

    def demonym_at(self, tokens: list[Token] | Any, i: int) -> tuple[Bilingual, int] | None:
        """A nationality adjective at token ``i``: (its Bilingual adjective, end index)."""
        m = self.names.match(tokens, i)
        if m is None or m.value.via != "demonym" or _preposition_on(tokens[i].norm, m.stem):
            return None
        entity = m.value.entity
        code = entity.country or ""
        en = self.adjectives_en.get(code) or entity.name.en
        ar = " ".join(t.text for t in tokens[m.start : m.end])
        return Bilingual(ar, en), m.end

    def match(self, tokens: list[Token] | Any, i: int) -> PhraseMatch[Ref] | None:
        m = self.names.match(tokens, i)
        if (
            m is not None
            and m.article_dropped
            and (m.value.entity.kind in ("person", "place") or m.value.entity.never_definite)
        ):
            # A person's or a town's name without the article is not that word with it
            # (السليمة "the peaceful" is not the town Salima); adjectives and bodies agree.
            return None
        if m is not None and m.value.entity.kind == "place" and _like_on(tokens[i].norm, m.stem):
            return None  # كبيرين "big" is not ك + the town Birine: towns are rarely "like"
        if (
            m is not None
            and m.value.entity.kind in ("place", "country")
            and _in_longer_name(tokens, i, m.end)
        ):
            return None  # سانتياغو دي لاس فيغاس: a town of Cuba, neither Santiago nor Las Vegas
        return m


@cache
def place_links() -> tuple[frozenset[str], frozenset[str]]:
    """The particles that join the words of a Romance place name, and the words after one
    that make no longer name (``place_links`` of name_rules.yml), normalised."""
    raw = data.load("name_rules").get("place_links") or {}
    particles = frozenset(normalize(str(w)) for w in raw.get("particles") or ())
    return particles, frozenset(normalize(str(w)) for w in raw.get("not_before") or ())


def _in_longer_name(tokens: list[Token] | Any, start: int, end: int) -> bool:
    """The words matched are part of a longer Romance place name: a particle (دي, دو, دا)
    joins them to the word before or after."""
    particles, not_linked = place_links()
    after = (
        end + 1 < len(tokens)
        and tokens[end].norm in particles
        and tokens[end + 1].norm not in not_linked  # واشنطن دي سي: Washington, D.C.
    )
    before = start > 1 and tokens[start - 1].norm in particles
    return bool(after or before)


def _clitics_before(word: str, stem: str) -> str:
    """What the word carries before the form that matched, without the conjunctions و and ف."""
    prefix = word[: len(word) - len(stem)] if stem and word.endswith(stem) else ""
    return prefix.lstrip("وف")


def _like_on(word: str, stem: str) -> bool:
    """The word carries ك ("like") before the form that matched."""
    return _clitics_before(word, stem).startswith("ك")


def _preposition_on(word: str, stem: str) -> bool:
    """The word carries a preposition before the form that matched: an adjective never does,
    so «بروس» after a noun is «ب» + a name (الاستخبارات الأمريكية بروس ريديل), not "Russian"."""
    return _clitics_before(word, stem).startswith(("ب", "ل", "ك"))


# CLDR territory codes that are not countries a news story names.
_NOT_COUNTRIES = {
    "ZZ",
    "EU",
    "EZ",
    "UN",
    "QO",
    "XA",
    "XB",
    "AQ",
    "BV",
    "HM",
    "UM",
    "CP",
    "DG",
    "EA",
    "IC",
    "TA",
    "AC",
}


def _country_entities() -> dict[str, Entity]:
    ar, en = Locale.parse("ar"), Locale.parse("en")
    aliases = data.load("country_aliases")["countries"]
    out: dict[str, Entity] = {}
    for code, name_ar in ar.territories.items():
        if not code.isalpha() or len(code) != 2 or code in _NOT_COUNTRIES:
            continue
        alias = aliases.get(code) or {}
        name_en = alias.get("en") or en.territories.get(code, code)
        out[code] = Entity(slugify(name_en), "country", Bilingual(name_ar, name_en), country=code)
    for code, alias in aliases.items():
        if code not in out and alias.get("en"):
            names = alias.get("ar") or []
            out[code] = Entity(
                slugify(alias["en"]),
                "country",
                Bilingual(names[0] if names else None, alias["en"]),
                country=code,
            )
    return out


def _kind(raw: str | None) -> ActorKind:
    return "group" if raw == "group" else "organization"


_BY_GLOSSARY: dict[str, Gazetteer] = {}


def gazetteer_for(glossary: dict[str, Any] | None) -> Gazetteer:
    """The gazetteer for a site's glossary, built once per distinct glossary."""
    if not glossary:
        return shipped()
    key = json.dumps(glossary, sort_keys=True, ensure_ascii=False, default=str)
    if key not in _BY_GLOSSARY:
        _BY_GLOSSARY.clear()  # one site at a time: keep memory flat in long serve sessions
        _BY_GLOSSARY[key] = build_gazetteer(glossary)
    return _BY_GLOSSARY[key]


@cache
def shipped() -> Gazetteer:
    """The gazetteer built from the tool's own data (no glossary)."""
    return build_gazetteer(None)


def build_gazetteer(glossary: dict[str, Any] | None) -> Gazetteer:
    g = Gazetteer()
    for entry in glossary_entries(glossary):
        for form in entry[1]:
            g.names.add(form, Ref(entry[0]))
    _add_people(g)
    _add_organizations(g)
    g.countries = _country_entities()
    _add_places(g)
    _add_countries(g)
    adjectives = data.load("demonyms_en")["adjectives"]
    g.adjectives_en = {str(k): str(v) for k, v in adjectives.items()}
    _add_titles(g)
    return g


def _add_people(g: Gazetteer) -> None:
    for person, full, short in shipped_people():
        for form in full:
            g.names.add(form, Ref(person))
            g.skeletons.setdefault(skeleton(form), []).append((person, normalize(form)))
        for form in short:
            g.names.add(form, Ref(person, "surname"))


def _add_organizations(g: Gazetteer) -> None:
    for org in data.load("organizations")["organizations"]:
        entity = Entity(
            org["id"],
            _kind(org.get("kind")),
            Bilingual(org["ar"][0], org["en"]),
            country=org.get("country"),
            media=org.get("kind") == "media",
            local=tuple(org.get("local") or ()),
            never_definite=bool(org.get("never_definite")),
        )
        forms = [str(f) for f in org["ar"]]
        for form in [*forms, *_agency_variants(forms)]:
            g.names.add(form, Ref(entity))
            g.body_skeletons.setdefault(body_skeleton(form), set()).add(entity)
        if org.get("abbr"):
            g.names.add(str(org["abbr"]), Ref(entity))


def _agency_variants(forms: list[str]) -> list[str]:
    """A news agency's name in its other word order: وكالة الأناضول للأنباء is also written
    وكالة أنباء الأناضول, and the other way round; a national agency may be called official."""
    out = []
    for form in forms:
        words = form.split()
        if len(words) == 3 and words[:2] == ["وكالة", "الأنباء"]:
            # A national agency is "the official" one either side of its adjective
            # (وكالة الأنباء الإيرانية الرسمية, وكالة الأنباء الرسمية الإيرانية).
            out += [f"{form} الرسمية", f"وكالة الأنباء الرسمية {words[2]}"]
        elif len(words) >= 3 and words[0] == "وكالة" and words[-1] == "للأنباء":
            out.append(" ".join(["وكالة", "أنباء", *words[1:-1]]))
        elif len(words) >= 3 and words[:2] == ["وكالة", "أنباء"]:
            out.append(" ".join(["وكالة", *words[2:], "للأنباء"]))
    return [v for v in out if v not in forms]


def _add_places(g: Gazetteer) -> None:
    """Cities and regions of ``places.yml`` and ``places/``; a capital also stands for its
    country (موسكو → Russia)."""
    places = [(place, False) for place in data.load("places")["places"]]
    for extra in data.load_folder("places"):
        places += [(place, True) for place in extra.get("places") or []]
    for place, minor in places:
        entity = Entity(
            place["id"],
            "place",
            Bilingual(place["ar"][0], place["en"]),
            country=place.get("country"),
            capital_of=place.get("country") if place.get("capital") else None,
            minor=minor,
        )
        for form in place["ar"]:
            g.names.add(str(form), Ref(entity, "capital" if entity.capital_of else "name"))


def _add_countries(g: Gazetteer) -> None:
    """Every country's CLDR name, the aliases of ``country_aliases.yml`` and the demonyms."""
    aliases = data.load("country_aliases")["countries"]
    for code, entity in g.countries.items():
        if entity.name.ar:
            g.names.add(entity.name.ar, Ref(entity))
        for form in (aliases.get(code) or {}).get("ar") or ():
            g.names.add(str(form), Ref(entity))
    for code, forms in data.load("demonyms")["demonyms"].items():
        country = g.countries.get(str(code))
        if country is None:
            continue
        for form in forms:
            g.names.add(str(form), Ref(country, "demonym"))
            g.demonym_forms.add(normalize(str(form)))


def _add_titles(g: Gazetteer) -> None:
    for item in data.load("titles")["titles"]:
        for form in item["ar"]:
            g.titles.add(
                str(form),
                Title(
                    str(item.get("en") or ""),
                    str(form),
                    of=item.get("of") or _body_inside(g, str(form)),
                    relational=bool(item.get("relational")),
                    profession=bool(item.get("profession")),
                    announces=bool(item.get("announces")),
                    rank=bool(item.get("rank")),
                    honorific=bool(item.get("honorific")),
                    status=bool(item.get("status")),
                    of_place=bool(item.get("of_place")),
                    needs_place=bool(item.get("needs_place")),
                ),
            )


def _body_inside(g: Gazetteer, title: str) -> str | None:
    """The body a title's own words name (الأمين العام لجامعة الدول العربية: the Arab
    League), so its holder is that body's officer, not his country's."""
    tokens = tokenize(title)
    for i in range(1, len(tokens)):
        m = g.names.match(tokens, i)
        if m is not None and m.value.entity.kind in ("organization", "group"):
            return m.value.entity.id
    return None


@cache
def shipped_people() -> tuple[tuple[Entity, tuple[str, ...], tuple[str, ...]], ...]:
    """The public figures of ``data/people/``: each with its full-name spellings and the
    distinctive surnames safe to match alone."""
    out = []
    for file in data.load_folder("people"):
        for item in file.get("people") or ():
            offices = tuple(
                Office(str(o["en"]), o.get("ar"), o.get("from"), o.get("to"))
                for o in item.get("offices") or ()
            )
            entity = Entity(
                str(item["id"]),
                "person",
                Bilingual(str(item["ar"][0]), str(item["en"])),
                country=item.get("country"),
                offices=offices,
            )
            full = tuple(str(f) for f in item["ar"])
            out.append((entity, full, tuple(str(f) for f in item.get("short") or ())))
    return tuple(out)


# Long vowels and hamza seats go; the letters Arabic news uses in turn for a foreign g and
# k fold together (كيم جونغ أون / كيم جونج أون, نيكولاي / نيقولاي).
_WEAK_LETTERS = str.maketrans({**dict.fromkeys("اويىهءئؤ"), "غ": "ج", "ق": "ك", "گ": "ج"})


def skeleton(name: str) -> str:
    """A name with its long vowels and hamza seats dropped and its g and k letters folded,
    word by word: the spellings نتنياهو / نيتنياهو and ملادنوف / نيقولاي ملادينوف of one
    name share it."""
    words = normalize(name).replace("-", " ").split()  # جيه-إن / جاي إن
    return " ".join(w.translate(_WEAK_LETTERS) or w for w in words)


# Letters a body's skeleton needs before it may stand for the body: four keep apart most
# names of one word, which is where unrelated words share a skeleton.
_BODY_SKELETON_MIN = 4


def body_skeleton(name: str) -> str:
    """A body's name as its consonants, its words and their article run together: the
    spellings of one outlet in different papers (بوليتكو / بوليتيكو, أسوشييتدبرس / أسوشيتد
    برس) share it."""
    words = [w[2:] if w.startswith("ال") and len(w) > 4 else w for w in normalize(name).split()]
    return "".join(w.translate(_WEAK_LETTERS) or w for w in words)


def glossary_entries(glossary: dict[str, Any] | None) -> list[tuple[Entity, list[str]]]:
    """Entities from a validated glossary mapping (see ``builder.load.glossary``)."""
    out: list[tuple[Entity, list[str]]] = []
    if not glossary:
        return out
    kinds: dict[str, ActorKind] = {
        "people": "person",
        "places": "place",
        "organizations": "organization",
        "groups": "group",
        "countries": "country",
    }
    for section, kind in kinds.items():
        for item in glossary.get(section) or ():
            forms = [str(f) for f in item.get("ar") or ()]
            if not forms or not item.get("en"):
                continue
            role = item.get("role")
            entity = Entity(
                str(item.get("id") or slugify(str(item["en"]))),
                kind,
                Bilingual(forms[0], str(item["en"])),
                country=item.get("country"),
                role=Bilingual(role.get("ar"), role.get("en")) if isinstance(role, dict) else None,
            )
            out.append((entity, forms))
    return out
