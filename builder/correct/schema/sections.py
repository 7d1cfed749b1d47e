"""Reading the sections of ``explainer.yml`` (drop, figures, actors, merge, add, main) into
:class:`~builder.correct.schema.corrections.Corrections`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from builder.correct.located import yaml_lines
from builder.correct.schema.additions import AdditionReader
from builder.correct.schema.corrections import ActorFix, Corrections, FigureFix, Merge, Ref
from builder.correct.schema.vocabulary import (
    ACTOR_KEYS,
    ADD_KEYS,
    FIGURE_KEYS,
    KINDS,
    NEW_ACTOR_KEYS,
    NEW_EVENT_KEYS,
    NEW_FIGURE_KEYS,
    NEW_MEDIATION_KEYS,
    TOP_KEYS,
    is_actor_kind,
)
from builder.errors import Problem, did_you_mean, type_name
from builder.load.frontmatter import parse_yaml_mapping


def parse_corrections(text: str, path: Path) -> tuple[Corrections, list[Problem]]:
    """Corrections from the text of ``explainer.yml``, and the problems in it.

    Raises :class:`~builder.errors.ExplainerError` when the text is not a YAML mapping."""
    data, _ = parse_yaml_mapping(text, path)
    reader = _SectionReader(path, yaml_lines(text))
    corrections = reader.corrections(data)
    return corrections, sorted(reader.problems, key=lambda p: p.line or 0)


_ReadItem = Callable[[dict[str, Any], tuple[str | int, ...]], Any]
"""Reads one item of an ``add:`` list (None when it has errors)."""


class _SectionReader(AdditionReader):
    def corrections(self, data: dict[str, Any]) -> Corrections:
        result = Corrections(self.path)
        data = self.known_keys(data, TOP_KEYS, ())
        if data.get("drop") is not None:
            result.drop = self.ids(data["drop"], ("drop",))
        if data.get("figures") is not None:
            result.figures = self.figure_fixes(data["figures"])
        if data.get("actors") is not None:
            result.actors = self.actor_fixes(data["actors"])
        if data.get("merge") is not None:
            result.merge = self.merges(data["merge"])
        if data.get("add") is not None:
            self.additions(data["add"], result)
        if data.get("main") is not None:
            result.main = self.ident(data["main"], ("main",))
        return result

    def figure_fixes(self, value: Any) -> list[FigureFix]:
        section = self.mapping(value, ("figures",), "figures: {figure-id: {label: {en: …, ar: …}}}")
        fixes = []
        for fid, body in (section or {}).items():
            where = ("figures", fid)
            if body is None:
                self.warn(
                    where,
                    f"nothing to change for '{fid}'",
                    "add label, value or qualifier below it",
                )
                continue
            fields = self.mapping(body, where, "{label: {en: …, ar: …}, value: …, qualifier: …}")
            if fields is None:
                continue
            fields = self.known_keys(fields, FIGURE_KEYS, where)
            fix = FigureFix(Ref(fid, self.lines(*where)))
            if "label" in fields:
                fix.label.update(self.bilingual(fields["label"], (*where, "label")))
            if "value" in fields:
                ok, number = self.number(fields["value"], (*where, "value"))
                if ok:
                    fix.changes["value"] = number
            if "qualifier" in fields:
                ok, qualifier = self.qualifier(fields["qualifier"], (*where, "qualifier"))
                if ok:
                    fix.changes["qualifier"] = qualifier
            fixes.append(fix)
        return fixes

    def actor_fixes(self, value: Any) -> list[ActorFix]:
        section = self.mapping(value, ("actors",), "actors: {actor-id: {name: {en: …}}}")
        fixes = []
        for aid, body in (section or {}).items():
            where = ("actors", aid)
            if body is None:
                self.warn(
                    where, f"nothing to change for '{aid}'", "add name, role or kind below it"
                )
                continue
            fields = self.mapping(body, where, "{name: {en: …}, role: {en: …, ar: …}, kind: …}")
            if fields is None:
                continue
            fields = self.known_keys(fields, ACTOR_KEYS, where)
            name = self.bilingual(fields["name"], (*where, "name")) if "name" in fields else {}
            role = self.bilingual(fields["role"], (*where, "role")) if "role" in fields else {}
            kind = None
            if "kind" in fields:
                if is_actor_kind(fields["kind"]):
                    kind = fields["kind"]
                else:
                    self.error(
                        (*where, "kind"),
                        f"unknown kind {fields['kind']!r}{did_you_mean(str(fields['kind']), KINDS)}",
                        f"use one of {', '.join(KINDS)}",
                    )
            fixes.append(ActorFix(Ref(aid, self.lines(*where)), name, role, kind))
        return fixes

    def merges(self, value: Any) -> list[Merge]:
        section = self.mapping(value, ("merge",), "merge: {keep-id: [other-id]}")
        return [
            Merge(Ref(keep, self.lines("merge", keep)), self.ids(others, ("merge", keep)))
            for keep, others in (section or {}).items()
        ]

    def additions(self, value: Any, result: Corrections) -> None:
        section = self.mapping(
            value, ("add",), "add: {figures: […], actors: […], events: […], mediation: […]}"
        )
        section = self.known_keys(section or {}, ADD_KEYS, ("add",))
        readers: dict[str, tuple[tuple[str, ...], _ReadItem, list[Any]]] = {
            "figures": (NEW_FIGURE_KEYS, self.new_figure, result.add_figures),
            "actors": (NEW_ACTOR_KEYS, self.new_actor, result.add_actors),
            "events": (NEW_EVENT_KEYS, self.new_event, result.add_events),
            "mediation": (NEW_MEDIATION_KEYS, self.new_mediation, result.add_mediation),
        }
        for group, (keys, read, added) in readers.items():
            items = section.get(group)
            if items is None:
                continue
            if not isinstance(items, list):
                self.error(
                    ("add", group),
                    f"'{group}' must be a list, not {type_name(items)}",
                    f"start each of the {group} with '- '",
                )
                continue
            for i, item in enumerate(items):
                where: tuple[str | int, ...] = ("add", group, i)
                fields = self.mapping(item, where, f"- {{{', '.join(keys[:3])}: …}}")
                if fields is None:
                    continue
                record = read(self.known_keys(fields, keys, where), where)
                if record is not None:
                    added.append(record)
