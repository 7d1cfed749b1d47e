"""Read and validate ``explainer.yml``: typed corrections, each with the line it came from.

Wrong types are errors (the entry is left out); unknown keys are warnings with a "did you
mean"; ids are checked later against the extraction, by :mod:`builder.correct.apply`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeGuard, get_args

from builder.analyse.numbers import LARGEST
from builder.correct.located import Lines, yaml_lines
from builder.dates import PartialDate
from builder.errors import Problem, Severity, did_you_mean
from builder.lexicon.triggers import triggers
from builder.load.frontmatter import parse_yaml_mapping
from builder.records import ActorKind, Qualifier

QUALIFIERS = tuple(q.value for q in Qualifier)
"""What the ``qualifier`` of a figure may say (``null`` for none)."""
KINDS: tuple[str, ...] = get_args(ActorKind)


def is_actor_kind(value: object) -> TypeGuard[ActorKind]:
    """Whether ``value`` is one of :data:`KINDS` (so an editor's kind can be stored as one)."""
    return value in KINDS


LANGS = ("ar", "en")

TOP_KEYS = ("drop", "figures", "actors", "merge", "add", "main")
FIGURE_KEYS = ("label", "value", "qualifier")
ACTOR_KEYS = ("name", "role", "kind")
ADD_KEYS = ("figures", "actors", "events", "mediation")
NEW_FIGURE_KEYS = ("value", "label", "quote", "qualifier")
NEW_ACTOR_KEYS = ("name", "kind", "role", "quote", "id")
NEW_EVENT_KEYS = ("kind", "when", "date", "agent", "parties", "place", "figures", "quote", "id")
NEW_MEDIATION_KEYS = (
    "mediators",
    "parties",
    "venue",
    "when",
    "date",
    "outcome",
    "kind",
    "quote",
    "id",
)
MEDIATION_KINDS = ("mediated", "sponsored", "hosted", "envoy", "offer", "facilitated")
"""How a third party acts (see :attr:`builder.records.Mediation.kind`)."""
_ID = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")


def event_kinds() -> tuple[str, ...]:
    """The event kinds of ``data/event_words.yml`` (war, clashes, talks, statement…)."""
    return tuple(triggers().kinds)


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
    kind: ActorKind | None = None


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


@dataclass(frozen=True)
class Quoted:
    """The words of the article an added fact comes from, and their line in the file."""

    text: str
    line: int


@dataclass(frozen=True)
class NewActor:
    line: int
    quote: Quoted
    name: dict[str, str]
    """``ar`` always; ``en`` when the editor gave it (then the name counts as checked)."""
    kind: ActorKind
    role: dict[str, str] = field(default_factory=dict)
    id: Ref | None = None


@dataclass(frozen=True)
class When:
    """The time of an added event or mediation effort: the article's words, an ISO date, or
    both (the words' date is found when only they are given)."""

    text: Quoted | None = None
    date: str | None = None
    date_line: int | None = None


@dataclass(frozen=True)
class NewEvent:
    line: int
    quote: Quoted
    kind: str
    when: When
    agent: list[Ref] = field(default_factory=list)
    """Actor ids or names, each with its line."""
    parties: list[Ref] = field(default_factory=list)
    place: Ref | None = None
    figures: list[Ref] = field(default_factory=list)
    id: Ref | None = None


@dataclass(frozen=True)
class NewMediation:
    line: int
    quote: Quoted
    mediators: list[Ref]
    parties: list[Ref] = field(default_factory=list)
    venue: Ref | None = None
    when: When = When()
    outcome: dict[str, str] = field(default_factory=dict)
    kind: str = MEDIATION_KINDS[0]
    id: Ref | None = None


@dataclass
class Corrections:
    """One article's ``explainer.yml``, validated."""

    path: Path
    drop: list[Ref] = field(default_factory=list)
    figures: list[FigureFix] = field(default_factory=list)
    actors: list[ActorFix] = field(default_factory=list)
    merge: list[Merge] = field(default_factory=list)
    add_figures: list[NewFigure] = field(default_factory=list)
    add_actors: list[NewActor] = field(default_factory=list)
    add_events: list[NewEvent] = field(default_factory=list)
    add_mediation: list[NewMediation] = field(default_factory=list)
    main: Ref | None = None

    @property
    def empty(self) -> bool:
        return not (
            self.drop
            or self.figures
            or self.actors
            or self.merge
            or self.add_figures
            or self.add_actors
            or self.add_events
            or self.add_mediation
            or self.main
        )


def parse_corrections(text: str, path: Path) -> tuple[Corrections, list[Problem]]:
    """Corrections from the text of ``explainer.yml``, and the problems in it.

    Raises :class:`~builder.errors.ExplainerError` when the text is not a YAML mapping."""
    data, _ = parse_yaml_mapping(text, path)
    reader = _Reader(path, yaml_lines(text))
    corrections = reader.corrections(data)
    return corrections, sorted(reader.problems, key=lambda p: p.line or 0)


_ReadItem = Callable[[dict[str, Any], tuple[str | int, ...]], Any]
"""Reads one item of an ``add:`` list (None when it has errors)."""


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
                    f"'{group}' must be a list, not {_kind(items)}",
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

    # -- the parts of added facts ------------------------------------------------------------
    def quote(
        self, fields: dict[str, Any], where: tuple[str | int, ...], what: str
    ) -> Quoted | None:
        if "quote" not in fields:
            self.error(
                where,
                f"an added {what} needs the 'quote' it comes from",
                'copy the exact words of the article: quote: "…"',
            )
            return None
        text = self.text(fields["quote"], (*where, "quote"))
        return Quoted(text, self.lines(*where, "quote")) if text is not None else None

    def choice(
        self,
        fields: dict[str, Any],
        key: str,
        where: tuple[str | int, ...],
        allowed: tuple[str, ...],
        what: str,
        default: str | None = None,
    ) -> tuple[bool, str | None]:
        """The value of ``key``, one of ``allowed`` (``default`` when absent)."""
        if key not in fields:
            if default is None:
                self.error(
                    where,
                    f"an added {what} needs a '{key}'",
                    f"{key}: one of {', '.join(allowed)}",
                )
                return False, None
            return True, default
        value = fields[key]
        if isinstance(value, str) and value.strip() in allowed:
            return True, value.strip()
        self.error(
            (*where, key),
            f"unknown {key} {value!r}{did_you_mean(str(value), allowed)}",
            f"use one of {', '.join(allowed)}",
        )
        return False, None

    def reference(self, value: Any, where: tuple[str | int, ...]) -> Ref | None:
        """An actor (or figure) named by id or by name: any non-empty text."""
        if isinstance(value, str) and value.strip():
            return Ref(" ".join(value.split()), self.lines(*where))
        self.error(
            where,
            f"'{_name(where)}' must be an id or a name, not {_kind(value)}",
            "write the id from the draft (russia) or the name as in the article",
        )
        return None

    def references(self, value: Any, where: tuple[str | int, ...]) -> list[Ref]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.error(
                where,
                f"'{_name(where)}' must be a list of ids or names, not {_kind(value)}",
                "write [sudan, chad]",
            )
            return []
        refs = [self.reference(item, (*where, i)) for i, item in enumerate(value)]
        return [r for r in refs if r is not None]

    def optional_ref(
        self, fields: dict[str, Any], key: str, where: tuple[str | int, ...]
    ) -> Ref | None:
        if fields.get(key) is None:
            return None
        return self.reference(fields[key], (*where, key))

    def new_id(
        self, fields: dict[str, Any], where: tuple[str | int, ...]
    ) -> tuple[bool, Ref | None]:
        if fields.get("id") is None:
            return True, None
        value = fields["id"]
        if isinstance(value, str) and _ID.match(value.strip()):
            return True, Ref(value.strip(), self.lines(*where, "id"))
        self.error(
            (*where, "id"),
            f"'id' must be lower-case Latin letters, digits and hyphens, not {value!r}",
            "for example: samer-al-khatib (or leave it out: one is made from the name)",
        )
        return False, None

    def when(self, fields: dict[str, Any], where: tuple[str | int, ...]) -> tuple[bool, When]:
        """``when`` (the article's words) and ``date`` (ISO: 2023-03-05, 2023-03, 2023,
        1990/1999). YAML reads an unquoted 2023-03-05 as a date and 2023 as a number: both
        are accepted."""
        ok = True
        text = None
        if fields.get("when") is not None:
            words = self.text(fields["when"], (*where, "when"))
            if words is None:
                ok = False
            else:
                text = Quoted(words, self.lines(*where, "when"))
        iso = None
        if fields.get("date") is not None:
            value = fields["date"]
            if isinstance(value, date):
                iso = value.isoformat()
            elif isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 9999:
                iso = str(value)
            elif isinstance(value, str) and PartialDate.parse(value.strip()) is not None:
                iso = value.strip()
            if iso is None:
                self.error(
                    (*where, "date"),
                    f"'date' is not a date: {value!r}",
                    "write it as 2023-03-05, 2023-03 or 2023 (a decade: 1990/1999)",
                )
                ok = False
        return ok, When(text, iso, self.lines(*where, "date") if iso else None)

    # -- added facts -----------------------------------------------------------------------------
    def new_actor(self, fields: dict[str, Any], where: tuple[str | int, ...]) -> NewActor | None:
        quote = self.quote(fields, where, "actor")
        ok = quote is not None
        name: dict[str, str] = {}
        if "name" not in fields:
            self.error(
                where,
                "an added actor needs its 'name' in both languages",
                "name: {ar: الاسم كما في المقال, en: The English name}",
            )
            ok = False
        else:
            name = self.bilingual(fields["name"], (*where, "name"))
            if "ar" not in name:
                self.error(
                    (*where, "name"),
                    "the name needs its Arabic form ('ar'), as the article writes it",
                    "name: {ar: …, en: …}",
                )
                ok = False
            elif "en" not in name:
                self.warn(
                    (*where, "name"),
                    "the name has no English form ('en'); the English edition shows it as "
                    "not checked",
                    "add en: the spelling English news use",
                )
        kind_ok, kind = self.choice(fields, "kind", where, KINDS, "actor")
        role = self.bilingual(fields["role"], (*where, "role")) if "role" in fields else {}
        id_ok, ident = self.new_id(fields, where)
        if not (ok and kind_ok and id_ok) or quote is None or not is_actor_kind(kind):
            return None
        return NewActor(self.lines(*where), quote, name, kind, role, ident)

    def new_event(self, fields: dict[str, Any], where: tuple[str | int, ...]) -> NewEvent | None:
        quote = self.quote(fields, where, "event")
        kind_ok, kind = self.choice(fields, "kind", where, event_kinds(), "event")
        when_ok, when = self.when(fields, where)
        if when_ok and when.text is None and when.date is None:
            self.error(
                where,
                "an added event needs its time: 'when' (the article's words) or 'date'",
                "when: مارس الماضي, or date: 2023-03",
            )
            when_ok = False
        agent = self.references(fields["agent"], (*where, "agent")) if "agent" in fields else []
        parties = (
            self.references(fields["parties"], (*where, "parties")) if "parties" in fields else []
        )
        figures = self.ids(fields["figures"], (*where, "figures")) if "figures" in fields else []
        place = self.optional_ref(fields, "place", where)
        id_ok, ident = self.new_id(fields, where)
        if not (kind_ok and when_ok and id_ok) or quote is None or kind is None:
            return None
        return NewEvent(
            self.lines(*where), quote, kind, when, agent, parties, place, figures, ident
        )

    def new_mediation(
        self, fields: dict[str, Any], where: tuple[str | int, ...]
    ) -> NewMediation | None:
        quote = self.quote(fields, where, "mediation effort")
        mediators: list[Ref] = []
        if "mediators" not in fields:
            self.error(
                where,
                "an added mediation effort needs its 'mediators'",
                "mediators: [qatar] (ids or names)",
            )
        else:
            mediators = self.references(fields["mediators"], (*where, "mediators"))
        parties = (
            self.references(fields["parties"], (*where, "parties")) if "parties" in fields else []
        )
        venue = self.optional_ref(fields, "venue", where)
        when_ok, when = self.when(fields, where)
        outcome = (
            self.bilingual(fields["outcome"], (*where, "outcome")) if "outcome" in fields else {}
        )
        kind_ok, kind = self.choice(
            fields, "kind", where, MEDIATION_KINDS, "mediation effort", MEDIATION_KINDS[0]
        )
        id_ok, ident = self.new_id(fields, where)
        if not (mediators and when_ok and kind_ok and id_ok) or quote is None or kind is None:
            return None
        return NewMediation(
            self.lines(*where), quote, mediators, parties, venue, when, outcome, kind, ident
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
