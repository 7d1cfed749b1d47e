"""Reading one value of ``explainer.yml``: text, ids, names, numbers, qualifiers, quotes,
choices and dates, each checked and reported with its line; the base of the readers of
whole sections (:mod:`.sections`) and of added facts (:mod:`.additions`)."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path
from typing import Any

from builder.analyse.numbers import LARGEST
from builder.correct.located import Lines
from builder.correct.schema.corrections import Quoted, Ref, When
from builder.correct.schema.vocabulary import _ID, IDS_HINT, LANGS, QUALIFIERS
from builder.dates import PartialDate
from builder.errors import Problem, Severity, did_you_mean, type_name
from builder.records import Qualifier


class ValueReader:
    """Reads values of one corrections file; ``problems`` collects what is wrong with them."""

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
            f"'{_name(where)}' must be a mapping, not {type_name(value)}",
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
                where,
                f"'{_name(where)}' must be text, not {type_name(value)}",
                'put it in quotes: "…"',
            )
        return None

    def ident(self, value: Any, where: tuple[str | int, ...]) -> Ref | None:
        if isinstance(value, str) and value.strip():
            return Ref(value.strip(), self.lines(*where))
        self.error(where, f"expected the id of an extracted fact, not {type_name(value)}", IDS_HINT)
        return None

    def ids(self, value: Any, where: tuple[str | int, ...]) -> list[Ref]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.error(
                where,
                f"'{_name(where)}' must be a list of ids, not {type_name(value)}",
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
                f"'{name}' must be a number or null, not {type_name(value)}",
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
            f"'{_name(where)}' must be an id or a name, not {type_name(value)}",
            "write the id from the draft (russia) or the name as in the article",
        )
        return None

    def references(self, value: Any, where: tuple[str | int, ...]) -> list[Ref]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.error(
                where,
                f"'{_name(where)}' must be a list of ids or names, not {type_name(value)}",
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


def _name(where: tuple[str | int, ...]) -> str:
    """How a message names the place: ``label.en``, ``value``, ``drop``…"""
    parts = [str(p) for p in where if not isinstance(p, int)]
    if not parts:
        return "explainer.yml"
    if parts[-1] in LANGS and len(parts) > 1:
        return f"{parts[-2]}.{parts[-1]}"
    return parts[-1]


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
