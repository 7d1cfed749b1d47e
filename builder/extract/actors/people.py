"""People: title + name (``الرئيس المصري عبد الفتاح السيسي``), possessive and former titles,
roles with their country, a given name alone, and the speaker after a reporting verb."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from builder.analyse.phrases import PhraseMatch
from builder.analyse.tokens import Token
from builder.extract.actors.bodies import read_institution
from builder.extract.actors.names import (
    at_boundary,
    din_name_at,
    is_ali,
    is_family_name,
    is_first_name,
    new_person,
    opens_name,
    place_as_given_name,
    read_name,
    shipped_spelt_like,
    token_with_norm,
    written_article,
)
from builder.extract.actors.places import NOT_PEOPLE, mention_inside, places_inside
from builder.extract.actors.registry import (
    Found,
    Registry,
    add_named,
    name_span_text,
    person_at,
    person_with_role,
    register_person_forms,
    span_text,
)
from builder.extract.actors.words import (
    common_words,
    given_names,
    rules,
    sentence_words,
    shared_given_names,
)
from builder.extract.context import Context
from builder.extract.frames import words as frame_words
from builder.lexicon.article import in_sentence
from builder.lexicon.gazetteer import Entity, Gazetteer, Ref, Title
from builder.lexicon.institutions import complement_at, heads
from builder.records import Bilingual, Span
from builder.text.chars import COMMAS, DIACRITICS_RE
from builder.text.names import is_foreign_name, known_part
from builder.text.normalize import normalize


def read_given_name(
    ctx: Context, gaz: Gazetteer, reg: Registry, sentence: int, tokens: Sequence[Token], i: int
) -> int:
    """A known first name and one or two more name words: a person the article names with no
    title (وقالت الناشطة رهف الحربي, المرشح فيكتور سيمونوف). Returns the index after it,
    or ``i``."""
    if reg.people.match(tokens, i):
        return i
    if gaz.match(tokens, i) and not place_as_given_name(tokens, i, gaz):
        return i
    if (
        not common_words().isdisjoint(tokens[i].stems)
        and not is_ali(tokens[i])
        and not din_name_at(tokens, i)
    ):
        return i  # بيان مشترك: a first name only when it is no common word
    if _first_name_like_on(tokens[i]):
        return i  # كفيل "enough", not ك "like" on فيل (Phil)
    end = read_name(tokens, i, gaz)
    if end is None or end - i < 2:
        return i
    if (
        not at_boundary(tokens, end)
        and end - i < 3
        and not _speaks_alone(ctx, tokens[i], tokens[end - 1])
    ):
        return i
    if _common_first_name(ctx, tokens, i, end):
        return i
    named = _named_by_first_name(ctx, reg, tokens, i, end)
    if named is not None:
        reg.add(named, *span_text(ctx, tokens, i, i + 1), sentence)
        return i + 1
    text, span = name_span_text(ctx, tokens, i, end)
    found = reg.add(new_person(gaz, text), text, span, sentence)
    register_person_forms(reg, found, text)
    return end


def _speaks_alone(ctx: Context, first: Token, last: Token) -> bool:
    """The family name stands for the person elsewhere in the article: as a speaker of its
    own («وقال وول»), or, when it has the article, twice or more on its own (أن العيدوي
    وضع… أن يلاحق العيدوي): the two words before a word that does not close a name («تأنق
    أنتوني وول ليرافق», «والتونسي سامي العيدوي طردته») are a person's."""
    verbs = rules().reporting
    alone = [
        sentence[k - 1]
        for sentence in ctx.tokens
        for k, tok in enumerate(sentence)
        if k > 0 and tok.norm == last.norm and sentence[k - 1].norm != first.norm
    ]
    if any(any(stem in verbs for stem in before.stems) for before in alone):
        return True
    return len(alone) >= 2 and written_article(last) and common_words().isdisjoint(last.stems)


def _first_name_like_on(tok: Token) -> bool:
    """A first name reached only through ك ("like") written onto it: no name opens so."""
    bare = tok.norm[1:] if tok.norm[:1] in "وف" else tok.norm
    names = given_names()
    return bare.startswith("ك") and bare not in names and bare[1:] in names


def _named_by_first_name(
    ctx: Context, reg: Registry, tokens: Sequence[Token], i: int, end: int
) -> Entity | None:
    """The foreigner met before whose first name opens these words, when what follows it is
    no name part and the article never uses again (وتبادل أبيي وإيسايس العناق: Isaias
    Afwerki and "the embrace", not a man called Isaias al-Anaq). Not a common first name."""
    first = tokens[i].norm
    if (
        end - i != 2
        or known_part(tokens[i + 1].norm)
        or not shared_given_names().isdisjoint(tokens[i].stems[:2])
    ):
        return None  # a common first name (مايكل, دونالد) is many men's
    people = {
        found.entity.id: found.entity
        for found in reg.by_id.values()
        if found.entity.kind == "person"
        for mention in found.mentions
        if len(words := normalize(mention).split()) >= 2
        and first in (words[0], "و" + words[0])
        and is_foreign_name(mention)
    }
    if len(people) != 1:
        return None
    last = tokens[i + 1].norm
    uses = sum(last in tok.stems[:2] for sentence in ctx.tokens for tok in sentence)
    return next(iter(people.values())) if uses == 1 else None


def _common_first_name(ctx: Context, tokens: Sequence[Token], i: int, end: int) -> bool:
    """A first name that is also a common word (عمر "age", صدر "was issued") before words no
    name lexicon knows: «عمر الأشخاص» is the persons' age, not a man called Omar. A family
    name the article uses again on its own (عمر الدقير … وقال الدقير) is a man's."""
    r = rules()
    if r.given_name_common.isdisjoint(tokens[i].stems[:2]):
        return False
    if all(known_part(t.norm) or t.norm in r.links for t in tokens[i + 1 : end]):
        return False
    last = tokens[end - 1].norm
    for sentence in ctx.tokens:
        for k, tok in enumerate(sentence):
            if last in tok.stems[:2] and (k == 0 or sentence[k - 1].norm != tokens[end - 2].norm):
                return False
    return True


def read_speaker(
    ctx: Context, gaz: Gazetteer, reg: Registry, sentence: int, tokens: Sequence[Token], i: int
) -> int:
    """وقال رامي عبد الرحمن ، مدير المرصد: a two- or three-part name after a reporting verb,
    closed by punctuation, إن/أن or a title. Returns the index after it, or ``i``."""
    if i >= len(tokens) or reg.people.match(tokens, i) or gaz.match(tokens, i):
        return i
    end = read_name(tokens, i, gaz)
    if end is None:
        return i
    parts = sum(1 for t in tokens[i:end] if t.norm not in rules().links)
    closed = (
        end >= len(tokens)
        or tokens[end].kind == "sym"
        or tokens[end].norm in {"ان", "انه", "انها", "لـ"}
        or gaz.titles.match(tokens, end) is not None
        or gaz.titles.opens(tokens[end].norm)  # نائب مدير المنظمة
        or not rules().appositions.isdisjoint(tokens[end].stems)
        or _closes_speaker(tokens, end)
    )
    if parts < 2 or not closed:
        return i
    text, span = name_span_text(ctx, tokens, i, end)
    entity = new_person(gaz, text)
    found = reg.add(entity, text, span, sentence)
    register_person_forms(reg, found, text)
    return end


def _closes_speaker(tokens: Sequence[Token], end: int) -> bool:
    """Whether the words at ``end`` say how, to whom or when the speaker spoke (في بيان,
    لوكالة, الأربعاء): the name before them is whole."""
    r = rules()
    if tokens[end].norm in r.speaker_closers:
        return True
    return (
        tokens[end].norm == "في"
        and end + 1 < len(tokens)
        and not r.statement_nouns.isdisjoint(tokens[end + 1].stems)
    )


def read_leader(
    ctx: Context, gaz: Gazetteer, reg: Registry, sentence: int, tokens: Sequence[Token], i: int
) -> int:
    """حزب الاستقامة بزعامة حسن العاقولي, التيار الذي يتزعمه …: the person a "led by" word
    (``led_by`` of name_rules.yml) names, leader of the body named just before. Returns the
    index after the name, or ``i``."""
    cue = next((rules().led_by[s] for s in tokens[i].stems if s in rules().led_by), None)
    k = i + 1
    if cue is None or k >= len(tokens):
        return i
    person = _person_named_at(gaz, reg, tokens, k)
    if person is None:
        return i
    entity, end = person
    text, span = name_span_text(ctx, tokens, k, end)
    found = reg.add(entity, text, span, sentence)
    register_person_forms(reg, found, text)
    body = _body_right_before(reg, tokens, i) if not entity.verified else None
    if body is not None and found.role is None:  # a known person's office says more (the
        # cabinet بقيادة الملك سلمان: King of Saudi Arabia, not head of the cabinet)
        found.role = Bilingual(
            f"{cue[0]} {body.name.ar}", f"{cue[1]} of {in_sentence(body.name.en or '', body.kind)}"
        )
        found.affiliation = found.affiliation or body.id
    return end


def _body_right_before(reg: Registry, tokens: Sequence[Token], i: int) -> Entity | None:
    """The body whose mention ends right before token ``i``, or before a relative pronoun
    there (التيار الصدري الذي يتزعمه): the one a "led by" word is said of."""
    k = i - 1
    if k >= 1 and tokens[k].norm in frame_words().relatives:
        k -= 1
    if k < 0:
        return None
    end = tokens[k].end
    for found in reg.by_id.values():
        if found.entity.kind in ("organization", "group") and any(
            s.end == end for s in found.spans
        ):
            return found.entity
    return None


def _person_named_at(
    gaz: Gazetteer, reg: Registry, tokens: Sequence[Token], k: int
) -> tuple[Entity, int] | None:
    """The person whose name opens at ``k``: one met before, a shipped one, or a new name of
    two or three parts opening with a given name (بقيادة الولايات المتحدة names none)."""
    met = person_at(reg, gaz, tokens, k)
    if met is not None:
        return met.value, met.end
    known = gaz.match(tokens, k)
    if known is not None:
        return (known.value.entity, known.end) if known.value.entity.kind == "person" else None
    spelt = known_spelt_like(gaz, tokens, k)
    if spelt is not None:
        return spelt
    end = read_name(tokens, k, gaz) if is_first_name(tokens[k], gaz) else None
    if end is None or sum(1 for t in tokens[k:end] if t.norm not in rules().links) < 2:
        return None
    return new_person(gaz, " ".join(t.text for t in tokens[k:end])), end


def possessive_title(gaz: Gazetteer, tokens: Sequence[Token], i: int) -> PhraseMatch[Title] | None:
    """رئيسها, وزيرها, وزيرة خارجيته: a title whose last word has a possessive ending."""
    for n in (2, 1):
        if i + n > len(tokens):
            continue
        tok = tokens[i + n - 1]
        if tok.kind != "ar" or not tok.norm.endswith(rules().suffixes):
            continue
        for base in _bases(tok):
            words = [*tokens[i : i + n - 1], token_with_norm(tok, base)]
            m = gaz.titles.match(words, 0)
            if m is not None and m.end == n:
                return PhraseMatch(i, i + n, replace(m.value, possessive=True), exact=False)
    return None


def _bases(tok: Token) -> list[str]:
    """The word without its possessive ending: رئيسها → رئيس, رئيستها → رئيسه (ة before a
    suffix is written ت). A word written with ة has no ه "his" on it: «للمؤسسة» is the
    institution, not "its founder"."""
    out = []
    written = DIACRITICS_RE.sub("", tok.text)
    for suffix in rules().suffixes:
        if suffix == "ه" and written.endswith("ة"):
            continue
        for stem in tok.stems:
            if stem.endswith(suffix) and len(stem) > len(suffix) + 2:
                base = stem[: -len(suffix)]
                out.append(base[:-1] + "ه" if base.endswith("ت") else base)
    return out


def read_titled_person(
    ctx: Context,
    gaz: Gazetteer,
    reg: Registry,
    sentence: int,
    tokens: Sequence[Token],
    start: int,
    title_end: int,
    title: Title,
    office: Bilingual | None = None,
) -> int:
    """Title [of country/organization] [former] Name. Returns the token index after what was
    read, or ``start`` when nothing person-like follows. An ``office`` read right before a
    rank (المتحدث باسم التحالف العقيد …) is the role, in place of the rank."""
    of, of_via, j = _title_owner(gaz, tokens, title_end, title.of_place)
    if title.needs_place and (of is None or of.kind != "place"):
        return start  # محافظ "conservative", no governor of a place
    owner = antecedent(reg, tokens[start].start) if of is None and title.possessive else None
    of = of or owner  # زعيمه: the leader of the party just named
    former = False
    if j < len(tokens) and tokens[j].norm in rules().former:
        former = True
        j += 1
    qualified = _past_qualifiers(gaz, reg, tokens, j)
    # The Shia leader is no leader of Iraq; a UN envoy is no envoy of his own country.
    j, country_role = qualified, qualified == j and title.of is None and of is None
    country_role = country_role and not title.rank and office is None
    # A definite word before the title may make it an adjective (الحزب الوطني *الحاكم* في …)
    adjective = start > 0 and _definite(gaz, tokens[start - 1])
    posting = None if title.relational or adjective else _posting(gaz, tokens, j)
    if posting is not None:
        add_named(ctx, reg, sentence, tokens, *posting[2])
        j, country_role = posting[0], False
    role = None if title.relational else _role(ctx, tokens, start, j, title, of, former)
    role = office or role
    if posting is not None and role is not None and office is None:
        role = Bilingual(role.ar, f"{role.en} {posting[1]}")
    # the role without the body read back, for a known person of another country
    plain = _role(ctx, tokens, start, j, title, None, former) if owner and role else role
    k = _past_comma(gaz, reg, tokens, j, title)
    if k >= len(tokens):  # the sentence ends with the title
        if of_via is not None:
            add_named(ctx, reg, sentence, tokens, *of_via)
        return k
    person = person_at(reg, gaz, tokens, k)
    known = gaz.match(tokens, k)
    if of_via is not None:
        add_named(ctx, reg, sentence, tokens, *of_via)
    held = _held_by_another(ctx, gaz, reg, sentence, tokens, (start, j), role, person, known)
    if held is not None:
        return held
    if person is not None:
        found = reg.add(person.value, *span_text(ctx, tokens, k, person.end), sentence)
        found.role = found.role or _role_for(
            person.value, role, plain, owner, country_role, title, gaz, ctx.doc.published.year
        )
        found.affiliation = found.affiliation or (of.id if of else title.of)
        _unit(ctx, tokens, start, person.end, person.value.id)
        return person.end
    shipped_person = (
        (known.value.entity, known.end)
        if known is not None and known.value.entity.kind == "person"
        else known_spelt_like(gaz, tokens, k)
    )
    if shipped_person is not None:
        entity, known_end = shipped_person
        text, span = span_text(ctx, tokens, k, known_end)
        found = reg.add(entity, text, span, sentence)
        found.role = found.role or _role_for(
            entity, role, plain, owner, country_role, title, gaz, ctx.doc.published.year
        )
        found.affiliation = found.affiliation or (of.id if of else title.of)
        register_person_forms(reg, found, text)
        _unit(ctx, tokens, start, known_end, entity.id)
        return known_end
    end = _name_after_title(gaz, tokens, k)
    if end is None and of is None and not title.relational:
        complement = read_complement(ctx, gaz, reg, sentence, tokens, start, k, title, former)
        if complement is not None:
            return complement
    if end is None:
        # A role without a name: a later mention of a person already introduced with it.
        same = person_with_role(reg, role) if role else None
        if same is not None:
            text, span = span_text(ctx, tokens, start, j)
            reg.add(same.entity, text, span, sentence)
            _unit(ctx, tokens, start, j, same.entity.id)
            return j
        return j if of_via is not None else start
    text, span = span_text(ctx, tokens, k, end)
    holder = None if former or role is None else _holder_spelt_otherwise(ctx, gaz, role, text)
    entity = holder or new_person(gaz, text, of.country if of else None)
    found = reg.add(entity, text, span, sentence)
    found.role = found.role or role
    found.affiliation = found.affiliation or (of.id if of else title.of)
    register_person_forms(reg, found, text)
    _unit(ctx, tokens, start, end, entity.id)
    return end


def _held_by_another(
    ctx: Context,
    gaz: Gazetteer,
    reg: Registry,
    sentence: int,
    tokens: Sequence[Token],
    title_span: tuple[int, int],
    role: Bilingual | None,
    person: PhraseMatch[Entity] | None,
    known: PhraseMatch[Ref] | None,
) -> int | None:
    """A known person after an office he never held, which one shipped person held that
    year, right after a verb that takes a person: the title is that holder's, the verb's
    subject, and the name after it its object («عين الأمين العام للأمم المتحدة غسان سلامة
    مبعوثا»: Guterres appoints Salame). The holder is added for the title's words; the
    index after them, or None."""
    named = person.value if person is not None else None
    if named is None and known is not None and known.value.entity.kind == "person":
        named = known.value.entity
    start, end = title_span
    if named is None or role is None or not role.en or not _after_object_verb(tokens, start):
        return None
    holders = _other_holders(named, role.en, gaz, ctx.doc.published.year)
    if len(holders) != 1:
        return None
    found = reg.add(holders[0], *span_text(ctx, tokens, start, end), sentence)
    found.role = found.role or role
    return end


def _after_object_verb(tokens: Sequence[Token], k: int) -> bool:
    """Whether the word before token ``k`` is a verb whose object is a person (عين, استقبل)."""
    return k > 0 and not rules().object_verbs.isdisjoint(tokens[k - 1].stems)


def _holder_spelt_otherwise(
    ctx: Context, gaz: Gazetteer, role: Bilingual, name: str
) -> Entity | None:
    """The one shipped person who held this office in the article's year and shares a word
    of this name: the name spells him another way (وزير خارجية الصين وانج غي: Wang Yi)."""
    words = {w for w in normalize(name).split() if len(w) >= 3}
    holders = [
        entity
        for entity, forms in gaz.office_holders(role.en or "", ctx.doc.published.year)
        if not words.isdisjoint(forms)
    ]
    return holders[0] if len(holders) == 1 else None


def _name_after_title(gaz: Gazetteer, tokens: Sequence[Token], k: int) -> int | None:
    """The end of a new person's name at ``k``, right after a title, or None."""
    end = read_name(tokens, k, gaz, after_title=True)
    if end == k + 1 and not known_part(tokens[k].norm):
        end = None  # a lone word no name lexicon knows: الرئيس سيكون هناك
    if end is not None and possessive_title(gaz, tokens, k) is not None:
        end = None  # الملك السعودي ولي عهده: "his crown prince", another man unnamed
    if end is not None and _before_known_person(gaz, tokens, k, end):
        end = None  # منصب رئيس الوزراء وسيختار أردوغان: a verb, then a man already known
    if end is None and _article_first(gaz, tokens, k):
        end = read_name(tokens, k + 1, gaz)  # وزير خارجية السودان الشنقيطي محمد أحمد
    return end


def _before_known_person(gaz: Gazetteer, tokens: Sequence[Token], k: int, end: int) -> bool:
    """The words from ``k`` run into a shipped person's name, and none of the words before it
    is a known name part: they are no first name of his."""
    for p in range(k + 1, end):
        m = gaz.match(tokens, p)
        if m is not None and m.value.entity.kind == "person":
            return not any(
                known_part(t.norm) or not given_names().isdisjoint(t.stems[:2]) for t in tokens[k:p]
            )
    return False


# How many qualifying adjectives may stand between a title and the name (الزعيم الشيعي
# مقتدى الصدر, الزعيم القومي المتطرف …).
QUALIFIERS = 2


def _past_qualifiers(gaz: Gazetteer, reg: Registry, tokens: Sequence[Token], j: int) -> int:
    """Past the adjectives that qualify a title before a name (الزعيم *الشيعي* مقتدى الصدر),
    when a name follows them."""
    k = j
    while k < len(tokens) and k - j < QUALIFIERS and _qualifier(gaz, tokens[k]):
        k += 1
    if k == j and _known_person_at(gaz, reg, tokens, j + 1) and _definite(gaz, tokens[j]):
        return j + 1  # الرئيس المجري فيكتور أوربان: an adjective the lists lack, a known name
    if k == j or k >= len(tokens):
        return j
    person_next = _known_person_at(gaz, reg, tokens, k) or (
        is_first_name(tokens[k], gaz) and read_name(tokens, k, gaz) is not None
    )
    return k if person_next else j


def _posting(
    gaz: Gazetteer, tokens: Sequence[Token], j: int
) -> tuple[int, str, tuple[int, int, Ref]] | None:
    """Where the office is held, between the title and a name (السفير الأمريكي *لدى الأردن*
    هنري ووستر): the end of the phrase, its English ("to Jordan") and the place's match (the
    place is an actor of its own), or None when no country or place follows the preposition
    or no name follows the place."""
    word = rules().postings.get(tokens[j].norm) if j + 1 < len(tokens) else None
    if word is None:
        return None
    m = gaz.match(tokens, j + 1)
    if m is None or m.value.entity.kind not in ("country", "place") or m.end >= len(tokens):
        return None
    k = m.end
    after = gaz.match(tokens, k)
    known = after is not None and after.value.entity.kind == "person"
    if not known and not (opens_name(tokens, k, gaz) and read_name(tokens, k, gaz)):
        return None
    place = m.value.entity
    return k, f"{word} {in_sentence(place.name.en or '', place.kind)}", (m.start, m.end, m.value)


def _known_person_at(gaz: Gazetteer, reg: Registry, tokens: Sequence[Token], k: int) -> bool:
    if k >= len(tokens):
        return False
    known = gaz.match(tokens, k)
    return reg.people.match(tokens, k) is not None or (
        known is not None and known.value.entity.kind == "person"
    )


def _definite(gaz: Gazetteer, tok: Token) -> bool:
    """A word with the article that the gazetteer does not read as a name or a body."""
    return tok.kind == "ar" and written_article(tok) and gaz.match([tok], 0) is None


def _qualifier(gaz: Gazetteer, tok: Token) -> bool:
    """A listed qualifying adjective (``qualifiers`` of name_rules.yml) the gazetteer does not
    read as a body or a title."""
    if tok.kind != "ar" or tok.norm not in rules().qualifiers:
        return False
    return gaz.match([tok], 0) is None and gaz.titles.match([tok], 0) is None


def _past_comma(
    gaz: Gazetteer, reg: Registry, tokens: Sequence[Token], j: int, title: Title
) -> int:
    """Where the name starts after the title ending at ``j``: past a comma after a possessive
    title (رئيسها ، رجب طيب أردوغان) or before a name the commas set off (وزير الخارجية
    الروسي، سيرغي لافروف، قال)."""
    if j + 1 >= len(tokens) or tokens[j].text not in COMMAS:
        return j
    return j + 1 if title.possessive or _apposed_starts(gaz, reg, tokens, j + 1) else j


def _article_first(gaz: Gazetteer, tokens: Sequence[Token], k: int) -> bool:
    """A name that opens with the article (الشنقيطي محمد أحمد): a definite word that can be a
    family name, followed by a known first name."""
    if k + 1 >= len(tokens) or not is_family_name(tokens[k], gaz):
        return False
    if k > 0 and not rules().org_heads.isdisjoint(tokens[k - 1].stems[:2]):
        return False  # وكيل وزارة العدل عمر فاروق: the ministry's name, then the man's
    if not (tokens[k].norm.endswith("ي") or known_part(tokens[k].norm)):
        return False  # a family name's shape (الدرديري) or a listed one, not الإقليم, العمالية
    r = rules()
    stems = set(tokens[k].stems)
    if not stems.isdisjoint(r.org_stop | r.org_heads | r.group_heads) or stems & r.former:
        return False
    if heads().match(tokens, k) is not None or complement_at(tokens, k) is not None:
        return False  # المعارضة إبراهيم الجباوي, وزير التخطيط المدني رؤوف حكيم: no names
    if stems & r.qualifiers:
        return False
    return not given_names().isdisjoint(tokens[k + 1].stems[:2])


def _unit(ctx: Context, tokens: Sequence[Token], start: int, end: int, person: str) -> None:
    """Title and name read as one person ("الرئيس المصري عبد الفتاح السيسي"): a unit for the
    frames, so that the demonym inside the title is not taken as a second participant."""
    ctx.units.append((Span(tokens[start].start, tokens[end - 1].end), person))


ARGUMENT_OWNERS = ("country", "organization", "group")
"""The kinds that may own an office named by a title."""


def _title_owner(
    gaz: Gazetteer, tokens: Sequence[Token], j: int, of_place: bool = False
) -> tuple[Entity | None, tuple[int, int, Ref] | None, int]:
    """The country or body a title names right after it (الرئيس الروسي, وزير خارجية روسيا,
    الأمين العام للأمم المتحدة), or the place of a local office (رئيس بلدية القدس): the
    entity, where it was read, and the index after it."""
    m = gaz.match(tokens, j) if j < len(tokens) else None
    kinds = ("country", "organization", "group", "place") if of_place else ARGUMENT_OWNERS
    vias = ("demonym", "name", "capital") if of_place else ("demonym", "name")
    if m is not None and m.value.entity.kind in kinds and m.value.via in vias:
        return m.value.entity, (m.start, m.end, m.value), m.end
    return None, None, j


def _role_for(
    person: Entity,
    role: Bilingual | None,
    plain: Bilingual | None,
    owner: Entity | None,
    country_role: bool,
    title: Title,
    gaz: Gazetteer,
    year: int,
) -> Bilingual | None:
    """A known person's role: of the body a possessive title read back (``owner``) only
    when the body may be his, of another country or no state office (وزير خارجيتها after
    the Security Council is still Russia's foreign minister); else of his own country. A
    form of address or a passing status (الأمير, مرشح) yields to the office he held that
    year (None: the office is named)."""
    if owner is not None and person.country:
        stateless = owner.country is None and "Minister" not in (title.en or "")
        if owner.country != person.country and not stateless:
            return _with_country(plain, person, gaz)
    if (title.honorific or title.status) and person.role_in(year) is not None:
        return None  # الأمير محمد بن سلمان: the Crown Prince, not "Prince of Saudi Arabia"
    if _another_holds(person, _with_country(role, person, gaz), gaz, year):
        return None  # المتحدثة باسم الرئيس الأمريكي سارة ساندرز: the president's spokeswoman
    if title.honorific and person.offices:
        return None  # an office of another year: the title read with "former" says it
    if title.honorific and role is not None:
        return Bilingual(role.ar, title.en)  # الدكتور: Dr, no "Dr of Egypt"
    if country_role and title.profession:
        return _of_nationality(role, person, gaz)
    return _with_country(role, person, gaz) if country_role else role


def _another_holds(person: Entity, role: Bilingual | None, gaz: Gazetteer, year: int) -> bool:
    """The office a title names was another shipped person's that year, and never this
    person's: the title belongs to the words around it, not to him."""
    if role is None or not role.en or not person.offices:
        return False
    return bool(_other_holders(person, role.en, gaz, year))


def _other_holders(person: Entity, office: str, gaz: Gazetteer, year: int) -> list[Entity]:
    """The shipped people who held ``office`` in ``year``, when ``person`` never held it
    (he holds or held it: it is his title, though the data may lack the year)."""
    if any(held.en == office for held in person.offices):
        return []
    holders = [entity for entity, _ in gaz.office_holders(office, year)]
    return [] if any(entity.id == person.id for entity in holders) else holders


def _of_nationality(role: Bilingual | None, entity: Entity, gaz: Gazetteer) -> Bilingual | None:
    """A trade of a person known to be Bulgarian reads "Bulgarian broadcaster", never
    "Broadcaster of Bulgaria"."""
    adjective = gaz.adjectives_en.get(entity.country or "")
    if role is None or not role.en or not adjective:
        return role
    return Bilingual(role.ar, _of_adjective(adjective, role.en))


def _of_adjective(adjective: str, title: str) -> str:
    """A trade or rank after a nationality's adjective: "US general", "Iraqi cleric"."""
    return f"{adjective} {title.lower()}"


# How far back (characters) the owner of a possessive title may have been named.
ANTECEDENT_WITHIN = 300


def antecedent(reg: Registry, before: int) -> Entity | None:
    """The body named last before offset ``before`` (within ANTECEDENT_WITHIN): what a
    possessive title (زعيمه, رئيسها) refers back to; a person's own country is found from
    the person."""
    best: tuple[int, Entity] | None = None
    for found in reg.by_id.values():
        if found.entity.kind not in ("organization", "group") or found.entity.media:
            continue  # وقال مراسلها after «رويترز»: the agency quoted, no owner of an office;
            # a country is no antecedent either: «تركيا، حليفة باكو، ورئيسها» is Turkey's
        ends = [s.end for s in found.spans if before - ANTECEDENT_WITHIN <= s.end <= before]
        if ends and (best is None or max(ends) > best[0]):
            best = (max(ends), found.entity)
    return best[1] if best else None


def _with_country(role: Bilingual | None, entity: Entity, gaz: Gazetteer) -> Bilingual | None:
    """ "President" of a person known to be Turkish reads "President of Turkey"."""
    if role is None or not role.en or not entity.country:
        return role
    if any(f" {word} " in role.en for word in ("of", "for", "to", "in")):  # a body or a post
        return role
    country = gaz.countries.get(entity.country)
    if country is None or not country.name.en:
        return role
    return Bilingual(role.ar, f"{role.en} of {in_sentence(country.name.en, 'country')}")


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
    adjective = ctx.lexicon.adjectives_en.get(of.country or "") if of and ctx.lexicon else None
    if of is not None and (title.profession or title.rank) and of.kind == "country" and adjective:
        en = _of_adjective(adjective, en)  # المخرجة الأمريكية: American director; US general
    elif of is not None and of.id != title.of:  # the UN's High Commissioner… بالأمم المتحدة
        of_en = of.name.en or ""  # gazetteer entities always carry an English name
        en = f"{en} {_of_word(ar)} {in_sentence(of_en, of.kind)}"  # of the UN, of NATO
    if former:
        en = f"former {en}"
    return Bilingual(" ".join(ar.split()), en)


def known_spelt_like(
    gaz: Gazetteer, tokens: Sequence[Token], k: int, in_free_text: bool = False
) -> tuple[Entity, int] | None:
    """A shipped person of two or three words at ``k`` written another way: right after a
    title, though its first word is also a place (رئيس الوزراء الإثيوبي آبيي أحمد: آبيي is
    the town Abyei too); or ``in_free_text``, a shipped foreigner with one word as listed
    (مارين لوبن, نيكي هيلي), read before a word of it is taken for a town. Arabic names are
    left alone there, whose vowels tell names apart (محمد/محمود, صالح/صلاح)."""
    stop = sentence_words()
    first = tokens[k]
    if in_free_text and (
        first.kind != "ar"
        or not stop.isdisjoint(first.stems)
        or not gaz.may_open_foreign_name(first.stems)  # most words open no such name
    ):
        return None
    for n in (3, 2):
        window = tokens[k : k + n]
        if len(window) < n or any(t.kind != "ar" for t in window):
            continue
        if in_free_text and any(not stop.isdisjoint(t.stems) for t in window):
            continue  # عدة من, إلى السعودية: words of a sentence, whatever their skeleton
        forms = dict.fromkeys(first.stems) if in_free_text else [first.norm]
        for form in forms:
            known = shipped_spelt_like(gaz, [form, *(t.norm for t in window[1:])], in_free_text)
            if known is not None:
                return known, k + n
    return None


# How many words the genitive after a title may take before the name: مرشح الحزب الاشتراكي
# الوطني فيكتور سيمونوف, وزير تنمية المناطق الريفية ساجيث فيرا.
COMPLEMENT_WORDS = 4
# …and between the title and a name set off by commas (مدير مركز الأحواز للإعلام والدراسات
# الاستراتيجية، حسن راضي،).
APPOSED_WORDS = 6


def read_complement(
    ctx: Context,
    gaz: Gazetteer,
    reg: Registry,
    sentence: int,
    tokens: Sequence[Token],
    start: int,
    k: int,
    title: Title,
    former: bool,
) -> int | None:
    """Title + the body or field it is of + a new name: مدير المرصد كريم الحداد. The
    genitive is definite words (after at most one construct noun: تنمية المناطق); the name
    after it must open with a known first name or be closed by punctuation or a particle.
    Returns the index after the name, or None."""
    r = rules()
    apposed = _apposition_after(gaz, reg, tokens, k)
    if apposed is not None:
        # the places and bodies the complement names (رئيس الجالية المصرية بغزة)
        mention_inside(ctx, gaz, reg, sentence, tokens, k, apposed[0] - 1, NOT_PEOPLE)
        places_inside(ctx, gaz, reg, sentence, tokens, k, apposed[0] - 1)
        return _add_complemented(ctx, gaz, reg, sentence, tokens, start, *apposed, title, former)
    j = k
    body: Found | None = None
    if any(stem in r.org_heads for stem in tokens[k].stems[:2]):
        j = read_institution(ctx, gaz, reg, sentence, tokens, k)
        body = reg.last if j > k else None
    if j == k:
        while j < len(tokens) and j - k < COMPLEMENT_WORDS:
            tok = tokens[j]
            if (more := complement_at(tokens, j)) is not None and j > k:
                j = more.end  # مفوض الأمم المتحدة *لحقوق الإنسان*
            elif j > k and tok.norm in r.postings and _definite_next(gaz, tokens, j):
                j += 2  # مدير الصحة *في الولاية*: where the office is
            elif tok.kind != "ar" or any(st in r.stop or st in r.org_stop for st in tok.stems):
                break
            elif tok.norm.startswith("ال") and gaz.titles.match(tokens, j) is None:
                j += 1
            elif j == k and j + 1 < len(tokens) and tokens[j + 1].norm.startswith("ال"):
                j += 1  # the construct noun of تنمية المناطق
            else:
                break
        if not any(t.norm.startswith("ال") for t in tokens[k:j]):
            return None
        mention_inside(ctx, gaz, reg, sentence, tokens, k, j, NOT_PEOPLE)
    after = _ranked_holder(ctx, gaz, reg, sentence, tokens, (start, j), title, former)
    if after is None:
        end = _holder_name(gaz, reg, tokens, j)
        if end is None:
            return None
        after = _add_complemented(ctx, gaz, reg, sentence, tokens, start, j, end, title, former)
    holder = reg.last
    if body is not None and body.ownerless and holder is not None and holder.entity.verified:
        body.holder_country = holder.entity.country  # a known person's office is his country's
    return after


def _ranked_holder(
    ctx: Context,
    gaz: Gazetteer,
    reg: Registry,
    sentence: int,
    tokens: Sequence[Token],
    office: tuple[int, int],
    title: Title,
    former: bool,
) -> int | None:
    """An office's title and complement, then a rank and the holder's name (المتحدث الرسمي
    باسم قوات التحالف العقيد الركن تركي المالكي): the office is the role. Returns the index
    after the name, or None."""
    start, j = office
    rank = gaz.titles.match(tokens, j) if j < len(tokens) else None
    if rank is None or not rank.value.rank:
        return None
    role_ar = " ".join(ctx.doc.text[tokens[start].start : tokens[j - 1].end].split())
    role_en = _of_body(reg, title, role_ar, Span(tokens[start].end, tokens[j - 1].end))
    role = Bilingual(role_ar, f"former {role_en}" if former else role_en)
    after = read_titled_person(ctx, gaz, reg, sentence, tokens, j, rank.end, rank.value, role)
    return after if after > j else None


def _holder_name(gaz: Gazetteer, reg: Registry, tokens: Sequence[Token], j: int) -> int | None:
    """The end of the new name after a title's complement, at ``j``, or None."""
    if j >= len(tokens) or not opens_name(tokens, j, gaz) or reg.people.match(tokens, j):
        return None
    first = tokens[j].norm
    if first[:1] in "لب" and first not in given_names() and first[1:] in given_names():
        return None  # المدرب المجال لمحمود …: a name after a preposition is no holder's
    end = read_name(tokens, j, gaz)
    if end is None or end - j < 2:
        return None
    if given_names().isdisjoint(tokens[j].stems[:2]) and not at_boundary(tokens, end):
        return None
    return end


def _definite_next(gaz: Gazetteer, tokens: Sequence[Token], j: int) -> bool:
    return j + 1 < len(tokens) and _definite(gaz, tokens[j + 1])


def _add_complemented(
    ctx: Context,
    gaz: Gazetteer,
    reg: Registry,
    sentence: int,
    tokens: Sequence[Token],
    start: int,
    j: int,
    end: int,
    title: Title,
    former: bool,
) -> int:
    """The person ``tokens[j:end]`` whose role is the title and its complement before ``j``."""
    text, span = span_text(ctx, tokens, j, end)
    entity = new_person(gaz, text)
    found = reg.add(entity, text, span, sentence)
    before = j - 1 if tokens[j - 1].text in COMMAS else j
    role_ar = " ".join(ctx.doc.text[tokens[start].start : tokens[before - 1].end].split())
    role_en = _of_body(reg, title, role_ar, Span(tokens[start].end, tokens[before - 1].end))
    found.role = found.role or Bilingual(role_ar, f"former {role_en}" if former else role_en)
    register_person_forms(reg, found, text)
    _unit(ctx, tokens, start, end, entity.id)
    return end


def _of_body(reg: Registry, title: Title, role_ar: str, complement: Span) -> str:
    """The title with the body its complement names, when that body's English name is final
    (المتحدث باسم وزارة الداخلية الروسية → Spokesman for the Russian Interior Ministry); a
    body still waiting for the story's country (الشرطة) leaves the title alone."""
    for found in reg.by_id.values():
        entity = found.entity
        if entity.kind not in ("organization", "group") or found.ownerless or not entity.name.en:
            continue
        if any(s.end == complement.end and s.start > complement.start for s in found.spans):
            return f"{title.en} {_of_word(role_ar)} {in_sentence(entity.name.en, entity.kind)}"
    return title.en


def _of_word(role_ar: str) -> str:
    """المتحدث باسم حماس speaks *for* Hamas; other titles are *of* their body."""
    return "for" if "باسم" in role_ar else "of"


def role_after_name(
    ctx: Context, gaz: Gazetteer, tokens: Sequence[Token], i: int, person: Entity
) -> tuple[Bilingual, str | None] | None:
    """The role a comma sets off after a name, closed by a second comma or the sentence's
    end (وليد الصمعاني، وزير العدل السعودي، قال; جون كيري، وزير الخارجية الأمريكي الأسبق،):
    the role and the id of the body it is of."""
    if i + 1 >= len(tokens) or tokens[i].text not in COMMAS:
        return None
    title = gaz.titles.match(tokens, i + 1)
    if title is None or title.value.relational or not title.exact:
        return None  # أبي أحمد، والرئيس الإريتري: the next person of a list, not his office
    j = title.end
    of: Entity | None = None
    former = False
    for _ in range(2):  # الأمين العام السابق لجامعة الدول العربية, الوزير الأمريكي الأسبق
        m = gaz.match(tokens, j) if j < len(tokens) and of is None else None
        if (
            m is not None
            and m.value.entity.kind in ("country", "organization", "group")
            and m.value.via in ("demonym", "name")
        ):  # the country of a body the title names is its own (لحزب الله اللبناني)
            of = m.value.entity if title.value.of is None else gaz.entity(title.value.of)
            j = m.end
        elif j < len(tokens) and not former and tokens[j].norm in rules().former:
            former, j = True, j + 1
    if j < len(tokens) and tokens[j].text not in (*COMMAS, ".", ":"):
        return None  # نجية بونعيم، مديرة الحملات لشمال إفريقيا: a role this reading cannot end
    role = _role(ctx, tokens, i + 1, j, title.value, of, former)
    if of is None and title.value.of is None:
        role = _with_country(role, person, gaz) or role
    return role, of.id if of is not None else title.value.of


def _apposed_end(gaz: Gazetteer, tokens: Sequence[Token], i: int) -> int | None:
    """The end of a new name of two or three words at ``i`` closed by a comma or the end of
    the sentence: the name of an apposition (عمدة المدينة، رامز توليدوف، قال)."""
    if i >= len(tokens) or not is_first_name(tokens[i], gaz):
        return None
    end = read_name(tokens, i, gaz)
    if end is None or end - i < 2:
        return None
    closed = end >= len(tokens) or tokens[end].text in (*COMMAS, ".", ":")
    return end if closed else None


def _apposed_starts(gaz: Gazetteer, reg: Registry, tokens: Sequence[Token], i: int) -> bool:
    """A name the title's comma sets off: a person already met, a shipped one, or a new name
    closed by a second comma."""
    if i >= len(tokens):
        return False
    known = gaz.match(tokens, i)
    return (
        reg.people.match(tokens, i) is not None
        or (known is not None and known.value.entity.kind == "person")
        or _apposed_end(gaz, tokens, i) is not None
    )


def _apposition_after(
    gaz: Gazetteer, reg: Registry, tokens: Sequence[Token], k: int
) -> tuple[int, int] | None:
    """Title + a short complement + comma + new name + comma (رئيس الجالية المصرية بغزة،
    عادل عبد الرحمن، قال): the name's (start, end). The complement is at most
    APPOSED_WORDS Arabic words, none of them a particle or preposition: the commas around
    the name allow a longer one than a complement read without them."""
    r = rules()
    j = k
    while j < len(tokens) and tokens[j].text not in COMMAS:
        tok = tokens[j]
        if j - k >= APPOSED_WORDS or tok.kind != "ar" or not r.stop.isdisjoint(tok.stems):
            return None
        j += 1
    if j == k or j >= len(tokens) or reg.people.match(tokens, j + 1) is not None:
        return None
    end = _apposed_end(gaz, tokens, j + 1)
    return (j + 1, end) if end is not None else None


# Enough items for a colon to announce a list of names rather than a quote or a label.
LIST_ITEMS = 2


def read_name_list(
    ctx: Context, gaz: Gazetteer, reg: Registry, sentence: int, tokens: Sequence[Token], i: int
) -> int:
    """أسماء الموقوفات: رهف الحربي وعزيزة القحطاني وإيمان الشمري: after a colon, two or more
    names of two or three parts joined by و, where at least one opens with a known first
    name. Returns the index after the list, or ``i``."""
    items: list[tuple[int, int]] = []
    j = i + 1
    while j < len(tokens):
        if reg.people.match(tokens, j) or gaz.match(tokens, j) or tokens[j].norm.startswith("ال"):
            break
        end = read_name(tokens, j, gaz)
        if end is None or end - j < 2:
            break
        items.append((j, end))
        if end >= len(tokens) or not tokens[end].norm.startswith("و") or len(tokens[end].norm) < 3:
            break
        j = end
    names = given_names()
    known_first = any(not names.isdisjoint({tokens[a].norm, tokens[a].norm[1:]}) for a, _ in items)
    if len(items) < LIST_ITEMS or not known_first:
        return i
    for n, (a, b) in enumerate(items):
        text, span = name_span_text(ctx, tokens, a, b, joined=n > 0)
        found = reg.add(new_person(gaz, text), text, span, sentence)
        register_person_forms(reg, found, text)
    return items[-1][1]
