"""Which country owns a body the article names without one (الحكومة, المعارضة, البرلمان): the
owner of a namesake the article names in full, else the country the story is about; and which
outlet an agency named only by its country's adjective is (الوكالة الإيرانية)."""

from __future__ import annotations

from dataclasses import replace

from builder.analyse.tokens import Token, tokenize
from builder.extract.actors.bodies import known_body
from builder.extract.actors.namesakes import namesake_of
from builder.extract.actors.registry import Found, Registry
from builder.lexicon.gazetteer import Entity, Gazetteer
from builder.lexicon.institutions import english_institution, heads
from builder.records import Bilingual
from builder.text.latin import arabic_id


def story_country(reg: Registry) -> str | None:
    """The country the story is about: the one mentioned most, counting the mentions of its
    places (a story from Gaza that names Israel often is still a Palestinian story; ties:
    the first named)."""
    counts: dict[str, int] = {}
    for found in reg.by_id.values():
        e = found.entity
        if e.kind in ("country", "place") and e.country:
            counts[e.country] = counts.get(e.country, 0) + len(found.spans)
    return max(counts, key=lambda c: counts[c]) if counts else None


def owned(found: Found, country: str, gaz: Gazetteer, reg: Registry) -> Entity:
    """An ownerless institution as the story's country's: الحكومة → Yemeni government."""
    name, _ = english_institution(found.ownerless, gaz, country)
    entity = found.entity
    if not name:
        return entity
    known = known_body(gaz, name)  # الجيش in an Israeli story: the Israeli military
    if known is not None:
        return known
    if (
        entity.name.en
        and _national(entity.name.en)
        and not any(
            (other.entity.name.en or "").lower() == name.lower() for other in reg.by_id.values()
        )
    ):  # المجلس الوطني للانتخابات: National Electoral Council, unless the article names
        name = entity.name.en  # it with its owner too (then it is that one)
    return replace(entity, name=Bilingual(entity.name.ar, name), country=entity.country or country)


def bare_head_abroad(
    found: Found, reg: Registry, story: str | None, gaz: Gazetteer
) -> Entity | None:
    """A body the gazetteer gives to one country by a bare head (مجلس الشيوخ: the US Senate),
    in a story about another country that never names the first: the story country's body
    (the French Senate in a French story)."""
    e = found.entity
    if e.kind != "organization" or not e.country or story in (None, e.country):
        return None
    if any(o is not found and o.entity.country == e.country for o in reg.by_id.values()):
        return None
    first: list[Token] = []
    for mention in found.mentions:
        tokens = tokenize(mention)
        head = heads().match(tokens, 0)
        if head is None or head.end != len(tokens) or head.value.named:
            return None
        first = first or tokens
    name, _ = english_institution(first, gaz, story)
    if not name:
        return None
    text = found.mentions[0]
    return Entity(
        arabic_id(text), "organization", Bilingual(text, name), verified=False, country=story
    )


def _national(name: str) -> bool:
    """A body the article calls national (المجلس الوطني للانتخابات, الحرس الوطني) or
    international (المحكمة الدولية الخاصة) is named as English news names it, without the
    story's adjective: the word says whose it is, or that it is no one country's."""
    return not {"National", "International"}.isdisjoint(name.split())


def resolve_local(reg: Registry, country: str, gaz: Gazetteer) -> None:
    """A name several countries' bodies share (حزب العدالة والتنمية) as the one of them the
    article also names in full (حزب الأمة after حزب الأمة السوداني), else as the story's
    country's body, joined with that body's own mentions."""
    for actor_id in list(reg.order):
        found = reg.by_id[actor_id]
        bodies = [b for b in map(gaz.entity, found.entity.local) if b is not None]
        body = next((b for b in bodies if b.id in reg.by_id), None) or next(
            (b for b in bodies if b.country == country), None
        )
        if body is None:
            continue
        del reg.by_id[actor_id]
        kept = reg.by_id.get(body.id)
        if kept is None:
            found.entity = body
            reg.by_id[body.id] = found
            reg.order[reg.order.index(actor_id)] = body.id
            continue
        first = min(reg.order.index(actor_id), reg.order.index(body.id))
        reg.order = [a for a in reg.order if a not in (actor_id, body.id)]
        reg.order.insert(first, body.id)
        kept.absorb(found)


def body_of(found: Found, reg: Registry, story: str | None, gaz: Gazetteer) -> Entity | None:
    """What a body named without its owner is: its office holder's country's (رئيسة
    البرلمان X: X's country); else the body the article names in full with the same words
    («المعارضة السورية» makes a later «المعارضة», or «فصائل المعارضة المسلحة», Syrian, whatever
    country the story mentions most; وزارة الدفاع after وزارة الدفاع الأميركية is the
    Pentagon again), the nearest one named before it when several are; else the story
    country's. None when nothing tells whose it is."""
    if found.holder_country is not None:
        return owned(found, found.holder_country, gaz, reg)
    bare = tuple(w.stems[-1] for w in found.ownerless)
    namesake = namesake_of(bare, reg, gaz, min((s.start for s in found.spans), default=0))
    if namesake is not None and namesake.entity.verified:
        return namesake.entity
    country = namesake.entity.country if namesake is not None else story
    return owned(found, country, gaz, reg) if country is not None else None


def agencies_by_adjective(reg: Registry, gaz: Gazetteer) -> None:
    """«الوكالة الإيرانية», «الوكالة الفرنسية»: the agency the article names by its
    country's adjective is that country's outlet it named before (وكالة تسنيم), else the
    country's news agency (IRNA; AFP for the French one)."""
    outlets: dict[str, list[Found]] = {}
    for actor_id in reg.order:
        found = reg.by_id[actor_id]
        if found.entity.media and found.entity.country:
            outlets.setdefault(found.entity.country, []).append(found)
    for actor_id in list(reg.order):
        found = reg.by_id[actor_id]
        e = found.entity
        words = (e.name.en or "").split()
        if e.verified or e.media or not e.country or len(words) != 2 or words[1] != "agency":
            continue
        first = min((s.start for s in found.spans), default=0)
        named = outlets.get(e.country, [])
        before = [o for o in named if min((s.start for s in o.spans), default=first) < first]
        target = before[-1] if before else (named[0] if named else None)
        if target is None:
            body = known_body(gaz, f"{words[0]} news agency")
            if body is None:
                continue
            target = reg.by_id.get(body.id) or Found(body, sentence=found.sentence, role=body.role)
            if body.id not in reg.by_id:
                reg.by_id[body.id] = target
                reg.order.insert(reg.order.index(actor_id), body.id)
        target.absorb(found)
        del reg.by_id[actor_id]
        reg.order.remove(actor_id)
