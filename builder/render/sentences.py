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
from functools import cache

from builder import data
from builder.analyse.tokens import tokenize
from builder.lexicon.article import in_sentence
from builder.lexicon.triggers import EventKind, triggers
from builder.records import Actor, Bilingual, Event, Facts, Figure, Mediation
from builder.render.catalog import translations
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
        if figure.vague is None:
            return label
        if fmt.lang == "ar":
            return figure.text  # عشرات المدنيين: the article's own words agree
        amount = fmt.figure_value(figure)
        if not label:
            return amount
        return translations(fmt.lang).gettext("%(amount)s of %(what)s") % {
            "amount": amount,
            "what": label,
        }
    if not label:
        return None
    return f"{fmt.figure_value(figure)} {label}"


def event_summary(event: Event, facts: Facts, fmt: Formatter) -> str:
    lang = fmt.lang
    kind = triggers().kinds.get(event.kind)
    noun = (kind.en if lang == "en" else kind.ar) if kind else event.kind
    named = _trigger_name(event, facts, kind)
    if named is not None:
        noun = named[0] if lang == "en" else named[1]  # a fire, not a "disaster"
    agent = _names(facts, event.agent, lang)
    parties = _names(facts, [p for p in event.parties if p not in event.agent], lang)
    everyone = agent + parties
    persons = _names(facts, [i for i in event.participants if _is_person(facts, i)], lang)
    others = [n for n in everyone if n not in persons]
    slots = {
        "kind": noun,
        "Kind": noun[:1].upper() + noun[1:],
        "agent": fmt.list(agent) if agent else "",
        "parties": fmt.list(parties) if parties else "",
        "all": fmt.list(everyone) if everyone else "",
        # Talks "between" their sides; whoever arranged them is not one of the sides.
        "sides": fmt.list(parties if len(parties) >= 2 else everyone) if len(everyone) >= 2 else "",
        "people": fmt.list(persons) if persons else "",
        "others": fmt.list(others) if others else "",
    }
    place = facts.actor(event.place) if event.place else None
    where = name_in_sentence(place, lang) if place is not None else None
    slots["place"] = where if where and where not in everyone else ""
    templates = (kind.say.get(lang) if kind else None) or _DEFAULT[lang]
    text = _fill(templates, slots) or (slots["Kind"] if lang == "en" else noun)
    text = text[:1].upper() + text[1:]  # "The United States …" when a name opens it
    if slots["place"] and not _names_word(text, slots["place"]):  # no template took it
        text += (" in " if lang == "en" else " في ") + slots["place"]
    figures = [f for f in (_figure(facts, i) for i in event.figures[:MAX_NAMED]) if f]
    said = [p for p in (figure_phrase(f, fmt) for f in figures) if p]
    if said:
        text += " (" + (", " if lang == "en" else "، ").join(said) + ")"
    return text


def _trigger_name(event: Event, facts: Facts, kind: EventKind | None) -> tuple[str, str] | None:
    """What the event's own trigger word names, when its kind lists it (حريق: fire)."""
    if kind is None or kind.names is None or event.trigger is None:
        return None
    tokens = tokenize(facts.document.quote(event.trigger))
    found = kind.names.match(tokens, 0) if tokens else None
    return found.value if found is not None else None


def effort_summary(effort: Mediation, facts: Facts, fmt: Formatter) -> str:
    """ "Talks between Sudan and Chad mediated by Qatar in Doha"."""
    lang = fmt.lang
    mediators = _names(facts, distinct_sides(facts, effort.mediators), lang)
    parties = _names(facts, distinct_sides(facts, effort.parties), lang)
    venue = facts.actor(effort.venue) if effort.venue else None
    people = [i for i in effort.mediators if _is_person(facts, i)]
    bodies = [i for i in distinct_sides(facts, effort.mediators) if i not in people]
    slots = {
        "mediators": fmt.list(mediators) if mediators else "",
        "people": fmt.list(_names(facts, people, lang)) if people else "",
        "bodies": fmt.list(_names(facts, bodies, lang)) if bodies else "",
        "parties": fmt.list(parties) if len(parties) >= 2 else "",
        "venue": (name_in_sentence(venue, lang) or "") if venue else "",
    }
    templates = _effort_templates().get(effort.kind, {}).get(lang, ())
    if effort.outcome and effort.kind in BROKERED:
        told = _outcome_templates().get(effort.outcome.en or "", {}).get(lang, ())
        templates = (*told, *templates)
    return _fill(templates, slots) or slots["mediators"]


BROKERED = frozenset({"mediated", "sponsored", "facilitated"})
"""Kinds whose outcome (a truce, a deal) is what the sentence tells."""


@cache
def _outcome_templates() -> dict[str, dict[str, tuple[str, ...]]]:
    raw = data.load("mediation_words").get("say_outcome") or {}
    return {k: {lang: tuple(t) for lang, t in v.items()} for k, v in raw.items()}


def main_sentence(facts: Facts, fmt: Formatter) -> str | None:
    """What the story's main development is, in one generated sentence."""
    if facts.main is None:
        return None
    effort = next((m for m in facts.mediation if m.id == facts.main), None)
    if effort is not None:
        return effort_summary(effort, facts, fmt)
    event = next((e for e in facts.events if e.id == facts.main), None)
    return event_summary(event, facts, fmt) if event else None


def distinct_sides(facts: Facts, ids: list[str]) -> list[str]:
    """Ids without the bodies of a country already listed (Russia and the Kremlin: Russia)."""
    countries = {a.country for a in (facts.actor(i) for i in ids) if a and a.kind == "country"}
    out = []
    for i in ids:
        actor = facts.actor(i)
        if actor and actor.kind == "organization" and actor.country in countries:
            continue
        out.append(i)
    return out


@cache
def _effort_templates() -> dict[str, dict[str, tuple[str, ...]]]:
    raw = data.load("mediation_words").get("say") or {}
    return {k: {lang: tuple(t) for lang, t in v.items()} for k, v in raw.items()}


def _fill(templates: tuple[str, ...], slots: dict[str, str]) -> str | None:
    return next(
        (
            _SLOT.sub(lambda m: slots[m.group(1)], t)
            for t in templates
            if all(slots.get(s) for s in _SLOT.findall(t))
        ),
        None,
    )


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
        name = name_in_sentence(actor, lang) if actor else None
        if name and name not in out:
            out.append(name)
    return out


def _is_person(facts: Facts, actor_id: str) -> bool:
    actor = facts.actor(actor_id)
    return actor is not None and actor.kind == "person"


def name_in_sentence(actor: Actor, lang: str) -> str | None:
    """The actor's name as it stands inside a generated sentence (the United States)."""
    if lang != "en":
        return actor.name.ar
    return in_sentence(actor.name.en, actor.kind) if actor.name.en else actor.name.en


def _names_word(text: str, name: str) -> bool:
    """``name`` stands in ``text`` as words of its own ("Iraq" is not in "Iraqi council")."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def _figure(facts: Facts, figure_id: str) -> Figure | None:
    return next((f for f in facts.figures if f.id == figure_id), None)
