"""Reading one article's actors, sentence by sentence: at each token a known name, a title,
or a word that announces an actor."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from builder import data
from builder.analyse.phrases import PhraseMatch
from builder.analyse.tokens import Token, stems, tokenize
from builder.extract.actors.bodies import (
    owned_before,
    owned_by_another,
    read_institution,
    read_known_head,
    read_named_after_person,
    read_quoted_name,
)
from builder.extract.actors.names import din_name_at, is_first_name, place_as_given_name
from builder.extract.actors.owners import (
    agencies_by_adjective,
    bare_head_abroad,
    body_of,
    resolve_local,
    story_country,
)
from builder.extract.actors.people import (
    known_spelt_like,
    possessive_title,
    read_given_name,
    read_leader,
    read_name_list,
    read_speaker,
    read_titled_person,
    role_after_name,
)
from builder.extract.actors.places import read_place
from builder.extract.actors.registry import (
    Found,
    Registry,
    add_named,
    person_at,
    register_person_forms,
    span_text,
)
from builder.extract.actors.words import common_words, given_names, rules
from builder.extract.context import Context
from builder.lexicon.gazetteer import Entity, Gazetteer, Ref, Title, shipped
from builder.lexicon.institutions import heads
from builder.records import Actor, Bilingual
from builder.text.chars import DIACRITICS_RE
from builder.text.names import known_part, unhashed
from builder.text.normalize import normalize


def extract(ctx: Context) -> None:
    gaz = ctx.lexicon or shipped()
    reg = Registry()
    for sentence, tokens in zip(ctx.doc.sentences, ctx.tokens, strict=True):
        _read_sentence(ctx, gaz, reg, sentence.index, tokens)
    _headline_surnames(ctx, reg)
    _bare_forms(ctx, reg, gaz)
    _shared_forms(ctx, reg, gaz)
    owner = story_country(reg)
    if owner is not None:
        resolve_local(reg, owner, gaz)
    agencies_by_adjective(reg, gaz)
    _join_reversed(reg)
    named: dict[tuple[str, str], int] = {}
    kept: list[tuple[Found, Entity]] = []
    countries = {f.entity.country for f in reg.by_id.values() if not f.entity.minor} - {None}
    for actor_id in reg.order:
        found = reg.by_id[actor_id]
        e = found.entity
        if e.minor and e.country not in countries and _names_something_else(found):
            continue  # زنزانة "a cell" in a story from Bahrain is no town of Mali
        if found.ownerless:
            e = body_of(found, reg, owner, gaz) or e
        elif e.verified:
            e = bare_head_abroad(found, reg, owner, gaz) or e
        _keep_body(kept, named, found, e)
    for found, e in kept:
        ctx.facts.actors.append(
            Actor(
                id=e.id,
                kind=e.kind,
                name=_unhashed(e.name),
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


def _names_something_else(found: Found) -> bool:
    """A one-word town of the generated lists that is also a name part or a common word
    (أنطوني Anthony, حمادي Hammadi, زنزانة "cell")."""
    words = {normalize(m) for m in found.mentions}
    return all(
        " " not in w
        and (any(known_part(s) for s in stems(w)) or bool(common_words().intersection(stems(w))))
        for w in words
    )


def _unhashed(name: Bilingual) -> Bilingual:
    """A name the article wrote as a hashtag (#الجيش_الوطني_اليمني) shows as words."""
    if not name.ar or ("_" not in name.ar and "#" not in name.ar):
        return name
    return Bilingual(unhashed(name.ar), name.en)


def _headline_surnames(ctx: Context, reg: Registry) -> None:
    """A person the headline names by surname before the story gives the full name («ظريف:
    …» over «محمد جواد ظريف»): the headline's word is a mention of that person too."""
    if not ctx.tokens:
        return
    tokens = ctx.tokens[0]
    covered = {
        k
        for found in reg.by_id.values()
        for span in found.spans
        for k, tok in enumerate(tokens)
        if span.start <= tok.start < span.end
    }
    k = 0
    while k < len(tokens):
        m = reg.people.match(tokens, k)
        found = reg.by_id.get(m.value.id) if m is not None else None
        if m is None or found is None or covered.intersection(range(m.start, m.end)):
            k += 1
            continue
        text, span = span_text(ctx, tokens, m.start, m.end)
        reg.add(found.entity, text, span, 0)
        found.sentence = 0
        k = m.end


@cache
def _bare_rules() -> tuple[dict[str, str], frozenset[str]]:
    """(bare form → body id, words for a body's members): ``bare_forms`` of
    organizations.yml, normalised."""
    rule = data.load("organizations").get("bare_forms") or {}
    forms = {normalize(str(f)): str(i) for f, i in (rule.get("forms") or {}).items()}
    return forms, frozenset(normalize(str(w)) for w in rule.get("after") or ())


def _bare_forms(ctx: Context, reg: Registry, gaz: Gazetteer) -> None:
    """A body's bare form that is also a common word (فتح, القاعدة), named so only after a
    word for its members (عناصر القاعدة) or beside an armed group in a list (فتح وحماس)."""
    forms, after = _bare_rules()
    groups = [f for f in reg.by_id.values() if f.entity.kind == "group"]
    covered = {k for f in reg.by_id.values() for s in f.spans for k in range(s.start, s.end)}
    for sentence, tokens in zip(ctx.doc.sentences, ctx.tokens, strict=True):
        for i, tok in enumerate(tokens):
            body_id = next((forms[s] for s in tok.stems[:2] if s in forms), None)
            body = gaz.entity(body_id) if body_id else None
            if body is None or tok.start in covered or tok.norm.startswith(("بال", "لل")):
                continue
            cued = i > 0 and not after.isdisjoint(tokens[i - 1].stems)
            if not (cued or _listed_with(ctx, tok, groups)):
                continue
            new = body.id not in reg.by_id
            reg.add(body, *span_text(ctx, tokens, i, i + 1), sentence.index)
            if new:  # in reading order, as if read in its sentence
                reg.order.remove(body.id)
                later = [a for a in reg.order if _first_start(reg.by_id[a]) > tok.start]
                reg.order.insert(reg.order.index(later[0]) if later else len(reg.order), body.id)


def _first_start(found: Found) -> int:
    return min((s.start for s in found.spans), default=-1)


def _listed_with(ctx: Context, tok: Token, groups: Sequence[Found]) -> bool:
    """The word stands next to a group's mention in a list: «فتح وحماس», «حماس وفتح»."""
    text = ctx.doc.text
    return any(
        _list_gap(text, span.end, tok.start) or _list_gap(text, tok.end, span.start)
        for found in groups
        for span in found.spans
    )


def _shared_forms(ctx: Context, reg: Registry, gaz: Gazetteer) -> None:
    """A country named only by a form it shares with another country's capital (عمان:
    Oman, and Amman unvowelled), in a story naming that other country, is the capital
    (``shared_forms`` of country_aliases.yml): a Jordanian minister's talks «في عمان»."""
    countries = {f.entity.country for f in reg.by_id.values() if f.entity.kind == "country"}
    for rule in data.load("country_aliases").get("shared_forms") or ():
        found = next(
            (f for f in reg.by_id.values() if f.entity.kind == "country"
             and f.entity.country == rule["country"]),
            None,
        )  # fmt: skip
        place = gaz.entity(str(rule["place"]))
        if found is None or place is None or rule["with"] not in countries:
            continue
        form = normalize(str(rule["form"]))
        if any(form not in tokenize(m)[0].stems for m in found.mentions if m.strip()):
            continue  # سلطنة عمان, العمانية: the country itself is named
        if _in_a_list_of_countries(ctx, reg, found):
            continue  # الكويت وماليزيا وعمان وباكستان: one of the countries
        del reg.by_id[found.entity.id]
        if place.id in reg.by_id:  # العاصمة الأردنية عمان was read as the capital already
            reg.by_id[place.id].absorb(found)
            reg.order.remove(found.entity.id)
            continue
        reg.by_id[place.id] = Found(place, found.mentions, found.spans, found.sentence)
        reg.order[reg.order.index(found.entity.id)] = place.id


# Characters between two items of a list: «الكويت وعمان», «الكويت، عمان».
LIST_GAP = 3


def _list_gap(text: str, end: int, start: int) -> bool:
    """What stands between a mention ending at ``end`` and one starting at ``start`` joins
    two items of a list (a space, a comma, و)."""
    return 0 < start - end <= LIST_GAP and not text[end:start].strip(" ،,و")


def _in_a_list_of_countries(ctx: Context, reg: Registry, found: Found) -> bool:
    """A mention of ``found`` right after another country's (a list of countries)."""
    ends = {
        s.end
        for f in reg.by_id.values()
        if f.entity.kind == "country" and f is not found
        for s in f.spans
    }
    return any(_list_gap(ctx.doc.text, end, span.start) for span in found.spans for end in ends)


def _join_reversed(reg: Registry) -> None:
    """A new two-word name that is a known person's name the other way round (آبي شينزو for
    شينزو آبي: family name first, as Japanese and Chinese names are also written) is that
    person."""
    known = {
        tuple(reversed(words)): found
        for found in reg.by_id.values()
        if found.entity.kind == "person" and found.entity.verified
        for m in found.mentions
        if len(words := normalize(m).split()) == 2
    }
    for actor_id in list(reg.order):
        found = reg.by_id[actor_id]
        if found.entity.kind != "person" or found.entity.verified:
            continue
        same = next(
            (known[w] for m in found.mentions if (w := tuple(normalize(m).split())) in known),
            None,
        )
        if same is not None and same is not found:
            same.absorb(found)
            del reg.by_id[actor_id]
            reg.order.remove(actor_id)


def _keep_body(
    kept: list[tuple[Found, Entity]], named: dict[tuple[str, str], int], found: Found, e: Entity
) -> None:
    """Keep an actor, unless it is a body under an English name already given (للحكومة
    السورية after الحكومة in a Syrian story; الجيش in an Israeli one after الجيش
    الإسرائيلي): then its mentions join the first one's, which takes the name written in
    full when it had only the bare one."""
    if e.kind not in ("organization", "group") or not e.name.en:
        kept.append((found, e))
        return
    at = named.setdefault((e.kind, e.name.en.lower()), len(kept))  # Security Forces: one
    if at == len(kept):
        kept.append((found, e))
        return
    first = kept[at][0]
    first.absorb(found)
    if first.ownerless and not found.ownerless:
        kept[at] = (first, e)


def _read_sentence(
    ctx: Context, gaz: Gazetteer, reg: Registry, sentence: int, tokens: Sequence[Token]
) -> None:
    i = 0
    while i < len(tokens):
        if tokens[i].text == ":":
            i = max(read_name_list(ctx, gaz, reg, sentence, tokens, i), i + 1)
            continue
        if tokens[i].kind == "sym" or tokens[i].kind == "num":
            i += 1
            continue
        end = _read_known(ctx, gaz, reg, sentence, tokens, i)
        if end is None and tokens[i].kind == "ar":
            end = _read_by_cue(ctx, gaz, reg, sentence, tokens, i)
        if end is not None:
            _role_after(ctx, gaz, reg, tokens, end)
        i = end if end is not None else i + 1


def _role_after(
    ctx: Context, gaz: Gazetteer, reg: Registry, tokens: Sequence[Token], end: int
) -> None:
    """A person just read whose role the commas after the name set off, when no title
    before it gave one."""
    found = reg.last
    if (
        found is None
        or found.entity.kind != "person"
        or found.role is not None
        or found.entity.role_in(ctx.doc.published.year)  # a shipped office of that year wins
        or not found.spans
        or found.spans[-1].end != tokens[end - 1].end
    ):
        return
    apposed = role_after_name(ctx, gaz, tokens, end, found.entity)
    if apposed is not None:
        found.role, of = apposed
        found.affiliation = found.affiliation or of


def _read_known(
    ctx: Context, gaz: Gazetteer, reg: Registry, sentence: int, tokens: Sequence[Token], i: int
) -> int | None:
    """A person already met, a title and the name it introduces, or a name the gazetteer
    knows, starting at token ``i``: the token after it (None when there is none)."""
    after = read_named_after_person(ctx, gaz, reg, sentence, tokens, i)
    if after > i:
        return after  # لواء أبو الفضل العباس: a group, not the rank and a man
    person = person_at(reg, gaz, tokens, i)
    named = gaz.match(tokens, i)
    if named is not None and (
        _word_not_town(tokens[i], named)
        or _adjective_not_country(gaz, tokens, i, named)
        or _counted_after_number(tokens, i, named)
    ):
        named = None
    if (
        named is not None
        and named.value.via == "surname"
        and i > 0
        and is_first_name(tokens[i - 1], gaz)
        and not given_names().isdisjoint(tokens[i - 1].stems[:2])
    ):
        named = None  # محمد فهد الربيعة: another man of the family the gazetteer knows
    if named is not None and place_as_given_name(tokens, i, gaz):
        named = None  # روان الحداد, بترا سارياس: a woman's first name, not Rouen or the agency
    if person is not None and (named is None or person.end >= named.end):
        text, span = span_text(ctx, tokens, i, person.end)
        reg.add(person.value, text, span, sentence)
        return person.end
    spelt = known_spelt_like(gaz, tokens, i, in_free_text=True) if person is None else None
    if spelt is not None and (
        named is None or (named.value.entity.kind == "place" and spelt[1] > named.end)
    ):  # مارين لوبن: a public figure in another spelling, though a word of it is a town
        text, span = span_text(ctx, tokens, i, spelt[1])
        register_person_forms(reg, reg.add(spelt[0], text, span, sentence), text)
        return spelt[1]
    title = _title_at(ctx, gaz, tokens, i, named)
    if title is not None:
        end = read_titled_person(
            ctx, gaz, reg, sentence, tokens, title.start, title.end, title.value
        )
        if end > i:
            return end
    if named is not None and (
        _longer_head(tokens, i, named.end, named.value.entity)
        or owned_by_another(gaz, tokens, i, named.end, named.value.entity)
    ):
        return None  # مجلس الأمن القومي التركي is Turkey's council, not the UN's مجلس الأمن
    if named is None:
        return None
    local = owned_before(reg, gaz, tokens, i, named.end)
    if local is not None:  # مجلس الشيوخ after مجلس الشيوخ الأسترالي: that Senate again
        text, span = span_text(ctx, tokens, i, named.end)
        reg.add(local, text, span, sentence)
    else:
        add_named(ctx, reg, sentence, tokens, named.start, named.end, named.value)
    return named.end


def _title_at(
    ctx: Context,
    gaz: Gazetteer,
    tokens: Sequence[Token],
    i: int,
    named: PhraseMatch[Ref] | None,
) -> PhraseMatch[Title] | None:
    """The title that introduces a name at token ``i``, unless the words are something
    else here (a noun, a body, a counted noun, a known figure's own form)."""
    title = gaz.titles.match(tokens, i)
    owned = possessive_title(gaz, tokens, i)
    if owned is not None and (
        title is None
        or owned.end > title.end
        or DIACRITICS_RE.sub("", tokens[owned.end - 1].text).endswith("ه")
    ):  # وزيرة خارجيته, not وزيرة and a name خارجيته; زعيمه is "its leader", though
        # normalised it reads as زعيمة, a woman leader
        title = owned
    if title is None:
        return None
    if title.value.relational and not (title.value.possessive or title.value.announces):
        return None  # "خصم" alone is a noun; "خصمه رياك مشار", "المدعو عمر" introduce a name
    if _names_a_body(tokens, i, title.end):
        return None  # "المعارضة" is the opposition, not a woman of it
    if in_figure(ctx, tokens[i]):
        return None  # "2000 جندي حفظ سلام": a counted noun, not a soldier's title
    if named is not None and named.value.entity.kind == "person" and named.end > title.end:
        return None  # السلطان قابوس: a public figure the gazetteer knows with his title
    return title


def _word_not_town(tok: Token, named: PhraseMatch[Ref]) -> bool:
    """A one-word town that is an Arabic word in disguise: a verb with ب written onto it
    (بنينا "we built": Nenagh) or a noun with the pronoun ه, which normalising folds into
    ة (حواره "his dialogue": Huwara). Capitals are named too often to doubt."""
    entity = named.value.entity
    if entity.kind != "place" or entity.capital_of or named.end != named.start + 1:
        return False
    text = DIACRITICS_RE.sub("", tok.text)
    if text.endswith("ه") and (entity.name.ar or "").endswith("ة"):
        return True  # the town is written with ة, the word with the pronoun ه
    bare = text[1:] if text[:1] in "وف" else text  # وبنينا: "and we built"
    return not named.exact and bare.startswith("ب") and bare.endswith(("نا", "وا"))


def _counted_after_number(tokens: Sequence[Token], i: int, named: PhraseMatch[Ref]) -> bool:
    """A one-word town right after a number is the thing counted: «299 ميلا» is 299 miles,
    not the Algerian town Mila."""
    entity = named.value.entity
    return (
        i > 0
        and tokens[i - 1].kind == "num"
        and entity.kind == "place"
        and not entity.capital_of
        and named.end == i + 1
    )


@cache
def _adjective_forms() -> tuple[frozenset[str], frozenset[str]]:
    """(country forms that are also common adjectives, words after which they are the
    country): ``adjective_forms`` of country_aliases.yml, normalised."""
    rule = data.load("country_aliases").get("adjective_forms") or {}
    return (
        frozenset(normalize(str(w)) for w in rule.get("forms") or ()),
        frozenset(normalize(str(w)) for w in rule.get("after") or ()),
    )


def _adjective_not_country(
    gaz: Gazetteer, tokens: Sequence[Token], i: int, named: PhraseMatch[Ref]
) -> bool:
    """A country's form that is also an adjective (مالي "financial") right after a word that
    cannot come before a country: the adjective («دعم مالي», «الفساد المالي»)."""
    forms, after = _adjective_forms()
    tok = tokens[i]
    if named.value.entity.kind != "country" or named.end != i + 1 or forms.isdisjoint(tok.stems):
        return False
    bare = DIACRITICS_RE.sub("", tok.text).lstrip("وف")
    if i == 0 or (bare.startswith(("ل", "ب")) and not bare.startswith("ال")):
        return False  # لمالي, بمالي: "to Mali", "in Mali"
    prev = tokens[i - 1]
    if prev.kind != "ar" or not after.isdisjoint(prev.stems):
        return False
    for k in range(max(0, i - 4), i):
        title = gaz.titles.match(tokens, k)
        place = gaz.match(tokens, k)
        if (title is not None and title.end == i) or (place is not None and place.end == i):
            return False  # الرئيس المالي, النيجر ومالي
    return True


def _read_by_cue(
    ctx: Context, gaz: Gazetteer, reg: Registry, sentence: int, tokens: Sequence[Token], i: int
) -> int | None:
    """An actor the Arabic word at ``i`` announces: a place noun, a reporting verb (its
    speaker follows), an institution's head noun or a given name."""
    stems = tokens[i].stems
    r = rules()
    if not r.place_nouns.isdisjoint(stems):
        end = read_place(ctx, gaz, reg, sentence, tokens, i)
        if end > i:
            return end
    if any(stem in r.reporting for stem in stems):
        end = read_speaker(ctx, gaz, reg, sentence, tokens, i + 1)
        if end > i + 1:
            return end
    if any(stem in r.led_by for stem in stems):
        end = read_leader(ctx, gaz, reg, sentence, tokens, i)
        if end > i:
            return end
    end = read_quoted_name(ctx, gaz, reg, sentence, tokens, i)
    if end > i:
        return end
    if any(stem in r.org_heads for stem in stems[:2]):
        end = read_institution(ctx, gaz, reg, sentence, tokens, i)
        if end > i:
            return end
    end = read_known_head(ctx, gaz, reg, sentence, tokens, i)
    if end > i:
        return end
    if not given_names().isdisjoint(stems[:2]) or din_name_at(tokens, i):
        end = read_given_name(ctx, gaz, reg, sentence, tokens, i)
        if end > i:
            return end
    return None


def in_figure(ctx: Context, tok: Token) -> bool:
    return any(f.span.start <= tok.start < f.span.end for f in ctx.facts.figures)


def _names_a_body(tokens: Sequence[Token], i: int, title_end: int) -> bool:
    """The words a title matched are (the start of) a head that names a body by itself."""
    head = heads().match(tokens, i)
    return head is not None and head.value.alone and head.end >= title_end


def _longer_head(tokens: Sequence[Token], i: int, named_end: int, entity: Entity) -> bool:
    """An institution's head reads further than the body the gazetteer names at ``i``."""
    if entity.kind not in ("organization", "group"):
        return False
    head = heads().match(tokens, i)
    return head is not None and head.end > named_end
