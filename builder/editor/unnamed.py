"""Names the build could not put in English for sure (actors with ``verified: false``): with
no English form at all (*missing*), or with a spelling the build made (*transliterated*).

Each is listed with the file, line and sentence it came from, and all of them as a stanza
ready to paste into ``content/glossary.yml`` once the English names are checked. By default
this is information, not a problem: a site with unchecked names still builds, even with
``--strict`` (the English page marks such names as unchecked). With the site setting
``unverified_names: warning`` each is a warning instead (:func:`name_problems`), so that
``--strict`` fails until every name is checked.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from builder.errors import Problem, Severity
from builder.load.article import Article
from builder.records import Actor, Facts
from builder.text.normalize import normalize_phrase

SECTION = {
    "person": "people",
    "place": "places",
    "organization": "organizations",
    "group": "groups",
    "country": "countries",
}
"""Glossary section of each actor kind (see :mod:`builder.load.glossary`)."""


class HasFacts(Protocol):
    """What the report reads from a pipeline result (``builder.pipeline.ArticleResult``)."""

    article: Article | None
    facts: Facts | None


@dataclass(frozen=True)
class Seen:
    path: Path
    line: int | None
    sentence: str


@dataclass
class Unnamed:
    """One name with no English form, and every place it was seen."""

    actor: Actor
    forms: list[str]
    seen: list[Seen] = field(default_factory=list)


def unnamed_actors(results: Iterable[HasFacts]) -> list[Unnamed]:
    """The unverified actors of all articles, one entry per name (first seen first)."""
    found: dict[str, Unnamed] = {}
    for result in results:
        if result.facts is None or result.article is None:
            continue
        for actor in result.facts.actors:
            if actor.verified:
                continue
            key = normalize_phrase(actor.name.ar or actor.id)
            entry = found.setdefault(key, Unnamed(actor, _forms(actor)))
            for form in _forms(actor):
                if form not in entry.forms:
                    entry.forms.append(form)
            entry.seen.append(_seen(result.article, result.facts, actor))
    return list(found.values())


def report_lines(unnamed: list[Unnamed]) -> list[str]:
    """One line per place a name was seen: ``file:line: no English name for … in: «…»``."""
    lines = []
    for entry in unnamed:
        for seen in entry.seen:
            where = f"{seen.path}:{seen.line}" if seen.line else str(seen.path)
            lines.append(f"{where}: {_what(entry.actor)} in: «{seen.sentence}»")
    return lines


def name_problems(results: Iterable[HasFacts]) -> list[Problem]:
    """Each unchecked name where it was seen, as a warning (``unverified_names: warning``)."""
    return [
        Problem(
            seen.path,
            seen.line,
            f"{_what(entry.actor)} in: «{seen.sentence}»",
            "check it, then paste the stanza printed below into content/glossary.yml, or give "
            "name.en in the article's explainer.yml",
            Severity.WARNING,
        )
        for entry in unnamed_actors(results)
        for seen in entry.seen
    ]


def _what(actor: Actor) -> str:
    """``unverified English spelling 'Samer Khatib' for person 'سامر الخطيب'`` (a spelling
    the build made) or ``no English name for person '…'``."""
    guess = actor.name.en
    said = f"unverified English spelling '{guess}'" if guess else "no English name"
    return f"{said} for {actor.kind} '{actor.name.ar}'"


def glossary_stanza(unnamed: list[Unnamed]) -> str:
    """YAML to paste into ``content/glossary.yml`` after writing each ``en``."""
    sections: dict[str, list[Unnamed]] = {}
    for entry in unnamed:
        sections.setdefault(SECTION.get(entry.actor.kind, "people"), []).append(entry)
    out = [
        "# Check or write each English name in en (a filled one is the build's own spelling,",
        "# not verified), then paste under the same section of content/glossary.yml:",
    ]
    for section in SECTION.values():
        if section not in sections:
            continue
        out.append(f"{section}:")
        for entry in sections[section]:
            out.append(f"  - en: {json.dumps(entry.actor.name.en or '', ensure_ascii=False)}")
            out.append(
                "    ar: ["
                + ", ".join(json.dumps(f, ensure_ascii=False) for f in entry.forms)
                + "]"
            )
    return "\n".join(out)


def site_report(results: Iterable[HasFacts], listed: bool = True) -> list[str]:
    """The whole report as log lines: where each name was seen (unless ``listed`` is false:
    they were reported as warnings already), then the stanza."""
    unnamed = unnamed_actors(results)
    if not unnamed:
        return []
    head = (
        f"{len(unnamed)} name(s) have no checked English form yet; add them to "
        "content/glossary.yml:"
    )
    return [head, *(report_lines(unnamed) if listed else []), glossary_stanza(unnamed)]


def _forms(actor: Actor) -> list[str]:
    """The spellings worth listing: the name, then the shorter mentions inside it (surnames)."""
    name = " ".join((actor.name.ar or "").split())
    forms = [name] if name else []
    for mention in actor.mentions:
        mention = " ".join(mention.split())
        if mention and mention not in forms and (not name or mention in name):
            forms.append(mention)
    return forms


def _seen(article: Article, facts: Facts, actor: Actor) -> Seen:
    doc = facts.document
    sentence = doc.sentences[actor.sentence] if 0 <= actor.sentence < len(doc.sentences) else None
    offset = actor.spans[0].start if actor.spans else (sentence.span.start if sentence else None)
    line = None
    body_start = len(doc.text) - len(article.body)
    if offset is not None:
        line = article.line_of(offset - body_start) if offset >= body_start else 2
    text = " ".join(sentence.text.split()) if sentence else ""
    return Seen(article.path, line, text)
