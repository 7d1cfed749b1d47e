#!/usr/bin/env python3
"""How many of the names that news puts after a title the people data knows.

Usage: people_coverage.py CORPUS.jsonl [--top 200] [--misses 60]

CORPUS is a JSON-lines file with `title` and `text` fields (one article a line).
The script finds person mentions by simple title patterns: a title from
builder/data/titles.yml (الرئيس, رئيس الوزراء, وزير الخارجية ...), optionally
followed by up to two nationality adjectives from builder/data/demonyms.yml
(الأمريكي, الروسي) and the word السابق, then a name of two words (three when a
link word such as عبد/أبو/بن joins them). It counts those names, takes the most
frequent ones and reports which of them builder/data/people/*.yml covers: a
candidate is covered when, after normalisation, it equals one of a person's `ar`
forms, starts with one (a longer name), or is the start of one (the first two
words of a longer name). Standard library + PyYAML only.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import unicodedata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "builder" / "data"

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u08d3-\u08ff\u0640]")
_LETTERS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك"}
)
TOKEN = re.compile(r"[\u0621-\u064a\u0660-\u0669\u0670-\u06d3\u0640]+|[^\s]")
LINKS = {"عبد", "ابو", "ابي", "بن", "ابن", "ال", "ولد", "بنت"}
NOT_NAME_WORDS = "وزاره مجلس حزب حركه تحالف قوات منظمه وكاله مركز كره جهاز لجنه محكمه فريق حكومه خارجيه دوله كوريا اداره رئاسه منصب شؤون لشؤون الشؤون حقوق سلاح مقاطعه ضمن فرصه برتبه مفترق طرق ورجل صاحبه باسمهم احدي الطائرتين الطائرات الطب بالطب معاد نفسي اقتراع تنظيم شرطه امن الامن حمله"
EXTRA_STOP = {"السابق", "السابقه", "الحالي", "المستقيل", "المكلف", "المنتهيه", "ولايته", "الاسبق"}


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return " ".join(_DIACRITICS.sub("", text).translate(_LETTERS).split())


def strip_clitics(word: str, forms: set[str]) -> str | None:
    """The base form of `word` when, without و/ف/ب/ل/ك and ال, it is one of `forms`."""
    cands = [word]
    for pre in ("و", "ف"):
        if word.startswith(pre):
            cands.append(word[1:])
    more = []
    for c in cands:
        for pre in ("ب", "ل", "ك"):
            if c.startswith(pre):
                more.append(c[1:])
        if c.startswith("لل"):
            more.append("ال" + c[2:])
    cands += more
    for c in list(cands):
        if c.startswith("ال"):
            cands.append(c[2:])
    for c in cands:
        if c in forms:
            return c
    return None


def load_people() -> list[tuple[str, list[str]]]:
    out = []
    for path in sorted((DATA / "people").glob("*.yml")):
        for p in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("people") or []:
            out.append(
                (
                    p["id"],
                    [norm(str(f)) for f in list(p.get("ar") or []) + list(p.get("short") or [])],
                )
            )
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--top", type=int, default=200)
    ap.add_argument("--misses", type=int, default=60)
    ap.add_argument("--all", action="store_true", help="print every top name with its status")
    args = ap.parse_args()

    titles = yaml.safe_load((DATA / "titles.yml").read_text(encoding="utf-8"))["titles"]
    # title forms, bare (without ال), as token tuples
    title_forms: set[tuple[str, ...]] = set()
    for t in titles:
        for f in t["ar"]:
            toks = norm(str(f)).split()
            if toks[0].startswith("ال"):
                toks[0] = toks[0][2:]
            title_forms.add(tuple(toks))
    max_len = max(len(t) for t in title_forms)
    first_words = {t[0] for t in title_forms}
    demonyms: set[str] = set()
    for forms in yaml.safe_load((DATA / "demonyms.yml").read_text(encoding="utf-8"))[
        "demonyms"
    ].values():
        demonyms.update(norm(str(f)) for f in forms)
    rules = yaml.safe_load((DATA / "name_rules.yml").read_text(encoding="utf-8"))
    stop = {norm(str(w)) for w in rules["stop"]} | EXTRA_STOP | demonyms
    stop_bare = {w[2:] if w.startswith("ال") else w for w in stop}
    # Not names: heads of institutions and other common nouns that follow a title
    # ("المتحدث باسم وزارة الخارجية"), and the names the other data files already know.
    not_name = {norm(str(w)) for w in rules.get("org_heads") or []} | set(NOT_NAME_WORDS.split())
    known: set[str] = set()
    for org in yaml.safe_load((DATA / "organizations.yml").read_text(encoding="utf-8"))[
        "organizations"
    ]:
        known.update(norm(str(f)) for f in org["ar"])
    for place in yaml.safe_load((DATA / "places.yml").read_text(encoding="utf-8"))["places"]:
        known.update(norm(str(f)) for f in place["ar"])
    for c in yaml.safe_load((DATA / "country_aliases.yml").read_text(encoding="utf-8"))[
        "countries"
    ].values():
        known.update(norm(str(f)) for f in c.get("ar") or [])

    def is_name(words: list[str]) -> bool:
        if any(w in not_name or w.startswith(("لل", "بال", "وال", "كال", "فال")) for w in words):
            return False
        joined = " ".join(words)
        return not any(joined == k or joined.startswith(k + " ") for k in known)

    counts: collections.Counter[str] = collections.Counter()
    for line in args.corpus.open(encoding="utf-8"):
        art = json.loads(line)
        toks = TOKEN.findall(norm(art.get("title", "") + " \n " + art.get("text", "")))
        i = 0
        while i < len(toks):
            base = strip_clitics(toks[i], first_words)
            if base is None:
                i += 1
                continue
            # longest title match
            best = 0
            for n in range(max_len, 0, -1):
                if i + n > len(toks):
                    continue
                seq = [base, *toks[i + 1 : i + n]]
                if tuple(seq) in title_forms:
                    best = n
                    break
            if not best:
                i += 1
                continue
            j = i + best
            skipped = 0
            while (
                j < len(toks)
                and skipped < 3
                and (
                    toks[j] in demonyms
                    or toks[j] in EXTRA_STOP
                    or (toks[j].startswith("ال") and toks[j][2:] in demonyms)
                )
            ):
                j += 1
                skipped += 1
            name: list[str] = []
            while j < len(toks) and len(name) < 4:
                w = toks[j]
                if not re.fullmatch(r"[\u0621-\u064a]+", w) or w in stop or w in stop_bare:
                    break
                if w.startswith("ال") and not name:
                    break  # a name does not start with the article (المرصد, الجيش)
                name.append(w)
                j += 1
                words = [x for x in name if x not in LINKS]
                if len(words) >= 2 and name[-1] not in LINKS:
                    break
            if (
                len([x for x in name if x not in LINKS]) >= 2
                and name[-1] not in LINKS
                and is_name(name)
            ):
                counts[" ".join(name)] += 1
            i = max(j, i + 1)

    people = load_people()
    forms: dict[str, str] = {}
    for pid, fs in people:
        for f in fs:
            forms.setdefault(f, pid)
    full_forms = sorted(forms)

    def covered(cand: str) -> str | None:
        if cand in forms:
            return forms[cand]
        words = cand.split()
        for k in range(len(words) - 1, 0, -1):
            pre = " ".join(words[:k])
            if pre in forms and k >= 1 and (k >= 2 or len(pre) > 3):
                # a one-word prefix counts only when it is a listed short form (surname)
                return forms[pre]
        for f in full_forms:
            if f.startswith(cand + " "):
                return forms[f]
        # the surname alone (last word) is a listed short form
        return None

    top = counts.most_common(args.top)
    hits = [(n, c, covered(n)) for n, c in top]
    n_cov = sum(1 for _, _, p in hits if p)
    m_cov = sum(c for _, c, p in hits if p)
    m_all = sum(c for _, c, _ in hits)
    print(f"people entries: {len(people)}; distinct title+name candidates: {len(counts)}")
    print(
        f"top {len(top)} names: {n_cov} covered ({100 * n_cov / max(1, len(top)):.1f}%), "
        f"mentions {m_cov}/{m_all} ({100 * m_cov / max(1, m_all):.1f}%)"
    )
    if args.all:
        for n, c, p in hits:
            print(f"{c:5d}  {'+' if p else '-'}  {n}  {p or ''}")
    else:
        print("top misses:")
        for n, c, _ in [h for h in hits if not h[2]][: args.misses]:
            print(f"{c:5d}  {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
