#!/usr/bin/env python3
"""Quality checks for builder/data/people/*.yml, builder/data/places/*.yml and
builder/data/organizations.yml.

Usage: check_data.py            (exit status 1 when a check fails)

Checks: every file loads with yaml.safe_load; counts; no duplicate ids; every `ar` and
`short` form is Arabic script and every `en` Latin; no Arabic surface form listed twice
across the people files, nor across the places files, nor in places/*.yml when
builder/data/places.yml (read first) already has it; country codes are two capital letters;
office years are sane. Standard library + PyYAML.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import is_arabic, is_latin, norm

DATA = Path(__file__).resolve().parents[2] / "builder" / "data"
CC = re.compile(r"^[A-Z]{2}$")


def load(path: Path, key: str) -> list[dict]:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(doc, dict) or not isinstance(doc.get(key), list):
        raise SystemExit(f"{path}: top-level '{key}:' list missing")
    return doc[key]


def check(
    kind: str, files: list[Path], seen: dict[str, str] | None = None, digits: bool = False
) -> list[str]:
    """``digits``: forms may hold digits and a plus (فرانس 24, أوبك +), as bodies' names do."""
    errors: list[str] = []
    seen = {} if seen is None else seen
    ids: Counter[str] = Counter()
    total = 0
    for path in files:
        items = load(path, kind)
        total += len(items)
        print(f"  {path.relative_to(DATA.parent.parent)}: {len(items)} {kind}")
        for item in items:
            pid = str(item.get("id", ""))
            ids[pid] += 1
            where = f"{path.name}: {pid}"
            if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", pid):
                errors.append(f"{where}: id is not an ascii slug")
            en = item.get("en")
            if not isinstance(en, str) or not is_latin(en):
                errors.append(f"{where}: en {en!r} is not Latin script")
            forms = list(item.get("ar") or [])
            if not forms:
                errors.append(f"{where}: no ar forms")
            errors += _form_errors(forms + list(item.get("short") or []), where, seen, digits)
            country = item.get("country")
            if country is not None and not CC.match(str(country)):
                errors.append(f"{where}: country {country!r} is not ISO alpha-2")
            for office in item.get("offices") or []:
                if not isinstance(office.get("en"), str) or not is_latin(office["en"]):
                    errors.append(f"{where}: office without Latin en")
                if office.get("ar") is not None and not is_arabic(str(office["ar"])):
                    errors.append(f"{where}: office ar {office['ar']!r} is not Arabic")
                a, b = office.get("from"), office.get("to")
                for y in (a, b):
                    if y is not None and not (isinstance(y, int) and 1700 <= y <= 2030):
                        errors.append(f"{where}: office year {y!r}")
                if isinstance(a, int) and isinstance(b, int) and b < a:
                    errors.append(f"{where}: office ends before it starts")
    dups = [i for i, n in ids.items() if n > 1]
    for d in dups:
        errors.append(f"{kind}: duplicate id {d}")
    print(f"  {kind}: {total} entries, {len(ids)} ids, {len(seen)} surface forms")
    return errors


def _form_errors(forms: list, where: str, seen: dict[str, str], digits: bool) -> list[str]:
    """Each form in Arabic script and claimed by this entry only (``seen``: form → owner)."""
    errors: list[str] = []
    for form in forms:
        letters = re.sub(r"[0-9+]", "", str(form)).strip() if digits else form
        if not isinstance(form, str) or not is_arabic(letters):
            errors.append(f"{where}: {form!r} is not Arabic script")
            continue
        n = norm(form)
        if n in seen and seen[n] != where:
            errors.append(f"{where}: {form!r} already listed for {seen[n]}")
        seen[n] = where
    return errors


def main() -> int:
    errors: list[str] = []
    people = sorted((DATA / "people").glob("*.yml"))
    print("people:")
    errors += check("people", people)
    print("places:")
    base: dict[str, str] = {}
    base_ids: set[str] = set()
    for place in load(DATA / "places.yml", "places"):
        base_ids.add(place["id"])
        for form in place["ar"]:
            base[norm(str(form))] = f"places.yml: {place['id']}"
    files = sorted((DATA / "places").glob("*.yml"))
    errors += check("places", files, dict(base))
    print("organizations:")
    errors += check("organizations", [DATA / "organizations.yml"], digits=True)
    for path in files:
        for place in load(path, "places"):
            if place["id"] in base_ids:
                errors.append(f"{path.name}: id {place['id']} is already used in places.yml")
    for e in errors:
        print("ERROR " + e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
