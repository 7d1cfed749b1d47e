"""Date arithmetic for time expressions: pure functions over :class:`datetime.date`.

Nothing here reads tokens or words. Results are ISO 8601 at the precision the text gives
(``2022-10-31``, ``2022-10``, ``2022``) or intervals of one precision (``2020/2022``); see
``README.md`` for why weeks are Monday/Sunday intervals and seasons are years.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

Direction = str
"""``past``/``future`` (strictly before/after publication), ``le``/``ge`` (on or before/after),
``this`` (the publication year)."""

OFFSETS: dict[Direction, int] = {"past": -1, "future": 1, "this": 0}
"""The period a relative word names, counted from the publication's (العام الماضي → -1)."""

NEAR_FUTURE_DAYS = 45
"""A day and month with no year or direction that fall this close after publication are taken
as upcoming (an announced date), not as last year's."""


def ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def shift_month(year: int, month: int, k: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + k
    return index // 12, index % 12 + 1


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when it does not exist (31 June, 29 February of a common year)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_year(pub: date, month: int, direction: Direction) -> int:
    """The year of a month written without one, looking in ``direction`` from ``pub``."""
    if direction == "this":
        return pub.year
    if direction in ("past", "le"):
        before = month < pub.month if direction == "past" else month <= pub.month
        return pub.year if before else pub.year - 1
    after = month > pub.month if direction == "future" else month >= pub.month
    return pub.year if after else pub.year + 1


def day_in(pub: date, month: int, day: int, direction: Direction) -> date | None:
    """The nearest existing day and month in ``direction`` from ``pub``."""
    if direction == "this":
        return safe_date(pub.year, month, day)
    step = -1 if direction in ("past", "le") else 1
    checks: dict[str, Callable[[date], bool]] = {
        "past": lambda d: d < pub,
        "le": lambda d: d <= pub,
        "future": lambda d: d > pub,
        "ge": lambda d: d >= pub,
    }
    for k in range(9):  # 29 February may be 8 years away
        found = safe_date(pub.year + step * k, month, day)
        if found is not None and checks[direction](found):
            return found
    return None


def near(pub: date, month: int, day: int) -> date | None:
    """A day with no year and no direction: the latest on or before publication, unless the
    next one is only weeks ahead (an announced event: ``القمة في 12 يونيو``)."""
    past = day_in(pub, month, day, "le")
    ahead = day_in(pub, month, day, "ge")
    if ahead is not None and (ahead - pub).days <= NEAR_FUTURE_DAYS:
        return ahead
    return past


def weekday_date(pub: date, iso: int, direction: Direction) -> date:
    """The ISO weekday ``iso`` nearest ``pub`` in ``direction`` (``le``: ``pub`` itself when it
    is that weekday; ``past``: a week earlier then)."""
    if direction in ("past", "le"):
        delta = (pub.isoweekday() - iso) % 7
        return pub - timedelta(days=7 if delta == 0 and direction == "past" else delta)
    delta = (iso - pub.isoweekday()) % 7
    return pub + timedelta(days=7 if delta == 0 and direction == "future" else delta)


def week(pub: date, offset: int) -> str:
    """The Monday/Sunday interval of the week ``offset`` weeks from ``pub``'s."""
    monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=offset)
    return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"


def shifted(pub: date, unit: str, n: int) -> str | None:
    """The publication date moved by ``n`` units, at the unit's precision."""
    try:
        if unit in ("year", "decade", "century"):
            year = pub.year + n * {"year": 1, "decade": 10, "century": 100}[unit]
            return f"{year:04d}" if 0 < year < 10000 else None
        if unit == "month":
            return ym(*shift_month(pub.year, pub.month, n)) if abs(n) < 12000 else None
        days = {"week": 7 * n, "day": n, "hour": int(n / 24)}[unit]
        return (pub + timedelta(days=days)).isoformat()
    except (OverflowError, ValueError):
        return None


def current(pub: date, unit: str) -> str:
    """The publication date at the unit's precision (the open end of a range up to now)."""
    if unit in ("year", "decade", "century"):
        return f"{pub.year:04d}"
    if unit == "month":
        return ym(pub.year, pub.month)
    return pub.isoformat()


def period(pub: date, unit: str, offset: int) -> str:
    """This period (offset 0), the previous (-1) or the next (+1)."""
    if unit == "year":
        return f"{pub.year + offset:04d}"
    if unit == "month":
        return ym(*shift_month(pub.year, pub.month, offset))
    if unit == "week":
        return week(pub, offset)
    start = (pub.year // 100 + offset) * 100  # century
    return f"{start:04d}/{start + 99:04d}"


def season_year(pub: date, months: tuple[int, int], direction: Direction) -> str:
    """The year of a season named relatively (``الشتاء الماضي``); ``2021/2022`` for a season
    that spans two years."""
    first, last = months
    wraps = last < first

    def bounds(year: int) -> tuple[tuple[int, int], tuple[int, int]]:
        return (year, first), (year + 1 if wraps else year, last)

    now = (pub.year, pub.month)
    if direction == "past":
        year = next(y for y in range(pub.year, pub.year - 3, -1) if bounds(y)[1] < now)
    elif direction == "future":
        year = next(y for y in range(pub.year - 1, pub.year + 3) if bounds(y)[0] > now)
    else:
        year = pub.year - 1 if wraps and pub.month <= last else pub.year
    return f"{year}/{year + 1}" if wraps else f"{year}"


# -- the Hijri calendar (through hijridate: the Umm al-Qura tables, 1343–1500 AH) ----------


def hijri_day(
    year: int | None, month: int, day: int, pub: date, direction: Direction
) -> str | None:
    """A Hijri day as a Gregorian ISO date; with no year, the nearest such day in
    ``direction`` from ``pub`` (السابع والعشرين من رمضان written in Shawwal: this year's)."""
    for candidate in _hijri_years(year, pub):
        try:
            when = Hijri(candidate, month, day).to_gregorian()
        except (ValueError, OverflowError):
            continue
        gregorian = date(when.year, when.month, when.day)
        if year is not None or _in_direction(gregorian, pub, direction):
            return gregorian.isoformat()
    return None


def hijri_month(year: int | None, month: int, pub: date, direction: Direction) -> str | None:
    """A Hijri month as the interval of its Gregorian days (a Hijri month straddles two
    Gregorian ones: رمضان 1439 is 2018-05-16/2018-06-14)."""
    for candidate in _hijri_years(year, pub):
        try:
            first = Hijri(candidate, month, 1)
            last = Hijri(candidate, month, first.month_length()).to_gregorian()
            start = first.to_gregorian()
        except (ValueError, OverflowError):
            continue
        begin = date(start.year, start.month, start.day)
        if year is not None or _in_direction(begin, pub, direction):
            return f"{begin.isoformat()}/{date(last.year, last.month, last.day).isoformat()}"
    return None


def hijri_year(year: int) -> str | None:
    """A Hijri year as the interval of its Gregorian days."""
    try:
        start = Hijri(year, 1, 1).to_gregorian()
        end = Hijri(year, 12, Hijri(year, 12, 1).month_length()).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return f"{date(start.year, start.month, start.day).isoformat()}/{date(end.year, end.month, end.day).isoformat()}"


def _hijri_years(year: int | None, pub: date) -> list[int]:
    if year is not None:
        return [year]
    try:
        now = Gregorian(pub.year, pub.month, pub.day).to_hijri().year
    except (ValueError, OverflowError):
        return []
    return [now, now - 1, now + 1]


def _in_direction(day: date, pub: date, direction: Direction) -> bool:
    if direction in ("past", "le"):
        return day <= pub if direction == "le" else day < pub
    if direction in ("future", "ge"):
        return day >= pub if direction == "ge" else day > pub
    return True
