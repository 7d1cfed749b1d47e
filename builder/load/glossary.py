"""The site's glossary (``content/glossary.yml``): bilingual names editors maintain.

```yaml
people:
  - en: Abdel Fattah al-Sisi
    ar: [عبد الفتاح السيسي, السيسي]       # every spelling; the first is the display form
    role: {en: President of Egypt, ar: الرئيس المصري}   # optional
places:
  - {en: Geneva, ar: [جنيف], country: CH}
organizations:
  - {en: Agence France-Presse, ar: [وكالة فرانس برس, فرانس برس]}
groups:
  - {en: Hezbollah, ar: [حزب الله]}
```
"""

from __future__ import annotations

import difflib
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from babel import Locale

from builder.errors import Problem, Severity, type_name
from builder.load.article import read_text
from builder.load.files import present
from builder.load.frontmatter import parse_yaml_document
from builder.load.site import SLUG
from builder.text.normalize import normalize_phrase

SECTIONS = ("people", "places", "organizations", "groups", "countries")
ITEM_KEYS = {"id", "en", "ar", "role", "country", "note"}


def _entry_lines(
    node: yaml.MappingNode | None, first_line: int = 1
) -> dict[str, list[tuple[int, dict[str, int]]]]:
    """Section name -> for each of its entries, the entry's file line and each of its keys'
    lines."""
    out: dict[str, list[tuple[int, dict[str, int]]]] = {}
    if node is None:
        return out
    for key, value in node.value:
        if isinstance(key, yaml.ScalarNode) and isinstance(value, yaml.SequenceNode):
            entries = []
            for item in value.value:
                fields = {}
                if isinstance(item, yaml.MappingNode):
                    fields = {
                        str(k.value): first_line + k.start_mark.line
                        for k, _ in item.value
                        if isinstance(k, yaml.ScalarNode)
                    }
                entries.append((first_line + item.start_mark.line, fields))
            out[str(key.value)] = entries
    return out


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


@cache
def _country_codes() -> frozenset[str]:
    codes = (str(code) for code in Locale("en").territories)
    return frozenset(code for code in codes if code.isalpha() and len(code) == 2)


def _field_problems(
    item: dict[str, Any], where: str, path: Path, lines: dict[str, int], at: int
) -> tuple[dict[str, Any], list[Problem]]:
    """The optional fields of one entry checked one by one (``id``, ``country``, ``role``,
    ``note``): the entry with them normalised, and an error on the line of each bad one."""
    problems: list[Problem] = []
    clean = dict(item)

    def bad(key: str, message: str, hint: str) -> None:
        problems.append(Problem(path, lines.get(key, at), f"{where}: {message}", hint))

    if "id" in item:
        ident = item["id"]
        if not isinstance(ident, str) or not SLUG.match(ident):
            shown = repr(ident) if isinstance(ident, str) else type_name(ident)
            bad(
                "id",
                f"'id' must be a slug, not {shown[:60]}",
                "lower-case Latin letters, digits and hyphens, e.g. id: jane-doe",
            )
    if item.get("country") is not None:
        country = item["country"]
        code = country.strip().upper() if isinstance(country, str) else None
        if code is None or code not in _country_codes():
            shown = repr(country)[:40] if isinstance(country, str) else type_name(country)
            bad(
                "country",
                f"'country' must be a two-letter country code, not {shown}",
                "an ISO 3166 code such as FR, EG or AE",
            )
        else:
            clean["country"] = code
    if item.get("role") is not None:
        role = item["role"]
        if not isinstance(role, dict):
            bad(
                "role",
                f"'role' must be a mapping of 'en' and 'ar' texts, not {type_name(role)}",
                "e.g. role: {en: Foreign Minister, ar: وزير الخارجية}",
            )
        else:
            for lang, text in role.items():
                if lang not in ("en", "ar"):
                    bad("role", f"'role' has an unknown language '{lang}'", "use 'en' and 'ar'")
                elif not _is_text(text):
                    bad(
                        "role",
                        f"'role.{lang}' must be text, not {type_name(text)}",
                        "e.g. role: {en: Foreign Minister, ar: وزير الخارجية}",
                    )
            clean["role"] = {k: " ".join(v.split()) for k, v in role.items() if _is_text(v)}
    if item.get("note") is not None and not isinstance(item["note"], str):
        bad("note", f"'note' must be text, not {type_name(item['note'])}", 'put it in quotes: "…"')
    return clean, problems


def load_glossary(path: Path, within: Path | None = None) -> tuple[dict[str, Any], list[Problem]]:
    """The glossary as a mapping, and the problems found (errors drop the bad entry only).

    A spelling listed for two different entities stays with the first (an error); an entity
    listed twice in a section gets one entry with the spellings of both (a warning)."""
    if not present(path):
        return {}, []
    data, lines, node = parse_yaml_document(read_text(path, within=within), path)
    entry_lines = _entry_lines(node)
    reader = _GlossaryReader(path)
    clean: dict[str, Any] = {}
    for key, value in data.items():
        line = lines.get(key, 1)
        if key not in SECTIONS:
            close = difflib.get_close_matches(key, SECTIONS, n=1)
            reader.problems.append(
                Problem(
                    path,
                    line,
                    f"unknown glossary section '{key}'; its entries are ignored",
                    f"did you mean '{close[0]}'?"
                    if close
                    else f"use one of: {', '.join(SECTIONS)}",
                    Severity.WARNING,
                )
            )
            continue
        if value is None:
            continue
        if not isinstance(value, list):
            reader.problems.append(Problem(path, line, f"'{key}' must be a list of entries"))
            continue
        clean[key] = reader.section(key, value, line, entry_lines.get(key, []))
    return clean, reader.problems


_ENTRY_EXAMPLE = "e.g. {en: Abdel Fattah al-Sisi, ar: [عبد الفتاح السيسي, السيسي]}"


class _GlossaryReader:
    """Reads the sections of one glossary, collecting its problems; a spelling belongs to
    the first entity that lists it, across sections."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.seen: dict[str, tuple[str, str, int]] = {}

    def section(
        self, key: str, value: list[Any], line: int, item_lines: list[tuple[int, dict[str, int]]]
    ) -> list[dict[str, Any]]:
        entries: list[dict[str, Any]] = []
        by_name: dict[str, tuple[dict[str, Any], int]] = {}
        for n, item in enumerate(value, start=1):
            at, field_lines = item_lines[n - 1] if n - 1 < len(item_lines) else (line, {})
            checked = self.entry(item, f"{key} entry {n}", at, field_lines)
            if checked is None:
                continue
            item, en, forms = checked
            kept = self.spellings(forms, key, en, at)
            if not kept:
                continue
            if en in by_name:
                first, first_line = by_name[en]
                self.problems.append(
                    Problem(
                        self.path,
                        at,
                        f"{en} is listed twice in '{key}' (first on line {first_line})",
                        "keep one entry; the spellings of both are used",
                        Severity.WARNING,
                    )
                )
                first["ar"] = [*first["ar"], *(f for f in kept if f not in first["ar"])]
                continue
            entry = {**item, "en": en, "ar": kept}
            by_name[en] = (entry, at)
            entries.append(entry)
        return entries

    def entry(
        self, item: Any, where: str, at: int, field_lines: dict[str, int]
    ) -> tuple[dict[str, Any], str, list[str]] | None:
        """A valid entry's fields, English name and Arabic spellings; None (and a problem)
        when the entry is left out until it is fixed."""
        path = self.path
        if not isinstance(item, dict):
            self.problems.append(
                Problem(
                    path,
                    at,
                    f"{where} must be a mapping with 'en' and 'ar', not {type_name(item)}",
                    _ENTRY_EXAMPLE,
                )
            )
            return None
        forms = item.get("ar")
        if isinstance(forms, str):
            forms = [forms]
        en = item.get("en")
        if (
            not isinstance(en, str)
            or not en.strip()
            or not isinstance(forms, list)
            or not forms
            or not all(isinstance(f, str) and f.strip() for f in forms)
        ):
            self.problems.append(
                Problem(
                    path,
                    at,
                    f"{where} needs 'en' (text) and 'ar' (a list of spellings)",
                    _ENTRY_EXAMPLE,
                )
            )
            return None
        en = " ".join(en.split())
        item, bad_fields = _field_problems(item, f"{where} ({en})", path, field_lines, at)
        if bad_fields:
            self.problems.extend(bad_fields)
            return None
        unknown = set(item) - ITEM_KEYS
        if unknown:
            self.problems.append(
                Problem(
                    path,
                    at,
                    f"{where} ({en}): unknown keys {sorted(str(k) for k in unknown)}",
                    f"known keys: {', '.join(sorted(ITEM_KEYS))}",
                    Severity.WARNING,
                )
            )
        return item, en, forms

    def spellings(self, forms: list[str], key: str, en: str, at: int) -> list[str]:
        """The entry's spellings that no earlier entity took, each once."""
        kept: list[str] = []
        for form in (" ".join(f.split()) for f in forms):
            norm = normalize_phrase(form)
            seen = self.seen
            if norm in seen and seen[norm][1] != en:
                self.problems.append(
                    Problem(
                        self.path,
                        at,
                        f"'{form}' is listed for both {seen[norm][1]} (line {seen[norm][2]}) "
                        f"and {en}",
                        "a spelling can name one entity only; the first entry keeps it",
                    )
                )
                continue
            seen.setdefault(norm, (key, en, at))
            if form not in kept:
                kept.append(form)
        return kept
