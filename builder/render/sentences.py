"""Generated sentences in both languages: what an event record says, written from the record
(kind, agent, parties, place, figures), never translated from the article's prose.

Rendering, not extraction: the sentence is written from the final records (after the editor's
corrections), with the page's number formatting. A sentence names only what its frame holds:
the templates of ``data/event_words.yml`` take the agent, the other parties and the place, and
the first template whose slots the record fills is used. :func:`describe` fills
``Event.summary`` for the ``extract --json`` contract with the default settings.
"""

from __future__ import annotations

import re

from builder.lexicon.triggers import triggers
from builder.records import Actor, Bilingual, Event, Facts, Figure
from builder.render.formatting import Formatter
from builder.render.settings import Settings

MAX_NAMED = 6
"""Participants and figures a summary names (all stay in the record)."""
_SLOT = re.compile(r"\{(\w+)\}")
_DEFAULT = {
    "en": (
        "{Kind} by {agent} involving {parties}",
        "{Kind} by {agent}",
        "{Kind} involving {parties}",
        "{Kind}",
    ),
    "ar": ("{kind} {agent} مع {parties}", "{kind} {agent}", "{kind} مع {parties}", "{kind}"),
}


def figure_phrase(figure: Figure, fmt: Formatter) -> str | None:
    """ "more than 6,500 killed", "نحو 30,000 جندي": the number, its qualifier, its label."""
    label = fmt.figure_label(figure)
    if figure.value is None:
        return label
    if not label:
        return None
    return f"{fmt.figure_value(figure)} {label}"


def event_summary(event: Event, facts: Facts, fmt: Formatter) -> str:
    lang = fmt.lang
    kind = triggers().kinds.get(event.kind)
    noun = (kind.en if lang == "en" else kind.ar) if kind else event.kind
    agent = _names(facts, event.agent, lang)
    parties = _names(facts, [p for p in event.parties if p not in event.agent], lang)
    everyone = agent + parties
    slots = {
        "kind": noun,
        "Kind": noun[:1].upper() + noun[1:],
        "agent": fmt.list(agent) if agent else "",
        "parties": fmt.list(parties) if parties else "",
        "all": fmt.list(everyone) if everyone else "",
        # Talks "between" their sides; whoever arranged them is not one of the sides.
        "sides": fmt.list(parties if len(parties) >= 2 else everyone) if len(everyone) >= 2 else "",
    }
    templates = (kind.say.get(lang) if kind else None) or _DEFAULT[lang]
    text = next(
        (
            _SLOT.sub(lambda m: slots[m.group(1)], t)
            for t in templates
            if all(slots.get(s) for s in _SLOT.findall(t))
        ),
        slots["Kind"] if lang == "en" else noun,
    )
    place = facts.actor(event.place) if event.place else None
    if place is not None and (name := _name(place, lang)) and name not in everyone:
        text += (" in " if lang == "en" else " في ") + name
    figures = [f for f in (_figure(facts, i) for i in event.figures[:MAX_NAMED]) if f]
    said = [p for p in (figure_phrase(f, fmt) for f in figures) if p]
    if said:
        text += " (" + (", " if lang == "en" else "، ").join(said) + ")"
    return text


def describe(facts: Facts, settings: Settings | None = None) -> Facts:
    """Write every event's summary in both languages (for the JSON contract)."""
    settings = settings or Settings()
    ar, en = Formatter("ar", settings), Formatter("en", settings)
    for event in facts.events:
        event.summary = Bilingual(event_summary(event, facts, ar), event_summary(event, facts, en))
    return facts


def _names(facts: Facts, ids: list[str], lang: str) -> list[str]:
    out: list[str] = []
    for actor in (facts.actor(i) for i in ids[:MAX_NAMED]):
        name = _name(actor, lang) if actor else None
        if name and name not in out:
            out.append(name)
    return out


def _name(actor: Actor, lang: str) -> str | None:
    return actor.name.en if lang == "en" else actor.name.ar


def _figure(facts: Facts, figure_id: str) -> Figure | None:
    return next((f for f in facts.figures if f.id == figure_id), None)
