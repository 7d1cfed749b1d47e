"""``python -m bench.transliteration``: how often the letter-by-letter reading of a name
part (the fallback for words no lexicon holds) gives the spelling English news uses.

The words are ones the lexicons do hold, so that the right spelling is known: the Arabic parts
of ``name_parts.yml`` (learned from the people gazetteer) and the words of
``name_spellings.tsv`` that three people's Wikidata labels or more share. The lexicon is not
consulted: each word is read as if it were new. Spellings are compared folded (case, accents,
hyphens, the article); a word English writes two ways counts wrong when the reading gives the
other, so the figure is a floor, meant for comparing two versions of the reader."""

from __future__ import annotations

import argparse
import difflib
import unicodedata

from builder import data
from builder.text import names

MIN_PEOPLE = 3


def fold(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in ascii_text.lower() if c.isalpha())


def _read(word: str, foreign: bool = False) -> str:
    """The fallback reading of one word, its article left aside (as names.py spells it);
    ``foreign``: as a word of a foreign name is read."""
    bare = word[2:] if word.startswith("ال") and len(word) > 3 else word
    return names._with_ending(bare, foreign)


def arabic_parts() -> list[tuple[str, str]]:
    raw = data.load("name_parts")
    foreign = set(raw.get("foreign") or ())
    out = []
    for key, spelt in (raw.get("parts") or {}).items():
        word = str(key)
        if " " in word or word in foreign:
            continue
        # keys are normalised: a final ه is mostly ة in the written name
        written = word[:-1] + "ة" if word.endswith("ه") and not word.endswith("الله") else word
        english = str(spelt).split("-", 1)[-1] if word.startswith("ال") else str(spelt)
        out.append((written, english))
    return out


def shared_words() -> list[tuple[str, str]]:
    foreign = set(data.load("name_parts").get("foreign") or ())
    return [
        (row[0], row[1])
        for row in data.load_table("name_spellings")
        if len(row) >= 3
        and row[2].isdigit()
        and int(row[2]) >= MIN_PEOPLE
        and row[0] not in foreign
    ]


def score(pairs: list[tuple[str, str]], foreign: bool = False) -> tuple[int, int, float]:
    """Words read right, words, and the mean similarity of reading and spelling (0-1, so a
    reading nearer the spelling counts though not exact)."""
    right, similar = 0, 0.0
    for ar, en in pairs:
        read, want = fold(_read(ar, foreign)), fold(en)
        right += read == want
        similar += difflib.SequenceMatcher(None, read, want).ratio()
    return right, len(pairs), similar / max(len(pairs), 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.transliteration", description=__doc__)
    parser.add_argument("--show", type=int, default=0, help="print N misses of the name parts")
    args = parser.parse_args(argv)
    shared = f"words of {MIN_PEOPLE}+ people's labels (name_spellings.tsv)"
    for label, pairs, foreign in (
        ("Arabic name parts (name_parts.yml)", arabic_parts(), False),
        (shared, shared_words(), False),
        (f"{shared}, read as a foreign name's", shared_words(), True),
    ):
        right, total, similar = score(pairs, foreign)
        print(f"{label}: {right}/{total} = {right / total:.3f}; similarity {similar:.3f}")
    misses = [(ar, en, _read(ar)) for ar, en in arabic_parts() if fold(_read(ar)) != fold(en)]
    for ar, en, got in misses[: args.show]:
        print(f"  {ar}: {en} (read {got})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
