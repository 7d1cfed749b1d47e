"""Event summaries in both languages, generated from the record (kind + participants +
figures + time), never translated from the article's prose."""

from __future__ import annotations

from babel.lists import format_list
from babel.numbers import format_decimal

from builder.records import Actor, Bilingual, Figure

_QUALIFIERS = {
    "more_than": ("more than", "أكثر من"),
    "about": ("about", "نحو"),
    "up_to": ("up to", "ما يصل إلى"),
    "at_least": ("at least", "ما لا يقل عن"),
    "less_than": ("fewer than", "أقل من"),
}


def figure_phrase(figure: Figure, lang: str) -> str | None:
    label = figure.label.en if lang == "en" else figure.label.ar
    if figure.value is None:
        return label
    if not label:
        return None
    number = format_decimal(figure.value, locale=lang)
    qualifier = _QUALIFIERS.get(figure.qualifier or "")
    prefix = (qualifier[0] if lang == "en" else qualifier[1]) + " " if qualifier else ""
    return f"{prefix}{number} {label}"


def summarize(kind_en: str, kind_ar: str, actors: list[Actor], figures: list[Figure]) -> Bilingual:
    names_en = [a.name.en for a in actors if a.name.en]
    names_ar = [a.name.ar for a in actors if a.name.ar]
    en = kind_en[:1].upper() + kind_en[1:]
    ar = kind_ar
    if names_en:
        en += (" between " if len(names_en) > 1 else " involving ") + format_list(
            names_en, locale="en"
        )
    if names_ar:
        ar += (" بين " if len(names_ar) > 1 else " في ") + format_list(names_ar, locale="ar")
    facts_en = [p for p in (figure_phrase(f, "en") for f in figures) if p]
    facts_ar = [p for p in (figure_phrase(f, "ar") for f in figures) if p]
    if facts_en:
        en += " (" + ", ".join(facts_en) + ")"
    if facts_ar:
        ar += " (" + "، ".join(facts_ar) + ")"
    return Bilingual(ar, en)
