"""Places after a place noun (``مدينة كيميروفو``, ``مستشفى الشفاء``), with an English name
built from their parts, and the entities named inside a phrase already read."""

from __future__ import annotations

from collections.abc import Sequence

from builder.analyse.numbers import reader
from builder.analyse.tokens import Token
from builder.extract.actors.names import plausible_name, read_name
from builder.extract.actors.registry import Registry, add_named, span_text
from builder.extract.actors.words import common_words, rules
from builder.extract.context import Context
from builder.lexicon.gazetteer import Entity, Gazetteer, place_links
from builder.lexicon.institutions import complement_at, english_place, heads, place_heads
from builder.lexicon.nouns import nouns
from builder.records import ActorKind, Bilingual
from builder.text.latin import arabic_id
from builder.text.names import english_name, known_part


def read_place(
    ctx: Context, gaz: Gazetteer, reg: Registry, sentence: int, tokens: Sequence[Token], i: int
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
    if with_head and start < len(tokens):
        end = _named_after_person(ctx, gaz, reg, sentence, tokens, i)
        if end > i:
            return end
        if not r.place_nouns.isdisjoint(tokens[start].stems):
            return i  # مركز المدينة, سجن البلدة: the town's centre or prison, no name
    known = gaz.match(tokens, start) if start < len(tokens) else None
    # قرية المعاريف: after a place noun, a body's name (a paper, Maariv) is the place's
    body_named = known is not None and known.value.entity.kind in ("organization", "group")
    # مدينة غريفيث: a surname the gazetteer knows alone is the town's name there
    surname = known is not None and known.value.entity.kind == "person" and known.end == start + 1
    if (
        start >= len(tokens)
        or (known is not None and not ((body_named or surname) and not with_head))
        or reg.people.match(tokens, start)
    ):
        return i
    if tokens[start].norm.startswith(("وال", "فال")):
        return i  # من ناحية والاقتصاد: "and" opens the next phrase, no name of the place
    if not with_head and heads().match(tokens, start) is not None:
        return i  # منطقة حرس السواحل: the area of a body, no place named after it (a
        # street may be: شارع البرلمان)
    if with_head and not tokens[start].norm.startswith("ال"):
        return i  # a named facility is a construct with a definite name: مستشفى الشفاء
    if with_head and head.norm.startswith("ب") and _counts_persons(tokens[start]):
        return i  # قضت بسجن الفتاة: jailing the girl, no prison named after her (but
        # معبر الوافدين, حي المسلمين are named after people)
    end = _name_end(gaz, tokens, start, body_named or surname)
    if end == start or (not with_head and not plausible_name(tokens[start])):
        return i
    if not with_head and _describes(tokens[start]):
        return i  # منطقة حدودية, مدينة رئيسية, منطقة ثانية: an adjective, not a name
    name_start = i if with_head else start
    text, span = span_text(ctx, tokens, name_start, end)
    name_en = english_place(tokens[i:end] if with_head else tokens[start:end])
    if body_named and known is not None and known.end == end and not known.article_dropped:
        # منطقة بشكتاش: the district the club is named after, spelt as the club is
        name_en = (known.value.entity.name.en or name_en).split(" (")[0]
    entity = Entity(arabic_id(text), "place", Bilingual(text, name_en), verified=False)
    reg.add(entity, text, span, sentence)
    return end


def _name_end(gaz: Gazetteer, tokens: Sequence[Token], start: int, body_named: bool) -> int:
    """Where a place's name read after its noun ends: one or two words, up to a word that
    says where it lies or describes it."""
    r = rules()
    end = start
    while end < len(tokens) and end - start < _longest(tokens, start):
        tok = tokens[end]
        if tok.kind != "ar" or any(stem in r.stop or stem in r.org_stop for stem in tok.stems):
            break
        if (gaz.match(tokens, end) is not None and not (body_named and end == start)) or (
            gaz.titles.match(tokens, end) is not None
        ):
            break
        if end > start and (
            tok.norm.startswith("و")
            or tok.norm in r.directions
            or not r.place_nouns.isdisjoint(tok.stems)
        ):
            break  # إقليم أوتاراخند شمالي الهند, مديرية صرواح بمحافظة مأرب: the place,
            # then where it lies
        if end > start and tok.norm.startswith("ال") and _participle(tok.norm[2:]):
            break  # مديرية رازح المتاخمة لصعدة: the place, then a participle describing it
        if end > start and tok.norm.startswith("ال") and _dual(tok.norm[2:]):
            break  # قرية الجعدة وقرية الحراملة التابعتين لمديرية حيران: two places described
        if (
            end > start
            and tok.norm.startswith("ال")
            and (_nisba(tok.norm[2:]) or complement_at(tokens, end) is not None)
        ):
            break  # ناحية سيدكان الحدودية, مطار التيفور العسكري: the place and an adjective
        end += 1
    return end


def _longest(tokens: Sequence[Token], start: int) -> int:
    """How many words a place's name may have: two, or four when a Romance particle joins
    them (سانتياغو دي لاس فيغاس)."""
    joined = any(t.norm in place_links()[0] for t in tokens[start + 1 : start + 3])
    return 4 if joined else 2


def _named_after_person(
    ctx: Context, gaz: Gazetteer, reg: Registry, sentence: int, tokens: Sequence[Token], i: int
) -> int:
    """مطار رفيق الحريري, مستشفى الملك فيصل, معسكر خالد بن الوليد: a facility named after a
    person (Rafic Hariri Airport), read as one place so that the namesake is no actor of the
    story: a person the gazetteer knows by a full name, or a name after a title (a name
    alone may be the object of a verbal noun: بسجن أمل فتحي, "by jailing Amal Fathi").
    Returns the index after the name, or ``i``."""
    k = i + 1
    title = rules().namesake_titles.get(tokens[k].norm)
    if title is not None:
        k += 1
    if k >= len(tokens):
        return i
    known = gaz.match(tokens, k)
    if known is not None and known.value.entity.kind == "person" and known.end - k >= 2:
        end, person = known.end, known.value.entity.name.en or ""
    elif known is None and title is not None:
        named = read_name(tokens, k, gaz)
        if named is None:
            return i
        end = named
        while title is not None and end - k > 1 and _adjective_after(tokens[end - 1]):
            end -= 1  # مستشفى الملك فيصل التخصصي: the hospital's adjective, no family name
        person = english_name(" ".join(t.text for t in tokens[k:end]), person=True)
    else:
        return i
    head = place_heads().match(tokens, i)
    facility = head.value if head is not None else ""
    name_en = " ".join(w for w in (title, person, facility[:1].upper() + facility[1:]) if w)
    text, span = span_text(ctx, tokens, i, end)
    reg.add(
        Entity(arabic_id(text), "place", Bilingual(text, name_en), verified=False),
        text,
        span,
        sentence,
    )
    return end


def _counts_persons(tok: Token) -> bool:
    """A noun that counts persons (الفتاة, الرجل, المعتقلين): no facility's name."""
    found = nouns().index.match([tok], 0)
    return found is not None and found.value.noun.human


def _adjective_after(tok: Token) -> bool:
    """A definite word no name lexicon knows (التخصصي, الجامعي): it describes the facility."""
    return tok.norm.startswith("ال") and not known_part(tok.norm)


def _dual(norm: str) -> bool:
    """A feminine dual's shape (التابعتين, المجاورتان): it describes two things named before."""
    return norm.endswith(("تين", "تان")) and len(norm) >= 6


def _nisba(norm: str) -> bool:
    """A feminine relative adjective's shape (حدودية, ساحلية)."""
    return norm.endswith("يه") and len(norm) >= 5


def _describes(tok: Token) -> bool:
    """An indefinite word after a place noun that describes the place: a feminine adjective
    (حدودية, جديدة, منكوبة) or a word the lexicons know as a common noun or number (مهمة,
    ثانية)."""
    norm = tok.norm
    if not common_words().isdisjoint(tok.stems):
        return True
    if any(reader().ordinals.lookup(stem) is not None for stem in tok.stems):
        return True  # لولاية لثالثة: a third term of office, no state called Thaltha
    nisba = _nisba(norm)  # حدودية, رئيسية
    faiila = len(norm) == 5 and norm[2] == "ي" and norm.endswith("ه")  # جديدة, كبيرة
    return nisba or faiila or _participle(norm)


def _participle(norm: str) -> bool:
    """A feminine participle's shape: منكوبة "stricken", مغلقة "closed", محاصرة
    "besieged", متاخمة "adjacent"."""
    return norm.startswith("م") and norm.endswith("ه") and 5 <= len(norm) <= 7


NOT_PEOPLE: frozenset[ActorKind] = frozenset({"country", "place", "organization", "group"})


def mention_inside(
    ctx: Context,
    gaz: Gazetteer,
    reg: Registry,
    sentence: int,
    tokens: Sequence[Token],
    start: int,
    end: int,
    kinds: frozenset[ActorKind] = frozenset({"country"}),
) -> None:
    """The named entities of ``kinds`` inside a phrase already read are mentioned too: the
    country of an institution's name (السلطات اللبنانية: Lebanon), the places and bodies of a
    title's complement (رئيس الجالية المصرية بغزة)."""
    for k in range(start, end):
        m = gaz.match(tokens, k)
        if m is not None and m.end <= end and m.value.entity.kind in kinds:
            add_named(ctx, reg, sentence, tokens, m.start, m.end, m.value)


def places_inside(
    ctx: Context,
    gaz: Gazetteer,
    reg: Registry,
    sentence: int,
    tokens: Sequence[Token],
    start: int,
    end: int,
) -> None:
    """The places a phrase already read names by a place noun: a title's complement (مدير
    ناحية سيدكان الحدودية)."""
    r = rules()
    k = start
    while k < end:
        stems = tokens[k].stems
        if r.place_inside.intersection(stems):  # not مركز, مستشفى: bodies more often here
            k = max(read_place(ctx, gaz, reg, sentence, tokens, k), k + 1)
        else:
            k += 1
