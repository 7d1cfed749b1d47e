"""Build builder/data/name_spellings.tsv: English spellings of name words, from Wikidata.

    .venv/bin/python scripts/data/name_spellings.py PATH/wd_arabic.normalized.aligned.tokens

The input is the Arabic file of "personal name bilingual dictionaries mined from Wikidata"
published with Merhav & Ash, "Design Challenges in Named Entity Transliteration" (COLING
2018), https://github.com/steveash/NETransliteration-COLING2018 (data/; the data keep
Wikidata's licence, CC0 1.0). Each line pairs one word of a person's English label with the
same word of the Arabic label and counts how many people share the pair:

    mogherini<TAB>م و غ ي ر ي ن ي<TAB>1

The words are read as name parts the people gazetteer does not teach (غرودينين, لوسينا).
A pair is kept when the English word can spell the Arabic one: same opening as
scripts/data/name_parts.py checks, and a consonant skeleton close to a plain letter reading
of the Arabic (misaligned pairs such as "nees ↔ دانيال" are dropped). Words of Arabic
origin are left to the project's own spelling: a word with a letter only Arabic has (ح ع ص
ض ط ظ ق ذ ث ة) and a spelling with "ou" (the French way of writing و: Houari) are skipped. Per Arabic word the
spelling most people carry wins, when it is at least two fifths of them. Words with the
article are left out: the spelling code writes al- before the word's own spelling. The output
is sorted, so a rerun on the same input gives the same file.
"""

from __future__ import annotations

import sys
import unicodedata
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from name_parts import _opening_agrees  # noqa: E402

from builder.text.names import unit_key  # noqa: E402

OUT = ROOT / "builder" / "data" / "name_spellings.tsv"
LEAST_SHARE = 0.4
LEAST_LIKENESS = 0.5

# A rough Latin reading of each Arabic letter, for comparing consonant skeletons only.
READING = {
    "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "h", "د": "d", "ذ": "d",
    "ر": "r", "ز": "z", "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "غ": "g", "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h",
    "و": "", "ي": "", "ا": "", "أ": "", "إ": "", "آ": "", "ى": "", "ة": "", "ء": "",
    "ئ": "", "ؤ": "", "ع": "", "پ": "b", "چ": "s", "ڤ": "f", "گ": "g",
}  # fmt: skip
LATIN_FOLD = str.maketrans({"p": "b", "v": "f", "w": "", "y": "", "c": "k", "q": "k",
                            "x": "ks", "g": "g", "j": "j"})  # fmt: skip


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def skeleton_ar(word: str) -> str:
    return "".join(READING.get(c, "") for c in word)


def skeleton_en(word: str) -> str:
    folded = ascii_fold(word)
    for digraph, single in (("sh", "s"), ("ch", "s"), ("th", "t"), ("kh", "h"), ("ph", "f"),
                            ("gh", "g"), ("dh", "d"), ("ck", "k"), ("tz", "z"), ("ts", "s")):  # fmt: skip
        folded = folded.replace(digraph, single)
    folded = folded.translate(LATIN_FOLD)
    out = [c for c in folded if c.isalpha() and c not in "aeiou"]
    # doubled consonants are written once in Arabic
    return "".join(c for n, c in enumerate(out) if n == 0 or c != out[n - 1])


# Letters only Arabic words have: a word with one is Arabic, and English news spells Arabic
# names its own way (name_parts.yml and the letter rules), not as Wikidata's many French and
# Turkish labels do (Fethullah, Muhterem).
ARABIC_ONLY = set("حعصضطظقذثة")


def plausible(arabic: str, english: str) -> bool:
    if ARABIC_ONLY.intersection(arabic):
        return False
    if "ou" in ascii_fold(english):
        return False  # Houari, Bidouane: the French spelling of an Arabic name
    if not _opening_agrees(arabic, english):
        return False
    a, e = skeleton_ar(arabic), skeleton_en(english)
    if not a or not e or abs(len(a) - len(e)) > 1:
        return False  # أوغلو ↔ Beşikçioğlu: a word out of step
    return SequenceMatcher(None, a, e).ratio() >= LEAST_LIKENESS


def capitalised(word: str) -> str:
    """mogherini → Mogherini, o'neill → O'Neill, mccain → McCain."""
    out = word[:1].upper() + word[1:]
    if out.startswith("Mc") and len(out) > 2:
        out = "Mc" + out[2].upper() + out[3:]
    if len(out) > 2 and out[1] in "'’":
        out = out[:2] + out[2].upper() + out[3:]
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for line in Path(argv[1]).read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) != 3 or not fields[2].isdigit():
            continue
        english, arabic = fields[0].strip(), fields[1].replace(" ", "")
        if len(arabic) < 2 or len(english) < 2 or not english.replace("'", "").isalpha():
            continue
        key = unit_key(arabic)
        if key.startswith("ال") or " " in key:
            continue  # the article's words: al- + the word's own spelling
        if plausible(arabic, english):
            counts[key][english.lower()] += int(fields[2])
    rows = []
    for key, spellings in sorted(counts.items()):
        (best, n), total = (
            min(spellings.items(), key=lambda kv: (-kv[1], kv[0])),
            sum(spellings.values()),
        )
        if n / total >= LEAST_SHARE:
            rows.append(f"{key}\t{capitalised(best)}\t{total}")
    header = (
        "# name_spellings.tsv -- GENERATED by scripts/data/name_spellings.py; do not edit.\n"
        "# English spellings of single name words as Wikidata's English and Arabic labels of\n"
        "# people pair them (data: Merhav & Ash, COLING 2018, github.com/steveash/\n"
        "# NETransliteration-COLING2018; Wikidata, CC0 1.0). Columns: the word's matching form\n"
        "# (normalised Arabic), its spelling, how many people's labels carry the word.\n"
        "# Read after name_parts.yml and name_parts_curated.yml, which win.\n"
    )
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(rows)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
