"""Recognisers of calendar dates: a day and a month (with or without a year), digit dates,
a month alone and a year alone.

``31 أكتوبر 2022``, ``تشرين الأول/أكتوبر``, ``التاسع من يوليو تموز``, ``15 و16 يوليو``,
``العاشر من الشهر الماضي``, ``12/10/2022``, ``أيلول/سبتمبر من العام الماضي``, ``عام 1948``,
``2018م``; how a date without a year is placed is in ``README.md`` (Direction, Context).
"""

from __future__ import annotations

from dataclasses import dataclass

from builder.analyse.numbers import reader
from builder.extract.times.calendar import (
    OFFSETS,
    Direction,
    day_in,
    hijri_day,
    hijri_month,
    hijri_year,
    month_year,
    near,
    safe_date,
    shift_month,
    ym,
)
from builder.extract.times.lexicon import Month
from builder.extract.times.scan import Hit, Scan
from builder.lexicon.nouns import nouns

NEAR_FUTURE_MONTHS = 2
"""A month alone among the next two after publication is upcoming when a present-tense verb
comes just before it (قد يتم في مايو); a past one (تراجعت الأسعار في نوفمبر) stays last year's."""
CODE_GLUE = "/:.$€£"
"""Signs glued before a number that make it part of a code, an amount or a clock time."""


@dataclass(frozen=True)
class MonthExpr:
    start: int
    end: int
    month: Month
    year: int | None
    stated: bool
    """The year is written as a number."""
    direction: Direction | None
    named: bool
    """Preceded by شهر or paired with another name of the month: surely a month."""


# ------------------------------------------------------------------ months


def alt_name(s: Scan, i: int, j: int, month: Month) -> int:
    """After the month name ``i:j``: its other name (``/آذار``, ``(أكتوبر)``, ``يوليو تموز``)."""
    k = j + 1 if s.text(j) in ("/", "(", "-", "–") else j
    if month.hijri or k >= s.n or s.definite(k):
        return j
    other = s.lex.months.match(s.t, k)
    if other is None or other.value.number != month.number or other.value.hijri:
        return j
    if [t.norm for t in s.t[k : other.end]] == [t.norm for t in s.t[i:j]]:
        return j  # صفر-صفر is a score, not two names of a month
    if s.text(j) == "(":
        return other.end + 1 if s.text(other.end) == ")" else j
    return other.end


def month_tail(s: Scan, j: int, month: Month) -> tuple[int | None, bool, Direction | None, int]:
    """What follows a month: a year (stated or relative) or a relative word."""
    k = j + 1 if s.norm(j) == s.words.of else j
    y = k + 1 if s.has(k, s.lex.year_words) else k
    year = s.year_number(y, month.hijri)
    if year is not None:
        end = y + 1
        return year, True, None, end + 1 if s.era(end) else end
    rel = s.relative_year(k)
    if rel is not None:
        return s.pub.year + rel[0], False, None, rel[1]
    direction = s.direction(j)
    if direction is not None:
        return None, False, direction, j + 1
    return None, False, _shared_direction(s, j), j


def _shared_direction(s: Scan, j: int) -> Direction | None:
    """The direction a dual word after the next month gives both (في تشرين الثاني/نوفمبر أو
    كانون الأول/ديسمبر المقبلين: both coming months)."""
    if s.norm(j) not in EITHER_OR:
        return None
    for k in range(j + 1, min(j + SHARED_WITHIN, s.n)):
        direction = s.direction(k)
        if direction is not None:
            return direction if s.norm(k).endswith(DUAL_ENDINGS) else None
        if s.t[k].kind == "num":
            return None  # … أو 5 كانون الأول: a day of its own
    return None


EITHER_OR = frozenset({"او", "و"})
DUAL_ENDINGS = ("ين", "تين")
SHARED_WITHIN = 7
"""Tokens from «أو» to the dual direction word after the second month."""


def month_expr(s: Scan, i: int, loose: bool = False) -> MonthExpr | None:
    """A month name with what makes it one: شهر before, its other name, a year or a
    relative word after. ``loose`` when a day or a part word comes first (a month surely)."""
    start = i
    named = s.bare(i, s.words.month_word)
    if named:
        i += 1
    if i >= s.n or s.definite(i):
        return None
    m = s.lex.months.match(s.t, i)
    if m is None:
        return None
    month, j = m.value, m.end
    if start == i and s.text(i - 1) == "(" and s.text(j) == ")":
        other = s.lex.months.match(s.t, j + 1) if j + 1 < s.n else None
        if other is not None and other.value.number == month.number and not s.definite(j + 1):
            start, j, named = i - 1, other.end, True
    else:
        k = alt_name(s, i, j, month)
        named, j = named or k != j, k
    year, stated, direction, end = month_tail(s, j, month)
    if month.ambiguous and not surely_month(s, start, month, loose or named or stated, direction):
        return None
    return MonthExpr(start, end, month, year, stated, direction, named)


def surely_month(
    s: Scan, start: int, month: Month, marked: bool, direction: Direction | None
) -> bool:
    """An ambiguous month word (مارس, تموز, رجب) is a month when a day, a year, شهر or a
    second name marks it; a Gregorian one also with a relative word or a preposition."""
    if marked:
        return True
    return not month.hijri and (direction is not None or s.has(start - 1, s.words.month_cues))


def month(s: Scan, i: int, loose: bool = False) -> Hit | None:
    """``أغسطس 2020``, ``شهر سبتمبر الماضي``, ``أيلول/سبتمبر من العام الماضي``, ``رجب 1445``."""
    me = month_expr(s, i, loose)
    if me is None:
        return None
    number = me.month.number
    if me.month.hijri:
        back = me.direction or "le"
        return Hit(me.start, me.end, hijri_month(me.year, number, s.pub, back), "hijri")
    if me.year is not None:
        anchor = (number, me.year) if me.stated else None
        return Hit(me.start, me.end, ym(me.year, number), "month", anchor)
    if me.direction is None and s.named_event(me.start):
        return Hit(me.start, me.end, None, "month")
    way = me.direction or s.unstated_year(me.start, number)
    soon = 0 < (number - s.pub.month) % 12 <= NEAR_FUTURE_MONTHS
    if way == "le" and soon and s.imperfect_before(me.start, window=6):
        way = "ge"  # قد يتم في أواخر مايو, written in March
    if way == "ge" and s.has(me.start - 1, s.words.since):
        way = "le"
    year = way if isinstance(way, int) else month_year(s.pub, number, way)
    return Hit(me.start, me.end, ym(year, number), "month")


# ------------------------------------------------------------------ days


def leading_day(s: Scan, i: int) -> tuple[int, int] | None:
    """A day before a month: ``31``, ``15 إلى 16``, ``الـ12``, ``التاسع من`` → (day, next)."""
    of = s.words.of
    value = s.day_number(i)
    j = i + 1
    if value is None and s.norm(i) == "ال" and s.glued(i, i + 1):
        value, j = s.day_number(i + 1), i + 2
    if value is not None:
        if s.norm(j) in s.words.range_link and s.day_number(j + 1) is not None:
            j += 2
        return value, j + 1 if s.norm(j) == of else j
    if not s.definite(i):
        return None
    m = reader().ordinals.match(s.t, i)
    if m is None or not 1 <= m.value <= 31:
        return None
    return m.value, m.end + 1 if s.norm(m.end) == of else m.end  # الثامن عشر (من) مارس


def day_date(s: Scan, i: int) -> Hit | None:
    """``31 أكتوبر 2022``, ``التاسع من يوليو تموز``, ``15 و16 يوليو`` (the first day)."""
    found = leading_day(s, i)
    if found is None:
        return None
    day, j = found
    me = month_expr(s, j, loose=True)
    if me is None:
        return day_of_period(s, i, day, j)
    month = me.month
    if month.hijri:
        back = me.direction or "le"
        return Hit(i, me.end, hijri_day(me.year, month.number, day, s.pub, back), "hijri")
    if me.year is not None:
        when = safe_date(me.year, month.number, day)
        anchor = (month.number, me.year) if me.stated else None
        return Hit(i, me.end, when.isoformat() if when else None, "date", anchor)
    if me.direction is None and s.named_event(i):
        return Hit(i, me.end, None, "date")
    way = me.direction or s.unstated_year(i, month.number)
    if isinstance(way, int):
        when = safe_date(way, month.number, day)
    elif way == "le" and not s.has(i - 1, s.words.since):
        when = near(s.pub, month.number, day)
    else:
        when = day_in(s.pub, month.number, day, way)
    return Hit(i, me.end, when.isoformat() if when else None, "date")


def day_of_period(s: Scan, i: int, day: int, j: int) -> Hit | None:
    """``العاشر من الشهر الماضي``, ``12 من الشهر الجاري``, ``5 من هذا الشهر``."""
    if s.norm(j - 1) != s.words.of:
        return None
    k = j + 1 if s.has(j, s.words.demonstratives) else j
    if s.definite_period(k) != "month":
        return None
    if k == j and s.has(k + 1, s.words.same):  # السابع من الشهر ذاته: the month just told
        told = s.last_month()
        when = safe_date(told[0], told[1], day) if told else None
        return Hit(i, k + 2, when.isoformat() if when else None, "date")
    direction = "this" if k > j else s.direction(k + 1)
    if direction is None:
        return None
    year, month = shift_month(s.pub.year, s.pub.month, OFFSETS[direction])
    when = safe_date(year, month, day)
    return Hit(i, k + 1 if k > j else k + 2, when.isoformat() if when else None, "date")


def digit_date(s: Scan, i: int) -> Hit | None:
    """``12/10/2022``, ``2022-10-12``, ``12.10.2022``, ``10/2022``."""
    tok = s.t[i]
    if tok.kind != "num" or (i > 0 and s.glued(i - 1, i) and s.t[i - 1].kind in ("num", "sym")):
        return None
    if tok.norm.count(".") == 2:
        parts, end = tok.norm.split("."), i + 1
    else:
        parts, end = [tok.norm], i + 1
        sep = s.text(i + 1)
        while len(parts) < 3 and sep in ("/", "-") and s.text(end) == sep and s.glued(end - 1, end):
            nxt = s.t[end + 1] if end + 1 < s.n else None
            if nxt is None or nxt.kind != "num" or not s.glued(end, end + 1):
                break
            parts.append(nxt.norm)
            end += 2
        if len(parts) == 2 and sep != "/":
            return None
    if end < s.n and s.glued(end - 1, end) and s.text(end) in ("/", "-", ":"):
        return None
    when = digit_parts(parts)
    return Hit(i, end, when, "date") if when else None


def digit_parts(parts: list[str]) -> str | None:
    """Day/month/year (month/day only when the middle number cannot be a month), year-month-
    day, or month/year, as an ISO date; None for anything else or a date that does not exist."""
    if not all(p.isdigit() for p in parts):
        return None
    if len(parts) == 2:
        month, year = int(parts[0]), int(parts[1])
        ok = len(parts[1]) == 4 and 1 <= month <= 12 and 1900 <= year <= 2100
        return ym(year, month) if ok else None
    if len(parts) != 3:
        return None
    if len(parts[0]) == 4:
        year, month, day = (int(p) for p in parts)
    elif len(parts[2]) == 4 and len(parts[0]) <= 2 and len(parts[1]) <= 2:
        day, month, year = (int(p) for p in parts)
        if month > 12 >= day:
            day, month = month, day
    else:
        return None
    if not 1900 <= year <= 2100:
        return None
    when = safe_date(year, month, day)
    return when.isoformat() if when else None


# ------------------------------------------------------------------ years


def year(s: Scan, i: int, strong: bool = False) -> Hit | None:
    """A 4-digit year that is no code, identifier or counted number (``2000 جندي``); a year
    word before (``عام 1948``) or ``strong`` allows any from 1000, an era marker 3 digits."""
    k = i
    if s.has(i, s.lex.year_cues) and s.year_number(i + 1) is not None:
        k, strong = i + 1, True
    tok = s.t[k]
    if tok.kind != "num" or not tok.norm.isdigit() or not 3 <= len(tok.norm) <= 4:
        return None
    value = int(tok.norm)
    era = s.era(k + 1)
    if era is not None and len(tok.norm) != 4 and s.norm(k + 1) == s.words.era_m:
        era = None  # 150 م: metres
    end = k + 2 if era else k + 1
    if era == "hijri":
        return Hit(i, end, hijri_year(value), "hijri") if value <= 1600 else None
    if era is None and (len(tok.norm) != 4 or not (1000 if strong else 1800) <= value <= 2100):
        return None
    if value > 2100 or code_like(s, k):
        return None
    if not (strong or era) and identifier_before(s, k):
        return None
    if not (strong or era or s.has(k - 1, s.words.year_cues)) and counted_after(s, k):
        return None
    return Hit(i, end, f"{value:04d}", "year")


def code_like(s: Scan, k: int) -> bool:
    """Part of a code, a clock time, a digit date or a percentage (2016/2017 is two years)."""
    if s.glued(k - 1, k):
        sign = s.t[k - 1]
        if sign.kind == "num":
            return True
        pair = sign.text == "/" and s.glued(k - 2, k - 1) and s.year_number(k - 2) is not None
        if sign.text in CODE_GLUE and not pair:
            return True
    if not s.glued(k, k + 1) or s.text(k + 1) not in ("/", ":", "%", "٪"):
        return False
    if s.text(k + 1) in ("%", "٪"):
        return True
    if not (s.glued(k + 1, k + 2) and s.t[k + 2].kind == "num"):
        return False  # "مونديال 2018: ..."
    return not (s.text(k + 1) == "/" and s.year_number(k + 2) is not None)


def identifier_before(s: Scan, k: int) -> bool:
    """``القرار 2118``, ``القرار رقم 2118``: a number that names, not a year."""
    cues = s.lex.identifier_cues
    return s.has(k - 1, cues) or (s.has(k - 2, cues) and s.norm(k - 1) == s.words.number_word)


def counted_after(s: Scan, k: int) -> bool:
    """A counted noun or a scale word after the number (``2000 جندي``, ``2000 و3000 جندي``)."""
    j = k + 1
    if j >= s.n:
        return False
    if nouns().index.match(s.t, j) is not None or reader().scale_at(s.t, j) is not None:
        return True
    linked = s.norm(j) in s.words.range_link or s.norm(j) == s.words.or_
    return (
        linked
        and j + 2 < s.n
        and s.t[j + 1].kind == "num"
        and nouns().index.match(s.t, j + 2) is not None
    )
