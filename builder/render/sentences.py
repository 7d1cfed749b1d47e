"""Generated sentences in both languages: what an event record says, written from the record
(kind, participants, figures), never translated from the article's prose.

Rendering, not extraction: the sentence is written from the final records (after the editor's
corrections), with the page's number formatting. :func:`describe` fills ``Event.summary`` for
the ``extract --json`` contract with the default settings.
"""

from __future__ import annotations

from builder.lexicon.triggers import triggers
from builder.records import Actor, Bilingual, Event, Facts, Figure
from builder.render.formatting import Formatter
from builder.render.settings import Settings

MAX_NAMED = 6
"""Participants and figures a summary names (all stay in the record)."""


def figure_phrase(figure: Figure, fmt: Formatter) -> str | None:
    """ "more than 6,500 killed", "نحو 30,000 جندي": the number, its qualifier, its label."""
    label = fmt.figure_label(figure)
    if figure.value is None:
        return label
    if not label:
        return None
    return f"{fmt.figure_value(figure)} {label}"


def event_summary(event: Event, facts: Facts, fmt: Formatter) -> str:
    kind = triggers().kinds.get(event.kind)
    phrase = (kind.en if fmt.lang == "en" else kind.ar) if kind else event.kind
    actors = [a for a in (facts.actor(i) for i in event.participants[:MAX_NAMED]) if a]
    figures = [f for f in (_figure(facts, i) for i in event.figures[:MAX_NAMED]) if f]
    names = [n for n in (_name(a, fmt.lang) for a in actors) if n]
    text = phrase[:1].upper() + phrase[1:] if fmt.lang == "en" else phrase
    if names:
        if fmt.lang == "en":
            text += (" between " if len(names) > 1 else " involving ") + fmt.list(names)
        else:
            text += (" بين " if len(names) > 1 else " في ") + fmt.list(names)
    facts_said = [p for p in (figure_phrase(f, fmt) for f in figures) if p]
    if facts_said:
        text += " (" + (", " if fmt.lang == "en" else "، ").join(facts_said) + ")"
    return text


def describe(facts: Facts, settings: Settings | None = None) -> Facts:
    """Write every event's summary in both languages (for the JSON contract)."""
    settings = settings or Settings()
    ar, en = Formatter("ar", settings), Formatter("en", settings)
    for event in facts.events:
        event.summary = Bilingual(event_summary(event, facts, ar), event_summary(event, facts, en))
    return facts


def _name(actor: Actor, lang: str) -> str | None:
    return actor.name.en if lang == "en" else actor.name.ar


def _figure(facts: Facts, figure_id: str) -> Figure | None:
    return next((f for f in facts.figures if f.id == figure_id), None)
