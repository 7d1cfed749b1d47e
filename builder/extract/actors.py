"""Actors: people (with role), countries, organizations, armed groups and places, each once,
with every mention.

Known names come from the gazetteer (glossary, organizations, places, CLDR countries,
demonyms). People outside the glossary are found by title + name ("الرئيس الروسي فلاديمير
بوتين"); their English name stays unknown (``verified: false``) rather than guessed. Later
mentions by surname (بوتين) or by role alone (رئيس الوزراء الأرميني) join the same person.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from builder import data
from builder.analyse.phrases import PhraseIndex, PhraseMatch
from builder.analyse.tokens import Token
from builder.extract.context import Context
from builder.lexicon.gazetteer import Entity, Gazetteer, Ref, Title, shipped, shipped_people
from builder.lexicon.institutions import english_institution, english_place
from builder.records import Actor, ActorKind, Bilingual, Span
from builder.text.latin import arabic_id
from builder.text.names import english_name
from builder.text.normalize import normalize

FORMER = {"سابق", "سابقه", "اسبق", "السابق", "السابقه", "الاسبق"}


class _NameRules:
    def __init__(self) -> None:
        raw = data.load("name_rules")
        self.links = {normalize(w) for w in raw["links"]}
        self.stop = {normalize(w) for w in raw["stop"]}
        self.suffixes = tuple(
            sorted((normalize(s) for s in raw["possessive_suffixes"]), key=len, reverse=True)
        )
        self.reporting = {normalize(w) for w in raw["reporting_verbs"]}
        self.given_name_stop = [str(w) for w in raw.get("given_name_stop") or ()]
        self.not_names = [str(w) for w in raw.get("not_names") or ()]
        self.org_heads = {normalize(w) for w in raw["org_heads"]}
        self.org_stop = {normalize(w) for w in raw["org_stop"]}
        self.place_inside = {normalize(w) for w in raw["place_heads"]["inside"]}
        self.place_with_head = {normalize(w) for w in raw["place_heads"]["with_head"]}


@cache
def rules() -> _NameRules:
    return _NameRules()


@dataclass
class _Found:
    """An actor being assembled while reading the article."""

    entity: Entity
    mentions: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    sentence: int = 0
    role: Bilingual | None = None
    surname_keys: list[str] = field(default_factory=list)
    affiliation: str | None = None
    ownerless: tuple[Token, ...] = ()
    """The words of an institution named without its country (الحكومة, البرلمان): the
    story's country is taken as its owner once the whole article is read."""


class _Registry:
    def __init__(self) -> None:
        self.by_id: dict[str, _Found] = {}
        self.order: list[str] = []
        self.people = PhraseIndex[Entity]()

    def add(self, entity: Entity, text: str, span: Span, sentence: int) -> _Found:
        found = self.by_id.get(entity.id)
        if found is None:
            found = _Found(entity, sentence=sentence, role=entity.role)
            self.by_id[entity.id] = found
            self.order.append(entity.id)
        if text not in found.mentions:
            found.mentions.append(text)
        if span not in found.spans:
            found.spans.append(span)
        return found


def extract(ctx: Context) -> None:
    gaz = ctx.lexicon or shipped()
    reg = _Registry()
    for sentence, tokens in zip(ctx.doc.sentences, ctx.tokens, strict=True):
        _read_sentence(ctx, gaz, reg, sentence.index, tokens)
    owner = _story_country(reg)
    for actor_id in reg.order:
        found = reg.by_id[actor_id]
        e = found.entity
        if found.ownerless and owner is not None:
            e = _owned(found, owner, gaz)
        ctx.facts.actors.append(
            Actor(
                id=e.id,
                kind=e.kind,
                name=e.name,
                # What the article calls them; else the office they held at the time.
                role=found.role or e.role_in(ctx.doc.published.year),
                mentions=found.mentions,
                spans=sorted(found.spans, key=lambda s: s.start),
                sentence=found.sentence,
                verified=e.verified,
                country=e.country,
                media=e.media,
                affiliation=found.affiliation,
            )
        )


def _story_country(reg: _Registry) -> str | None:
    """The country the story is about: the one mentioned most (ties: the first)."""
    counts = [
        (len(f.spans), -n, f.entity.country)
        for n, f in enumerate(reg.by_id.values())
        if f.entity.kind == "country" and f.entity.country
    ]
    return max(counts)[2] if counts else None


def _owned(found: _Found, country: str, gaz: Gazetteer) -> Entity:
    """An ownerless institution as the story's country's: الحكومة → Yemeni government."""
    name, _ = english_institution(found.ownerless, gaz, country)
    entity = found.entity
    if not name:
        return entity
    return replace(entity, name=Bilingual(entity.name.ar, name), country=entity.country or country)


def _text(ctx: Context, tokens: Sequence[Token], start: int, end: int) -> tuple[str, Span]:
    span = Span(tokens[start].start, tokens[end - 1].end)
    return ctx.doc.text[span.start : span.end], span


def _read_sentence(
    ctx: Context, gaz: Gazetteer, reg: _Registry, sentence: int, tokens: Sequence[Token]
) -> None:
    i = 0
    while i < len(tokens):
        if tokens[i].kind == "sym" or tokens[i].kind == "num":
            i += 1
            continue
        end = _read_known(ctx, gaz, reg, sentence, tokens, i)
        if end is None and tokens[i].kind == "ar":
            end = _read_by_cue(ctx, gaz, reg, sentence, tokens, i)
        i = end if end is not None else i + 1


def _read_known(
    ctx: Context, gaz: Gazetteer, reg: _Registry, sentence: int, tokens: Sequence[Token], i: int
) -> int | None:
    """A person already met, a title and the name it introduces, or a name the gazetteer
    knows, starting at token ``i``: the token after it (None when there is none)."""
    person = reg.people.match(tokens, i)
    named = gaz.match(tokens, i)
    if (
        named is not None
        and named.value.via == "surname"
        and i > 0
        and _first_name(tokens[i - 1], gaz)
    ):
        named = None  # محمد فهد الربيعة: another man of the family the gazetteer knows
    if person is not None and (named is None or person.end >= named.end):
        text, span = _text(ctx, tokens, i, person.end)
        reg.add(person.value, text, span, sentence)
        return person.end
    title = gaz.titles.match(tokens, i) or _possessive_title(gaz, tokens, i)
    if title is not None and title.value.relational and not title.value.possessive:
        title = None  # "خصم" alone is a noun; "خصمه رياك مشار" introduces a name
    if title is not None and _in_figure(ctx, tokens[i]):
        title = None  # "2000 جندي حفظ سلام": a counted noun, not a soldier's title
    if title is not None:
        end = _read_titled_person(
            ctx, gaz, reg, sentence, tokens, title.start, title.end, title.value
        )
        if end > i:
            return end
    if named is not None:
        _add_named(ctx, reg, sentence, tokens, named.start, named.end, named.value)
        return named.end
    return None


def _read_by_cue(
    ctx: Context, gaz: Gazetteer, reg: _Registry, sentence: int, tokens: Sequence[Token], i: int
) -> int | None:
    """An actor the Arabic word at ``i`` announces: a place noun, a reporting verb (its
    speaker follows), an institution's head noun or a given name."""
    stems = tokens[i].stems
    r = rules()
    if r.place_inside.intersection(stems) or r.place_with_head.intersection(stems):
        end = _read_place(ctx, gaz, reg, sentence, tokens, i)
        if end > i:
            return end
    if any(stem in r.reporting for stem in stems):
        end = _read_speaker(ctx, gaz, reg, sentence, tokens, i + 1)
        if end > i + 1:
            return end
    if any(stem in r.org_heads for stem in stems[:2]):
        end = _read_institution(ctx, gaz, reg, sentence, tokens, i)
        if end > i:
            return end
    if not given_names().isdisjoint(stems[:2]):
        end = _read_given_name(ctx, gaz, reg, sentence, tokens, i)
        if end > i:
            return end
    return None


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

    words = {normalize(w) for w in rules().not_names}
    words |= triggers().events.first_words()
    words |= reader().words.first_words() | reader().vague.first_words()
    words |= shipped().titles.first_words()
    time_words = data.load("time_words")
    for forms in (*time_words["months"].values(), *time_words["weekdays"].values()):
        for form in forms if isinstance(forms, list) else [forms]:
            word = normalize(str(form))
            words |= {word, word[2:] if word.startswith("ال") else word}
    return frozenset(w for w in words if len(w) >= 2)


def _looks_inflected(word: str) -> bool:
    """A verb or a noun with a pronoun or plural ending (يطالب, تطعن, وعائلاتهم, المجتمعين):
    not how a name is written."""
    bare = word[1:] if word.startswith(("و", "ف")) and len(word) > 4 else word
    if bare.endswith(("هم", "هما", "كم", "نا")) and len(bare) > 4:
        return True
    if bare.endswith(("ات", "ين", "ون")) and len(bare) > 5:
        return True
    return bare[:1] in ("ي", "ت") and len(bare) >= 4 and bare[1:2] not in "اوي"


@cache
def given_names() -> frozenset[str]:
    """First names of people: the first word of every shipped person's names (ناشطات لجين
    الهذلول وعزيزة يوسف), less the given names that are also common words."""
    stop = {normalize(w) for w in rules().given_name_stop}
    names = {
        normalize(form.split()[0])
        for _, full, _ in shipped_people()
        for form in full
        if len(form.split()) >= 2
    }
    return frozenset(n for n in names if len(n) >= 3 and n not in stop and not n.startswith("ال"))


def _read_given_name(
    ctx: Context, gaz: Gazetteer, reg: _Registry, sentence: int, tokens: Sequence[Token], i: int
) -> int:
    """A known first name and one or two more name words: a person the article names with no
    title (وقالت الناشطة لجين الهذلول, المرشح بافل غرودينين). Returns the index after it,
    or ``i``."""
    if reg.people.match(tokens, i) or gaz.match(tokens, i):
        return i
    if not common_words().isdisjoint(tokens[i].stems):
        return i  # بيان مشترك: a first name only when it is no common word
    end = _read_name(tokens, i, gaz)
    if end is None or end - i < 2 or (not _boundary(tokens, end) and end - i < 3):
        return i
    text, span = _text(ctx, tokens, i, end)
    found = reg.add(_new_person(gaz, text), text, span, sentence)
    _register_person_forms(reg, found, text)
    return end


def _read_speaker(
    ctx: Context, gaz: Gazetteer, reg: _Registry, sentence: int, tokens: Sequence[Token], i: int
) -> int:
    """وقال رامي عبد الرحمن ، مدير المرصد: a two- or three-part name after a reporting verb,
    closed by punctuation, إن/أن or a title. Returns the index after it, or ``i``."""
    if i >= len(tokens) or reg.people.match(tokens, i) or gaz.match(tokens, i):
        return i
    end = _read_name(tokens, i, gaz)
    if end is None:
        return i
    parts = sum(1 for t in tokens[i:end] if t.norm not in rules().links)
    closed = (
        end >= len(tokens)
        or tokens[end].kind == "sym"
        or tokens[end].norm in {"ان", "انه", "انها", "لـ"}
        or gaz.titles.match(tokens, end) is not None
    )
    if parts < 2 or not closed:
        return i
    text, span = _text(ctx, tokens, i, end)
    entity = _new_person(gaz, text)
    found = reg.add(entity, text, span, sentence)
    _register_person_forms(reg, found, text)
    return end


def _read_place(
    ctx: Context, gaz: Gazetteer, reg: _Registry, sentence: int, tokens: Sequence[Token], i: int
) -> int:
    """مدينة كيميروفو, بلدة تل أبيض, مستشفى الشفاء: a place named after a place noun, when no
    shipped name covers it. Returns the index after it, or ``i``."""
    r = rules()
    head = tokens[i]
    if any(stem.startswith("ال") for stem in head.stems[:2]) or head.norm.startswith(
        ("بال", "لل", "وال")
    ):
        return i  # "المنطقة العازلة", "المستشفى الرئيسي": a description, not a name
    with_head = bool(r.place_with_head.intersection(head.stems))
    start = i + 1
    if (
        start >= len(tokens)
        or gaz.match(tokens, start) is not None
        or reg.people.match(tokens, start)
    ):
        return i
    if with_head and not tokens[start].norm.startswith("ال"):
        return i  # a named facility is a construct with a definite name: مستشفى الشفاء
    end = start
    while end < len(tokens) and end - start < 2:
        tok = tokens[end]
        if tok.kind != "ar" or any(stem in r.stop or stem in r.org_stop for stem in tok.stems):
            break
        if gaz.match(tokens, end) is not None or gaz.titles.match(tokens, end) is not None:
            break
        if end > start and tok.norm.startswith("و"):
            break
        end += 1
    if end == start or (not with_head and not _plausible_name(tokens[start])):
        return i
    name_start = i if with_head else start
    text, span = _text(ctx, tokens, name_start, end)
    name_en = english_place(tokens[i:end] if with_head else tokens[start:end])
    entity = Entity(arabic_id(text), "place", Bilingual(text, name_en), verified=False)
    reg.add(entity, text, span, sentence)
    return end


def _plausible_name(tok: Token) -> bool:
    """A place or person name is not a common noun with a possessive or plural ending."""
    return not tok.norm.endswith(("ات", "ين", "ون", "ها", "هم")) or len(tok.norm) <= 4


def _read_institution(
    ctx: Context, gaz: Gazetteer, reg: _Registry, sentence: int, tokens: Sequence[Token], i: int
) -> int:
    """وزارة الدفاع الأسترالية, حزب النمو: a head noun and up to three definite words after
    it (the genitive of a construct, or adjectives agreeing with a definite head)."""
    r = rules()
    end = i + 1
    named = False
    while end < len(tokens) and end - i < 4:
        tok = tokens[end]
        if (
            tok.kind != "ar"
            or any(stem in r.org_stop for stem in tok.stems)
            or any(stem in r.stop for stem in tok.stems)
        ):
            break
        if gaz.titles.match(tokens, end) is not None or (tok.norm.startswith("و") and end > i + 1):
            break
        m = gaz.match(tokens, end)
        if m is not None:
            named = True
            end = m.end
            continue
        if not tok.norm.startswith("ال"):
            break  # an indefinite word ("محكمة تركية") describes, it does not name
        end += 1
    definite_head = tokens[i].stems[0].startswith("ال") or any(
        st.startswith("ال") for st in tokens[i].stems[1:2]
    )
    if end - i < 2 or (definite_head and not named and end - i < 3):
        return i
    known = gaz.match(tokens, i + 1)
    if (
        known is not None
        and known.end == end
        and known.value.entity.kind in ("organization", "group")
        and known.value.via == "name"
    ):  # منظمة هيومن رايتس ووتش, شركة لوكهيد مارتن: the head is the body's own noun
        text, span = _text(ctx, tokens, i, end)
        reg.add(known.value.entity, text, span, sentence)
        return end
    text, span = _text(ctx, tokens, i, end)
    kind: ActorKind = (
        "group"
        if tokens[i].stems[-1] in {"مليشيا", "ميليشيا", "كتائب", "سرايا", "تنظيم", "جماعه"}
        else "organization"
    )
    country = next(
        (
            m.value.entity.country
            for k in range(i + 1, end)
            if (m := gaz.match(tokens, k)) and m.value.via == "demonym"
        ),
        None,
    )
    name_en, owner = english_institution(tokens[i:end], gaz)
    entity = Entity(
        arabic_id(text),
        kind,
        Bilingual(text, name_en or english_name(text)),
        country=country or owner,
        verified=False,
    )
    found = reg.add(entity, text, span, sentence)
    if owner is None and name_en is not None:
        found.ownerless = tuple(tokens[i:end])
    for k in range(i + 1, end):  # the country inside the name is mentioned too
        m = gaz.match(tokens, k)
        if m is not None and m.value.entity.kind == "country":
            _add_named(ctx, reg, sentence, tokens, m.start, m.end, m.value)
    return end


def _in_figure(ctx: Context, tok: Token) -> bool:
    return any(f.span.start <= tok.start < f.span.end for f in ctx.facts.figures)


def _add_named(
    ctx: Context,
    reg: _Registry,
    sentence: int,
    tokens: Sequence[Token],
    start: int,
    end: int,
    ref: Ref,
) -> None:
    text, span = _text(ctx, tokens, start, end)
    entity = ref.entity
    if ref.via == "capital" and entity.capital_of and not _locative(tokens, start, entity):
        # موسكو as the Russian government: a mention of the country, not of the city.
        country = (ctx.lexicon or shipped()).countries.get(entity.capital_of)
        if country is not None:
            reg.add(country, text, span, sentence)
            ctx.vias[span] = "capital"
            return
    found = reg.add(entity, text, span, sentence)
    if ref.via != "name":
        ctx.vias[span] = ref.via
    if entity.kind == "person":
        _register_person_forms(reg, found, text)


def _locative(tokens: Sequence[Token], i: int, entity: Entity) -> bool:
    """في موسكو, بموسكو, إلى موسكو: the city as a place (باريس is not ب + اريس)."""
    own_b = normalize(entity.name.ar or "").startswith("ب")
    if tokens[i].norm.startswith(("ب", "وب")) and len(tokens[i].norm) > 4 and not own_b:
        return True
    return i > 0 and tokens[i - 1].norm in {"في", "وفي", "قمه", "مدينه", "العاصمه"}


def _possessive_title(gaz: Gazetteer, tokens: Sequence[Token], i: int) -> PhraseMatch[Title] | None:
    """رئيسها, وزيرها: a one-word title with a possessive ending."""
    tok = tokens[i]
    if tok.kind != "ar" or not tok.norm.endswith(rules().suffixes):
        return None
    for suffix in rules().suffixes:
        for stem in tok.stems:
            if stem.endswith(suffix) and len(stem) > len(suffix) + 2:
                base = stem[: -len(suffix)]
                if base.endswith("ت"):
                    base = base[:-1] + "ه"  # رئيستها → رئيسه (feminine ة before a suffix)
                m = gaz.titles.match([_fake(tok, base)], 0)
                if m is not None and m.end == 1:
                    return PhraseMatch(i, i + 1, replace(m.value, possessive=True), exact=False)
    return None


def _fake(tok: Token, norm: str) -> Token:
    return Token(tok.index, tok.start, tok.end, tok.text, tok.kind, norm, (norm,))


def _read_titled_person(
    ctx: Context,
    gaz: Gazetteer,
    reg: _Registry,
    sentence: int,
    tokens: Sequence[Token],
    start: int,
    title_end: int,
    title: Title,
) -> int:
    """Title [of country/organization] [former] Name. Returns the token index after what was
    read, or ``start`` when nothing person-like follows."""
    j = title_end
    of: Entity | None = None
    of_via = None
    # Title of a country or organization: الرئيس الروسي, وزير خارجية روسيا, الأمين العام للأمم المتحدة
    if j < len(tokens):
        m = gaz.match(tokens, j)
        if (
            m is not None
            and m.value.entity.kind in ("country", "organization", "group")
            and m.value.via in ("demonym", "name")
        ):
            of = m.value.entity
            of_via = (m.start, m.end, m.value)
            j = m.end
    former = False
    if j < len(tokens) and tokens[j].norm in FORMER:
        former = True
        j += 1
    role = None if title.relational else _role(ctx, tokens, start, j, title, of, former)
    # Skip a comma between a possessive title and the name: رئيسها ، رجب طيب أردوغان
    k = j
    if (
        title.possessive
        and k < len(tokens)
        and tokens[k].text in ("،", ",")
        and k + 1 < len(tokens)
    ):
        k += 1
    if k >= len(tokens):  # the sentence ends with the title
        if of_via is not None:
            _add_named(ctx, reg, sentence, tokens, *of_via)
        return k
    person = reg.people.match(tokens, k)
    known = gaz.match(tokens, k)
    if of_via is not None:
        _add_named(ctx, reg, sentence, tokens, *of_via)
    if person is not None:
        found = reg.add(person.value, *_text(ctx, tokens, k, person.end), sentence)
        found.role = found.role or _with_country(role, person.value, gaz)
        found.affiliation = found.affiliation or (of.id if of else title.of)
        _unit(ctx, tokens, start, person.end, person.value.id)
        return person.end
    if known is not None and known.value.entity.kind == "person":
        found = reg.add(known.value.entity, *_text(ctx, tokens, k, known.end), sentence)
        found.role = found.role or _with_country(role, known.value.entity, gaz)
        found.affiliation = found.affiliation or (of.id if of else title.of)
        _register_person_forms(reg, found, _text(ctx, tokens, k, known.end)[0])
        _unit(ctx, tokens, start, known.end, known.value.entity.id)
        return known.end
    end = _read_name(tokens, k, gaz)
    if end is None:
        # A role without a name: a later mention of a person already introduced with it.
        same = _person_with_role(reg, role) if role else None
        if same is not None:
            text, span = _text(ctx, tokens, start, j)
            reg.add(same.entity, text, span, sentence)
            _unit(ctx, tokens, start, j, same.entity.id)
            return j
        return j if of_via is not None else start
    text, span = _text(ctx, tokens, k, end)
    entity = _new_person(gaz, text, of.country if of else None)
    found = reg.add(entity, text, span, sentence)
    found.role = found.role or role
    found.affiliation = found.affiliation or (of.id if of else title.of)
    _register_person_forms(reg, found, text)
    _unit(ctx, tokens, start, end, entity.id)
    return end


def _unit(ctx: Context, tokens: Sequence[Token], start: int, end: int, person: str) -> None:
    """Title and name read as one person ("الرئيس الروسي فلاديمير بوتين"): a unit for the
    frames, so that the demonym inside the title is not taken as a second participant."""
    ctx.units.append((Span(tokens[start].start, tokens[end - 1].end), person))


def _with_country(role: Bilingual | None, entity: Entity, gaz: Gazetteer) -> Bilingual | None:
    """ "President" of a person known to be Turkish reads "President of Turkey"."""
    if role is None or not role.en or " of " in role.en or not entity.country:
        return role
    country = gaz.countries.get(entity.country)
    if country is None or not country.name.en:
        return role
    return Bilingual(role.ar, f"{role.en} of {country.name.en}")


def _role(
    ctx: Context,
    tokens: Sequence[Token],
    start: int,
    end: int,
    title: Title,
    of: Entity | None,
    former: bool,
) -> Bilingual:
    ar = ctx.doc.text[tokens[start].start : tokens[end - 1].end]
    en = title.en
    if of is not None:
        of_en = of.name.en or ""  # gazetteer entities always carry an English name
        article = "the " if of.kind != "country" and not of_en.lower().startswith("the ") else ""
        en = f"{en} of {article}{of_en}"
    if former:
        en = f"former {en}"
    return Bilingual(" ".join(ar.split()), en)


def _person_with_role(reg: _Registry, role: Bilingual) -> _Found | None:
    matches = [
        f
        for f in reg.by_id.values()
        if f.entity.kind == "person" and f.role and f.role.en == role.en
    ]
    return matches[0] if len(matches) == 1 and " of " in (role.en or "") else None


def _new_person(gaz: Gazetteer, text: str, country: str | None = None) -> Entity:
    """A person read from the text: a shipped public figure written another way
    (نيتنياهو for نتنياهو), else a new person spelt as English news would (unverified)."""
    known = gaz.person_spelt_like(text)
    if known is not None:
        return known
    return Entity(
        arabic_id(text),
        "person",
        Bilingual(text, english_name(text)),
        country=country,
        verified=False,
    )


def _first_name(tok: Token, gaz: Gazetteer) -> bool:
    """A word that can open a person's name (no article, no title, no known name)."""
    return (
        _name_like(tok, gaz)
        and not tok.norm.startswith("ال")
        and gaz.match([tok], 0) is None
        and tok.norm not in rules().links
    )


def _name_like(tok: Token, gaz: Gazetteer) -> bool:
    if tok.kind != "ar" or len(tok.norm) < 2:
        return False
    r = rules()
    if any(stem in r.stop or stem in r.org_heads for stem in tok.stems):
        return False
    if tok.norm.endswith("وا") or tok.norm.startswith(("بال", "لل", "كال", "وبال", "وال")):
        return False  # plural verbs (وافقوا) and prepositional phrases (للشرق) are not names
    if not common_words().isdisjoint(tok.stems) and not given_names().intersection(tok.stems):
        return False  # بيان, شهود, وسائل, تحسين: words the lexicons know as something else
    if _looks_inflected(tok.norm) and not given_names().intersection(tok.stems):
        return False
    m = gaz.match([tok], 0)
    if m is not None and m.value.entity.kind != "person":
        return False
    return gaz.titles.match([tok], 0) is None


def _family_name(tok: Token, gaz: Gazetteer) -> bool:
    """A definite word after a first name that names a family though it is also a noun
    (الخطيب, النجار, الأسد): not a title, trigger, time, plural or a known non-person."""
    r = rules()
    if tok.kind != "ar" or not tok.norm.startswith("ال") or len(tok.norm) < 5:
        return False
    if any(stem in r.stop or stem in r.org_heads for stem in tok.stems):
        return False
    if not not_family_names().isdisjoint(tok.stems) or _looks_inflected(tok.norm):
        return False
    m = gaz.match([tok], 0)
    if m is not None and m.value.entity.kind != "person":
        return False
    return gaz.titles.match([tok], 0) is None


def _read_name(tokens: Sequence[Token], i: int, gaz: Gazetteer) -> int | None:
    """The end of a person's name starting at ``i`` (1 to 3 parts), or None."""
    r = rules()
    units: list[int] = []  # end index of each unit
    j = i
    while j < len(tokens) and len(units) < 3:
        tok = tokens[j]
        if not _name_like(tok, gaz) and not (units and _family_name(tok, gaz)):
            break
        if units and tok.norm.startswith("و") and len(tok.norm) > 3 and tok.norm[1:] not in r.links:
            break  # ولافروف starts the next name
        if units and tok.norm.startswith("ال") and len(units) >= 2:
            break
        step = (
            2 if tok.norm in r.links and j + 1 < len(tokens) and tokens[j + 1].kind == "ar" else 1
        )
        j += step
        units.append(j)
        if tok.norm.startswith("ال") and len(units) > 1:
            break  # a family name with the article ends the name: بشار الأسد
    if not units:
        return None
    if tokens[i].norm.startswith("ال") and tokens[i].norm not in r.links:
        return None  # names do not start with the article
    while len(units) > 2 and not _boundary(tokens, units[-1]):
        units.pop()
    return units[-1]


def _boundary(tokens: Sequence[Token], j: int) -> bool:
    if j >= len(tokens):
        return True
    tok = tokens[j]
    return tok.kind in ("sym", "num") or any(stem in rules().stop for stem in tok.stems)


def _register_person_forms(reg: _Registry, found: _Found, text: str) -> None:
    """Index the full name and the surname so later mentions (لافروف, ولافروف) join."""
    words = normalize(text).split()
    reg.people.add(" ".join(words), found.entity)
    if len(words) >= 2:
        surname = words[-1]
        if len(surname) >= 3 and surname not in rules().links:
            reg.people.add(surname, found.entity)
