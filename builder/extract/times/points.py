"""Recognisers of days named relative to publication: weekdays (``الخميس الماضي``),
deictic words (``اليوم``, ``أمس``, ``غدا``, ``حتى الآن``), and either, or a date, after
``يوم`` or a time of day (``مساء الأحد``, ``صباح يوم الجمعة``, ``فجر 16 يوليو``).
"""

from __future__ import annotations

from datetime import timedelta

from builder.extract.times import dates
from builder.extract.times.calendar import weekday_date
from builder.extract.times.scan import Hit, Scan, longest


def weekday(s: Scan, i: int, after_day: bool = False) -> Hit | None:
    """``الخميس``, ``الخميس الماضي`` (after ``يوم`` also a bare ``خميس``): the latest such
    day on or before publication, or after it in a future context."""
    iso = s.weekday_at(i, after_day)
    if iso is None or s.norm(i + 1) == s.words.ten or s.has(i - 1, s.words.not_weekday_before):
        return None
    direction = s.direction(i + 1)
    end = i + 2 if direction in ("past", "future") else i + 1
    if direction not in ("past", "future"):
        direction = "ge" if s.future_context(i) or s.scheduled_before(i) else "le"
    return Hit(i, end, weekday_date(s.pub, iso, direction).isoformat(), "weekday")


def deictic(s: Scan, i: int) -> Hit | None:
    """``اليوم``, ``أمس``, ``أمس الأول``, ``غدا``, and ``حتى الآن`` (a bare الآن is none)."""
    w = s.words
    if s.has(i, w.now_cues):
        m = s.lex.deictic.match(s.t, i + 1) if i + 1 < s.n else None
        if (
            m is not None
            and m.value.first in w.needs_now_cue
            and m.value.first in s.definite(i + 1) | set(s.t[i + 1].stems)
        ):
            return Hit(i, m.end, s.pub.isoformat(), "deictic")
        return None
    m = s.lex.deictic.match(s.t, i)
    if m is None or m.value.first in w.needs_now_cue:
        return None
    first = m.value.first
    if first.startswith("ال") and first not in s.definite(i):
        return None  # يوم, ليلة: a day, a night
    if first == w.tomorrow and not s.has(i - 1, w.tomorrow_cues):
        return None  # صحيفة الغد
    if m.end - m.start == 1 and first in w.today and not is_today(s, i):
        return None
    return Hit(i, m.end, (s.pub + timedelta(days=m.value.days)).isoformat(), "deictic")


def is_today(s: Scan, i: int) -> bool:
    """اليوم is today, not اليوم التالي / اليوم العالمي / في هذا اليوم / اليوم نفسه."""
    if s.has(i - 1, s.words.demonstratives) or s.norm(i + 1) in s.words.same:
        return False
    return not s.definite(i + 1) or s.weekday_at(i + 1) is not None


def prefixed(s: Scan, i: int) -> Hit | None:
    """``يوم الاثنين``, ``مساء الأحد``, ``صباح يوم الجمعة``, ``فجر 16 يوليو``, ``يوم أمس``."""
    k = i
    tod = s.lex.times_of_day.match(s.t, i)
    if tod is not None and (tod.end - tod.start > 1 or not s.definite(i)):
        k = tod.end
    after_day = s.bare(k, s.words.day_word)
    if after_day:
        k += 1
    if k == i or k >= s.n or s.has(i - 1, s.words.not_weekday_before):
        return None  # كل يوم جمعة: every Friday, a habit
    core = longest(
        [weekday(s, k, after_day), deictic(s, k), dates.day_date(s, k), dates.digit_date(s, k)]
    )
    return None if core is None else Hit(i, core.end, core.date, core.kind, core.anchor)
