"""Recognisers of periods: relative periods (``العام الماضي``, ``هذا الشهر``), durations from
now (``منذ ثمانية أشهر``, ``بعد يومين``), ranges up to or from now (``خلال العامين
الماضيين``), vague spans (``مؤخرا``, ``منذ سنوات``), decades and centuries (``تسعينيات القرن
الماضي``), seasons (``خريف 2020``) and parts of any of these or of a date (``منتصف``,
``أواخر``, ``مطلع العام``).
"""

from __future__ import annotations

from builder.analyse.numbers import reader
from builder.extract.times import dates
from builder.extract.times.calendar import OFFSETS, current, period, season_year, shifted
from builder.extract.times.scan import Hit, Scan, longest
from builder.records import Qualifier

RELATIVE_UNITS = ("year", "month", "week", "century")
"""The units a relative word can follow (العام/الشهر/الأسبوع/القرن الماضي)."""


# ------------------------------------------------------------------ relative periods


def relative(s: Scan, i: int) -> Hit | None:
    """``العام الماضي``, ``هذا العام``, ``الشهر المقبل``, ``العام قبل الماضي``, ``هذا الصيف``."""
    if s.has(i, s.words.demonstratives):
        unit = s.definite_period(i + 1)
        if unit in RELATIVE_UNITS:
            return Hit(i, i + 2, period(s.pub, unit, 0), "relative")
        months = s.season_at(i + 1, definite=True)
        if months is not None:
            return Hit(i, i + 2, season_year(s.pub, months, "this"), "season")
        return None
    unit = s.definite_period(i)
    if unit not in RELATIVE_UNITS:
        return None
    if s.norm(i + 1) == s.words.before and s.direction(i + 2) == "past":
        return Hit(i, i + 3, period(s.pub, unit, -2), "relative")
    direction = s.direction(i + 1)
    if direction is None:
        return None
    return Hit(i, i + 2, period(s.pub, unit, OFFSETS[direction]), "relative")


def bare_period(s: Scan, i: int) -> Hit | None:
    """After a part word: ``مطلع العام``, ``نهاية الشهر``, ``نهاية الأسبوع`` (this one)."""
    unit = s.definite_period(i)
    if unit not in ("year", "month", "week"):
        return None
    if s.definite(i + 1) and s.direction(i + 1) is None:
        return None  # العام الدراسي
    return Hit(i, i + 1, period(s.pub, unit, 0), "relative")


# ------------------------------------------------------------------ durations


def duration(s: Scan, i: int) -> Hit | None:
    """``منذ ثمانية أشهر``, ``قبل عامين``, ``بعد يومين``, ``منذ حوالي عشرين عاما``."""
    signs = s.words.duration_sign
    sign = next((signs[w] for w in s.t[i].stems if w in signs), None)
    if sign is None or i + 1 >= s.n or (sign > 0 and unit_after_count(s, i - 1)):
        return None  # يوما بعد يوم
    j = i + 1
    qualifier = reader().qualifiers.match(s.t, j)
    if qualifier is not None:
        j = qualifier.end
    count: int | float | None = None
    if j < s.n and (q := reader().read(s.t, j)) is not None:
        unit = unit_after_count(s, q.end)
        count, end = q.value, q.end + 1
    else:
        found = unit_bare(s, j)
        if found is None:
            return None
        unit, kind = found
        if kind == "singular" and names_a_time(s, j + 1):
            return None  # منذ عام 2012, منذ يوم الاثنين, منذ شهر مارس
        count, end = {"singular": 1, "dual": 2}.get(kind), j + 1
    if unit is None:
        return None
    kind = "after" if sign > 0 else "duration"
    k = end + 1 if s.norm(end) == s.words.only else end
    linked = s.norm(k) == s.words.of or (sign > 0 and s.norm(k) == s.words.on)
    if linked and k + 1 < s.n:
        if not s.has(k + 1, s.words.now_words):
            return Hit(i, end, None, "from-event")  # قبل ثلاثة أيام من الذكرى
        end = k + 2
    elif sign > 0 and not (s.future_context(i) or s.imperfect_before(i)):
        return Hit(i, end, None, kind)  # وبعد يومين: after the last event told
    # "More than seven years ago" still names its year, give or take one (the war that began
    # منذ أكثر من سبع سنوات began in 2011); more than a decade, or than N days or months,
    # names no year, day or month.
    exact = (
        qualifier is None
        or qualifier.value is Qualifier.ABOUT
        or (unit == "year" and isinstance(count, int) and count >= 2)
    )
    if not exact or not isinstance(count, int) or count > 100000:
        return Hit(i, end, None, kind)
    return Hit(i, end, shifted(s.pub, unit, sign * count), kind)


def unit_bare(s: Scan, k: int) -> tuple[str, str] | None:
    """A period word without the article: (unit, singular/dual/plural)."""
    if not 0 <= k < s.n or s.definite(k):
        return None
    for stem in s.t[k].stems:
        for forms, kind in (
            (s.lex.singular, "singular"),
            (s.lex.dual, "dual"),
            (s.lex.plural, "plural"),
        ):
            if stem in forms:
                return forms[stem], kind
    return None


def unit_after_count(s: Scan, k: int) -> str | None:
    if not 0 <= k < s.n:
        return None
    return next((s.lex.unit_forms[w] for w in s.t[k].stems if w in s.lex.unit_forms), None)


def names_a_time(s: Scan, k: int) -> bool:
    """A year, a weekday or a month at ``k``: the period word before it names, not counts."""
    if not 0 <= k < s.n:
        return False
    return (
        s.year_number(k) is not None
        or s.weekday_at(k, after_day=True) is not None
        or s.lex.months.match(s.t, k) is not None
    )


# ------------------------------------------------------------------ ranges and vague spans


def period_range(s: Scan, i: int) -> Hit | None:
    """``خلال العامين الماضيين``, ``الأشهر الستة المقبلة``, ``الـ24 ساعة الماضية``."""
    j = i
    if s.has(i, s.words.range_cues):
        j = i + 1
    elif s.norm(i) == s.words.on and s.norm(i + 1) in s.words.range_span:
        j = i + 2
    body = range_body(s, j)
    if body is None:
        return None
    unit, count, future, end = body
    if count is None:
        return Hit(i, end, None, "upcoming" if future else "recent")
    start, now = shifted(s.pub, unit, count if future else -count), current(s.pub, unit)
    if start is None:
        return Hit(i, end, None, "range")
    return Hit(i, end, f"{now}/{start}" if future else f"{start}/{now}", "range")


def range_body(s: Scan, j: int) -> tuple[str, int | None, bool, int] | None:
    """(unit, count or None when vague, towards the future, end) of ``الأشهر الستة المقبلة``."""
    count: int | None = None
    u = j
    if s.norm(j) == "ال" and j + 1 < s.n and s.t[j + 1].kind == "num" and s.t[j + 1].norm.isdigit():
        count, u = int(s.t[j + 1].norm), j + 2
    elif (word := count_word(s, j)) is not None:
        count, u = word, j + 1
    unit: str | None = None
    if count is not None:
        unit = unit_after_count(s, u)
    else:
        for form in s.definite(u):
            if form[2:] in s.lex.plural or form[2:] in s.lex.dual:
                unit = s.lex.unit_forms[form[2:]]
                count = 2 if form[2:] in s.lex.dual else None
    if unit is None:
        return None
    k = u + 1
    if count is None and (word := count_word(s, k)) is not None:
        count, k = word, k + 1
    few = s.norm(k) in s.words.few
    if few:
        k += 1
    direction = "past" if s.has(k, s.words.last) else s.direction(k)
    if direction not in ("past", "future"):
        return None
    return unit, None if few else count, direction == "future", k + 1


def count_word(s: Scan, k: int) -> int | None:
    """A number word with the article: الستة, الثلاث (الأشهر الستة الماضية)."""
    for form in s.definite(k):
        if form[2:] in s.lex.count_words:
            return s.lex.count_words[form[2:]]
    return None


def vague(s: Scan, i: int) -> Hit | None:
    """``مؤخرا``, ``الأيام الأخيرة``, ``في وقت سابق``, ``منذ سنوات``: no date."""
    m = s.lex.vague.match(s.t, i)
    if m is None or (m.end - m.start == 1 and s.norm(m.end) == s.words.of):
        return None  # قريبا من: near
    return Hit(i, m.end, None, m.value)


# ------------------------------------------------------------------ decades, seasons, parts


def decade(s: Scan, i: int) -> Hit | None:
    """``التسعينيات``, ``تسعينيات القرن الماضي``, ``عشرينيات القرن الحادي والعشرين``."""
    m = s.lex.decades.match(s.t, i)
    if m is None:
        return None
    j = m.end
    k = j + 1 if s.norm(j) == s.words.of else j
    if k > j and s.norm(k).startswith(s.words.age):
        return None  # في التسعينيات من عمره: an age
    first_of_century: int | None = None
    if s.has(k, s.words.century) and (found := century(s, k + 1)) is not None:
        first_of_century, j = found
    first = first_of_century + m.value % 100 if first_of_century is not None else m.value
    return Hit(i, j, f"{first:04d}/{first + 9:04d}", "decade")


def century(s: Scan, k: int) -> tuple[int, int] | None:
    """After القرن: (first year, next token)."""
    direction = s.direction(k)
    if direction in ("past", "this"):
        return (s.pub.year // 100 - (direction == "past")) * 100, k + 1
    if not s.definite(k):
        return None
    m = reader().ordinals.match(s.t, k)
    return ((m.value - 1) * 100, m.end) if m is not None and 1 <= m.value <= 30 else None


def season(s: Scan, i: int) -> Hit | None:
    """``خريف 2020``, ``صيف العام الماضي``, ``الشتاء المقبل`` (a bare season is no date)."""
    months = s.season_at(i)
    if months is None:
        return None
    k = i + 2 if s.norm(i + 1) == s.words.of else i + 1
    y = k + 1 if s.has(k, s.lex.year_words) else k
    year = s.year_number(y)
    if year is not None:
        return Hit(i, y + 2 if s.era(y + 1) else y + 1, f"{year:04d}", "season")
    rel = s.relative_year(k)
    if rel is not None:
        return Hit(i, rel[1], f"{s.pub.year + rel[0]:04d}", "season")
    direction = s.direction(i + 1)
    if direction is None:
        return None
    return Hit(i, i + 2, season_year(s.pub, months, direction), "season")


def part(s: Scan, i: int) -> Hit | None:
    """``منتصف تشرين الأول``, ``أواخر 2019``, ``مطلع العام``, ``بداية تسعينيات القرن الماضي``:
    the period's date at its precision (``غرة`` + a month: its first day)."""
    m = s.lex.parts.match(s.t, i)
    if m is None or s.definite(i) or m.end >= s.n:
        return None
    j = m.end + 1 if s.norm(m.end) == s.words.of else m.end
    if j >= s.n:
        return None
    sub = longest(
        [
            dates.month(s, j, loose=True),
            dates.year(s, j),
            relative(s, j),
            decade(s, j),
            season(s, j),
            bare_period(s, j),
        ]
    )
    if sub is None:
        return None
    when = sub.date
    if m.value == "first_day" and when is not None and len(when) == 7:
        when += "-01"
    return Hit(i, sub.end, when, sub.kind, sub.anchor)
