"""YAML front matter: safe parsing with line numbers, and the article schema."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from builder.errors import ExplainerError, Problem, Severity
from builder.text.chars import BLANK_RE

DELIMITER = "---"


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader without aliases: front matter never needs them, and refusing them stops
    "billion laughs" expansion before it starts."""

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]  # unannotated in types-PyYAML
            raise yaml.MarkedYAMLError(
                None, None, "YAML aliases (*name) are not allowed here", event.start_mark
            )
        return super().compose_node(parent, index)

    def construct_undefined(self, node: Any) -> Any:
        """Tags such as ``!!python/object/apply:os.system`` are refused in plain words."""
        tag = str(node.tag).replace("tag:yaml.org,2002:", "!!")
        raise yaml.constructor.ConstructorError(
            None,
            None,
            f"the YAML tag '{tag}' is not allowed (only plain text, numbers, lists and "
            "mappings are)",
            node.start_mark,
        )


_StrictLoader.add_constructor(None, _StrictLoader.construct_undefined)


# Dates stay text so that a bad one ("2022-13-45") is reported by the schema with its line.
_StrictLoader.yaml_implicit_resolvers = {
    first: [r for r in resolvers if r[0] != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class FrontMatter:
    data: dict[str, Any]
    lines: dict[str, int]
    """1-based file line of each top-level key, for messages."""
    body_offset: int
    """Character offset of the body in the (newline-normalised) file text."""
    body_line: int
    """1-based line number where the body starts."""


def split(text: str, path: Path) -> FrontMatter:
    """Separate front matter from body; raises ExplainerError naming the file and line."""
    if not text.startswith(DELIMITER):
        raise ExplainerError(
            Problem(
                path,
                1,
                "the file does not start with YAML front matter",
                "begin the file with a line '---', then 'title:' and 'published:', then '---'",
            )
        )
    lines = text.split("\n")
    if lines[0].strip() != DELIMITER:
        raise ExplainerError(Problem(path, 1, "the first line must be exactly '---'"))
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == DELIMITER)
    except StopIteration:
        raise ExplainerError(
            Problem(path, 1, "the front matter is not closed", "add a line '---' after it")
        ) from None
    yaml_text = "\n".join(lines[1:end])
    data, key_lines = parse_yaml_mapping(yaml_text, path, first_line=2)
    body_offset = sum(len(line) + 1 for line in lines[: end + 1])
    return FrontMatter(data, key_lines, min(body_offset, len(text)), end + 2)


def parse_yaml_mapping(
    text: str, path: Path, first_line: int = 1
) -> tuple[dict[str, Any], dict[str, int]]:
    """Parse a YAML mapping safely, returning it with the line of each top-level key."""
    data, key_lines, _ = parse_yaml_document(text, path, first_line)
    return data, key_lines


def parse_yaml_document(
    text: str, path: Path, first_line: int = 1
) -> tuple[dict[str, Any], dict[str, int], yaml.MappingNode | None]:
    """:func:`parse_yaml_mapping`, also returning the YAML node (for the lines of nested
    entries: ``node.start_mark.line`` is 0-based from ``first_line``)."""
    loader = _StrictLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = first_line + mark.line if mark else first_line
        raise ExplainerError(
            Problem(path, line, f"invalid YAML: {exc.problem or exc}", _YAML_HINT)
        ) from None
    except RecursionError:
        raise ExplainerError(
            Problem(path, first_line, "invalid YAML: it is nested too deeply", _YAML_HINT)
        ) from None
    except (yaml.YAMLError, ValueError, TypeError) as exc:
        raise ExplainerError(Problem(path, first_line, f"invalid YAML: {exc}")) from None
    finally:
        loader.dispose()
    if data is None:
        return {}, {}, None
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        raise ExplainerError(
            Problem(path, first_line, "expected a mapping of 'key: value' lines", None)
        )
    key_lines: dict[str, int] = {}
    for k, _ in node.value:
        if not isinstance(k, yaml.ScalarNode):
            continue
        line = first_line + k.start_mark.line
        if k.value in key_lines:
            raise ExplainerError(
                Problem(
                    path,
                    line,
                    f"'{k.value}' is given twice (first on line {key_lines[k.value]})",
                    "keep one of them",
                )
            )
        key_lines[str(k.value)] = line
    return {str(k): v for k, v in data.items()}, key_lines, node


_YAML_HINT = (
    "write one 'key: value' per line; put a value in double quotes when it holds ':', '#', "
    "quotes or brackets"
)


# The article schema: key -> (type, required).
ARTICLE_FIELDS: dict[str, tuple[type, bool]] = {
    "title": (str, True),
    "published": (date, True),
    "title_en": (str, False),
    "source": (str, False),
    "url": (str, False),
    "summary": (str, False),
    "summary_en": (str, False),
}


def visible(text: str) -> str:
    """``text`` without whitespace and invisible characters: empty when nothing would show."""
    return _INVISIBLE.sub("", text)


_INVISIBLE = BLANK_RE
_TYPE_NAMES = {
    "list": "a list",
    "dict": "a mapping",
    "bool": "true/false",
    "int": "a number",
    "float": "a number",
    "date": "a date",
    "NoneType": "empty",
}


def _kind_of(value: Any) -> str:
    name = type(value).__name__
    return _TYPE_NAMES.get(name, name)


def validate_article(fm: FrontMatter, path: Path, today: date | None = None) -> list[Problem]:
    """Check the article schema; return warnings, raise on errors.

    Text fields come back with their whitespace collapsed (a headline may span lines in
    YAML); ``published`` comes back as a :class:`date`."""
    problems: list[Problem] = []
    warnings: list[Problem] = []
    data = fm.data
    for key, (kind, required) in ARTICLE_FIELDS.items():
        line = fm.lines.get(key, 1)
        value = data.get(key)
        if isinstance(value, str) and kind is str:
            value = " ".join(value.split())
            data[key] = value
            if not visible(value):
                value = data[key] = None
        if value is None or value == "":
            data.pop(key, None)
            if required:
                what = (
                    f"'{key}' is empty" if key in fm.lines else f"front matter is missing '{key}'"
                )
                problems.append(Problem(path, line, what, _field_hint(key)))
            continue
        if kind is date:
            when, found = _date_field(key, value, path, line, today)
            problems += found
            if when is not None:
                data[key] = when
        elif not isinstance(value, kind) or isinstance(value, bool):
            if isinstance(value, (int, float)) and not isinstance(value, bool) and kind is str:
                data[key] = str(value)
            else:
                problems.append(
                    Problem(
                        path,
                        line,
                        f"'{key}' must be text, not {_kind_of(value)}",
                        "put the text in quotes",
                    )
                )
    warnings += _url_warnings(fm, path)
    warnings += _unknown_keys(fm, path)
    if problems:
        raise ExplainerError(*problems)
    return warnings


def _date_field(
    key: str, value: Any, path: Path, line: int, today: date | None
) -> tuple[date | None, list[Problem]]:
    """The date of a date field (None when it is not one), and its problems."""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value.strip())
        except ValueError:
            return None, [
                Problem(path, line, f"'{key}' is not an ISO date: {value!r}", "write YYYY-MM-DD")
            ]
    if not isinstance(value, date):
        return None, [
            Problem(
                path, line, f"'{key}' must be a date, not {_kind_of(value)}", "write YYYY-MM-DD"
            )
        ]
    if today and value > today:
        future = Problem(
            path, line, f"'{key}' is in the future: {value.isoformat()}", "check the date"
        )
        return value, [future]
    return value, []


def _url_warnings(fm: FrontMatter, path: Path) -> list[Problem]:
    """A ``url`` that is not a web address is left out, with a warning."""
    data = fm.data
    warnings: list[Problem] = []
    url = data.get("url")
    if isinstance(url, str) and not re.match(r"(?i)https?://[^\s/$.?#][^\s]*$", url):
        data.pop("url")
        warnings.append(
            Problem(
                path,
                fm.lines.get("url", 1),
                f"'url' is not a web address: {url[:80]!r}; it is left out",
                "write the article's address, starting with https://",
                Severity.WARNING,
            )
        )
    return warnings


def _unknown_keys(fm: FrontMatter, path: Path) -> list[Problem]:
    data = fm.data
    warnings: list[Problem] = []
    for key in data:
        if key not in ARTICLE_FIELDS:
            close = difflib.get_close_matches(key, ARTICLE_FIELDS, n=1)
            hint = (
                f"did you mean '{close[0]}'?"
                if close
                else f"known keys: {', '.join(ARTICLE_FIELDS)}"
            )
            warnings.append(
                Problem(
                    path,
                    fm.lines.get(key, 1),
                    f"unknown front matter key '{key}'",
                    hint,
                    Severity.WARNING,
                )
            )
    return warnings


def _field_hint(key: str) -> str:
    examples = {"title": "title: العنوان كما نشر", "published": "published: 2022-10-31"}
    return f"add a line '{examples.get(key, key + ': …')}' to the front matter"
