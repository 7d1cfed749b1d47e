"""Locale formatting for every template: numbers, dates, plurals, lists (all through Babel)."""

from __future__ import annotations

import decimal
import math
from datetime import date
from functools import cache

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.lists import format_list as babel_format_list
from babel.numbers import format_decimal

from builder import data
from builder.dates import PartialDate
from builder.lexicon.nouns import nouns
from builder.records import Figure, Qualifier
from builder.render.catalog import translations
from builder.render.settings import Settings

_ARAB_DIGITS = str.maketrans("0123456789,.%", "٠١٢٣٤٥٦٧٨٩٬٫٪")
# CLDR month names: ``ar`` has the Egyptian/Gulf names, ``ar_SY`` the Syriac (Levantine) ones.
_MONTH_LOCALES = {"gregorian": ("ar",), "syriac": ("ar_SY",), "both": ("ar", "ar_SY")}


def N_(message: str) -> str:
    return message


# One UI string per Qualifier (tests/test_formatting.py checks none is missing).
QUALIFIERS: dict[Qualifier, str] = {
    Qualifier.MORE_THAN: N_("more than %(num)s"),
    Qualifier.LESS_THAN: N_("fewer than %(num)s"),
    Qualifier.ABOUT: N_("about %(num)s"),
    Qualifier.UP_TO: N_("up to %(num)s"),
    Qualifier.AT_LEAST: N_("at least %(num)s"),
}


@cache
def _decade_words() -> dict[int, str]:
    """First listed spelling of each decade word (the data file puts the preferred one first)."""
    out: dict[int, str] = {}
    for word, year in data.load("time_words")["decades"].items():
        out.setdefault(int(year), str(word))
    return out


class Formatter:
    """Formatting for one language under the site settings."""

    def __init__(self, lang: str, settings: Settings) -> None:
        self.lang = lang
        self.settings = settings
        self.locale = Locale.parse(lang)

    def digits(self, text: str) -> str:
        if self.lang == "ar" and self.settings.digits == "arab":
            return text.translate(_ARAB_DIGITS)
        return text

    def number(self, value: float | int | None) -> str:
        if value is None:
            return ""
        if isinstance(value, float) and not math.isfinite(value):
            return ""  # never a figure (refused when read); nothing to show
        # Babel formats through Decimal, whose default precision (28 digits) would make a
        # longer integer fail: give the context the digits the value has.
        with decimal.localcontext() as ctx:
            ctx.prec = max(ctx.prec, len(str(abs(int(value)))) + 8)
            return self.digits(format_decimal(value, locale=self.locale))

    def plural(self, value: float | int) -> str:
        """CLDR plural category of a count (Arabic has six; English one/other)."""
        if isinstance(value, float) and not value.is_integer():
            return "other"
        return str(self.locale.plural_form(int(value)))

    def month(self, month: int) -> str:
        if self.lang != "ar":
            return str(self.locale.months["format"]["wide"][month])
        names = [
            Locale.parse(loc).months["format"]["wide"][month]
            for loc in _MONTH_LOCALES[self.settings.months]
        ]
        return "/".join(dict.fromkeys(names))

    def date(self, value: date) -> str:
        if self.lang != "ar":
            return babel_format_date(value, "long", locale=self.locale)
        return self.digits(f"{value.day} {self.month(value.month)} {value.year}")

    def iso_date(self, iso: str | None) -> str:
        """Format an ISO date of any precision (``2022-10-31``, ``2022-08``, ``2020``,
        ``1990/1999``); text that is no such date is shown as it is."""
        when = PartialDate.parse(iso)
        if when is None:
            return iso or ""
        if when.is_decade:
            year = when.start.year
            return self.digits(f"{year}s") if self.lang != "ar" else self.decade_ar(year)
        if when.is_interval:
            return self._interval(when)
        if when.precision == "day":
            return self.date(when.start)
        if when.precision == "month":
            return self.digits(f"{self.month(when.start.month)} {when.start.year}")
        return self.digits(str(when.start.year))

    def _interval(self, when: PartialDate) -> str:
        """24–30 September 2018, September 24–30, 2018; April – October 2018; 2020 – 2022."""
        start, end = when.start, when.end
        same_year = start.year == end.year
        if when.precision == "day" and same_year:
            year = self.digits(str(start.year))
            if self.lang == "ar":
                if start.month == end.month:
                    days = self.digits(f"{start.day}–{end.day}")
                    return f"{days} {self.month(start.month)} {year}"
                first = self.digits(str(start.day)) + " " + self.month(start.month)
                last = self.digits(str(end.day)) + " " + self.month(end.month)
                return f"{first} – {last} {year}"
            if start.month == end.month:
                return f"{self.month(start.month)} {start.day}–{end.day}, {start.year}"
            first = f"{self.month(start.month)} {start.day}"
            return f"{first} – {self.month(end.month)} {end.day}, {start.year}"
        if when.precision == "month" and same_year:
            first, last = self.month(start.month), self.month(end.month)
            return self.digits(f"{first} – {last} {start.year}")
        return " – ".join(self.iso_date(p) for p in when.parts)

    def figure_value(self, figure: Figure) -> str:
        """The number with its qualifier: "more than 6,500", "نحو 30,000"; a vague
        amount's word: "dozens", "عشرات"."""
        if figure.value is None:
            if figure.vague is None:
                return ""
            return (figure.vague.ar if self.lang == "ar" else figure.vague.en) or ""
        number = self.number(figure.value) if figure.words is None else self._words(figure)
        msgid = QUALIFIERS.get(figure.qualifier) if figure.qualifier else None
        return translations(self.lang).gettext(msgid) % {"num": number} if msgid else number

    def _words(self, figure: Figure) -> str:
        words = figure.words
        return ((words.ar if self.lang == "ar" else words.en) if words else None) or ""

    def figure_label(self, figure: Figure) -> str | None:
        """The counted noun in the plural form the number needs (3 قتلى, 11 قتيلًا,
        286 قتيلًا, 2000 جندي; 1 month, 8 months), keeping adjectives the extractor added."""
        label = figure.label.ar if self.lang == "ar" else figure.label.en
        noun = nouns().nouns.get(figure.unit or "")
        if noun is None or not label or (figure.value is None and figure.vague is None):
            return label
        forms = noun.ar if self.lang == "ar" else noun.en
        base = forms.get("other") or ""
        # A vague amount counts in the plural: عشرات | قتلى, dozens | killed.
        category = "few" if figure.value is None else self.plural(figure.value)
        form = forms.get(category) or base
        if self.lang == "ar" and base and label.startswith(base):
            human = noun.human
            rest = " ".join(_agree(w, category, human) for w in label[len(base) :].split())
            return f"{form} {rest}" if rest else form
        if self.lang != "ar" and base and label.endswith(base):
            return label[: len(label) - len(base)] + form
        return label

    def decade_ar(self, year: int) -> str:
        """التسعينيات for 1990, from the decade words of ``data/time_words.yml``; the same
        words name the century after 2000; decades with no word read "عقد 2010"."""
        words = _decade_words()
        if 1900 <= year < 2000 and year in words:
            return words[year]
        if 2000 <= year < 2100 and 1900 + year % 100 in words:
            return f"{words[1900 + year % 100]} من القرن الحادي والعشرين"
        return self.digits(f"عقد {year}")

    def list(self, items: list[str]) -> str:
        return babel_format_list(items, locale=self.locale) if items else ""

    def minutes(self, words: int) -> int:
        return max(1, round(words / self.settings.words_per_minute))


@cache
def _broken_plurals() -> dict[str, str]:
    return {str(k): str(v) for k, v in data.load("demonym_plurals")["plurals"].items()}


def _agree(adjective: str, category: str, human: bool) -> str:
    """A nisba adjective (روسي) agreeing with the counted noun's form: 3 جنود روس (the
    broken plural of persons, from ``data/demonym_plurals.yml``; else the sound 3 جنود
    سوريين), 3 صواريخ روسية (things take the feminine), 11 جنديًا روسيًا, 2 جنديان روسيان;
    other words as written."""
    if not adjective.endswith("ي") or len(adjective) < 3:
        return adjective
    if category == "two":
        return adjective + "ان"
    if category == "few":
        if not human:
            return adjective + "ة"
        return _broken_plurals().get(adjective) or adjective + "ين"
    if category == "many":
        return adjective + "ًا"
    return adjective
