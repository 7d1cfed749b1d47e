"""Locale formatting (Babel): Arabic plural forms, digit and month-name policies, bidi isolation."""

from __future__ import annotations

from datetime import date

import pytest

from builder import data
from builder.records import Bilingual, Figure, Qualifier, Span
from builder.render.formatting import QUALIFIERS, Formatter
from builder.render.markup import inline_md, isolate
from builder.render.settings import Settings


def figure(value: float | int, unit: str, ar: str, en: str, qualifier: str | None = None) -> Figure:
    return Figure("f", value, "", Span(0, 0), 0, qualifier, unit, Bilingual(ar, en), "casualties")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1, "قتيل"),
        (2, "قتيلان"),
        (3, "قتلى"),
        (10, "قتلى"),
        (11, "قتيلًا"),
        (286, "قتيلًا"),
        (100, "قتيل"),
        (2000, "قتيل"),
    ],
)
def test_arabic_counted_noun_takes_the_plural_form_of_its_number(value: int, expected: str) -> None:
    fmt = Formatter("ar", Settings())
    assert fmt.figure_label(figure(value, "killed", "قتيل", "killed")) == expected


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (2, "soldiers", "جنديان روسيان"),
        (3, "soldiers", "جنود روس"),  # the broken plural, from data
        (3, "soldiers-syrian", "جنود سوريين"),  # no broken plural: the sound one
        (11, "soldiers", "جنديًا روسيًا"),
        (100, "soldiers", "جندي روسي"),
        (3, "missiles", "صواريخ روسية"),  # things take the feminine singular
    ],
)
def test_arabic_adjective_agrees_with_the_counted_noun(
    value: int, unit: str, expected: str
) -> None:
    fmt = Formatter("ar", Settings())
    label = {
        "soldiers": "جندي روسي",
        "soldiers-syrian": "جندي سوري",
        "missiles": "صاروخ روسي",
    }[unit]
    assert fmt.figure_label(figure(value, unit.split("-")[0], label, unit)) == expected


@pytest.mark.parametrize(("value", "expected"), [(1, "1 month"), (8, "8 months")])
def test_english_one_and_other(value: int, expected: str) -> None:
    fmt = Formatter("en", Settings())
    f = figure(value, "months", "شهر", "months")
    assert f"{fmt.figure_value(f)} {fmt.figure_label(f)}" == expected


def test_qualifiers_in_both_languages() -> None:
    f = figure(6500, "killed", "قتيل", "killed", "more_than")
    assert Formatter("en", Settings()).figure_value(f) == "more than 6,500"
    assert Formatter("ar", Settings()).figure_value(f) == "أكثر من 6,500"


def test_a_fraction_is_said_in_words() -> None:
    """Two thirds of the population reads so on both pages, not 0.67."""
    f = Figure(
        "f", 2 / 3, "", Span(0, 0), 0, Qualifier("more_than"), "share",
        Bilingual("السكان", "of the population"), "share", words=Bilingual("ثلثي", "two thirds"),
    )  # fmt: skip
    en, ar = Formatter("en", Settings()), Formatter("ar", Settings())
    assert f"{en.figure_value(f)} {en.figure_label(f)}" == "more than two thirds of the population"
    assert f"{ar.figure_value(f)} {ar.figure_label(f)}" == "أكثر من ثلثي السكان"


@pytest.mark.parametrize("qualifier", list(Qualifier))
def test_every_qualifier_is_said_in_both_languages(qualifier: Qualifier) -> None:
    """One Qualifier table: each value has Arabic words in the data and a UI string in
    both catalogs, so no qualifier reaches a page as a bare number."""
    assert qualifier in QUALIFIERS
    assert data.load("number_words")["qualifiers"][qualifier.value]
    f = figure(10, "killed", "قتيل", "killed", qualifier)
    for lang in ("ar", "en"):
        said = Formatter(lang, Settings()).figure_value(f)
        assert said != "10" and "10" in said, (lang, said)


def test_digit_policy() -> None:
    assert Formatter("ar", Settings(digits="latn")).number(6500) == "6,500"
    assert Formatter("ar", Settings(digits="arab")).number(6500) == "٦٬٥٠٠"
    assert (
        Formatter("en", Settings(digits="arab")).number(6500) == "6,500"
    )  # English keeps Latin digits


@pytest.mark.parametrize(
    ("months", "expected"),
    [
        ("gregorian", "31 أكتوبر 2022"),
        ("syriac", "31 تشرين الأول 2022"),
        ("both", "31 أكتوبر/تشرين الأول 2022"),
    ],
)
def test_month_name_policy(months: str, expected: str) -> None:
    assert Formatter("ar", Settings(months=months)).date(date(2022, 10, 31)) == expected  # type: ignore[arg-type]


def test_partial_dates() -> None:
    fmt = Formatter("en", Settings())
    assert fmt.iso_date("2022-08") == "August 2022"
    assert fmt.iso_date("2020") == "2020"
    assert fmt.iso_date("1990/1999") == "1990s"
    assert Formatter("ar", Settings()).iso_date("1990/1999") == "التسعينيات"


def test_latin_runs_are_isolated_in_arabic_and_arabic_runs_in_english() -> None:
    assert str(isolate("بحسب وكالة AFP اليوم", "ar")) == 'بحسب وكالة <bdi dir="ltr">AFP</bdi> اليوم'
    out = str(isolate('The statement said "عدم اللجوء إلى القوة" (no force).', "en"))
    assert '<bdi lang="ar" dir="rtl">عدم اللجوء إلى القوة</bdi>' in out


def test_invisible_bidi_controls_are_not_passed_through() -> None:
    out = str(isolate("نص\u202eمعكوس\u2066 هنا\u200f", "ar"))
    assert not any(ch in out for ch in "\u202e\u2066\u200f")


def test_markup_from_content_is_text() -> None:
    out = str(isolate("<script>alert(1)</script>", "ar"))
    assert "<script" not in out and out.startswith("&lt;")
    assert (
        str(inline_md("# [x](javascript:alert(1)) <b>"))
        == "\\# \\[x\\]\\(javascript:alert\\(1\\)\\) &lt;b&gt;"
    )


def test_every_ui_string_has_an_arabic_translation() -> None:
    """The catalog holds every string the code and templates use (the .pot), each translated,
    none fuzzy: an untranslated string would show English on an Arabic page."""
    from importlib import resources

    from babel.messages.pofile import read_po

    locale = resources.files("builder.render").joinpath("locale")
    with locale.joinpath("messages.pot").open("rb") as fp:
        template = read_po(fp)
    with locale.joinpath("ar/LC_MESSAGES/messages.po").open("rb") as fp:
        arabic = read_po(fp, locale="ar")
    wanted = {m.id for m in template if m.id}
    have = {m.id: m for m in arabic if m.id}
    assert wanted <= set(have), sorted(str(w) for w in wanted - set(have))
    untranslated = [str(m.id) for m in have.values() if not m.string or m.fuzzy]
    assert not untranslated, untranslated
