"""The site's glossary (``content/glossary.yml``): bilingual names editors maintain.

```yaml
people:
  - en: Vladimir Putin
    ar: [فلاديمير بوتين, بوتين]       # every spelling; the first is the display form
    role: {en: President of Russia, ar: الرئيس الروسي}   # optional
places:
  - {en: Sochi, ar: [سوتشي], country: RU}
organizations:
  - {en: Agence France-Presse, ar: [وكالة فرانس برس, فرانس برس]}
groups:
  - {en: Hezbollah, ar: [حزب الله]}
```
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from builder.analyse.normalize import normalize_phrase
from builder.errors import ExplainerError, Problem, Severity
from builder.load.article import read_text
from builder.load.frontmatter import parse_yaml_mapping

SECTIONS = ("people", "places", "organizations", "groups", "countries")
ITEM_KEYS = {"id", "en", "ar", "role", "country", "note"}


def load_glossary(path: Path) -> tuple[dict[str, Any], list[Problem]]:
    """The glossary as a mapping, and the problems found (errors drop the bad entry only)."""
    if not path.exists():
        return {}, []
    data, lines = parse_yaml_mapping(read_text(path), path)
    problems: list[Problem] = []
    clean: dict[str, Any] = {}
    seen: dict[str, tuple[str, str]] = {}
    for key, value in data.items():
        line = lines.get(key, 1)
        if key not in SECTIONS:
            problems.append(
                Problem(
                    path,
                    line,
                    f"unknown glossary section '{key}'",
                    f"use one of: {', '.join(SECTIONS)}",
                    Severity.WARNING,
                )
            )
            continue
        if not isinstance(value, list):
            problems.append(Problem(path, line, f"'{key}' must be a list of entries"))
            continue
        entries = []
        for n, item in enumerate(value, start=1):
            where = f"{key} entry {n}"
            if not isinstance(item, dict):
                problems.append(
                    Problem(path, line, f"{where} must be a mapping with 'en' and 'ar'")
                )
                continue
            forms = item.get("ar")
            if isinstance(forms, str):
                forms = [forms]
            if (
                not item.get("en")
                or not isinstance(item.get("en"), str)
                or not forms
                or not all(isinstance(f, str) for f in forms)
            ):
                problems.append(
                    Problem(path, line, f"{where} needs 'en' (text) and 'ar' (a list of spellings)")
                )
                continue
            unknown = set(item) - ITEM_KEYS
            if unknown:
                problems.append(
                    Problem(
                        path,
                        line,
                        f"{where} ({item['en']}): unknown keys {sorted(unknown)}",
                        None,
                        Severity.WARNING,
                    )
                )
            for form in forms:
                norm = normalize_phrase(form)
                if norm in seen and seen[norm][1] != item["en"]:
                    problems.append(
                        Problem(
                            path,
                            line,
                            f"'{form}' is listed for both {seen[norm][1]} and {item['en']}",
                            "a spelling can name one entity only; the first entry wins",
                        )
                    )
                seen.setdefault(norm, (key, item["en"]))
            entries.append({**item, "ar": forms})
        clean[key] = entries
    return clean, problems


def require_glossary(path: Path) -> dict[str, Any]:
    data, problems = load_glossary(path)
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if errors:
        raise ExplainerError(*errors)
    return data
