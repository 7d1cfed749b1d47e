"""The site's glossary (``content/glossary.yml``): bilingual names editors maintain.

```yaml
people:
  - en: Vladimir Putin
    ar: [فلاديمير بوتين, بوتين]       # every spelling; the first is the display form
    role: {en: President of Russia, ar: الرئيس الروسي}   # optional
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
from pathlib import Path
from typing import Any

import yaml

from builder.errors import Problem, Severity
from builder.load.article import read_text
from builder.load.files import present
from builder.load.frontmatter import parse_yaml_document
from builder.text.normalize import normalize_phrase

SECTIONS = ("people", "places", "organizations", "groups", "countries")
ITEM_KEYS = {"id", "en", "ar", "role", "country", "note"}


def _entry_lines(node: yaml.MappingNode | None, first_line: int = 1) -> dict[str, list[int]]:
    """Section name -> the file line of each of its entries."""
    out: dict[str, list[int]] = {}
    if node is None:
        return out
    for key, value in node.value:
        if isinstance(key, yaml.ScalarNode) and isinstance(value, yaml.SequenceNode):
            out[str(key.value)] = [first_line + item.start_mark.line for item in value.value]
    return out


def load_glossary(path: Path, within: Path | None = None) -> tuple[dict[str, Any], list[Problem]]:
    """The glossary as a mapping, and the problems found (errors drop the bad entry only).

    A spelling listed for two different entities stays with the first (an error); an entity
    listed twice in a section gets one entry with the spellings of both (a warning)."""
    if not present(path):
        return {}, []
    data, lines, node = parse_yaml_document(read_text(path, within=within), path)
    entry_lines = _entry_lines(node)
    problems: list[Problem] = []
    clean: dict[str, Any] = {}
    seen: dict[str, tuple[str, str, int]] = {}
    for key, value in data.items():
        line = lines.get(key, 1)
        if key not in SECTIONS:
            close = difflib.get_close_matches(key, SECTIONS, n=1)
            problems.append(
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
            problems.append(Problem(path, line, f"'{key}' must be a list of entries"))
            continue
        entries: list[dict[str, Any]] = []
        by_name: dict[str, tuple[dict[str, Any], int]] = {}
        item_lines = entry_lines.get(key, [])
        for n, item in enumerate(value, start=1):
            at = item_lines[n - 1] if n - 1 < len(item_lines) else line
            where = f"{key} entry {n}"
            if not isinstance(item, dict):
                problems.append(
                    Problem(path, line, f"{where} must be a mapping with 'en' and 'ar' (line {at})")
                )
                continue
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
                problems.append(
                    Problem(
                        path,
                        line,  # the section's line, as `explainer check` has always named it
                        f"{where} needs 'en' (text) and 'ar' (a list of spellings); "
                        f"the entry is on line {at}",
                        "e.g. {en: Vladimir Putin, ar: [فلاديمير بوتين, بوتين]}",
                    )
                )
                continue
            en = " ".join(en.split())
            unknown = set(item) - ITEM_KEYS
            if unknown:
                problems.append(
                    Problem(
                        path,
                        at,
                        f"{where} ({en}): unknown keys {sorted(str(k) for k in unknown)}",
                        f"known keys: {', '.join(sorted(ITEM_KEYS))}",
                        Severity.WARNING,
                    )
                )
            kept: list[str] = []
            for form in (" ".join(f.split()) for f in forms):
                norm = normalize_phrase(form)
                if norm in seen and seen[norm][1] != en:
                    problems.append(
                        Problem(
                            path,
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
            if not kept:
                continue
            if en in by_name:
                first, first_line = by_name[en]
                problems.append(
                    Problem(
                        path,
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
        clean[key] = entries
    return clean, problems
