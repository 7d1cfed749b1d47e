#!/usr/bin/env python3
"""Convert "World Cities with Arabic Translations" into builder/data/places/world-cities.yml.

Usage: places_world_cities.py SOURCE [--corpus CORPUS.jsonl] [--out PATH]

SOURCE is a checkout of github.com/jamsshhayd/world-cities-translations (or its
Data/world-cities.jsonl): 6,340 cities of 184 countries with English and Arabic names and
population, derived from Wikidata/GeoNames, CC BY 4.0, by Jamshaid Kamran.
Arabic names are cleaned (a parenthesised note or a leading "ولاية/محافظة/مقاطعة" province
label is dropped; a leading "مدينة" form is kept beside the bare name), English names are put
in news style (GeoNames "Al `Amarah" -> "Al-Amarah"), then every form goes
through scripts/data/place_filter.py (ambiguous common words, forms other data files own,
labels that do not spell the English name); a town whose bare name is an ambiguous word is
kept as "مدينة <name>". --corpus enables the corpus test of that filter
(the project uses the shared ANT news corpus). Places that builder/data/places.yml already
has (same English name and country) are skipped. Output sorted by id. Standard library + PyYAML.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import core_name, is_arabic, is_latin, news_name, slug
from place_filter import DATA, DICTIONARY, PlaceFilter

# The source's country names -> ISO 3166-1 alpha-2.
COUNTRIES = {
    "Afghanistan": "AF",
    "Albania": "AL",
    "Algeria": "DZ",
    "Andorra": "AD",
    "Antigua and Barbuda": "AG",
    "Argentina": "AR",
    "Armenia": "AM",
    "Australia": "AU",
    "Austria": "AT",
    "Azerbaijan": "AZ",
    "Bahrain": "BH",
    "Bangladesh": "BD",
    "Barbados": "BB",
    "Belarus": "BY",
    "Belgium": "BE",
    "Belize": "BZ",
    "Benin": "BJ",
    "Bermuda": "BM",
    "Bhutan": "BT",
    "Bolivia": "BO",
    "Bosnia and Herzevina": "BA",
    "Bosnia and Herzegovina": "BA",
    "Botswana": "BW",
    "Brazil": "BR",
    "Brunei": "BN",
    "Bulgaria": "BG",
    "Burkina Faso": "BF",
    "Burundi": "BI",
    "Cambodia": "KH",
    "Cameroon": "CM",
    "Canada": "CA",
    "Cayman Islands": "KY",
    "Central African Republic": "CF",
    "Chad": "TD",
    "Chile": "CL",
    "China": "CN",
    "Colombia": "CO",
    "Comoros": "KM",
    "Costa Rica": "CR",
    "Croatia": "HR",
    "Cuba": "CU",
    "Cyprus": "CY",
    "Denmark": "DK",
    "Djibouti": "DJ",
    "Dominica": "DM",
    "Dominican Republic": "DO",
    "Ecuador": "EC",
    "Egypt": "EG",
    "El Salvador": "SV",
    "Equatorial Guinea": "GQ",
    "Eritrea": "ER",
    "Estonia": "EE",
    "Eswatini": "SZ",
    "Ethiopia": "ET",
    "Faroe Islands": "FO",
    "Fiji Islands": "FJ",
    "Finland": "FI",
    "France": "FR",
    "Gabon": "GA",
    "Georgia": "GE",
    "Germany": "DE",
    "Ghana": "GH",
    "Greece": "GR",
    "Grenada": "GD",
    "Guatemala": "GT",
    "Guinea": "GN",
    "Guinea-Bissau": "GW",
    "Guyana": "GY",
    "Haiti": "HT",
    "Honduras": "HN",
    "Hong Kong S.A.R.": "HK",
    "Hungary": "HU",
    "Iceland": "IS",
    "India": "IN",
    "Indonesia": "ID",
    "Iran": "IR",
    "Iraq": "IQ",
    "Ireland": "IE",
    "Israel": "IL",
    "Italy": "IT",
    "Jamaica": "JM",
    "Japan": "JP",
    "Jordan": "JO",
    "Kazakhstan": "KZ",
    "Kenya": "KE",
    "Kuwait": "KW",
    "Kyrgyzstan": "KG",
    "Laos": "LA",
    "Latvia": "LV",
    "Lebanon": "LB",
    "Lesotho": "LS",
    "Liberia": "LR",
    "Libya": "LY",
    "Liechtenstein": "LI",
    "Lithuania": "LT",
    "Luxembourg": "LU",
    "Madagascar": "MG",
    "Malawi": "MW",
    "Malaysia": "MY",
    "Maldives": "MV",
    "Mali": "ML",
    "Malta": "MT",
    "Man (Isle of)": "IM",
    "Mauritania": "MR",
    "Mauritius": "MU",
    "Mexico": "MX",
    "Moldova": "MD",
    "Montenegro": "ME",
    "Morocco": "MA",
    "Mozambique": "MZ",
    "Namibia": "NA",
    "Nauru": "NR",
    "Nepal": "NP",
    "Netherlands": "NL",
    "New Caledonia": "NC",
    "New Zealand": "NZ",
    "Nicaragua": "NI",
    "Niger": "NE",
    "Nigeria": "NG",
    "North Macedonia": "MK",
    "Norway": "NO",
    "Oman": "OM",
    "Pakistan": "PK",
    "Palau": "PW",
    "Palestinian Territory Occupied": "PS",
    "Panama": "PA",
    "Papua New Guinea": "PG",
    "Paraguay": "PY",
    "Peru": "PE",
    "Philippines": "PH",
    "Poland": "PL",
    "Portugal": "PT",
    "Puerto Rico": "PR",
    "Qatar": "QA",
    "Romania": "RO",
    "Russia": "RU",
    "Rwanda": "RW",
    "Saint Lucia": "LC",
    "Saint Vincent and the Grenadines": "VC",
    "Samoa": "WS",
    "San Marino": "SM",
    "Sao Tome and Principe": "ST",
    "Saudi Arabia": "SA",
    "Senegal": "SN",
    "Serbia": "RS",
    "Seychelles": "SC",
    "Sierra Leone": "SL",
    "Singapore": "SG",
    "Slovakia": "SK",
    "Slovenia": "SI",
    "Solomon Islands": "SB",
    "Somalia": "SO",
    "South Africa": "ZA",
    "South Sudan": "SS",
    "Spain": "ES",
    "Sri Lanka": "LK",
    "Sudan": "SD",
    "Suriname": "SR",
    "Sweden": "SE",
    "Switzerland": "CH",
    "Syria": "SY",
    "Taiwan": "TW",
    "Tajikistan": "TJ",
    "Tanzania": "TZ",
    "Thailand": "TH",
    "Timor-Leste": "TL",
    "Tonga": "TO",
    "Trinidad and Tobago": "TT",
    "Tunisia": "TN",
    "Turkey": "TR",
    "Turkmenistan": "TM",
    "Tuvalu": "TV",
    "Uganda": "UG",
    "Ukraine": "UA",
    "United Arab Emirates": "AE",
    "United Kingdom": "GB",
    "United States": "US",
    "Uruguay": "UY",
    "Uzbekistan": "UZ",
    "Vanuatu": "VU",
    "Venezuela": "VE",
    "Vietnam": "VN",
    "Yemen": "YE",
    "Zambia": "ZM",
    "Zimbabwe": "ZW",
}
# Arabic labels of the source found wrong by review (a Wikidata item of another place): the
# correct Arabic news spellings replace them before filtering.
CORRECTIONS = {
    ("Anah", "IQ"): ["عانة", "عنة"],  # source: آناهايم (Anaheim, California)
    ("A Coruna", "ES"): ["لا كورونيا"],  # source: قرجيطة (the medieval name)
    ("Bama", "NG"): [],  # source: ألاباما (Alabama, the US state); no Arabic form kept
}
PROVINCE_LABEL = re.compile(
    r"^(ولاية|محافظة|مقاطعة|إقليم|اقليم|منطقة|قضاء|مديرية|ناحية مركز|ناحية|مركز|بلدية|بلدة)\s+"
)
CITY_LABEL = re.compile(r"^مدينة\s+")
HEADER = """\
# places/world-cities.yml -- GENERATED by scripts/data/places_world_cities.py; do not edit.
# Source: "World Cities with Arabic Translations" by Jamshaid Kamran,
# https://github.com/jamsshhayd/world-cities-translations (Data/world-cities.jsonl),
# derived from Wikidata/GeoNames; licence CC BY 4.0 (attribution: this header and
# builder/data/places/README.md). Changes: Arabic labels cleaned and filtered (see
# scripts/data/place_filter.py); places already in builder/data/places.yml left out.
# Fields as in places.yml: id, en, ar (base forms; the first is the display form), country.
"""


MAJOR_CITY = 400_000
"""Population from which a city keeps a bare form that is also a first or family name."""


def read_rows(src: Path) -> list[dict]:
    if src.is_dir():
        src = src / "Data" / "world-cities.jsonl"
    rows = []
    for line in src.read_text(encoding="utf-8-sig").splitlines():
        line = line.strip().lstrip("\ufeff")
        if line:
            rows.append(json.loads(line))
    return rows


def arabic_forms(label: str) -> list[str]:
    label = re.sub(r"\s*\([^)]*\)", "", label or "").strip()
    label = " ".join(label.replace("،", " ").split())
    if not label:
        return []
    if PROVINCE_LABEL.match(label):
        return [PROVINCE_LABEL.sub("", label)]
    if CITY_LABEL.match(label):
        return [CITY_LABEL.sub("", label), label]
    return [label]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("source", type=Path)
    ap.add_argument("--corpus", type=Path)
    ap.add_argument(
        "--dictionary",
        type=Path,
        default=DICTIONARY,
        help="Ayaspell ar.dic (Debian hunspell-ar); a missing file skips that test",
    )
    ap.add_argument("--out", type=Path, default=DATA / "places" / "world-cities.yml")
    args = ap.parse_args()
    rows = read_rows(args.source)
    # Most populous first, so that a name two places share goes to the bigger one.
    rows.sort(key=lambda r: (-(r.get("Population") or 0), r["Country"], r["CityNameEn"]))
    filt = PlaceFilter(args.corpus)
    used = filt.use_dictionary(args.dictionary)
    print("hunspell Arabic dictionary:", "used" if used else "not found (test 2e skipped)")
    out: dict[str, dict] = {}
    skipped = {
        "unknown country": 0,
        "already in places.yml": 0,
        "no usable Arabic form": 0,
        "English not Latin": 0,
    }
    for r in rows:
        cc = COUNTRIES.get(r["Country"])
        en = news_name(str(r["CityNameEn"]))
        if not cc:
            skipped["unknown country"] += 1
            continue
        if not is_latin(en):
            skipped["English not Latin"] += 1
            continue
        if (core_name(en), cc) in filt.taken_names:
            skipped["already in places.yml"] += 1
            continue
        pid = slug(en)
        if pid in out or pid in filt.taken_ids:
            pid = f"{pid}-{cc.lower()}"
        if pid in out or pid in filt.taken_ids:
            continue  # the same name twice in one country: the bigger place keeps it
        labels = CORRECTIONS.get((en, cc)) or arabic_forms(r.get("CityNameAr", ""))
        forms = [f for f in labels if is_arabic(f)]
        major = int(r.get("Population") or 0) >= MAJOR_CITY  # ليون is Lyon before it is Leon
        forms = [
            f for f in (filt.accept_or_qualified(f, en, pid, cc, "مدينة", major) for f in forms) if f
        ]
        if not forms:
            skipped["no usable Arabic form"] += 1
            continue
        out[pid] = {"id": pid, "en": en, "ar": forms, "country": cc}
        filt.taken_names.add((core_name(en), cc))
    lines = [HEADER, "places:\n"]
    for pid in sorted(out):
        lines.append(
            "  - "
            + yaml.safe_dump(
                out[pid], allow_unicode=True, sort_keys=False, default_flow_style=True, width=10_000
            ).strip()
            + "\n"
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("".join(lines), encoding="utf-8")
    print(f"{args.out.name}: {len(out)} places from {len(rows)} rows")
    for k, v in skipped.items():
        print(f"  skipped, {k}: {v}")
    print(filt.report())
    return 0


if __name__ == "__main__":
    sys.exit(main())
