"""A commented starting point for ``explainer.yml``: every id the build extracted, with the
text it came from, ready to uncomment and edit.

Everything is commented out, so the draft changes nothing until the editor uncomments a
section line (``# drop:``) and the lines under it; each block is valid YAML once uncommented.
"""

from __future__ import annotations

import json

from builder.records import Facts


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
        out.append("# qualifier: more_than, less_than, about, up_to, at_least or null")
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
    people = [a.id for a in facts.actors if a.kind == "person"] or [a.id for a in facts.actors]
    if len(people) >= 2:
        out.append(f"#   {people[0]}: [{people[1]}]")
    else:
        out.append("#   keep-id: [other-id]")
    out.append("")
    out += _section("Add a figure the build missed, with the exact words it comes from")
    out.append("# add:")
    out.append("#   figures:")
    out.append("#     - value: 0")
    out.append('#       label: {en: "", ar: ""}')
    out.append('#       quote: "the exact words of the article"')
    out.append("")
    candidates = [*facts.mediation, *facts.events]
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
        out.append(f"# main: {candidates[0].id}")
        out.append("")
    return "\n".join(out)


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
