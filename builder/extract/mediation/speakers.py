"""The country a speaker speaks for: «قال المتحدث باسم الخارجية القطرية إن بلاده تسعى …»
makes Qatar the one who acts, «بلاده» standing for the speaker's country."""

from __future__ import annotations

from builder.extract.frames import SentenceView, words
from builder.extract.mediation.words import SIDE_KINDS
from builder.records import Actor
from builder.text.normalize import normalize

COUNTRY_OF_SPEAKER = frozenset(normalize(w) for w in ("بلاده", "بلادها", "بلادنا"))
"""«His country» after «إن»: the country of the one who says it."""


def says_his_country(view: SentenceView, k: int) -> bool:
    """«قال المتحدث باسم الخارجية القطرية إن بلاده تسعى إلى …»: the one before «إن بلاده»
    speaks for his country, which is who acts."""
    return _his_country_at(view, k - COUNTRY_WITHIN, k) is not None


COUNTRY_WITHIN = 4
"""Tokens from «بلاده» to the trigger it is the subject of."""


def speaker_country(view: SentenceView, k: int) -> list[Actor]:
    """The country «بلاده» stands for when it is the subject of the clause of token ``k``
    (قال مسؤول مصري إن بلاده تتواصل مع الطرفين): the speaker's, named or told by a
    demonym before «إن»."""
    said = _his_country_at(view, view.clause_start(k) - 1, k)
    if said is None:
        return []
    before = [a for a in view.args if a.end <= said - 1 and a.actor.kind in SIDE_KINDS]
    told = [a for a in view.describing.values() if a.end <= said - 1 and a.actor.kind in SIDE_KINDS]
    last = max([*before, *told], key=lambda a: a.end, default=None)
    return countries_of(view, [last.actor]) if last is not None else []


def _his_country_at(view: SentenceView, start: int, end: int) -> int | None:
    """The token of «بلاده» right after «إن»/«أن» between ``start`` and ``end``, if any."""
    return next(
        (
            j
            for j in range(max(1, start), end)
            if view.tokens[j].norm in COUNTRY_OF_SPEAKER
            and view.tokens[j - 1].norm in words().complementizers
        ),
        None,
    )


def countries_of(view: SentenceView, actors: list[Actor]) -> list[Actor]:
    """The countries of the actors (a country stands for itself)."""
    countries = {a.country: a for a in view.ctx.facts.actors if a.kind == "country" and a.country}
    out: list[Actor] = []
    for actor in actors:
        country = actor if actor.kind == "country" else countries.get(actor.country or "")
        if country is not None and country not in out:
            out.append(country)
    return out
