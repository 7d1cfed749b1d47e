"""Which body named in full with its owner (المعارضة السورية, مجلس الشيوخ الأسترالي) a body
named by the same words without one (المعارضة, مجلس الشيوخ) means: one definition, used both
while reading (a bare head the gazetteer gives to one country) and once the article is read
(a body composed without an owner); and which known body a short form of its name
(حزب العمال after حزب العمال الكردستاني) means."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from builder.analyse.tokens import Token, tokenize
from builder.extract.actors.registry import Found, Registry
from builder.lexicon.gazetteer import Gazetteer


def namesake_of(
    bare: tuple[str, ...], reg: Registry, gaz: Gazetteer, first: int | None = None
) -> Found | None:
    """The body named in full by the stems ``bare`` and an owner: the nearest named before
    offset ``first`` (every one read so far when None), else the first named after it."""
    namesakes = [
        (min(s.start for s in other.spans), n, other)
        for n, other in enumerate(reg.by_id.values())
        if other.spans and any(_is_namesake(core, bare) for core in _cores(other, reg, gaz))
    ]
    before = [n for n in namesakes if first is None or n[0] < first]
    if before:
        return max(before)[2]
    return min(namesakes)[2] if namesakes else None


def _cores(found: Found, reg: Registry, gaz: Gazetteer) -> list[tuple[str, ...]]:
    """The words a body is named by without its owner: those read with it when it was
    composed, else, for a body the gazetteer names with its owner (المحكمة العليا
    الإسرائيلية), its mentions' words less the owner's adjective."""
    if found.core:
        return [found.core]
    e = found.entity
    if not (e.verified and e.kind == "organization" and e.country):
        return []
    cores = []
    for mention in found.mentions:
        core = reg.cores.get(mention)
        if core is None:  # each mention read once per article, however many bodies ask
            words = tokenize(mention)
            core = without_owner(gaz, words)
            reg.cores[mention] = core if 0 < len(core) < len(words) else ()
        if core:
            cores.append(core)
    return cores


def without_owner(gaz: Gazetteer, words: Sequence[Token]) -> tuple[str, ...]:
    """The bare stems of a body's words, its owner's name or adjective and في left out."""
    core: list[str] = []
    k = 0
    while k < len(words):
        m = gaz.match(words, k)
        if m is not None and (m.value.entity.kind == "country" or m.value.via == "demonym"):
            k = m.end
            continue
        if words[k].norm != "في":
            core.append(words[k].stems[-1])
        k += 1
    return tuple(core)


def _is_namesake(core: tuple[str, ...], bare: tuple[str, ...]) -> bool:
    """Whether a body named without its owner by the stems ``bare`` is the one named with
    its owner by ``core`` (المعارضة, المعارضة السورية), or a part of it: its head's
    complement (فصائل المعارضة المسلحة). Another complement of the same head (قوات
    المقاومة, القوات الإماراتية) is another body."""
    return bare == core or bare[1 : 1 + len(core)] == core


def shortened(words: Sequence[Token], reg: Registry) -> Found | None:
    """A body the gazetteer knows, named earlier in full, whose name these words shorten
    (حزب العمال after حزب العمال الكردستاني: the PKK again, no Labour Party): of several,
    the one the article began to name last."""
    bare = tuple(t.stems[-1] for t in words)
    if len(bare) < 2:
        return None
    for found in reversed(list(reg.by_id.values())):
        e = found.entity
        if not e.verified or e.kind not in ("organization", "group"):
            continue
        if any(
            len(full) > len(bare) and full[: len(bare)] == bare
            for full in map(_stems, found.mentions)
        ):
            return found
    return None


@lru_cache(maxsize=4096)
def _stems(mention: str) -> tuple[str, ...]:
    """A mention's bare stems; a pure function of its text, so cached across articles."""
    return tuple(t.stems[-1] for t in tokenize(mention))
