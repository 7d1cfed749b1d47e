"""Whether words look like a person's name: first names, family names, where a name ends,
and a new person's record (English name unknown: ``verified: false``)."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import cache

from builder.analyse.tokens import Token
from builder.extract.actors.words import (
    _looks_inflected,
    common_words,
    given_names,
    not_family_names,
    rules,
)
from builder.lexicon.gazetteer import Entity, Gazetteer
from builder.lexicon.institutions import heads
from builder.records import Bilingual
from builder.text.chars import DIACRITICS_RE, TANWEEN
from builder.text.latin import arabic_id
from builder.text.names import (
    GOD,
    english_name,
    is_arabic_part,
    is_foreign_name,
    known_part,
    listed_surname,
)
from builder.text.normalize import normalize


def plausible_name(tok: Token) -> bool:
    """A place or person name is not a common noun with a possessive or plural ending."""
    return not tok.norm.endswith(("ات", "ين", "ون", "ها", "هم")) or len(tok.norm) <= 4


def token_with_norm(tok: Token, norm: str) -> Token:
    return Token(tok.index, tok.start, tok.end, tok.text, tok.kind, norm, (norm,))


def new_person(gaz: Gazetteer, text: str, country: str | None = None) -> Entity:
    """A person read from the text: a shipped public figure written another way
    (نيتنياهو for نتنياهو), else a new person spelt as English news would (unverified)."""
    known = shipped_spelt_like(gaz, normalize(text).split())
    if known is not None:
        return known
    return Entity(
        arabic_id(text, person=True),
        "person",
        Bilingual(text, english_name(text, person=True)),
        country=country,
        verified=False,
    )


def shipped_spelt_like(
    gaz: Gazetteer, words: Sequence[str], in_free_text: bool = False
) -> Entity | None:
    """The one shipped person whose full name these normalised words write another way
    (نيتنياهو for نتنياهو). A respelt word keeps the listed word's first letter, and in an
    Arabic name is no part of Arabic names, whose vowels tell names apart (محمد عباس is not
    محمود عباس). ``in_free_text``, where no title or name cue announced a person, one word
    is as listed and the person's name is foreign (مارين لوبن; but يصل أردوغان)."""
    found: dict[str, Entity] = {}
    for entity, form in gaz.people_spelt(" ".join(words)):
        listed = form.split()
        if len(listed) != len(words):
            continue
        changed = [(w, k) for w, k in zip(words, listed, strict=True) if w != k]
        foreign = is_foreign_name(form)
        if any(_first_letter(w) != _first_letter(k) for w, k in changed):
            continue
        if not foreign and any(is_arabic_part(w) for w, _ in changed):
            continue
        if in_free_text and (len(changed) == len(words) or not foreign):
            continue
        found[entity.id] = entity
    return next(iter(found.values())) if len(found) == 1 else None


# The letters Arabic news writes in turn for one sound at the start of a foreign name
# (غلعاد / جلعاد, قورتولموش / كورتولموش, أردان / إردان).
_FIRST_FOLD = str.maketrans({"غ": "ج", "گ": "ج", "ق": "ك", "أ": "ا", "إ": "ا", "آ": "ا"})


def _first_letter(word: str) -> str:
    return word[:1].translate(_FIRST_FOLD)


DIN = "الدين"


def din_name_at(tokens: Sequence[Token], i: int) -> bool:
    """``tokens[i]`` and الدين after it make one given name (نور الدين, صلاح الدين)."""
    return (
        i + 1 < len(tokens)
        and tokens[i + 1].norm == DIN
        and not rules().din_names.isdisjoint(tokens[i].stems[:2])
    )


def is_first_name(tok: Token, gaz: Gazetteer) -> bool:
    """A word that can open a person's name (no article, no title, no known name)."""
    return (
        name_like(tok, gaz)
        and not written_article(tok)
        and gaz.match([tok], 0) is None
        and tok.norm not in rules().links
    )


def written_article(tok: Token) -> bool:
    """The word carries the article as written (الدينية), not a hamza-initial word (ألغت,
    إلهام) that normalises to the same opening."""
    return unicodedata.normalize("NFKC", tok.text).replace("ـ", "").startswith("ال")  # ﻹ: لإ


def opens_name(tokens: Sequence[Token], i: int, gaz: Gazetteer) -> bool:
    """``tokens[i]`` can open a person's name here: a first name, or a listed first name that
    is also a town's (:func:`place_as_given_name`)."""
    return is_first_name(tokens[i], gaz) or place_as_given_name(tokens, i, gaz)


def place_as_given_name(tokens: Sequence[Token], i: int, gaz: Gazetteer) -> bool:
    """A listed first name the gazetteer also holds as a town or a body (روان is Rouen, بترا the
    Jordanian agency), before a word that can only go on with a name (روان غوناسيكيرا, روان
    الحداد): the first name."""
    tok = tokens[i]
    if i + 1 >= len(tokens) or tok.kind != "ar" or tok.norm not in given_names():
        return False
    m = gaz.match(tokens, i)
    if m is None or m.end != i + 1 or m.value.entity.kind not in ("place", "organization"):
        return False
    nxt = tokens[i + 1]
    if nxt.norm in rules().links:
        return False  # تور دو فرانس: a foreign place's or event's name goes on
    later = name_like(nxt, gaz, later_part=True) and gaz.match([nxt], 0) is None
    if m.value.entity.kind == "organization":  # بترا سارياس, but بترا الرسمية is the agency
        return later and not nxt.norm.startswith("ال")
    return later or is_family_name(nxt, gaz)


def name_like(tok: Token, gaz: Gazetteer, later_part: bool = False) -> bool:
    """A word that can be part of a person's name; ``later_part``: not its first word, where a
    plural-looking ending is a surname (سيرودينين)."""
    if tok.kind != "ar" or len(tok.norm) < 2 or tok.text.endswith("ـ"):
        return False  # الـCIA: the article before a Latin name
    if not TANWEEN.isdisjoint(tok.text):
        return False  # محاطاً: an indefinite word, no name
    r = rules()
    if any(stem in r.stop or stem in r.org_heads for stem in tok.stems) and not is_ali(tok):
        return False
    if not r.place_nouns.isdisjoint(tok.stems):
        return False  # ناحية, ولاية, مطار: the head of a place's name
    if not later_part and _adjective_shape(tok):
        return False  # قضائية مستقلة, إسلامي إخواني: an adjective, not a first name
    if tok.norm.endswith("وا") or tok.norm.startswith(("بال", "لل", "كال", "وبال", "وال")):
        return False  # plural verbs (وافقوا) and prepositional phrases (للشرق) are not names
    if not common_words().isdisjoint(tok.stems) and not given_names().intersection(tok.stems):
        return False  # بيان, شهود, وسائل, تحسين: words the lexicons know as something else
    if _possessed_word(tok):
        return False  # بلاده, مصيره, لرئيسها: "his country", "its president"
    if _looks_inflected(tok.norm, later_part) and not given_names().intersection(tok.stems):
        return False
    m = gaz.match([tok], 0)
    if m is not None and m.value.entity.kind != "person":
        return False
    if m is not None and later_part and not m.exact and not tok.norm.startswith("ال"):
        return False  # عزت بيغوفيتش لأردوغان: "to Erdogan", another known man
    if heads().match([tok], 0) is not None:
        return False  # شرطة, حزب: the head of an institution's name
    return gaz.titles.match([tok], 0) is None


def is_ali(tok: Token) -> bool:
    """علي written with ي is the name Ali, and العلي the family al-Ali; the preposition على
    folds into the same letters, but never takes the article."""
    text = DIACRITICS_RE.sub("", tok.text)
    return (text[1:] if text.startswith("و") else text) in ("علي", "العلي")


def _on_a_noun(tok: Token) -> bool:
    """A definite word after علي that no family name is: not a known part nor a nisba in
    ي (Ali al-Zaatari, not «علي التفكير»)."""
    return tok.norm.startswith("ال") and not tok.norm.endswith("ي") and not known_part(tok.norm)


def _adjective_shape(tok: Token) -> bool:
    """A feminine relative adjective (قضائية, مالية) the name lexicons do not know: first
    names in -ية (سمية, نادية) are listed ones."""
    norm = tok.norm
    return (
        len(norm) >= 5
        and norm.endswith("يه")
        and given_names().isdisjoint(tok.stems)
        and not known_part(norm)
    )


@cache
def _possessable() -> frozenset[str]:
    """The words that are no name with a possessive ending either: common words, stop words,
    kinship nouns."""
    r = rules()
    return common_words() | r.stop | r.appositions


def _possessed_word(tok: Token) -> bool:
    """A common word or a kinship noun with a possessive ending (بلاده, نجله, بتأييده)."""
    r = rules()
    known = _possessable()
    for stem in tok.stems:
        for suffix in r.suffixes:
            base = stem[: -len(suffix)]
            if not stem.endswith(suffix) or len(base) < 3:
                continue
            if base in known or (base.endswith("ت") and base[:-1] + "ه" in known):
                return True
    return False


def is_family_name(tok: Token, gaz: Gazetteer) -> bool:
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
    title = gaz.titles.match([tok], 0)
    return title is None or title.value.profession  # سوسن الشاعر, يحيى الطبيب


def _nisba_family_name(tok: Token) -> bool:
    """An indefinite relative adjective after a name is its family name, as no adjective of
    a definite name can be indefinite (رمضان غزاوي, not "Ramadan the Gazan"): one that the
    lexicons know only as a counted noun (غزاوي, مصري) still names a family."""
    norm = tok.norm
    if tok.kind != "ar" or norm.startswith(("ال", "و")) or not norm.endswith("ي") or len(norm) < 5:
        return False
    if common_words().isdisjoint(tok.stems):
        return False  # a word no lexicon knows is read as a name part anyway
    if not TANWEEN.isdisjoint(tok.text) or not not_family_names().isdisjoint(tok.stems):
        return False
    r = rules()
    return not any(stem in r.stop or stem in r.org_heads for stem in tok.stems)


def read_name(
    tokens: Sequence[Token], i: int, gaz: Gazetteer, after_title: bool = False
) -> int | None:
    """The end of a person's name starting at ``i`` (1 to 3 parts, or 4 where three known
    given names come before a family name: خميس عبدالله خميس الزيودي), or None. Right
    ``after_title``, an unknown first word before a family name with the article is a name
    (المحافظ نوفل العاكوب), where elsewhere it may be a noun and its genitive."""
    r = rules()
    units: list[int] = []  # end index of each unit
    compound = False  # the last unit was عبد الرحمن, أبو بكر: a link and its word
    j = i
    while j < len(tokens) and len(units) < 4:
        tok = tokens[j]
        if len(units) == 3 and not (
            written_article(tok) and _known_names(tokens, i, units[0], units[1])
        ):
            break
        if units and not compound and _second_half(tokens, j, len(units)):
            units[-1] = j = j + 1  # نجيب الله خاموال, نور الدين بيندوسينا: one name
            compound = True
            continue
        if not (
            name_like(tok, gaz, bool(units))
            or (not units and place_as_given_name(tokens, j, gaz))
            or (units and is_family_name(tok, gaz))
            or (units and _nisba_family_name(tok) and common_words().isdisjoint(tokens[i].stems))
            or (units and _link_of_name(tokens, j, gaz))
            or (len(units) == 1 and _town_as_surname(tokens, j, gaz))
        ):
            break
        if (
            units
            and tok.norm.startswith("و")
            and len(tok.norm) > 3
            and tok.norm[1:] not in r.links
            and not (listed_surname(tok.norm) and not known_part(tok.norm[1:]))
        ):
            break  # ولافروف starts the next name (but وايت is White)
        if units and (_to_a_word(tok) or _describes_foreigner(tokens[i], tok)):
            break
        if len(units) == 1 and is_ali(tokens[i]) and _on_a_noun(tok):
            return None  # «علي النوم»: على written with ي before a noun, no Ali
        if (
            units
            and tok.norm.startswith("ال")
            and len(units) >= 2
            and not compound
            and not _known_names(tokens, i, units[0])
        ):
            break  # …but إبراهيم عبد الرحمن الحداد, محمد فهد الحداد: a family name after
            # a compound one or after two names the lexicons know
        foreign_links = r.foreign_links
        if not units and (tok.norm in foreign_links or _and(tok.norm) in foreign_links):
            break  # دي, لا, فون open no name (ولا تتعلق: "and not")
        step = _unit_length(tokens, j, first=not units)
        j += step
        units.append(j)
        compound = step == 2
        if tok.norm.startswith("ال") and len(units) > 1:
            break  # a family name with the article ends the name: بشار الأسد
    if not units:
        return None
    if written_article(tokens[i]) and tokens[i].norm not in r.links:
        return None  # names do not start with the article (وعبد العزيز does: و + عبد;
        # ألكسندر opens with a hamza, no article)
    if (
        len(units) == 2
        and units[0] == i + 1
        and tokens[i + 1].norm.startswith("ال")
        and not any(known_part(stem) for stem in tokens[i].stems[:2])
        and not (after_title and _first_and_family(tokens, i))
    ):
        return None  # إدارة الخدمات, طوال الأسبوع: a noun and its genitive, no first name
    while (
        len(units) > 2
        and not at_boundary(tokens, units[-1])
        and not tokens[units[-1] - 1].norm.startswith("ال")  # a family name ends it anyway
    ):
        units.pop()
    return units[-1]


def _first_and_family(tokens: Sequence[Token], i: int) -> bool:
    """After a title, an unknown word and a definite one read as a first and a family name
    (نوفل العاكوب) when the first carries no clitic, ending or feminine ة of a noun (لمكافحة
    الإرهاب, مخابراتها العسكرية, إدارة الخدمات), the second is no common word and the
    name is closed there."""
    first, family = tokens[i], tokens[i + 1]
    if first.norm[:1] in "ولبفسك" or first.norm.endswith(("ه", "ها", "هم", "ون", "ين", "ات")):
        return False
    return common_words().isdisjoint(family.stems) and at_boundary(tokens, i + 2)


def _second_half(tokens: Sequence[Token], j: int, parts: int) -> bool:
    """``tokens[j]`` closes the name part before it: الله after نجيب (Najibullah), الدين after
    the first name نور (Nour al-Din)."""
    if tokens[j].norm == GOD:
        return tokens[j - 1].norm in rules().god_names
    return parts == 1 and din_name_at(tokens, j - 1)


def _unit_length(tokens: Sequence[Token], j: int, first: bool) -> int:
    """How many tokens the name part at ``j`` takes: a link and its word (عبد الرحمن, أبو
    بكر) two, a word and its hyphened half (مون جي-إن, جان-مارك) three, else one."""
    links = rules().links
    norm = tokens[j].norm
    linked = norm in links or (first and norm[:1] == "و" and norm[1:] in links)
    if linked and j + 1 < len(tokens) and tokens[j + 1].kind == "ar":
        return 2
    return 3 if _hyphened(tokens, j) else 1


def _hyphened(tokens: Sequence[Token], j: int) -> bool:
    """An Arabic word at ``j`` joined to the next by a hyphen with no space either side."""
    if j + 2 >= len(tokens):
        return False
    word, hyphen, half = tokens[j], tokens[j + 1], tokens[j + 2]
    return (
        hyphen.text == "-"
        and half.kind == "ar"
        and word.end == hyphen.start
        and hyphen.end == half.start
    )


def _to_a_word(tok: Token) -> bool:
    """A preposition on a word: ل or ب before a hamza (لأكثر, بأسف: "to", "with"), which a
    later part of a name never writes (لافروف, ليفي), or before a word with a pronoun
    (لخلافته "to succeed him", بحقه "against him") that no name lexicon knows."""
    text = DIACRITICS_RE.sub("", tok.text)
    if text.startswith(("لأ", "لإ", "لآ", "بأ", "بإ", "بآ")):
        return True
    pronoun = text.endswith(("ته", "تها", "ها", "هم", "وه")) or (
        text.endswith("ه") and text[-2:-1] not in "ياو"
    )  # …ه after a consonant: بحقه (ة is no pronoun: بوليلة); …يه, …اه are foreign endings
    return len(text) >= 4 and text[:1] in "لبف" and pronoun and not known_part(tok.norm)


def _describes_foreigner(first: Token, tok: Token) -> bool:
    """A definite feminine word after a foreign first name describes the person (يوليا
    البالغة "Yulia, aged", جاستن المغلوطة): foreign names take no Arabic family name in ال…ة
    and no Arabic participle."""
    if not is_foreign_name(first.text) or known_part(tok.norm):
        return False
    # …or a participle (خرج يورغن كلوب مستاء "left upset"): مست…, مت… open no European name
    return (tok.norm.startswith("ال") and tok.norm.endswith("ه")) or tok.norm.startswith(
        ("مست", "مت")
    )


def _and(norm: str) -> str:
    """The word without the conjunction و written onto it ('' when it has none)."""
    return norm[1:] if norm.startswith("و") else ""


def _link_of_name(tokens: Sequence[Token], j: int, gaz: Gazetteer) -> bool:
    """A link that is also a common word (بنت "girl") before a name word, inside a name:
    هند بنت محمد آل خليفة. Not before a verb (يوليا لا يزالان: "Yulia still")."""
    if tokens[j].norm not in rules().links or j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1]
    return _unit_length(tokens, j, first=False) == 2 and (
        name_like(nxt, gaz, later_part=True) or is_family_name(nxt, gaz)
    )


def _known_names(tokens: Sequence[Token], *at: int) -> bool:
    """Every token at ``at`` is a known first name (محمد فهد: a man and his father, whose
    family name may follow). عبد written onto one of God's names (عبدالعظيم) is a first name
    whether listed or not."""
    return all(
        not given_names().isdisjoint(tokens[k].stems[:2]) or _joined_abd(tokens[k].norm) for k in at
    )


def _joined_abd(word: str) -> bool:
    """عبدالعظيم, وعبدالكريم: عبد and a divine name with its article, written as one word."""
    bare = word[1:] if word[:1] in "وف" and word[1:4] == "عبد" else word
    return bare.startswith("عبدال") and len(bare) >= 8


def _town_as_surname(tokens: Sequence[Token], j: int, gaz: Gazetteer) -> bool:
    """A town's name right after a first name and closing the phrase is the surname
    (رئيسة المجلس كارلا لوسينا أنه: Lucena, not the Spanish town). Not a capital or a
    country, which follow names as objects (زار الوزير جان لودريان بغداد)."""
    m = gaz.match(tokens, j)
    if m is None or m.end != j + 1 or tokens[j].norm != tokens[j].stems[0]:
        return False
    before = tokens[j - 1]
    if not common_words().isdisjoint(before.stems) or gaz.titles.match([before], 0) is not None:
        return False  # حاكم دبي, شرطة دبي: an office or a body of the town
    entity = m.value.entity
    if entity.kind != "place" or entity.capital_of or tokens[j].norm.startswith("ال"):
        return False
    return at_boundary(tokens, j + 1) or tokens[j + 1].norm in {"ان", "انه", "انها"}


def at_boundary(tokens: Sequence[Token], j: int) -> bool:
    if j >= len(tokens):
        return True
    tok = tokens[j]
    if tok.kind in ("sym", "num") or any(stem in rules().stop for stem in tok.stems):
        return True
    if tok.norm.startswith(("بال", "وبال")) and len(tok.norm) > 5:
        return True  # «وعائشة المانع بالإضافة إلى»: a preposition and its noun, no name word
    # «محمد الخالدي وسلمى يوسف»: a first name joined by و opens the next name of a list
    return tok.norm.startswith("و") and tok.norm[1:] in given_names()
