"""The project's one error type, and problems as values with a file, a line and a hint."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from builder.text.chars import BIDI_CONTROLS, CONTROLS


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """Something wrong in ``content/``, located so that an editor can go and fix it."""

    path: Path | None
    """The file the problem is in (``None`` for problems of the whole site)."""
    line: int | None
    """1-based line in that file, when one can be named."""
    message: str
    """What is wrong, in plain words."""
    hint: str | None = None
    """What to do about it."""
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        where = printable(str(self.path)) if self.path else "content"
        if self.line:
            where += f":{self.line}"
        text = f"{where}: {self.severity.value}: {printable(self.message)}"
        if self.hint:
            text += f" (hint: {printable(self.hint)})"
        return text


# C0 and C1 controls (ESC starts terminal escape sequences, a newline forges a second
# message), line and paragraph separators, bidi embeddings, overrides and isolates.
_UNPRINTABLE = re.compile(f"[\t\n\r{CONTROLS}\u2028\u2029{BIDI_CONTROLS}]")


def printable(text: str) -> str:
    """``text`` fit for one line of a terminal or a log: every control character written as
    its escape (``\\x1b``, ``\\n``, ``\\u202e``), so that a file name cannot colour, move or
    forge output."""

    def escape(match: re.Match[str]) -> str:
        char = match.group()
        named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char)
        if named:
            return named
        code = ord(char)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _UNPRINTABLE.sub(escape, text)


def printable_lines(text: str) -> str:
    """:func:`printable` for text of several lines: each line escaped, the line ends kept."""
    return "\n".join(printable(line) for line in text.split("\n"))


class ExplainerError(Exception):
    """Raised for bad input; carries one or more :class:`Problem` values.

    The CLI and the MkDocs plugin print these in the same words; neither shows a traceback.
    """

    def __init__(self, *problems: Problem) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def error(
    path: Path | None, line: int | None, message: str, hint: str | None = None
) -> ExplainerError:
    return ExplainerError(Problem(path, line, message, hint))


def type_name(value: object) -> str:
    """What a message calls the type of a YAML value an editor wrote: text, a number,
    true/false, a list, a mapping, nothing."""
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


def closest(word: str, candidates: Iterable[str]) -> str | None:
    """The candidate most like ``word``, or None when none is close enough (difflib, like
    MkDocs' own config checks)."""
    matches = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return matches[0] if matches else None


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` to append to a message, or an empty string."""
    match = closest(word, candidates)
    return f" (did you mean '{match}'?)" if match else ""
