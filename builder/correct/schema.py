"""Read and validate ``explainer.yml``: typed corrections, each with the line it came from.

Wrong types are errors (the entry is left out); unknown keys are warnings with a "did you
mean"; ids are checked later against the extraction, by :mod:`builder.correct.apply`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args

from builder.analyse.numbers import LARGEST
from builder.correct.located import Lines, yaml_lines
from builder.errors import Problem, Severity, did_you_mean
from builder.load.frontmatter import parse_yaml_mapping
from builder.records import ActorKind, Qualifier

QUALIFIERS = tuple(q.value for q in Qualifier)
"""What the ``qualifier`` of a figure may say (``null`` for none)."""
KINDS: tuple[str, ...] = get_args(ActorKind)
LANGS = ("ar", "en")

TOP_KEYS = ("drop", "figures", "actors", "merge", "add", "main")
FIGURE_KEYS = ("label", "value", "qualifier")
ACTOR_KEYS = ("name", "role", "kind")
ADD_KEYS = ("figures",)
NEW_FIGURE_KEYS = ("value", "label", "quote", "qualifier")

IDS_HINT = (
    "the ids are in `explainer extract <article> --json` and in the comments of `explainer draft`"
)


@dataclass(frozen=True)
class Ref:
    """An id written in the file, and its line."""

    id: str
    line: int


@dataclass(frozen=True)
class FigureFix:
    ref: Ref
    label: dict[str, str] = field(default_factory=dict)
    """Language -> text, for the languages given only."""
    changes: dict[str, Any] = field(default_factory=dict)
    """``value`` and/or ``qualifier``, only when written (``null`` is a value)."""


@dataclass(frozen=True)
class ActorFix:
    ref: Ref
    name: dict[str, str] = field(default_factory=dict)
    role: dict[str, str] = field(default_factory=dict)
    kind: str | None = None


@dataclass(frozen=True)
class Merge:
    keep: Ref
    others: list[Ref]


@dataclass(frozen=True)
class NewFigure:
    line: int
    quote: str
    quote_line: int
    label: dict[str, str]
    value: float | int | None = None
    qualifier: Qualifier | None = None


@dataclass
class Corrections:
    """One article's ``explainer.yml``, validated."""

    path: Path
    drop: list[Ref] = field(default_factory=list)
    figures: list[FigureFix] = field(default_factory=list)
    actors: list[ActorFix] = field(default_factory=list)
    merge: list[Merge] = field(default_factory=list)
    add_figures: list[NewFigure] = field(default_factory=list)
    main: Ref | None = None

    @property
    def empty(self) -> bool:
        return not (
            self.drop or self.figures or self.actors or self.merge or self.add_figures or self.main
        )


def parse_corrections(text: str, path: Path) -> tuple[Corrections, list[Problem]]:
    """Corrections from the text of ``explainer.yml``, and the problems in it.

    Raises :class:`~builder.errors.ExplainerError` when the text is not a YAML mapping."""
    data, _ = parse_yaml_mapping(text, path)
    reader = _Reader(path, yaml_lines(text))
    corrections = reader.corrections(data)
    return corrections, sorted(reader.problems, key=lambda p: p.line or 0)


class _Reader:
    def __init__(self, path: Path, lines: Lines) -> None:
        self.path = path
        self.lines = lines
        self.problems: list[Problem] = []
        for path_, line in lines.duplicates:  # top-level ones are errors of the YAML loader
            if len(path_) < 2:
                continue
            self.problems.append(
                Problem(
                    path,
                    line,
                    f"'{path_[-1]}' is written twice here; only this one counts",
                    f"merge the two '{path_[-1]}' entries into one",
                    Severity.WARNING,
                )
            )

    # -- reporting -------------------------------------------------------------------------
    def error(self, where: tuple[str | int, ...], message: str, hint: str | None = None) -> None:
        self.problems.append(Problem(self.path, self.lines(*where), message, hint))

    def warn(self, where: tuple[str | int, ...], message: str, hint: str | None = None) -> None:
        self.problems.append(
            Problem(self.path, self.lines(*where), message, hint, Severity.WARNING)
        )

    def mapping(
        self, value: Any, where: tuple[str | int, ...], example: str
    ) -> dict[str, Any] | None:
        if isinstance(value, dict):
            return {str(k): v for k, v in value.items()}
        self.error(
            where,
            f"'{_name(where)}' must be a mapping, not {_kind(value)}",
            f"write it as {example}",
        )
        return None

    def known_keys(
        self, data: dict[str, Any], allowed: tuple[str, ...], where: tuple[str | int, ...]
    ) -> dict[str, Any]:
        """``data`` without its unknown keys, each reported as a warning."""
        kept = {}
        for key, value in data.items():
            if key in allowed:
                kept[key] = value
                continue
            inside = f" in '{_name(where)}'" if where else ""
            self.warn(
                (*where, key),
                f"unknown key '{key}'{inside}{did_you_mean(key, allowed)}",
                f"known keys: {', '.join(allowed)}",
            )
        return kept

    def text(self, value: Any, where: tuple[str | int, ...]) -> str | None:
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
        if isinstance(value, str) or value is None:
            self.warn(
                where,
                f"'{_name(where)}' is empty; it is ignored",
                "write the text, or remove the line",
            )
        else:
            self.error(
                where, f"'{_name(where)}' must be text, not {_kind(value)}", 'put it in quotes: "…"'
            )
        return None

    def ident(self, value: Any, where: tuple[str | int, ...]) -> Ref | None:
        if isinstance(value, str) and value.strip():
            return Ref(value.strip(), self.lines(*where))
        self.error(where, f"expected the id of an extracted fact, not {_kind(value)}", IDS_HINT)
        return None

    def ids(self, value: Any, where: tuple[str | int, ...]) -> list[Ref]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.error(
                where,
                f"'{_name(where)}' must be a list of ids, not {_kind(value)}",
                "write [id-one, id-two]",
            )
            return []
        refs = [self.ident(item, (*where, i)) for i, item in enumerate(value)]
        return [r for r in refs if r is not None]

    def bilingual(self, value: Any, where: tuple[str | int, ...]) -> dict[str, str]:
        data = self.mapping(value, where, "{en: …, ar: …}")
        if data is None:
            return {}
        data = self.known_keys(data, LANGS, where)
        result = {}
        for lang, text in data.items():
            clean = self.text(text, (*where, lang))
            if clean is not None:
                result[lang] = clean
        return result

    def number(self, value: Any, where: tuple[str | int, ...]) -> tuple[bool, float | int | None]:
        """A figure's value: a finite, non-negative number no larger than any figure in the
        news (null for a vague amount); anything else is an error naming the line."""
        name = _name(where)
        if value is None:
            return True, None
        if isinstance(value, str) and any(c.isdigit() for c in value):
            self.error(
                where,
                f"'{name}' must be a number or null, not text ({_short(value)!r}): YAML reads "
                "a number with separators, an exponent or quotes as text",
                "write plain digits: 6500",
            )
            return False, None
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            self.error(
                where,
                f"'{name}' must be a number or null, not {_kind(value)}",
                "write digits only, without thousands separators: 6500",
            )
            return False, None
        if isinstance(value, float) and not math.isfinite(value):
            self.error(
                where,
                f"'{name}' must be a finite number, not {value!r}",
                "write the number the article gives, in digits: 6500",
            )
            return False, None
        if value < 0:
            self.error(
                where,
                f"'{name}' cannot be negative ({_short(repr(value))}): a figure counts something",
                "write the count without a sign, and say what it counts in the label",
            )
            return False, None
        if value > LARGEST:
            self.error(
                where,
                f"'{name}' is too large for a figure ({len(str(int(value)))} digits; "
                f"at most {len(str(LARGEST))})",
                "write the number the article gives, in digits: 6500",
            )
            return False, None
        return True, value

    def qualifier(self, value: Any, where: tuple[str | int, ...]) -> tuple[bool, Qualifier | None]:
        if value is None or value in QUALIFIERS:
            return True, Qualifier.parse(value)
        self.error(
            where,
            f"unknown qualifier {value!r}{did_you_mean(str(value), QUALIFIERS)}",
            f"use one of {', '.join(QUALIFIERS)} or null",
        )
        return False, None

    # -- sections --------------------------------------------------------------------------
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
            result.add_figures = self.additions(data["add"])
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
                if fields["kind"] in KINDS:
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

    def additions(self, value: Any) -> list[NewFigure]:
        section = self.mapping(value, ("add",), "add: {figures: [{value: …, label: …, quote: …}]}")
        section = self.known_keys(section or {}, ADD_KEYS, ("add",))
        items = section.get("figures")
        if items is None:
            return []
        if not isinstance(items, list):
            self.error(
                ("add", "figures"),
                f"'figures' must be a list, not {_kind(items)}",
                "start each figure with '- '",
            )
            return []
        added = []
        for i, item in enumerate(items):
            where: tuple[str | int, ...] = ("add", "figures", i)
            fields = self.mapping(item, where, "- {value: …, label: {en: …, ar: …}, quote: …}")
            if fields is None:
                continue
            fields = self.known_keys(fields, NEW_FIGURE_KEYS, where)
            figure = self.new_figure(fields, where)
            if figure is not None:
                added.append(figure)
        return added

    def new_figure(self, fields: dict[str, Any], where: tuple[str | int, ...]) -> NewFigure | None:
        ok = True
        quote = None
        if "quote" not in fields:
            self.error(
                where,
                "an added figure needs the 'quote' it comes from",
                'copy the exact words of the article: quote: "…"',
            )
            ok = False
        else:
            quote = self.text(fields["quote"], (*where, "quote"))
            ok = ok and quote is not None
        label = {}
        if "label" not in fields:
            self.error(
                where, "an added figure needs a 'label' (what it counts)", "label: {en: …, ar: …}"
            )
            ok = False
        else:
            label = self.bilingual(fields["label"], (*where, "label"))
            if not label:
                ok = False
            for lang in LANGS:
                if label and lang not in label:
                    self.warn(
                        (*where, "label"),
                        f"the label has no '{lang}' text; the figure's own words are shown instead",
                    )
        value_ok, value = self.number(fields.get("value"), (*where, "value"))
        qualifier_ok, qualifier = self.qualifier(fields.get("qualifier"), (*where, "qualifier"))
        if not (ok and value_ok and qualifier_ok) or quote is None:
            return None
        return NewFigure(
            self.lines(*where), quote, self.lines(*where, "quote"), label, value, qualifier
        )


def _name(where: tuple[str | int, ...]) -> str:
    """How a message names the place: ``label.en``, ``value``, ``drop``…"""
    parts = [str(p) for p in where if not isinstance(p, int)]
    if not parts:
        return "explainer.yml"
    if parts[-1] in LANGS and len(parts) > 1:
        return f"{parts[-2]}.{parts[-1]}"
    return parts[-1]


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    return {
        str: "text",
        int: "a number",
        float: "a number",
        bool: "true/false",
        list: "a list",
        dict: "a mapping",
    }.get(type(value), type(value).__name__)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
