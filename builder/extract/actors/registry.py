"""The actors met in one article: each entity once, with its mentions and spans, and the
helpers that add a named entity or a person's other forms (surname, role) to it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from builder.analyse.phrases import PhraseIndex, PhraseMatch
from builder.analyse.tokens import Token
from builder.extract.actors.names import name_like
from builder.extract.actors.words import given_names, rules
from builder.extract.context import Context
from builder.lexicon.gazetteer import Entity, Gazetteer, Ref, shipped
from builder.records import Bilingual, Span
from builder.text.names import is_foreign_name
from builder.text.normalize import normalize


@dataclass
class Found:
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
    core: tuple[str, ...] = ()
    """The stems of a body's words without its owner (حكومه of الحكومة اليمنية): a body
    the article names later without an owner by these words is this one."""
    holder_country: str | None = None
    """The country of a known person whose office the ownerless institution is (رئيسة
    المجلس الوطني للانتخابات تيبيساي لوسينا: Venezuela's council): its owner before the
    story's country."""

    def absorb(self, other: Found) -> None:
        """Take in the mentions of ``other``, found to be the same actor."""
        self.mentions += [m for m in other.mentions if m not in self.mentions]
        self.spans += [s for s in other.spans if s not in self.spans]
        self.sentence = min(self.sentence, other.sentence)


class Registry:
    def __init__(self) -> None:
        self.by_id: dict[str, Found] = {}
        self.order: list[str] = []
        self.people = PhraseIndex[Entity]()
        self.last: Found | None = None
        """The actor added last (a person's role may follow its name)."""
        self.family = PhraseIndex[Entity]()
        """Family names said first (كيم of Kim Jong Un): a mention only when no other name
        part follows (كيم كي غوان is another Kim)."""
        self.cores: dict[str, tuple[str, ...]] = {}
        """A body's mention → its words without its owner (() when it names none), read
        once per article however many bodies look for their namesake."""

    def add(self, entity: Entity, text: str, span: Span, sentence: int) -> Found:
        found = self.by_id.get(entity.id)
        if found is None:
            found = Found(entity, sentence=sentence, role=entity.role)
            self.by_id[entity.id] = found
            self.order.append(entity.id)
        if text not in found.mentions:
            found.mentions.append(text)
        if span not in found.spans:
            found.spans.append(span)
        self.last = found
        return found


def span_text(ctx: Context, tokens: Sequence[Token], start: int, end: int) -> tuple[str, Span]:
    span = Span(tokens[start].start, tokens[end - 1].end)
    return ctx.doc.text[span.start : span.end], span


def name_span_text(
    ctx: Context, tokens: Sequence[Token], start: int, end: int, joined: bool = False
) -> tuple[str, Span]:
    """A new person's words without the conjunction or the preposition ل written onto the
    first (ومحمد أبو سالم → محمد أبو سالم): when the name is ``joined`` to the one before it
    in a list, or when the word without it is a first name and with it none (وليد and لبنى
    are names of their own)."""
    text, span = span_text(ctx, tokens, start, end)
    first = tokens[start]
    names = given_names()
    bare = first.norm[1:] in names and first.norm not in names
    if text.startswith("و") and first.norm.startswith("و") and (joined or bare):
        return text[1:], Span(span.start + 1, span.end)
    if text.startswith("ل") and first.norm.startswith("ل") and bare:
        return text[1:], Span(span.start + 1, span.end)  # المجال لمحمود: "for Mahmoud"
    return text, span


def add_named(
    ctx: Context,
    reg: Registry,
    sentence: int,
    tokens: Sequence[Token],
    start: int,
    end: int,
    ref: Ref,
) -> None:
    text, span = span_text(ctx, tokens, start, end)
    entity = ref.entity
    if ref.via == "capital" and entity.capital_of and not _locative(tokens, start, entity):
        # موسكو as the Russian government: a mention of the country, not of the city.
        country = (ctx.lexicon or shipped()).countries.get(entity.capital_of)
        if country is not None:
            reg.add(country, text, span, sentence)
            ctx.vias[span] = "capital"
            reg.add(entity, text, span, sentence)  # the city is named all the same…
            ctx.metonyms.add(span)  # …but the country is the one that acts there
            return
    found = reg.add(entity, text, span, sentence)
    if ref.via != "name":
        ctx.vias[span] = ref.via
    if entity.kind == "person":
        register_person_forms(reg, found, text)


def _locative(tokens: Sequence[Token], i: int, entity: Entity) -> bool:
    """في موسكو, بموسكو, ببيروت, إلى موسكو: the city as a place (باريس is not ب + اريس)."""
    own_b = normalize(entity.name.ar or "").startswith("ب")
    at = ("بب", "وبب") if own_b else ("ب", "وب")
    if tokens[i].norm.startswith(at) and len(tokens[i].norm) > 4:
        return True
    return i > 0 and tokens[i - 1].norm in {"في", "وفي", "قمه", "مدينه", "العاصمه"}


def person_with_role(reg: Registry, role: Bilingual) -> Found | None:
    matches = [
        f
        for f in reg.by_id.values()
        if f.entity.kind == "person" and f.role and f.role.en == role.en
    ]
    return matches[0] if len(matches) == 1 and " of " in (role.en or "") else None


def person_at(
    reg: Registry, gaz: Gazetteer, tokens: Sequence[Token], i: int
) -> PhraseMatch[Entity] | None:
    """A person met before at token ``i``: by a full name or surname, or by a family name said
    first; when one word names two people so (كيم: Sung Kim's surname, Kim Jong Un's family
    name), the one the article met first."""
    match = reg.people.match(tokens, i)
    if match is None:
        return family_at(reg, gaz, tokens, i)
    family = reg.family.match(tokens, i)
    if family is None or family.end < match.end:
        return match
    if family.end > match.end:
        return family
    first = reg.by_id.get(family.value.id)
    other = reg.by_id.get(match.value.id)
    if first is not None and other is not None and first.sentence < other.sentence:
        return family
    return match


def family_at(
    reg: Registry, gaz: Gazetteer, tokens: Sequence[Token], i: int
) -> PhraseMatch[Entity] | None:
    """A person met before, named by the family name said first (وقال كيم إن), when no
    other part of a name follows it."""
    match = reg.family.match(tokens, i)
    if match is None:
        return None
    k = match.end
    if k >= len(tokens) or tokens[k].kind != "ar" or tokens[k].norm.startswith("ال"):
        return match  # كيم الحقيقي: "the real Kim"
    return None if name_like(tokens[k], gaz) else match  # كيم كي غوان; but كيم يرد


def register_person_forms(reg: Registry, found: Found, text: str) -> None:
    """Index the full name and the surname so later mentions (لافروف, ولافروف) join."""
    words = normalize(text).split()
    reg.people.add(" ".join(words), found.entity)
    if len(words) >= 2:
        surname = words[-1]
        # آبي of Shinzo Abe reads like the link أبي; a foreign name has no links
        if len(surname) >= 3 and (surname not in rules().links or is_foreign_name(text)):
            reg.people.add(surname, found.entity)
        family = words[0]
        if (
            found.entity.country in rules().family_name_first
            and len(family) >= 2
            and reg.family.lookup(family) in (None, found.entity)
        ):
            reg.family.add(family, found.entity)  # كيم: Kim Jong Un, named family first
