"""The headline and lede of each edition.

Arabic: the article's own. English: the editor's (``title_en``, the translation's first
paragraph), and where there is none, sentences generated from the records: the main
development's sentence, its date, and what it counts. A generated headline or lede is said to
be so (in the page's front matter, and by ``explainer check``) so that nobody mistakes it for a
translation.
"""

from __future__ import annotations

from dataclasses import dataclass

from builder.load.translation import Translation
from builder.records import Facts
from builder.render.catalog import translations
from builder.render.formatting import Formatter
from builder.render.sentences import main_sentence, name_in_sentence


@dataclass(frozen=True)
class Heading:
    title: str
    lede: str
    generated_title: bool = False
    generated_lede: bool = False


def heading(facts: Facts, fmt: Formatter, translation: Translation | None = None) -> Heading:
    doc = facts.document
    if fmt.lang == "ar":
        return Heading(doc.title, doc.sentences[1].text if len(doc.sentences) > 1 else doc.title)
    title = facts.title_en or (translation.title if translation else None)
    lede = translation.paragraphs[0] if translation and translation.paragraphs else None
    sentence = main_sentence(facts, fmt)
    what = sentence or _report_on(facts, fmt)
    # A frame with nobody in it ("Visit") says too little for a headline: what happened
    # and the actors the story names first head the page ("Protests: Israel and Palestine").
    headline = what if _has_participants(facts) else _report_on(facts, fmt, sentence)
    return Heading(
        title or _headline_style(headline),
        lede or _generated_lede(facts, fmt, what),
        generated_title=not title,
        generated_lede=not lede,
    )


def _headline_style(sentence: str) -> str:
    """A generated sentence as a headline: what it counts after a colon, not in brackets
    ("Fire in Russia: at least 53 people killed")."""
    head, sep, counted = sentence.rpartition(" (")
    if not sep or not counted.endswith(")") or not (counted[:1].islower() or counted[:1].isdigit()):
        return sentence  # "Islamic State (ISIS)": a name's own brackets stay
    return f"{head}: {counted[:-1]}"


def _generated_lede(facts: Facts, fmt: Formatter, what: str) -> str:
    """E.g. "Talks between Sudan and Chad mediated by Qatar in Doha, April 16, 2023."."""
    tr = translations(fmt.lang)
    date = _main_date(facts)
    when = fmt.iso_date(date) if date else None
    if when:
        return tr.gettext("%(what)s, %(when)s.") % {"what": what, "when": when}
    return tr.gettext("%(what)s, reported on %(date)s.") % {
        "what": what,
        "date": fmt.date(facts.document.published),
    }


def _has_participants(facts: Facts) -> bool:
    for mediation in facts.mediation:
        if mediation.id == facts.main:
            return bool(mediation.mediators or mediation.parties)
    for event in facts.events:
        if event.id == facts.main:
            return event.names_anyone
    return False


def _main_date(facts: Facts) -> str | None:
    record = facts.main_record()
    return record.date if record else None


def _report_on(facts: Facts, fmt: Formatter, what: str | None = None) -> str:
    """The actors the story names first, after what happened when the main development
    names nobody itself (``what``), else as a report on them."""
    names = [
        name_in_sentence(a, fmt.lang)
        for a in sorted(facts.actors, key=lambda a: a.sentence)
        if a.kind in ("country", "person", "group", "organization") and not a.media
    ]
    shown = [n for n in dict.fromkeys(names) if n][:3]
    tr = translations(fmt.lang)
    if not shown:
        return what or tr.gettext("News report")
    if what:
        return tr.gettext("%(what)s: %(names)s") % {"what": what, "names": fmt.list(shown)}
    return tr.gettext("News report on %(names)s") % {"names": fmt.list(shown)}
