"""Institutions and armed groups named by their head noun (``وزارة الخارجية الروسية``,
``شرطة دبي``, ``جيش خالد بن الوليد``), with an English name built from their parts, or the
gazetteer's body when the composed name is another of its names."""

from __future__ import annotations

from collections.abc import Sequence

from builder.analyse.phrases import OPENING_QUOTES, PhraseMatch
from builder.analyse.tokens import Token
from builder.extract.actors.names import is_first_name, read_name, written_article
from builder.extract.actors.namesakes import namesake_of, shortened, without_owner
from builder.extract.actors.places import mention_inside
from builder.extract.actors.registry import Registry, span_text
from builder.extract.actors.words import calendar_words, rules, sentence_words
from builder.extract.context import Context
from builder.lexicon.gazetteer import Entity, Gazetteer, Ref
from builder.lexicon.institutions import (
    Head,
    complement_at,
    complement_owners,
    describing_words,
    english_institution,
    heads,
    names_nothing,
    quoted_heads,
    resolves,
)
from builder.records import ActorKind, Bilingual, Span
from builder.text.latin import arabic_id
from builder.text.names import english_name, english_quoted_name
from builder.text.normalize import normalize


def read_institution(
    ctx: Context, gaz: Gazetteer, reg: Registry, sentence: int, tokens: Sequence[Token], i: int
) -> int:
    """وزارة الدفاع الأسترالية, حزب النمو: a head noun and up to three definite words after
    it (the genitive of a construct, or adjectives agreeing with a definite head)."""
    head_match = heads().match(tokens, i)
    # مجلس النواب للطاقة: a named house's committee, not the house; مجلس … للانتخابات is one
    one_word_head = head_match is not None and head_match.end == i + 1
    head_end = head_match.end if head_match is not None else i + 1
    known_end = _known_body_at(ctx, gaz, reg, sentence, tokens, i, head_end)
    if known_end is not None:
        return known_end
    definite = definite_head = tokens[i].stems[0].startswith("ال") or any(
        st.startswith("ال") for st in tokens[i].stems[1:2]
    )
    if head_match is not None and _common_noun_here(gaz, tokens, head_match):
        return i  # حركة الطيران: air traffic, no movement; جبهة زبيد: a war's front
    if definite_head and _country_named_at(gaz, tokens, head_end):
        return i  # زار خبراء المنظمة المملكة المتحدة: a definite head takes no genitive
    end, named = _name_words_end(gaz, tokens, i, head_end, one_word_head, definite)
    quoted = _quoted_known_after(gaz, tokens, end)
    if quoted is not None and not named and head_match is not None:
        # وكالة الأنباء الرسمية "تاس": the generic words and the name are one body, TASS
        text, span = span_text(ctx, tokens, i, quoted[1])
        reg.add(quoted[0], text, span, sentence)
        return quoted[1]
    if end - i < 2 or (definite_head and not named and end - i < 3):
        return i
    if (head_match is not None and head_match.value.needs_name and not named) or names_nothing(
        tokens[i:end], gaz
    ):
        return i  # تنظيم النسل: organising something; مجلس الجامعة: a council, no name
    known = gaz.match(tokens, i + 1)
    if (
        known is not None
        and _then_its_adjective(gaz, tokens, known.end, end)
        and known.value.entity.kind in ("organization", "group")
        and known.value.via == "name"
    ):  # منظمة هيومن رايتس ووتش, شركة لوكهيد مارتن: the head is the body's own noun
        text, span = span_text(ctx, tokens, i, end)
        reg.add(known.value.entity, text, span, sentence)
        mention_inside(ctx, gaz, reg, sentence, tokens, known.end, end)
        return end
    text, span = span_text(ctx, tokens, i, end)
    head = heads().match(tokens, i)
    is_group = tokens[i].stems[-1] in rules().group_heads or (
        head is not None and head.value.kind == "group"
    )
    kind: ActorKind = "group" if is_group else "organization"
    country = next(
        (
            m.value.entity.country
            for k in range(i + 1, end)
            if (m := gaz.match(tokens, k)) and m.value.via == "demonym"
        ),
        None,
    )
    add_body(reg, gaz, tokens[i:end], text, span, sentence, kind, country)
    mention_inside(ctx, gaz, reg, sentence, tokens, i + 1, end)
    return end


def _country_named_at(gaz: Gazetteer, tokens: Sequence[Token], k: int) -> bool:
    """A country named by its name, which is not also its adjective (السعودية is both), at
    ``k``."""
    m = gaz.match(tokens, k) if k < len(tokens) else None
    if m is None or m.value.entity.kind != "country" or m.value.via != "name":
        return False
    return m.end > k + 1 or gaz.demonym_forms.isdisjoint(tokens[k].stems)


def _name_words_end(
    gaz: Gazetteer,
    tokens: Sequence[Token],
    i: int,
    head_end: int,
    one_word_head: bool,
    definite: bool,
) -> tuple[int, bool]:
    """Where the words of the body whose head opens at ``i`` end (at most four words), and
    whether a name the gazetteer knows is among them."""
    end = i + 1
    named = False
    while end < len(tokens) and end - i < 4:
        tok = tokens[end]
        if _outside_name(gaz, tokens, end) or (tok.norm.startswith("و") and end > i + 1):
            break
        m = gaz.match(tokens, end)
        if m is not None and _known_after_name(m, tok):
            break
        if m is not None:
            named = True
            end = m.end
            continue
        complement = complement_at(tokens, end)
        if tok.norm.startswith("ل") and complement is not None and one_word_head:
            if not (definite or named):
                break  # منظمة للدفاع عن…: "an organisation to defend", a description
            end = complement.end  # المجلس الوطني للانتخابات, المجلس الأعلى لتنظيم الإعلام: a
            continue  # listed complement with ل
        if not written_article(tok):
            break  # an indefinite word ("محكمة تركية") describes, it does not name; ألغت is
            # a verb, though its normalised form opens like the article
        if complement is not None and end >= head_end:
            definite, end = True, complement.end  # وزارة الشؤون الدينية: a listed complement
            continue
        if definite and end >= head_end and not _adjective_then_owner(gaz, tokens, end):
            break  # المحكمة العليا المكتب, مجلس النواب السلطة: a definite name takes no
            # genitive, so an unknown definite word after it begins another phrase, unless
            # an owner's adjective follows it (القوات البحرية المصرية: it is an adjective too)
        definite = True
        end += 1
    return end, named


def _known_after_name(m: PhraseMatch[Ref], tok: Token) -> bool:
    """Whether the known entity at ``tok`` follows a body's name rather than being part of
    it: a person (الحزب الليبرالي الديمقراطي فلاديمير جيرينوفسكي: the party, then its
    leader), an outlet with a clitic (وزارة الخارجية الإيرانية لوكالة فرانس برس: it spoke *to*
    the agency), a place with ب (… وزارة الدفاع الإسرائيلية بتل أبيب: where it sits; an
    adjective never takes ب: الاستخبارات الأمريكية بروس ريديل)."""
    entity = m.value.entity
    return (
        entity.kind == "person"
        or (not m.exact and entity.media)
        or (
            not m.exact
            and tok.norm.startswith("ب")
            and (entity.kind in ("place", "country") or m.value.via == "demonym")
        )
    )


def _quoted_known_after(
    gaz: Gazetteer, tokens: Sequence[Token], k: int
) -> tuple[Entity, int] | None:
    """A body the gazetteer knows, in quotes right at ``k``, and the index after its closing
    quote."""
    if k + 2 >= len(tokens) or tokens[k].text not in OPENING_QUOTES or tokens[k].text == "(":
        return None
    m = gaz.match(tokens, k + 1)
    if m is None or m.value.entity.kind not in ("organization", "group") or m.end >= len(tokens):
        return None
    if tokens[m.end].text not in CLOSING_QUOTES:
        return None
    return m.value.entity, m.end + 1


def _outside_name(gaz: Gazetteer, tokens: Sequence[Token], k: int) -> bool:
    """A word no body's name goes on to: no Arabic word, a particle, a day (وزارة الداخلية
    الأحد: the day it spoke) or a title (its officer follows)."""
    r = rules()
    tok = tokens[k]
    return (
        tok.kind != "ar"
        or any(stem in r.org_stop or stem in r.stop for stem in tok.stems)
        or tok.norm in calendar_words()
        or gaz.titles.match(tokens, k) is not None
    )


def _known_body_at(
    ctx: Context,
    gaz: Gazetteer,
    reg: Registry,
    sentence: int,
    tokens: Sequence[Token],
    i: int,
    head_end: int,
) -> int | None:
    """A body the gazetteer names at ``i``, no shorter than the head read there (لجامعة
    الدول العربية after a title: the League, not a university composed of its words)."""
    known = gaz.match(tokens, i)
    if known is None or known.value.entity.kind not in ("organization", "group"):
        return None
    if known.end < head_end or owned_by_another(gaz, tokens, i, known.end, known.value.entity):
        return None
    text, span = span_text(ctx, tokens, i, known.end)
    reg.add(
        owned_before(reg, gaz, tokens, i, known.end) or known.value.entity, text, span, sentence
    )
    return known.end


def _common_noun_here(gaz: Gazetteer, tokens: Sequence[Token], head: PhraseMatch[Head]) -> bool:
    """Whether the word after a head makes it a common noun here: one of its ``not_before``
    words, or a place when a place after it names a line, not a body."""
    if head.end >= len(tokens):
        return False
    if head.value.not_before.intersection(tokens[head.end].stems):
        return True
    if not head.value.not_before_place:
        return False
    place = gaz.match(tokens, head.end)
    return (
        place is not None
        and place.value.entity.kind in ("place", "country")
        and place.value.via != "demonym"
    )


def owned_before(
    reg: Registry, gaz: Gazetteer, tokens: Sequence[Token], i: int, end: int
) -> Entity | None:
    """The body named earlier with its owner (مجلس الشيوخ الأسترالي) that a bare head the
    gazetteer gives to one country (مجلس الشيوخ: the US Senate) means in this article."""
    head = heads().match(tokens, i)
    if head is None or head.end != end:
        return None
    namesake = namesake_of(tuple(t.stems[-1] for t in tokens[i:end]), reg, gaz)
    if namesake is None or namesake.entity.kind != "organization":
        return None
    return namesake.entity


def owned_by_another(
    gaz: Gazetteer, tokens: Sequence[Token], start: int, end: int, entity: Entity
) -> bool:
    """Another country's adjective right after a body the gazetteer gives to one country
    and names by an institution's head alone: مجلس الشيوخ الإيطالي is Italy's Senate, though
    bare مجلس الشيوخ is the US one; or after a name several countries' bodies share, none of
    them that country's. A body with a name of its own keeps it (ميليشيا الحوثي
    الإيرانية: the Houthis, called Iranian)."""
    if entity.kind not in ("organization", "group") or end >= len(tokens):
        return False
    if entity.local:  # حزب الأمة الكويتي: a shared name, of a country none of its bodies is
        countries = {b.country for b in map(gaz.entity, entity.local) if b is not None}
    elif entity.country:
        head = heads().match(tokens, start)
        if head is None or head.end != end:
            return False
        countries = {entity.country}
    else:
        return False
    if gaz.demonym_at(tokens, end) is None:
        return False
    owner = gaz.match(tokens, end)
    return owner is not None and owner.value.entity.country not in (None, *countries)


def _adjective_then_owner(gaz: Gazetteer, tokens: Sequence[Token], k: int) -> bool:
    """An adjective in ي/ية (البحرية) with an owner's adjective after it: القوات البحرية
    المصرية, not الجامعة الحكومة الإسرائيلية (the League holding the government…)."""
    return (
        k + 1 < len(tokens)
        and tokens[k].text.rstrip("ـ").endswith(("ية", "ي"))
        and gaz.demonym_at(tokens, k + 1) is not None
    )


def _then_its_adjective(gaz: Gazetteer, tokens: Sequence[Token], k: int, end: int) -> bool:
    """Nothing after a known body's name up to ``end`` but its country's adjective (جماعة حزب
    الله اللبنانية), a describing one (جماعة جيش الإسلام المعارضة) or a country after ل
    (حكم تنظيم الإخوان لمصر: the Brotherhood's rule "over Egypt")."""
    while k < end:
        if describing_words().intersection(tokens[k].stems):
            k += 1
            continue
        place = gaz.match(tokens, k) if tokens[k].norm.startswith("ل") else None
        if place is not None and place.value.entity.kind == "country":
            k = place.end
            continue
        adjective = gaz.demonym_at(tokens, k)
        if adjective is None:
            return False
        k = adjective[1]
    return True


CLOSING_QUOTES = frozenset({'"', "»", "”", "“"})
# How many words a body's quoted name may have (حزب "الرابطة الوطنية من أجل الديمقراطية").
QUOTED_WORDS = 6


def read_quoted_name(
    ctx: Context, gaz: Gazetteer, reg: Registry, sentence: int, tokens: Sequence[Token], i: int
) -> int:
    """صحيفة "جمهورييت", حزب "خمسة نجوم": a body's noun and its proper name in quotes, when
    the lexicons know neither; spelt from the Arabic (unverified). Returns the index after the
    closing quote, or ``i``."""
    found = quoted_heads().match(tokens, i)
    if found is None or found.end + 1 >= len(tokens) or "ال" + found.stem in tokens[i].stems:
        return i  # الصحيفة "الكبرى": the newspaper, "the biggest"
    head, opening = found.value, found.end
    if tokens[opening].text not in OPENING_QUOTES or tokens[opening].text == "(":
        return i  # شبكة (الواي فاي): brackets explain a word more often than they name
    dotted = sum(t.text == "." for t in tokens[opening + 1 : opening + 2 + 2 * QUOTED_WORDS])
    last = min(opening + 2 + QUOTED_WORDS + dotted, len(tokens))  # "آيه.بي.سي": a word
    close = next((k for k in range(opening + 1, last) if tokens[k].text in CLOSING_QUOTES), None)
    if close is None or close == opening + 1 or gaz.match(tokens, opening + 1) is not None:
        return i  # no name, or one the lexicons know and read as such
    words = [t for t in tokens[opening + 1 : close] if t.text != "."]
    letters = len(words) >= 2 and all(len(t.norm) <= 3 for t in words)  # "أي أن آي": ANI
    dots = close - opening - 1 - len(words)
    if dots and not letters:
        return i  # "آيه.بي.سي": dots only join the letters of an abbreviation
    if any(t.kind not in ("ar", "lat", "num") for t in words) or (
        not letters and any(not sentence_words().isdisjoint(t.stems) for t in words)
    ):
        return i  # a quoted phrase, not a name (حزب "سيكون قادرا على …")
    if all({t.norm, "ال" + t.norm} & describing_words() for t in words):
        return i  # صنفتها منظمة "إرهابية": the label the source quotes, no name
    name, _ = span_text(ctx, tokens, opening + 1, close)
    text, span = span_text(ctx, tokens, i, close + 1)
    head_ar = " ".join(t.text for t in tokens[i:opening])
    head_ar = head_ar if found.exact else without_clitics(head_ar, found.stem)
    known = gaz.body_spelt(name) or gaz.body_spelt(f"{head_ar} {name}")
    if known is not None:  # a known outlet in another paper's spelling; a known body whose
        # noun is written outside the quotes (جمعية "القسط": ALQST)
        reg.add(known, text, span, sentence)
        return close + 1
    name_en = english_quoted_name(name)
    bare = text if found.exact else without_clitics(text, found.stem)
    entity = Entity(
        arabic_id(text),
        head.kind,
        Bilingual(bare, f"{name_en} {head.en}" if head.en else name_en),
        verified=False,
        media=head.media,
    )
    reg.add(entity, text, span, sentence)
    return close + 1


def read_named_after_person(
    ctx: Context, gaz: Gazetteer, reg: Registry, sentence: int, tokens: Sequence[Token], i: int
) -> int:
    """جيش خالد بن الوليد, لواء أبو الفضل العباس: an armed group named after a person (a name
    of two parts or more right after its indefinite head). Returns the index after it, or
    ``i``."""
    heads_en = rules().named_after_people
    head_en = next((heads_en[s] for s in tokens[i].stems if s in heads_en), None)
    if head_en is None or _definite_word(tokens[i]) or i + 1 >= len(tokens):
        return i  # واللواء لحبيب شنتوف: the rank, Major General, before a man's name
    if gaz.match(tokens, i) is not None:
        return i  # كتائب عز الدين القسام: a group the gazetteer knows
    if not (tokens[i + 1].norm in rules().links or is_first_name(tokens[i + 1], gaz)):
        return i  # a first name, or a link word that opens one (أبو الفضل العباس)
    end = read_name(tokens, i + 1, gaz)
    if end is None or sum(t.norm not in rules().links for t in tokens[i + 1 : end]) < 2:
        return i
    text, span = span_text(ctx, tokens, i, end)
    person = " ".join(t.text for t in tokens[i + 1 : end])
    name = Bilingual(text, f"{english_name(person, person=True)} {head_en}")
    reg.add(Entity(arabic_id(text), "group", name, verified=False), text, span, sentence)
    return end


def _definite_word(tok: Token) -> bool:
    """A word with the article, also after و or ف (واللواء)."""
    text = tok.text
    return text.startswith("ال") or (text[:1] in "وف" and text[1:].startswith("ال"))


def _located(gaz: Gazetteer, tokens: Sequence[Token], i: int, j: int) -> int | None:
    """The town or country that owns the head ending at ``j``: its genitive after an
    indefinite head (شرطة دبي) or after في (الشرطة في لندن). The index after it, or None."""
    at = j + 1 if j < len(tokens) and tokens[j].norm == "في" and j > i else j
    if at == j and tokens[i].text.startswith(("ال", "وال")):
        return None  # الحكومة دبي is no construct
    m = gaz.match(tokens, at) if at < len(tokens) else None
    if (
        m is None
        or m.value.via not in ("name", "capital")
        or m.value.entity.kind not in ("place", "country")
    ):
        return None
    if at == j and tokens[at].norm != tokens[at].stems[0]:
        return None  # شرطة بدبي: a preposition, no genitive
    return m.end


def add_body(
    reg: Registry,
    gaz: Gazetteer,
    words: Sequence[Token],
    text: str,
    span: Span,
    sentence: int,
    kind: ActorKind,
    country: str | None = None,
) -> None:
    """An institution read by its head: named in English from its parts, the body the
    gazetteer knows when that name is another of its names (US Foreign Ministry: the State
    Department), else a new unverified record; one with no owner waits for the story's."""
    name_en, owner = english_institution(words, gaz)
    head = heads().match(words, 0)
    name_ar = text
    if head is not None and not head.exact:
        article = "ال" + head.stem  # the index ignores the article: الوكالة keeps it
        name_ar = without_clitics(text, article if article in words[0].stems else head.stem)
    if head is not None and head.value.is_owner and owner in gaz.countries:
        rest = gaz.match(words, head.end) if head.end < len(words) else None
        if rest is not None and rest.end == len(words):  # الإدارة الأمريكية: the US, but
            reg.add(gaz.countries[owner], text, span, sentence)  # الإدارة المدنية… a body
            return
    full = shortened(words, reg) if owner is None else None
    known = full.entity if full is not None else known_body(gaz, name_en)
    if known is not None:
        reg.add(known, text, span, sentence)
        return
    entity = Entity(
        arabic_id(name_ar),
        kind,
        Bilingual(name_ar, name_en or english_name(name_ar)),
        country=country or owner,
        verified=False,
    )
    found = reg.add(entity, text, span, sentence)
    if owner is None and name_en is not None:
        found.ownerless = tuple(words)
    elif owner is not None:
        found.core = without_owner(gaz, words)


def without_clitics(text: str, stem: str) -> str:
    """A body's written name without the conjunction or preposition on its first word, the
    head having matched as ``stem`` (وحزب الرابطة → حزب الرابطة, للمعارضة → المعارضة)."""
    first, _, rest = text.partition(" ")
    for k in range(4):
        bare = first[k:]
        if stem.startswith("ال") and first[k - 1 : k + 1] == "لل":
            bare = "ا" + first[k:]  # للمعارضة: ل + المعارضة, its alif not written
        if normalize(bare) == stem:
            return f"{bare} {rest}".strip()
    return text


def known_body(gaz: Gazetteer, name_en: str | None) -> Entity | None:
    """The gazetteer's body a composed English name stands for (``resolves`` of
    institutions.yml)."""
    body_id = resolves().get((name_en or "").lower())
    return gaz.entity(body_id) if body_id else None


# How many words may follow a known head: its owner and complements (الشرطة العسكرية
# الروسية, التلفزيون السوري الرسمي).
HEAD_TAIL = 3


def _disagrees(gaz: Gazetteer, tokens: Sequence[Token], i: int, end: int) -> bool:
    """A masculine adjective (الكويتي) after a head whose nouns are all feminine (وزارة
    الخارجية, القنصلية): it describes none of them. A masculine noun among them, or one in
    construct before the head (جهاز الاستخبارات الروسي), may own it; a title before the head
    does not (وزير الخارجية الأميركي is the minister, no ministry)."""
    start = i
    prev = tokens[i - 1] if i > 0 else None
    if (
        prev is not None
        and prev.kind == "ar"
        and not prev.norm.startswith(("ال", "لل"))
        and gaz.titles.match(tokens, i - 1) is None
    ):
        start = i - 1
    return tokens[end].norm.endswith("ي") and all(
        t.norm.endswith(("ه", "ات")) for t in tokens[start:end]
    )


def read_known_head(
    ctx: Context, gaz: Gazetteer, reg: Registry, sentence: int, tokens: Sequence[Token], i: int
) -> int:
    """An institution by a head of ``institutions.yml`` that the name rules do not announce:
    a head of two words or more (الديوان الملكي, قوى الأمن الداخلي), one that stands alone
    (المعارضة), or a head with its owner (الشرطة العسكرية الروسية). Without an owner it is
    the story's country's. Returns the index after it, or ``i``."""
    m = heads().match(tokens, i)  # a name the gazetteer knows was read before the cues
    if m is None:
        return i
    head = m.value
    if i > 0 and not head.not_after.isdisjoint(tokens[i - 1].stems):
        return i  # انتخابات الرئاسة الأمريكية: the US presidential election, no body
    end = m.end
    owned = False
    while end < len(tokens) and end - m.end < HEAD_TAIL:
        if tokens[end].norm.startswith("وال"):
            break  # المعارضة السورية والفصائل: the next body of a list
        adjective = gaz.demonym_at(tokens, end)
        if adjective is not None and _disagrees(gaz, tokens, i, end):
            break  # للشؤون القنصلية الكويتي: the adjective is another noun's
        if adjective is not None:
            owned, end = True, adjective[1]
            continue
        country = gaz.match(tokens, end)
        definite = tokens[end].norm.startswith("ال")  # السورية: Syria's name and its adjective
        if country is not None and country.value.entity.kind == "country" and definite:
            owned, end = True, country.end
            continue
        extra = complement_at(tokens, end)
        if extra is None:
            break
        owned = owned or extra.value in complement_owners()  # الحكومة الكتالونية
        end = extra.end
    if not owned and end == m.end:
        located = _located(gaz, tokens, i, end)
        owned, end = located is not None, located or end
    standing = head.alone or (m.end - i >= 2 and not head.needs_owner)
    if not (owned or standing) or head.named:
        return i
    if any(t.kind != "ar" for t in tokens[i:end]):
        return i
    text, span = span_text(ctx, tokens, i, end)
    add_body(reg, gaz, tokens[i:end], text, span, sentence, head.kind)
    mention_inside(ctx, gaz, reg, sentence, tokens, m.end, end, frozenset({"country", "place"}))
    return end
