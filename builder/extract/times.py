"""Time expressions: every date, weekday, month, year, relative period, season and decade of
an article, resolved against the publication date (``builder/data/time_words.yml``).

What is recognised (one record per expression, longest match wins):

- dates: ``31 أكتوبر 2022``, ``31 تشرين الأول/أكتوبر 2022``, ``تشرين الأول (أكتوبر)``,
  ``(أكتوبر) تشرين الأول``, ``التاسع من يوليو تموز``, ``الأول من أبريل``, ``15 و16 يوليو`` and
  ``15 إلى 16 يوليو`` (the first day), ``العاشر من الشهر الماضي``, digit dates ``12/10/2022``
  (day/month/year; month/day only when the middle number cannot be a month),
  ``2022-10-12``, ``12.10.2022``, and ``10/2022`` (month/year);
- months in every regional system, with or without a year (``أغسطس 2020``,
  ``أيلول/سبتمبر من العام الماضي``, ``شهر سبتمبر الماضي``). Month words that are also names
  or common words (``ambiguous_as_names``: مارس, ماي, تموز…) need a day, a year, ``شهر``, a
  second month name, a relative word or a preposition (في, منذ, حتى…) before them; Hijri
  months need a day, a year or ``شهر`` when ambiguous (``رجب طيب أردوغان`` is a name);
- years: a 4-digit number 1800–2100 that is not a code (``12/2022``, ``20:15``), not an
  identifier (``القرار 2118``) and not followed by a counted noun (``2000 جندي`` is a figure),
  unless a year word comes first (``عام 1948``, ``العامين 2017``), ``في``/``منذ``/``خلال``
  (``في 2014 لولاية رابعة``) or an era marker after (``2018م``, ``632 ميلادية``; ``1445 هـ`` is
  a Hijri year with date null); ``2021/2022`` is two years;
- weekdays with ``ال`` or after ``يوم`` (bare أحد/اثنين are numbers), with an optional
  relative word (``الخميس الماضي``), a time of day (``مساء الأحد``, ``بعد ظهر السبت``) and a
  date after them (``الاثنين 31 أكتوبر`` is one expression);
- deictic words (``اليوم``, ``أمس``, ``أمس الأول``, ``غدا``, ``الليلة``, ``حتى الآن``);
  ``اليوم`` followed by an adjective (``اليوم التالي``, ``اليوم العالمي``) is not today;
- relative periods (``العام الماضي``, ``هذا العام``, ``الشهر المقبل``, ``العام قبل الماضي``,
  ``القرن الماضي``), durations from now (``منذ ثمانية أشهر``, ``قبل عامين``, ``بعد يومين``),
  ranges (``خلال العامين الماضيين``, ``الأشهر الستة المقبلة``), vague spans (``مؤخرا``,
  ``الأسابيع الأخيرة``, ``منذ سنوات``), parts (``منتصف``, ``أواخر``, ``مطلع``…), seasons and
  decades (``تسعينيات القرن الماضي``).

Choices (the ``date`` field, ISO 8601):

- Precision is the text's: ``2022-10-31``, ``2022-10``, ``2022``. A part (``منتصف``, ``أواخر
  2019``, ``نهاية الشهر الماضي``) keeps the precision of its period; ``غرة`` + month is day 1.
- Seasons: the year only (``خريف 2020`` → ``2020``, the contract example). A season named
  relatively (``الشتاء الماضي``) that spans two years is ``2021/2022``.
- Weeks (``الأسبوع الماضي``, ``مطلع الأسبوع``) are the interval Monday/Sunday of that week
  (published 2022-10-31: ``2022-10-24/2022-10-30``), not an ISO week ``2022-W43``: as precise,
  and parseable side by side with the other dates.
- Decades and centuries are year intervals: ``1990/1999``, ``1900/1999``.
- Ranges up to now are intervals at the unit's precision: ``خلال العامين الماضيين`` in 2022 is
  ``2020/2022``; months ``2022-04/2022-10``; days and weeks full dates.
- Durations: ``منذ/قبل N`` counts back from publication, ``بعد N`` forward; years, decades and
  centuries give a year (``منذ 20 عاما`` in 2018 → ``1998``), months a month, weeks and days a
  day. ``حوالي``/``نحو`` keep the date; ``أكثر من``/``أقل من``… and vague counts (``عدة``,
  ``بضعة``, a bare plural ``منذ سنوات``) give ``None``, as do durations measured from an event
  rather than from now (``قبل ثلاثة أيام من الذكرى``).
- Vague spans (``مؤخرا``, ``الأيام الأخيرة``, ``في وقت سابق``, ``المستقبل القريب``) and Hijri
  dates (no calendar conversion) have date ``None``; so has a month or day named after an event
  (``حرب أكتوبر``, ``ثورة 25 يناير``) with no year.
- Direction: past by default. With no year, a day or month is the latest one on or before
  publication; ``الماضي`` makes it strictly earlier (``أكتوبر الماضي`` written in October is
  last year's), ``المقبل``/``القادم`` strictly later, ``الجاري``/``الحالي`` the publication year.
  A weekday is the latest such day on or before publication (the publication weekday is the
  publication day; ``الماضي`` then means a week earlier). A future verb shortly before
  (``سيعقد``, ``من المتوقع``, ``سوف``) turns an undirected weekday, day or month forward, and
  ``حتى``/``بحلول``/``إلى غاية`` + a day or month without a year keep the publication year. A
  day and month with neither year nor direction that fall within ``NEAR_FUTURE_DAYS`` after
  publication are that upcoming day (``القمة في 12 يونيو`` written on 28 May), except after
  ``منذ``; a month alone among the next ``NEAR_FUTURE_MONTHS`` is upcoming after a present-tense
  verb (``قد يتم في أواخر مايو`` written in March). ``بعد N`` is a date only with a future or present-tense verb before it
  (``سيدخل … بعد يومين``); in a story (``وبعد يومين انسحبوا``) it counts from the last event.
- Context: a day or month without a year takes the year stated for the same month in one of
  the last three sentences (``يوليو 2016`` … ``فجر 16 يوليو`` → 2016-07-16).

Recording: :func:`times_in` returns every expression recognised. :func:`extract` claims every
span in ``ctx.time_spans`` (so ``ثلاثة أشهر`` in ``بعد ثلاثة أشهر من الإطلاق`` is no figure)
but records no undated expression of the kinds in ``UNRECORDED`` (vague adverbs such as
``مؤخرا``/``لاحقا``/``في وقت سابق``, vague future periods, story-relative ``بعد`` spans and spans
counted from an event): nothing can place them, they would only be noise for editors and
readers. Undated periods before publication (``منذ سنوات``, ``الأيام الأخيرة``) and Hijri
dates are recorded with date ``None``.

``when_text`` starts at the first time word and includes what makes the words a time:
``يوم``, a time of day, ``شهر``, ``عام``/``العام``/``العامين`` before a year, part words, era
markers, the relative word, and ``منذ``/``قبل``/``بعد``/``خلال``/``طوال``/``على مدى`` where
they change the date (``منذ ثمانية أشهر``, ``قبل عامين``, ``خلال العامين الماضيين``,
``حتى الآن``). Prepositions that do not (``في``, ``منذ 2011``, ``حتى 2070``) stay outside.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from builder import data
from builder.analyse.numbers import reader
from builder.analyse.phrases import PhraseIndex
from builder.analyse.tokens import Token
from builder.extract.context import Context
from builder.lexicon.nouns import nouns
from builder.records import Span, TimeExpression
from builder.text.normalize import normalize

ANCHOR_SENTENCES = 3
"""How many sentences back a stated year still fixes the same month written without one."""
FUTURE_WINDOW = 15
"""How many tokens before an expression a future cue (من المتوقع, المقرر, سوف) is looked for."""
FUTURE_VERB_WINDOW = 8
"""The same for a future verb (سيعقد), whose test is looser (names such as ستيلا look alike)."""
NEAR_FUTURE_DAYS = 45
"""A day and month with no year or direction that fall this close after publication are taken
as upcoming (an announced date), not as last year's."""
NEAR_FUTURE_MONTHS = 2
"""A month alone among the next two after publication is upcoming when a present-tense verb
comes just before it (قد يتم في مايو); a past one (تراجعت الأسعار في نوفمبر) stays last year's."""


def _words(*words: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in words)


# Grammar words (closed classes), not lexicon: the vocabulary itself is in time_words.yml.
YEAR_CUES = _words("في", "منذ", "خلال", "بحلول", "طوال")
"""Before a 4-digit number, these make it a year even when a counted noun follows (في 2014 لولاية)."""
MONTH_CUES = _words(
    "في",
    "منذ",
    "حتى",
    "خلال",
    "بحلول",
    "بين",
    "إلى",
    "قبل",
    "بعد",
    "لغاية",
    "مطلع",
    "منتصف",
    "أواخر",
    "نهاية",
    "بداية",
)
SINCE = _words("منذ")
UNTIL = _words("حتى", "بحلول", "لغاية", "غاية")
NOW_CUES = _words("حتى", "لحد", "لغاية", "إلى", "منذ")
NEEDS_NOW_CUE = _words("الآن", "حاليا")
TOMORROW_CUES = _words("في", "يوم", "صباح", "مساء", "حتى", "ليلة", "منذ")
DURATION_SIGN = {normalize("منذ"): -1, normalize("قبل"): -1, normalize("بعد"): 1}
RANGE_CUES = _words("خلال", "طوال")
RANGE_SPAN = _words("مدى", "مدار", "امتداد")
NOW_WORDS = _words("الآن", "اليوم")
LAST = _words("الأخير", "الأخيرة", "الأخيرين", "الأخيرتين")
FEW = _words("القليلة", "القليلين", "القليلتين")
DEMONSTRATIVES = _words("هذا", "هذه")
SAME = _words("نفسه", "ذاته", "نفسها", "ذاتها")
RANGE_LINK = _words("و", "-", "–", "إلى", "الى", "حتى")
WEEKDAY_JOIN = _words(",", "الموافق")
NOT_WEEKDAY_BEFORE = _words("كل", "أيام")
NAMED_EVENTS = _words("حرب", "ثورة", "انتفاضة", "هجمات", "أحداث", "مجزرة", "نكسة")
FUTURE_WORDS = _words(
    "سوف",
    "المقرر",
    "مقرر",
    "المتوقع",
    "متوقع",
    "المزمع",
    "مزمع",
    "المرتقب",
    "مرتقب",
    "المقررة",
    "مقررة",
    "المتوقعة",
    "متوقعة",
    "المزمعة",
    "المرتقبة",
    "يعتزم",
    "تعتزم",
)
# س + imperfect prefix is the future (سيعقد, ستجري); these common words only look like it.
NOT_FUTURE_VERBS = tuple(
    normalize(w)
    for w in (
        "سياس",
        "سيطر",
        "سيار",
        "سياد",
        "سياح",
        "سينم",
        "سيناء",
        "سيناري",
        "سيناتور",
        "سيرغ",
        "سيرج",
        "سيول",
        "ستين",
        "ستراتيج",
        "ستار",
        "ستان",
        "ستال",
        "ستول",
        "ستور",
        "ستري",
        "ستيف",
        "سيلف",
        "سيشنز",
        "سنغاف",
        "سنوي",
        "سنتين",
        "سنتان",
        "سنتي",
        "سنين",
        "سنترال",
    )
)
NOT_IMPERFECT = tuple(normalize(w) for w in ("يوم", "يون", "يول", "ينا", "يمين", "يهود", "يسار"))
NOT_FUTURE_ENDINGS = tuple(normalize(w) for w in ("ة", "ات", "ية", "ا", "يين", "يون"))
OBJECT_SUFFIXES = tuple(normalize(w) for w in ("ها", "نا"))  # سيعقدها, سيمنحنا
CODE_GLUE = "/:.$€£"
CENTURY = _words("القرن", "قرن")
TODAY = _words("اليوم", "الليلة")
BEFORE, ON, OR, TEN, AGE, ONLY = (normalize(w) for w in ("قبل", "على", "أو", "عشر", "عمر", "فقط"))
MONTH_WORD, DAY_WORD, NUMBER_WORD, ERA_M, TOMORROW = (
    normalize(w) for w in ("شهر", "يوم", "رقم", "م", "الغد")
)
IN = normalize("في")
LOOKAHEAD = NOW_CUES | DEMONSTRATIVES | {ON}
IDENTIFIER_NOT = _words(
    "الدورة", "النسخة", "الإصدار", "الساعة", "ساعة", "الدقيقة", "المباراة", "المجموعة"
)
UNRECORDED = frozenset({"adverb", "upcoming", "after", "from-event"})
"""Undated kinds that claim their span (no figure inside) but make no record: vague adverbs
(مؤخرا, لاحقا, في وقت سابق), vague future periods (العقود المقبلة), ``بعد`` spans in a story
(وبعد يومين انسحبوا) and spans measured from an event (قبل ثلاثة أيام من الذكرى). Nothing can
place them on a timeline."""
UNITS = ("year", "month", "week", "day", "decade", "century", "hour")
RELATIVE_UNITS = ("year", "month", "week", "century")

Direction = str
"""``past``/``future`` (strictly before/after publication), ``le``/``ge`` (on or before/after),
``this`` (the publication year)."""


@dataclass(frozen=True)
class _Month:
    number: int
    hijri: bool
    ambiguous: bool


@dataclass(frozen=True)
class _Deictic:
    first: str
    """The listed first word, normalised with its article (اليوم, not يوم)."""
    days: int


class _Lexicon:
    """time_words.yml (and the number words and identifier cues it needs), loaded once."""

    def __init__(self) -> None:
        raw = data.load("time_words")
        numbers = data.load("number_words")
        ambiguous = {normalize(str(w)) for w in raw["ambiguous_as_names"]}
        self._periods(raw["periods"])
        self.months: PhraseIndex[_Month] = PhraseIndex()
        for section, hijri in (("months", False), ("hijri_months", True)):
            for number, names in raw[section].items():
                for name in names:
                    value = _Month(int(number), hijri, normalize(str(name)) in ambiguous)
                    self.months.add(str(name), value)
        self.weekdays = {normalize(w): int(n) for n, ws in raw["weekdays"].items() for w in ws}
        self.bare_weekdays = {w[2:]: n for w, n in self.weekdays.items()}
        self.seasons = {
            normalize(w): (int(s["months"][0]), int(s["months"][1]))
            for s in raw["seasons"].values()
            for w in s["ar"]
        }
        self.parts: PhraseIndex[str] = PhraseIndex(
            (str(p), kind) for kind, ps in raw["parts"].items() for p in ps
        )
        self.times_of_day: PhraseIndex[str] = PhraseIndex(
            (str(p), kind) for kind, ps in raw["times_of_day"].items() for p in ps
        )
        rel = raw["relative"]
        self.past = _with_duals(rel["past"])
        self.future = _with_duals(rel["future"])
        self.this = _words(*rel["this"]) - DEMONSTRATIVES
        self.deictic: PhraseIndex[_Deictic] = PhraseIndex(
            (d["word"], _Deictic(normalize(d["word"].split()[0]), int(d["days"])))
            for d in raw["deictic"]
        )
        self.decades: PhraseIndex[int] = PhraseIndex()
        self.decade_words: set[str] = set()
        for word, year in raw["decades"].items():
            written = normalize(str(word))
            for form in (written, written.removeprefix("ال")):  # التسعينيات, تسعينيات القرن
                self.decades.add(form, int(year))
                self.decade_words.add(form)
        self.vague: PhraseIndex[str] = PhraseIndex()
        for section in ("recent", "upcoming"):
            for phrase in raw[section]:
                key = _vague_key(str(phrase))
                named = any(w.removeprefix("ال") in self.unit_forms for w in key.split())
                self.vague.add(key, section if named else "adverb")
        self.era = {normalize(w): kind for kind, ws in raw["era_markers"].items() for w in ws}
        self.count_words = {
            normalize(str(w)): int(v)
            for section in ("units", "tens")
            for w, v in numbers[section].items()
            if " " not in str(w)
        }
        cues = data.load("figure_rules")["identifier_cues"]
        self.identifier_cues = _words(*cues) - IDENTIFIER_NOT
        self.triggers = self._triggers(raw, numbers)

    def _periods(self, periods: dict[str, list[str]]) -> None:
        self.unit_forms: dict[str, str] = {}
        self.singular: dict[str, str] = {}
        self.plural: dict[str, str] = {}
        self.dual: dict[str, str] = {}
        for unit in UNITS:
            forms = [normalize(str(w)) for w in periods.get(unit) or ()]
            for k, form in enumerate(forms):
                self.unit_forms[form] = unit
                if k == 0 or form.endswith("ه"):
                    self.singular[form] = unit
                    base = form[:-1] + "ت" if form.endswith("ه") else form
                    for dual in (base + "ين", base + "ان"):
                        self.dual[dual] = unit
                        self.unit_forms[dual] = unit
                elif not form.endswith("ا"):
                    self.plural[form] = unit
        years = [f for f, u in self.singular.items() if u == "year"]
        construct = [(f[:-1] + "ت" if f.endswith("ه") else f) + "ي" for f in years]
        self.year_words = frozenset(years + ["ال" + f for f in years])
        self.year_cues = frozenset(
            [*self.year_words, *construct, *(d for d, u in self.dual.items() if u == "year")]
            + ["ال" + d for d, u in self.dual.items() if u == "year"]
        )
        self.definite_singular = {"ال" + f: u for f, u in self.singular.items()}

    def _triggers(self, raw: dict[str, Any], numbers: dict[str, Any]) -> frozenset[str]:
        """Words that can start a time expression: tokens without one are skipped."""
        words: set[str] = {DAY_WORD, MONTH_WORD, "ال", *RANGE_CUES, *DURATION_SIGN}
        words |= set(self.weekdays) | set(self.seasons) | {"ال" + w for w in self.seasons}
        words |= set(self.unit_forms) | {"ال" + f for f in self.unit_forms} | self.year_cues
        phrases: list[str] = [str(w) for ws in raw["months"].values() for w in ws]
        phrases += [str(w) for ws in raw["hijri_months"].values() for w in ws]
        for section in ("parts", "times_of_day"):
            phrases += [str(w) for ws in raw[section].values() for w in ws]
        phrases += [str(d["word"]) for d in raw["deictic"]] + [str(w) for w in numbers["ordinals"]]
        phrases += [_vague_key(str(w)) for w in (*raw["recent"], *raw["upcoming"])]
        words |= {normalize(p).split()[0] for p in phrases}
        words |= {w for w in self.decade_words}
        return frozenset(words - {IN})


def _vague_key(phrase: str) -> str:
    """في الآونة الأخيرة → الآونة الأخيرة: the preposition stays outside the expression."""
    words = normalize(phrase).split()
    return " ".join(words[1:] if len(words) > 1 and words[0] == IN else words)


def _with_duals(words: Iterable[str]) -> frozenset[str]:
    """Relative words and their duals: الماضي → الماضيين, الماضية → الماضيتين."""
    out = set()
    for w in words:
        n = normalize(str(w))
        out.add(n)
        out.add(n[:-1] + "تين" if n.endswith("ه") else n + "ين")
    return frozenset(out)


@cache
def lexicon() -> _Lexicon:
    return _Lexicon()


@dataclass(frozen=True)
class _Hit:
    start: int
    """Token index of the first token."""
    end: int
    """Token index after the last token."""
    date: str | None
    kind: str
    anchor: tuple[int, int] | None = None
    """(month, year) when the expression states a Gregorian month's year."""


@dataclass(frozen=True)
class _MonthExpr:
    start: int
    end: int
    month: _Month
    year: int | None
    stated: bool
    """The year is written as a number."""
    direction: Direction | None
    named: bool
    """Preceded by شهر or paired with another name of the month: surely a month."""


# ------------------------------------------------------------------ date arithmetic


def _ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _shift_month(year: int, month: int, k: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + k
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_year(pub: date, month: int, direction: Direction) -> int:
    if direction == "this":
        return pub.year
    if direction in ("past", "le"):
        before = month < pub.month if direction == "past" else month <= pub.month
        return pub.year if before else pub.year - 1
    after = month > pub.month if direction == "future" else month >= pub.month
    return pub.year if after else pub.year + 1


def _day_in(pub: date, month: int, day: int, direction: Direction) -> date | None:
    if direction == "this":
        return _safe_date(pub.year, month, day)
    step = -1 if direction in ("past", "le") else 1
    checks: dict[str, Callable[[date], bool]] = {
        "past": lambda d: d < pub,
        "le": lambda d: d <= pub,
        "future": lambda d: d > pub,
        "ge": lambda d: d >= pub,
    }
    for k in range(9):  # 29 February may be 8 years away
        found = _safe_date(pub.year + step * k, month, day)
        if found is not None and checks[direction](found):
            return found
    return None


def _near(pub: date, month: int, day: int) -> date | None:
    """A day with no year and no direction: the latest on or before publication, unless the
    next one is only weeks ahead (an announced event: ``القمة في 12 يونيو``)."""
    past = _day_in(pub, month, day, "le")
    ahead = _day_in(pub, month, day, "ge")
    if ahead is not None and (ahead - pub).days <= NEAR_FUTURE_DAYS:
        return ahead
    return past


def _weekday_date(pub: date, iso: int, direction: Direction) -> date:
    if direction in ("past", "le"):
        delta = (pub.isoweekday() - iso) % 7
        return pub - timedelta(days=7 if delta == 0 and direction == "past" else delta)
    delta = (iso - pub.isoweekday()) % 7
    return pub + timedelta(days=7 if delta == 0 and direction == "future" else delta)


def _week(pub: date, offset: int) -> str:
    monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=offset)
    return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"


def _shifted(pub: date, unit: str, n: int) -> str | None:
    """The publication date moved by ``n`` units, at the unit's precision."""
    try:
        if unit in ("year", "decade", "century"):
            year = pub.year + n * {"year": 1, "decade": 10, "century": 100}[unit]
            return f"{year:04d}" if 0 < year < 10000 else None
        if unit == "month":
            return _ym(*_shift_month(pub.year, pub.month, n)) if abs(n) < 12000 else None
        days = {"week": 7 * n, "day": n, "hour": int(n / 24)}[unit]
        return (pub + timedelta(days=days)).isoformat()
    except (OverflowError, ValueError):
        return None


def _current(pub: date, unit: str) -> str:
    if unit in ("year", "decade", "century"):
        return f"{pub.year:04d}"
    if unit == "month":
        return _ym(pub.year, pub.month)
    return pub.isoformat()


def _period(pub: date, unit: str, offset: int) -> str:
    """This period (offset 0), the previous (-1) or the next (+1)."""
    if unit == "year":
        return f"{pub.year + offset:04d}"
    if unit == "month":
        return _ym(*_shift_month(pub.year, pub.month, offset))
    if unit == "week":
        return _week(pub, offset)
    start = (pub.year // 100 + offset) * 100  # century
    return f"{start:04d}/{start + 99:04d}"


def _season(pub: date, months: tuple[int, int], direction: Direction) -> str:
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


# ------------------------------------------------------------------ the scanner


def _definite(tok: Token) -> set[str]:
    """The token's forms with the article: والعام → العام, للعام → العام."""
    out = {s for s in tok.stems if s.startswith("ال") and len(s) > 2}
    out |= {"ال" + s[2:] for s in tok.stems if s.startswith("لل") and len(s) > 3}
    return out


class _Scan:
    """Finds the time expressions of one sentence's tokens."""

    def __init__(
        self,
        tokens: Sequence[Token],
        published: date,
        anchors: dict[int, tuple[int, int]],
        sentence: int,
    ) -> None:
        self.t = tokens
        self.n = len(tokens)
        self.pub = published
        self.anchors = anchors
        self.sentence = sentence
        self.lex = lexicon()
        self._definite: dict[int, set[str]] = {}

    # --- token helpers

    def norm(self, k: int) -> str:
        return self.t[k].norm if 0 <= k < self.n else ""

    def text(self, k: int) -> str:
        return self.t[k].text if 0 <= k < self.n else ""

    def has(self, k: int, words: frozenset[str]) -> bool:
        return 0 <= k < self.n and not words.isdisjoint(self.t[k].stems)

    def bare(self, k: int, word: str) -> bool:
        """The word without the article (يوم, not اليوم)."""
        return 0 <= k < self.n and word in self.t[k].stems and not self.definite(k)

    def definite(self, k: int) -> set[str]:
        if not 0 <= k < self.n:
            return set()
        found = self._definite.get(k)
        if found is None:
            found = self._definite[k] = _definite(self.t[k])
        return found

    def glued(self, a: int, b: int) -> bool:
        return 0 <= a < b < self.n and self.t[a].end == self.t[b].start

    def day_number(self, k: int) -> int | None:
        tok = self.t[k] if 0 <= k < self.n else None
        if tok is None or tok.kind != "num" or not tok.norm.isdigit() or len(tok.norm) > 2:
            return None
        value = int(tok.norm)
        return value if 1 <= value <= 31 else None

    def year_number(self, k: int, hijri: bool = False) -> int | None:
        tok = self.t[k] if 0 <= k < self.n else None
        if tok is None or tok.kind != "num" or not tok.norm.isdigit():
            return None
        value = int(tok.norm)
        if hijri:
            return value if 3 <= len(tok.norm) <= 4 and 1 <= value <= 1600 else None
        return value if len(tok.norm) == 4 and 1000 <= value <= 2100 else None

    def direction(self, k: int) -> Direction | None:
        if not 0 <= k < self.n:
            return None
        stems = self.t[k].stems
        for words, name in (
            (self.lex.past, "past"),
            (self.lex.future, "future"),
            (self.lex.this, "this"),
        ):
            if any(s in words for s in stems):
                return name
        return None

    def era(self, k: int) -> str | None:
        return (
            next((self.lex.era[s] for s in self.t[k].stems if s in self.lex.era), None)
            if 0 <= k < self.n
            else None
        )

    def definite_period(self, k: int) -> str | None:
        return next(
            (
                self.lex.definite_singular[s]
                for s in self.definite(k)
                if s in self.lex.definite_singular
            ),
            None,
        )

    def weekday_at(self, k: int, after_day: bool = False) -> int | None:
        if not 0 <= k < self.n:
            return None
        for s in self.definite(k):
            if s in self.lex.weekdays:
                return self.lex.weekdays[s]
        if after_day:
            return next(
                (self.lex.bare_weekdays[s] for s in self.t[k].stems if s in self.lex.bare_weekdays),
                None,
            )
        return None

    def future_context(self, k: int) -> bool:
        for idx in range(max(0, k - FUTURE_WINDOW), k):
            tok = self.t[idx]
            if not FUTURE_WORDS.isdisjoint(tok.stems) or (
                k - idx <= FUTURE_VERB_WINDOW and _future_verb(tok.norm)
            ):
                return True
        return False

    def imperfect_before(self, k: int, window: int = 3) -> bool:
        """A present-tense verb just before (يدخل عامه السابع بعد يومين): the clause looks ahead."""
        return any(_imperfect(self.t[idx].norm) for idx in range(max(0, k - window), k))

    def unstated_year(self, start: int, month: int) -> Direction | int:
        """How to place a day or month written without a year: a year fixed by the context,
        or the direction to look in."""
        anchor = self.anchors.get(month)
        if anchor is not None and self.sentence - anchor[1] <= ANCHOR_SENTENCES:
            return anchor[0]
        if self.has(start - 1, UNTIL):
            return "this"
        return "ge" if self.future_context(start) else "le"

    def named_event(self, start: int) -> bool:
        return self.has(start - 1, NAMED_EVENTS)

    # --- the scan

    def triggered(self, k: int) -> bool:
        tok = self.t[k]
        stems = tok.stems
        if tok.kind == "num" or not self.lex.triggers.isdisjoint(stems):
            return True
        if LOOKAHEAD.isdisjoint(stems):
            return False
        # Frequent words that start an expression only before a given word.
        if tok.norm == ON:
            return self.norm(k + 1) in RANGE_SPAN
        if not NOW_CUES.isdisjoint(stems):
            return self.has(k + 1, NEEDS_NOW_CUE)
        if not DEMONSTRATIVES.isdisjoint(stems):
            return (
                self.definite_period(k + 1) is not None
                or self.season_at(k + 1, definite=True) is not None
            )
        return False

    def run(self) -> list[_Hit]:
        hits: list[_Hit] = []
        i = 0
        while i < self.n:
            hit = self.best(i) if self.triggered(i) else None
            if hit is None:
                i += 1
                continue
            hits.append(hit)
            if hit.anchor is not None:
                self.anchors[hit.anchor[0]] = (hit.anchor[1], self.sentence)
            i = hit.end
        return self.merge(hits)

    def best(self, i: int) -> _Hit | None:
        return _longest(
            m(i)
            for m in (
                self.digit_date,
                self.day_date,
                self.prefixed,
                self.part,
                self.month,
                self.year,
                self.weekday,
                self.deictic,
                self.relative,
                self.duration,
                self.range,
                self.vague,
                self.decade,
                self.season,
            )
        )

    def merge(self, hits: list[_Hit]) -> list[_Hit]:
        """أمس الجمعة, الاثنين 31 أكتوبر, الخميس الموافق 12 يوليو: one expression each."""
        out: list[_Hit] = []
        for hit in hits:
            prev = out[-1] if out else None
            if prev is not None and self.joinable(prev.end, hit.start):
                if prev.kind == "deictic" and hit.kind == "weekday":
                    out[-1] = _Hit(prev.start, hit.end, prev.date, "deictic")
                    continue
                if (
                    prev.kind == "weekday"
                    and hit.kind == "date"
                    and hit.date
                    and len(hit.date) == 10
                ):
                    out[-1] = _Hit(prev.start, hit.end, hit.date, "date", hit.anchor)
                    continue
            out.append(hit)
        return out

    def joinable(self, end: int, start: int) -> bool:
        between = range(end, start)
        return len(between) <= 2 and all(self.norm(k) in WEEKDAY_JOIN for k in between)

    # --- dates with a month name

    def alt_name(self, i: int, j: int, month: _Month) -> int:
        """After the month name ``i:j``: its other name (``/آذار``, ``(أكتوبر)``, ``يوليو تموز``)."""
        k = j + 1 if self.text(j) in ("/", "(", "-", "–") else j
        if month.hijri or k >= self.n or self.definite(k):
            return j
        other = self.lex.months.match(self.t, k)
        if other is None or other.value.number != month.number or other.value.hijri:
            return j
        if [t.norm for t in self.t[k : other.end]] == [t.norm for t in self.t[i:j]]:
            return j  # صفر-صفر is a score, not two names of a month
        if self.text(j) == "(":
            return other.end + 1 if self.text(other.end) == ")" else j
        return other.end

    def relative_year(self, k: int) -> tuple[int, int] | None:
        """``العام الماضي``, ``هذا العام``, ``العام قبل الماضي`` → (offset, end)."""
        if self.has(k, DEMONSTRATIVES) and self.definite_period(k + 1) == "year":
            return 0, k + 2
        if self.definite_period(k) != "year":
            return None
        if self.norm(k + 1) == BEFORE and self.direction(k + 2) == "past":
            return -2, k + 3
        direction = self.direction(k + 1)
        if direction is None:
            return None
        return {"past": -1, "future": 1, "this": 0}[direction], k + 2

    def month_tail(self, j: int, month: _Month) -> tuple[int | None, bool, Direction | None, int]:
        """What follows a month: a year (stated or relative) or a relative word."""
        k = j + 1 if self.norm(j) == "من" else j
        y = k + 1 if self.has(k, self.lex.year_words) else k
        year = self.year_number(y, month.hijri)
        if year is not None:
            end = y + 1
            return year, True, None, end + 1 if self.era(end) else end
        rel = self.relative_year(k)
        if rel is not None:
            return self.pub.year + rel[0], False, None, rel[1]
        direction = self.direction(j)
        if direction is not None:
            return None, False, direction, j + 1
        return None, False, None, j

    def month_expr(self, i: int, loose: bool = False) -> _MonthExpr | None:
        start = i
        named = self.bare(i, MONTH_WORD)
        if named:
            i += 1
        if i >= self.n or self.definite(i):
            return None
        m = self.lex.months.match(self.t, i)
        if m is None:
            return None
        month, j = m.value, m.end
        if start == i and self.text(i - 1) == "(" and self.text(j) == ")":
            other = self.lex.months.match(self.t, j + 1) if j + 1 < self.n else None
            if (
                other is not None
                and other.value.number == month.number
                and not self.definite(j + 1)
            ):
                start, j, named = i - 1, other.end, True
        else:
            k = self.alt_name(i, j, month)
            named, j = named or k != j, k
        year, stated, direction, end = self.month_tail(j, month)
        if month.ambiguous and not self.surely_month(
            start, month, loose or named or stated, direction
        ):
            return None
        return _MonthExpr(start, end, month, year, stated, direction, named)

    def surely_month(
        self, start: int, month: _Month, marked: bool, direction: Direction | None
    ) -> bool:
        """An ambiguous month word (مارس, تموز, رجب) is a month when a day, a year, شهر or a
        second name marks it; a Gregorian one also with a relative word or a preposition."""
        if marked:
            return True
        return not month.hijri and (direction is not None or self.has(start - 1, MONTH_CUES))

    def month(self, i: int, loose: bool = False) -> _Hit | None:
        me = self.month_expr(i, loose)
        if me is None:
            return None
        number = me.month.number
        if me.month.hijri:
            return _Hit(me.start, me.end, None, "hijri")
        if me.year is not None:
            anchor = (number, me.year) if me.stated else None
            return _Hit(me.start, me.end, _ym(me.year, number), "month", anchor)
        if me.direction is None and self.named_event(me.start):
            return _Hit(me.start, me.end, None, "month")
        way = me.direction or self.unstated_year(me.start, number)
        soon = 0 < (number - self.pub.month) % 12 <= NEAR_FUTURE_MONTHS
        if way == "le" and soon and self.imperfect_before(me.start, window=6):
            way = "ge"  # قد يتم في أواخر مايو, written in March
        if way == "ge" and self.has(me.start - 1, SINCE):
            way = "le"
        year = way if isinstance(way, int) else _month_year(self.pub, number, way)
        return _Hit(me.start, me.end, _ym(year, number), "month")

    def day(self, i: int) -> tuple[int, int] | None:
        """A day before a month: ``31``, ``15 إلى 16``, ``الـ12``, ``التاسع من`` → (day, next)."""
        value = self.day_number(i)
        j = i + 1
        if value is None and self.norm(i) == "ال" and self.glued(i, i + 1):
            value, j = self.day_number(i + 1), i + 2
        if value is not None:
            if self.norm(j) in RANGE_LINK and self.day_number(j + 1) is not None:
                j += 2
            return value, j + 1 if self.norm(j) == "من" else j
        if not self.definite(i):
            return None
        m = reader().ordinals.match(self.t, i)
        if m is None or not 1 <= m.value <= 31:
            return None
        return m.value, m.end + 1 if self.norm(m.end) == "من" else m.end  # الثامن عشر (من) مارس

    def day_date(self, i: int) -> _Hit | None:
        found = self.day(i)
        if found is None:
            return None
        day, j = found
        me = self.month_expr(j, loose=True)
        if me is None:
            return self.day_of_period(i, day, j)
        month = me.month
        if month.hijri:
            return _Hit(i, me.end, None, "hijri")
        if me.year is not None:
            when = _safe_date(me.year, month.number, day)
            anchor = (month.number, me.year) if me.stated else None
            return _Hit(i, me.end, when.isoformat() if when else None, "date", anchor)
        if me.direction is None and self.named_event(i):
            return _Hit(i, me.end, None, "date")
        way = me.direction or self.unstated_year(i, month.number)
        if isinstance(way, int):
            when = _safe_date(way, month.number, day)
        elif way == "le" and not self.has(i - 1, SINCE):
            when = _near(self.pub, month.number, day)
        else:
            when = _day_in(self.pub, month.number, day, way)
        return _Hit(i, me.end, when.isoformat() if when else None, "date")

    def day_of_period(self, i: int, day: int, j: int) -> _Hit | None:
        """``العاشر من الشهر الماضي``, ``12 من الشهر الجاري``, ``5 من هذا الشهر``."""
        if self.norm(j - 1) != "من":
            return None
        k = j + 1 if self.has(j, DEMONSTRATIVES) else j
        if self.definite_period(k) != "month":
            return None
        direction = "this" if k > j else self.direction(k + 1)
        if direction is None:
            return None
        offset = {"past": -1, "future": 1, "this": 0}[direction]
        year, month = _shift_month(self.pub.year, self.pub.month, offset)
        when = _safe_date(year, month, day)
        return _Hit(i, k + 1 if k > j else k + 2, when.isoformat() if when else None, "date")

    def digit_date(self, i: int) -> _Hit | None:
        """``12/10/2022``, ``2022-10-12``, ``12.10.2022``, ``10/2022``."""
        tok = self.t[i]
        if tok.kind != "num" or (
            i > 0 and self.glued(i - 1, i) and self.t[i - 1].kind in ("num", "sym")
        ):
            return None
        if tok.norm.count(".") == 2:
            parts, end = tok.norm.split("."), i + 1
        else:
            parts, end = [tok.norm], i + 1
            sep = self.text(i + 1)
            while (
                len(parts) < 3
                and sep in ("/", "-")
                and self.text(end) == sep
                and self.glued(end - 1, end)
            ):
                nxt = self.t[end + 1] if end + 1 < self.n else None
                if nxt is None or nxt.kind != "num" or not self.glued(end, end + 1):
                    break
                parts.append(nxt.norm)
                end += 2
            if len(parts) == 2 and sep != "/":
                return None
        if end < self.n and self.glued(end - 1, end) and self.text(end) in ("/", "-", ":"):
            return None
        when = _digit_parts(parts)
        return _Hit(i, end, when, "date") if when else None

    # --- years, weekdays, deictic words

    def year(self, i: int, strong: bool = False) -> _Hit | None:
        k = i
        if self.has(i, self.lex.year_cues) and self.year_number(i + 1) is not None:
            k, strong = i + 1, True
        tok = self.t[k]
        if tok.kind != "num" or not tok.norm.isdigit() or not 3 <= len(tok.norm) <= 4:
            return None
        value = int(tok.norm)
        era = self.era(k + 1)
        if era is not None and len(tok.norm) != 4 and self.norm(k + 1) == ERA_M:
            era = None  # 150 م: metres
        end = k + 2 if era else k + 1
        if era == "hijri":
            return _Hit(i, end, None, "hijri") if value <= 1600 else None
        if era is None and (len(tok.norm) != 4 or not (1000 if strong else 1800) <= value <= 2100):
            return None
        if value > 2100 or self.code_like(k):
            return None
        if not (strong or era) and self.identifier_before(k):
            return None
        if not (strong or era or self.has(k - 1, YEAR_CUES)) and self.counted_after(k):
            return None
        return _Hit(i, end, f"{value:04d}", "year")

    def code_like(self, k: int) -> bool:
        """Part of a code, a clock time, a digit date or a percentage (2016/2017 is two years)."""
        if self.glued(k - 1, k):
            sign = self.t[k - 1]
            if sign.kind == "num":
                return True
            pair = (
                sign.text == "/"
                and self.glued(k - 2, k - 1)
                and self.year_number(k - 2) is not None
            )
            if sign.text in CODE_GLUE and not pair:
                return True
        if not self.glued(k, k + 1) or self.text(k + 1) not in ("/", ":", "%", "٪"):
            return False
        if self.text(k + 1) in ("%", "٪"):
            return True
        if not (self.glued(k + 1, k + 2) and self.t[k + 2].kind == "num"):
            return False  # "مونديال 2018: ..."
        return not (self.text(k + 1) == "/" and self.year_number(k + 2) is not None)

    def identifier_before(self, k: int) -> bool:
        cues = self.lex.identifier_cues
        return self.has(k - 1, cues) or (self.has(k - 2, cues) and self.norm(k - 1) == NUMBER_WORD)

    def counted_after(self, k: int) -> bool:
        j = k + 1
        if j >= self.n:
            return False
        if nouns().index.match(self.t, j) is not None or reader().scale_at(self.t, j) is not None:
            return True
        linked = self.norm(j) in RANGE_LINK or self.norm(j) == OR
        return (
            linked
            and j + 2 < self.n
            and self.t[j + 1].kind == "num"
            and nouns().index.match(self.t, j + 2) is not None
        )

    def weekday(self, i: int, after_day: bool = False) -> _Hit | None:
        iso = self.weekday_at(i, after_day)
        if iso is None or self.norm(i + 1) == TEN or self.has(i - 1, NOT_WEEKDAY_BEFORE):
            return None
        direction = self.direction(i + 1)
        end = i + 2 if direction in ("past", "future") else i + 1
        if direction not in ("past", "future"):
            direction = "ge" if self.future_context(i) else "le"
        return _Hit(i, end, _weekday_date(self.pub, iso, direction).isoformat(), "weekday")

    def deictic(self, i: int) -> _Hit | None:
        if self.has(i, NOW_CUES):
            m = self.lex.deictic.match(self.t, i + 1) if i + 1 < self.n else None
            if (
                m is not None
                and m.value.first in NEEDS_NOW_CUE
                and m.value.first in self.definite(i + 1) | set(self.t[i + 1].stems)
            ):
                return _Hit(i, m.end, self.pub.isoformat(), "deictic")
            return None
        m = self.lex.deictic.match(self.t, i)
        if m is None or m.value.first in NEEDS_NOW_CUE:
            return None
        first = m.value.first
        if first.startswith("ال") and first not in self.definite(i):
            return None  # يوم, ليلة: a day, a night
        if first == TOMORROW and not self.has(i - 1, TOMORROW_CUES):
            return None  # صحيفة الغد
        if m.end - m.start == 1 and first in TODAY and not self.is_today(i):
            return None
        return _Hit(i, m.end, (self.pub + timedelta(days=m.value.days)).isoformat(), "deictic")

    def is_today(self, i: int) -> bool:
        """اليوم is today, not اليوم التالي / اليوم العالمي / في هذا اليوم / اليوم نفسه."""
        if self.has(i - 1, DEMONSTRATIVES) or self.norm(i + 1) in SAME:
            return False
        return not self.definite(i + 1) or self.weekday_at(i + 1) is not None

    def prefixed(self, i: int) -> _Hit | None:
        """``يوم الاثنين``, ``مساء الأحد``, ``صباح يوم الجمعة``, ``فجر 16 يوليو``, ``يوم أمس``."""
        k = i
        tod = self.lex.times_of_day.match(self.t, i)
        if tod is not None and (tod.end - tod.start > 1 or not self.definite(i)):
            k = tod.end
        after_day = self.bare(k, DAY_WORD)
        if after_day:
            k += 1
        if k == i or k >= self.n:
            return None
        core = _longest(
            [self.weekday(k, after_day), self.deictic(k), self.day_date(k), self.digit_date(k)]
        )
        return None if core is None else _Hit(i, core.end, core.date, core.kind, core.anchor)

    # --- periods

    def relative(self, i: int) -> _Hit | None:
        if self.has(i, DEMONSTRATIVES):
            unit = self.definite_period(i + 1)
            if unit in RELATIVE_UNITS:
                return _Hit(i, i + 2, _period(self.pub, unit, 0), "relative")
            season = self.season_at(i + 1, definite=True)
            if season is not None:
                return _Hit(i, i + 2, _season(self.pub, season, "this"), "season")
            return None
        unit = self.definite_period(i)
        if unit not in RELATIVE_UNITS:
            return None
        if self.norm(i + 1) == BEFORE and self.direction(i + 2) == "past":
            return _Hit(i, i + 3, _period(self.pub, unit, -2), "relative")
        direction = self.direction(i + 1)
        if direction is None:
            return None
        offset = {"past": -1, "future": 1, "this": 0}[direction]
        return _Hit(i, i + 2, _period(self.pub, unit, offset), "relative")

    def bare_period(self, i: int) -> _Hit | None:
        """After a part word: ``مطلع العام``, ``نهاية الشهر``, ``نهاية الأسبوع`` (this one)."""
        unit = self.definite_period(i)
        if unit not in ("year", "month", "week"):
            return None
        if self.definite(i + 1) and self.direction(i + 1) is None:
            return None  # العام الدراسي
        return _Hit(i, i + 1, _period(self.pub, unit, 0), "relative")

    def unit_bare(self, k: int) -> tuple[str, str] | None:
        """A period word without the article: (unit, singular/dual/plural)."""
        if not 0 <= k < self.n or self.definite(k):
            return None
        for s in self.t[k].stems:
            for forms, kind in (
                (self.lex.singular, "singular"),
                (self.lex.dual, "dual"),
                (self.lex.plural, "plural"),
            ):
                if s in forms:
                    return forms[s], kind
        return None

    def unit_after_count(self, k: int) -> str | None:
        if not 0 <= k < self.n:
            return None
        return next(
            (self.lex.unit_forms[s] for s in self.t[k].stems if s in self.lex.unit_forms), None
        )

    def duration(self, i: int) -> _Hit | None:
        """``منذ ثمانية أشهر``, ``قبل عامين``, ``بعد يومين``, ``منذ حوالي عشرين عاما``."""
        sign = next((DURATION_SIGN[s] for s in self.t[i].stems if s in DURATION_SIGN), None)
        if sign is None or i + 1 >= self.n or (sign > 0 and self.unit_after_count(i - 1)):
            return None  # يوما بعد يوم
        j = i + 1
        qualifier = reader().qualifiers.match(self.t, j)
        if qualifier is not None:
            j = qualifier.end
        count: int | float | None = None
        if j < self.n and (q := reader().read(self.t, j)) is not None:
            unit = self.unit_after_count(q.end)
            count, end = q.value, q.end + 1
        else:
            found = self.unit_bare(j)
            if found is None:
                return None
            unit, kind = found
            if kind == "singular" and self.names_a_time(j + 1):
                return None  # منذ عام 2012, منذ يوم الاثنين, منذ شهر مارس
            count, end = {"singular": 1, "dual": 2}.get(kind), j + 1
        if unit is None:
            return None
        kind = "after" if sign > 0 else "duration"
        k = end + 1 if self.norm(end) == ONLY else end
        linked = self.norm(k) == "من" or (sign > 0 and self.norm(k) == ON)
        if linked and k + 1 < self.n:
            if not self.has(k + 1, NOW_WORDS):
                return _Hit(i, end, None, "from-event")  # قبل ثلاثة أيام من الذكرى
            end = k + 2
        elif sign > 0 and not (self.future_context(i) or self.imperfect_before(i)):
            return _Hit(i, end, None, kind)  # وبعد يومين: after the last event told
        exact = qualifier is None or qualifier.value == "about"
        if not exact or not isinstance(count, int) or count > 100000:
            return _Hit(i, end, None, kind)
        return _Hit(i, end, _shifted(self.pub, unit, sign * count), kind)

    def names_a_time(self, k: int) -> bool:
        if not 0 <= k < self.n:
            return False
        return (
            self.year_number(k) is not None
            or self.weekday_at(k, after_day=True) is not None
            or self.lex.months.match(self.t, k) is not None
        )

    def count_word(self, k: int) -> int | None:
        """A number word with the article: الستة, الثلاث (الأشهر الستة الماضية)."""
        for s in self.definite(k):
            if s[2:] in self.lex.count_words:
                return self.lex.count_words[s[2:]]
        return None

    def range(self, i: int) -> _Hit | None:
        """``خلال العامين الماضيين``, ``الأشهر الستة المقبلة``, ``الـ24 ساعة الماضية``."""
        j = i
        if self.has(i, RANGE_CUES):
            j = i + 1
        elif self.norm(i) == ON and self.norm(i + 1) in RANGE_SPAN:
            j = i + 2
        body = self.range_body(j)
        if body is None:
            return None
        unit, count, future, end = body
        if count is None:
            return _Hit(i, end, None, "upcoming" if future else "recent")
        start, now = _shifted(self.pub, unit, count if future else -count), _current(self.pub, unit)
        if start is None:
            return _Hit(i, end, None, "range")
        return _Hit(i, end, f"{now}/{start}" if future else f"{start}/{now}", "range")

    def range_body(self, j: int) -> tuple[str, int | None, bool, int] | None:
        count: int | None = None
        u = j
        if (
            self.norm(j) == "ال"
            and j + 1 < self.n
            and self.t[j + 1].kind == "num"
            and self.t[j + 1].norm.isdigit()
        ):
            count, u = int(self.t[j + 1].norm), j + 2
        elif (word := self.count_word(j)) is not None:
            count, u = word, j + 1
        unit: str | None = None
        if count is not None:
            unit = self.unit_after_count(u)
        else:
            for s in self.definite(u):
                if s[2:] in self.lex.plural or s[2:] in self.lex.dual:
                    unit = self.lex.unit_forms[s[2:]]
                    count = 2 if s[2:] in self.lex.dual else None
        if unit is None:
            return None
        k = u + 1
        if count is None and (word := self.count_word(k)) is not None:
            count, k = word, k + 1
        few = self.norm(k) in FEW
        if few:
            k += 1
        direction = "past" if self.has(k, LAST) else self.direction(k)
        if direction not in ("past", "future"):
            return None
        return unit, None if few else count, direction == "future", k + 1

    def vague(self, i: int) -> _Hit | None:
        m = self.lex.vague.match(self.t, i)
        if m is None or (m.end - m.start == 1 and self.norm(m.end) == "من"):
            return None  # قريبا من: near
        return _Hit(i, m.end, None, m.value)

    def decade(self, i: int) -> _Hit | None:
        m = self.lex.decades.match(self.t, i)
        if m is None:
            return None
        j = m.end
        k = j + 1 if self.norm(j) == "من" else j
        if k > j and self.norm(k).startswith(AGE):
            return None  # في التسعينيات من عمره: an age
        century: int | None = None
        if self.has(k, CENTURY) and (found := self.century(k + 1)) is not None:
            century, j = found
        first = century + m.value % 100 if century is not None else m.value
        return _Hit(i, j, f"{first:04d}/{first + 9:04d}", "decade")

    def century(self, k: int) -> tuple[int, int] | None:
        """After القرن: (first year, next token)."""
        direction = self.direction(k)
        if direction in ("past", "this"):
            return (self.pub.year // 100 - (direction == "past")) * 100, k + 1
        if not self.definite(k):
            return None
        m = reader().ordinals.match(self.t, k)
        return ((m.value - 1) * 100, m.end) if m is not None and 1 <= m.value <= 30 else None

    def season_at(self, k: int, definite: bool = False) -> tuple[int, int] | None:
        if not 0 <= k < self.n:
            return None
        if definite:
            return next(
                (self.lex.seasons[s[2:]] for s in self.definite(k) if s[2:] in self.lex.seasons),
                None,
            )
        return next((self.lex.seasons[s] for s in self.t[k].stems if s in self.lex.seasons), None)

    def season(self, i: int) -> _Hit | None:
        """``خريف 2020``, ``صيف العام الماضي``, ``الشتاء المقبل`` (a bare season is no date)."""
        months = self.season_at(i)
        if months is None:
            return None
        k = i + 2 if self.norm(i + 1) == "من" else i + 1
        y = k + 1 if self.has(k, self.lex.year_words) else k
        year = self.year_number(y)
        if year is not None:
            return _Hit(i, y + 2 if self.era(y + 1) else y + 1, f"{year:04d}", "season")
        rel = self.relative_year(k)
        if rel is not None:
            return _Hit(i, rel[1], f"{self.pub.year + rel[0]:04d}", "season")
        direction = self.direction(i + 1)
        if direction is None:
            return None
        return _Hit(i, i + 2, _season(self.pub, months, direction), "season")

    def part(self, i: int) -> _Hit | None:
        """``منتصف تشرين الأول``, ``أواخر 2019``, ``مطلع العام``, ``بداية تسعينيات القرن الماضي``."""
        m = self.lex.parts.match(self.t, i)
        if m is None or self.definite(i) or m.end >= self.n:
            return None
        j = m.end + 1 if self.norm(m.end) == "من" else m.end
        if j >= self.n:
            return None
        sub = _longest(
            [
                self.month(j, loose=True),
                self.year(j),
                self.relative(j),
                self.decade(j),
                self.season(j),
                self.bare_period(j),
            ]
        )
        if sub is None:
            return None
        when = sub.date
        if m.value == "first_day" and when is not None and len(when) == 7:
            when += "-01"
        return _Hit(i, sub.end, when, sub.kind, sub.anchor)


def _longest(hits: Iterable[_Hit | None]) -> _Hit | None:
    best: _Hit | None = None
    for hit in hits:
        if hit is not None and (best is None or hit.end > best.end):
            best = hit
    return best


def _future_verb(word: str) -> bool:
    """س + imperfect prefix (سيعقد, ستجري, سنواصل), not سياسة, سيطرت, ستة."""
    if len(word) > 5 and word[0] in "وف" and word[1] == "س":
        word = word[1:]
    return (
        len(word) >= 5
        and word[0] == "س"
        and word[1] in "يتن"
        and not word.startswith(NOT_FUTURE_VERBS)
        and (not word.endswith(NOT_FUTURE_ENDINGS) or word.endswith(OBJECT_SUFFIXES))
    )


def _imperfect(word: str) -> bool:
    """ي + a root (يدخل, يبدأ, يعقدون), not a noun such as يوم or a month such as يونيو."""
    if len(word) > 4 and word[0] in "وف":
        word = word[1:]
    return word.startswith("ي") and 3 <= len(word) <= 7 and not word.startswith(NOT_IMPERFECT)


def _digit_parts(parts: list[str]) -> str | None:
    if not all(p.isdigit() for p in parts):
        return None
    if len(parts) == 2:
        month, year = int(parts[0]), int(parts[1])
        ok = len(parts[1]) == 4 and 1 <= month <= 12 and 1900 <= year <= 2100
        return _ym(year, month) if ok else None
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
    when = _safe_date(year, month, day)
    return when.isoformat() if when else None


# ------------------------------------------------------------------ entry points


def _hits(
    tokens: Sequence[Token], published: date, anchors: dict[int, tuple[int, int]], sentence: int
) -> list[_Hit]:
    if not tokens:
        return []
    return _Scan(tokens, published, anchors, sentence).run()


def times_in(tokens: Sequence[Token], text: str, published: date) -> list[tuple[Span, str | None]]:
    """Every time expression recognised in one run of tokens (a sentence), as spans into
    ``text`` with their dates, including the undated kinds that :func:`extract` does not
    record. No context from earlier sentences (see :func:`extract`)."""
    del text  # offsets come from the tokens; kept for a uniform signature
    return [
        (Span(tokens[h.start].start, tokens[h.end - 1].end), h.date)
        for h in _hits(tokens, published, {}, 0)
    ]


def extract(ctx: Context) -> None:
    """Add every time expression of the document to ``ctx.facts.times`` and its span to
    ``ctx.time_spans`` (so a year or a day number is not also read as a figure)."""
    anchors: dict[int, tuple[int, int]] = {}
    for sentence, tokens in zip(ctx.doc.sentences, ctx.tokens, strict=True):
        for hit in _hits(tokens, ctx.doc.published, anchors, sentence.index):
            span = Span(tokens[hit.start].start, tokens[hit.end - 1].end)
            ctx.time_spans.append(span)
            if hit.date is None and hit.kind in UNRECORDED:
                continue
            ctx.facts.times.append(
                TimeExpression(ctx.doc.text[span.start : span.end], hit.date, span, sentence.index)
            )
