"""A commented starting point for ``explainer.yml``: every id the build extracted, with the
text it came from, ready to uncomment and edit.

Everything is commented out, so the draft changes nothing until the editor uncomments a
section line (``# drop:``) and the lines under it; each block is valid YAML once uncommented.
"""

from __future__ import annotations

import json
import textwrap
from functools import cache

from builder import data
from builder.correct.schema import KINDS, MEDIATION_KINDS, QUALIFIERS, event_kinds
from builder.records import Actor, Facts
from builder.text.normalize import normalize


def draft_corrections(facts: Facts, article_name: str = "article.ar.md") -> str:
    """The text of a new ``explainer.yml`` for ``facts``."""
    width = max([len(i) for i in _ids(facts)] or [10]) + 2
    out: list[str] = [
        "# explainer.yml: the editor's corrections to what the build pulled out of",
        f"# {article_name}.",
        "#",
        "# Everything below is commented out. To change something, delete the '# ' in front of",
        "# a section line (such as 'drop:') and of the lines you need under it, edit, and save;",
        "# `make serve` shows the result at once and `explainer check` checks this file.",
        "# The ids come from the extraction; they stay the same when the build runs again, so",
        "# these corrections keep applying. A line whose id no longer matches is reported.",
        "",
    ]
    out += _section("Leave facts out of the explainer")
    out.append("# drop:")
    for fid, kind, text in _listing(facts):
        out.append(f"#   - {fid:<{width}}# {kind}: {text}")
    out.append("")
    if facts.figures:
        out += _section("Key figures: fix a number, what it counts, or its qualifier")
        out.append(f"# qualifier: {', '.join(QUALIFIERS)} or null")
        out.append("# figures:")
        for figure in facts.figures:
            out.append(
                f"#   {figure.id + ':':<{width + 2}}# «{_one_line(figure.text)}» (source {figure.sentence})"
            )
            out.append(f"#     label: {{en: {_q(figure.label.en)}, ar: {_q(figure.label.ar)}}}")
            out.append(f"#     value: {_number(figure.value)}")
            out.append(f"#     qualifier: {figure.qualifier or 'null'}")
        out.append("")
    if facts.actors:
        out += _section("Actors: an English name (this marks it checked), a role, a kind")
        out.append("# role: {en: …, ar: …}; kind: person, country, organization, group or place")
        out.append("# actors:")
        for actor in facts.actors:
            note = "" if actor.verified else "  NOT CHECKED: write the English name"
            out.append(
                f"#   {actor.id + ':':<{width + 2}}# {_one_line(actor.name.ar or '')} ({actor.kind}){note}"
            )
            out.append(f"#     name: {{en: {_q(actor.name.en)}}}")
            if actor.role:
                out.append(f"#     role: {{en: {_q(actor.role.en)}, ar: {_q(actor.role.ar)}}}")
            out.append(f"#     kind: {actor.kind}")
        out.append("")
    out += _section("Merge actors that are one and the same: keep-id: [other-id, …]")
    out.append("# merge:")
    merges = merge_suggestions(facts.actors)
    for keep, others in merges:
        shared = sorted(set.intersection(*(_name_words(a) for a in [keep, *others])))
        note = f"  # the same {keep.kind}? both «{' '.join(shared)}»" if shared else ""
        out.append(f"#   {keep.id}: [{', '.join(o.id for o in others)}]{note}")
    if not merges:
        out.append("#   # no two actors of one kind share a word of their names")
        out.append("#   keep-id: [other-id]")
    out.append("")
    out += _add_section()
    out.append("")
    candidates = [r.id for r in facts.mediation] + [r.id for r in facts.events]
    if candidates:
        out += _section("The main development, shown 'at a glance': a mediation or event id")
        out.append("# choose one of:")
        for effort in facts.mediation:
            out.append(
                f"#    {effort.id:<{width}} mediation: {_sentence(facts, effort.sentence, 60)}"
            )
        for event in facts.events:
            out.append(
                f"#    {event.id:<{width}} event: {_one_line(event.summary.en or event.summary.ar or '', 60)}"
            )
        out.append(f"# main: {candidates[0]}")
        out.append("")
    return "\n".join(out)


def merge_suggestions(actors: list[Actor]) -> list[tuple[Actor, list[Actor]]]:
    """Actors that may be one and the same: of one kind, and sharing a word of their names
    (عبد الفتاح السيسي and السيسي), never a police force and a paramedic. The one kept is the
    one with the checked English name, else the fuller name, else the first seen."""
    suggestions: list[tuple[Actor, list[Actor]]] = []
    placed: set[str] = set()
    for i, first in enumerate(actors):
        if first.id in placed:
            continue
        group = [
            other
            for other in actors[i + 1 :]
            if other.kind == first.kind
            and other.id not in placed
            and _name_words(first) & _name_words(other)
        ]
        if not group:
            continue
        members = [first, *group]
        keep = max(members, key=lambda a: (a.verified, len(_name_words(a)), -members.index(a)))
        suggestions.append((keep, [a for a in members if a is not keep]))
        placed.update(a.id for a in members)
    return suggestions


def _name_words(actor: Actor) -> set[str]:
    """The words of an actor's names that can identify it: normalised, without the article
    (ال) and without the particles that join name parts (عبد، أبو، بن… in
    ``data/name_rules.yml``), which many unrelated names share."""
    words = set()
    for name in (actor.name.ar, actor.name.en):
        for word in normalize(name or "").replace("-", " ").split():
            word = word.removeprefix("ال") if len(word) > 4 else word
            if len(word) > 2 and word not in _particles():
                words.add(word)
    return words


@cache
def _particles() -> frozenset[str]:
    links = data.load("name_rules")["links"]
    latin = {"al", "el", "bin", "ibn", "abu", "abd", "abdel", "abdul", "the", "of", "and"}
    return frozenset({normalize(str(w)) for w in links} | latin)


def _add_section() -> list[str]:
    """The syntax of ``add:``, every field shown, ready to copy and fill in."""
    out = _section("Add what the build missed, each with the exact words of the article")
    out.append(f"# actor kind: {', '.join(KINDS)}")
    out += [f"# {line}" for line in textwrap.wrap("event kind: " + ", ".join(event_kinds()), 86)]
    out.append(f"# mediation kind: {', '.join(MEDIATION_KINDS)}")
    out.append(f"# figure qualifier: {', '.join(QUALIFIERS)} or null")
    out.append("# agent, parties, place, mediators, venue: actor ids from the list above, or names")
    out.append("# when: the article's words for the time; date: 2023-03-05, 2023-03 or 2023")
    out += [
        "# add:",
        "#   figures:",
        "#     - value: 0",
        '#       label: {en: "", ar: ""}',
        '#       quote: "the exact words of the article"',
        "#   actors:",
        '#     - name: {ar: "", en: ""}',
        "#       kind: person",
        '#       role: {ar: "", en: ""}',
        '#       quote: "the exact words of the article"',
        "#   events:",
        "#     - kind: clashes",
        '#       when: "the time, as the article writes it"',
        "#       agent: [actor-id]",
        "#       parties: [actor-id]",
        "#       place: actor-id",
        '#       quote: "the exact words of the article"',
        "#   mediation:",
        "#     - mediators: [actor-id]",
        "#       parties: [actor-id, actor-id]",
        "#       venue: actor-id",
        "#       date: 2023-04-16",
        '#       outcome: {en: "", ar: ""}',
        "#       kind: mediated",
        '#       quote: "the exact words of the article"',
    ]
    return out


def _section(title: str) -> list[str]:
    return [f"# ── {title} " + "─" * max(3, 88 - len(title) - 6)]


def _ids(facts: Facts) -> list[str]:
    return [i for i, _, _ in _listing(facts)]


def _listing(facts: Facts) -> list[tuple[str, str, str]]:
    rows = [("figure", f.id, f.text) for f in facts.figures]
    rows += [("actor", a.id, a.name.ar or a.name.en or "") for a in facts.actors]
    rows += [("event", e.id, e.summary.en or e.summary.ar or "") for e in facts.events]
    rows += [("mediation", m.id, _sentence(facts, m.sentence)) for m in facts.mediation]
    return [(rid, kind, _one_line(text, 70)) for kind, rid, text in rows]


def _sentence(facts: Facts, index: int, limit: int = 80) -> str:
    sentences = facts.document.sentences
    return _one_line(sentences[index].text, limit) if 0 <= index < len(sentences) else ""


def _one_line(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _q(text: str | None) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text or "", ensure_ascii=False)


def _number(value: float | int | None) -> str:
    return "null" if value is None else json.dumps(value)
