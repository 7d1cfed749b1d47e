"""Dates as precise as the text allows: a day, a month, a year, or an interval of those.

Records keep their dates as ISO 8601 strings (the ``extract --json`` contract: ``2022-10-31``,
``2022-08``, ``2020``, ``1990/1999``); code that compares, sorts or formats them parses them
into a :class:`PartialDate` instead of slicing strings.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

Precision = Literal["day", "month", "year"]
_PART = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A span of calendar days named at one precision (``2022-10`` is 1–31 October 2022)."""

    start: date
    end: date
    """The last day of the span (inclusive)."""
    precision: Precision
    """The precision of the first part (an interval keeps the precision its parts share)."""
    iso: str

    @classmethod
    def parse(cls, iso: str | None) -> PartialDate | None:
        """``2022-10-31``, ``2022-10``, ``2022``, ``a/b`` intervals of those; None otherwise."""
        if not iso:
            return None
        first, _, last = iso.partition("/")
        a = _part(first)
        b = _part(last) if last else a
        if a is None or b is None or b[1] < a[0]:
            return None
        return cls(a[0], b[1], a[2], iso)

    @property
    def is_interval(self) -> bool:
        return "/" in self.iso

    @property
    def parts(self) -> tuple[str, ...]:
        return tuple(self.iso.split("/"))

    @property
    def is_decade(self) -> bool:
        """A ten-year interval starting on a round year (``1990/1999``): "the 1990s"."""
        return (
            self.is_interval
            and self.precision == "year"
            and self.start.year % 10 == 0
            and self.end.year == self.start.year + 9
        )

    def before_month_of(self, day: date) -> bool:
        """Earlier than the month of ``day`` (a year: earlier than its year): the story's past,
        not its news."""
        if self.precision == "year":
            return self.start.year < day.year
        return (self.start.year, self.start.month) < (day.year, day.month)

    def after(self, day: date) -> bool:
        """Wholly after ``day``: announced or expected, not yet happened."""
        return self.start > day


def _part(text: str) -> tuple[date, date, Precision] | None:
    m = _PART.match(text)
    if m is None:
        return None
    year = int(m.group(1))
    try:
        if m.group(3):
            day = date(year, int(m.group(2)), int(m.group(3)))
            return day, day, "day"
        if m.group(2):
            month = int(m.group(2))
            last = calendar.monthrange(year, month)[1]
            return date(year, month, 1), date(year, month, last), "month"
        return date(year, 1, 1), date(year, 12, 31), "year"
    except ValueError:
        return None
