"""Which Arabic place forms are safe to match: the filter every places conversion script uses.

A form is rejected when
1. it is already taken: listed in builder/data/places.yml (read first by the loader), in an
   earlier places file, or as a country name, demonym, organization or person
   (country_aliases.yml, demonyms.yml, organizations.yml, people/*.yml) -- a form names one
   thing only;
2. it is a single word (after the article ال) that
   a. is in scripts/data/place_stoplist.txt (common words, the ambiguous forms places.yml
      leaves out, country-capital names, days, months, numbers, given names), or
   b. has fewer than three letters, or
   c. is a given name: the first word of two or more people's names in builder/data/people
      (فلاديمير, جون, بشار),, or
   c2. outside the Arabic-speaking countries, is a first name of builder/data/given_names.yml
      or the last word of a person's name in builder/data/people (نينا, لوبن, كاسترو), unless
      the town is a major city (the conversion script's population threshold: ليون is Lyon), or
   d. occurs in the corpus (--corpus, JSON lines with title/text) at least MIN_COUNT times,
      is preceded by a place cue word (مدينة، بلدة، قرية، محافظة، شمال، قرب ...) in fewer
      than MIN_CUE_SHARE of those occurrences, and occurs both with and without the article:
      it is then mostly an ordinary word there (صور/الصور "pictures", الباب "the door",
      ليل/الليل "night", المالية "finance" = ماليه), not a place name;
   e. (when the Arabic hunspell dictionary, Debian hunspell-ar, is installed) is a function
      word or common noun there, or a verb the corpus uses -- its proper-noun entries
      (مكناس, بغداد) do not count -- and the place is in an Arabic-speaking country, where
      town names are Arabic words (سور "wall", التلة "the hill", القلة "scarcity");
      elsewhere a dictionary word is rejected only together with test d;
   f. starts with the article while the place is outside the Arabic-speaking countries and its
      English name has none (البحر "the sea" given for Bahar, Iran), or
   g. would be read inside a more frequent word once the matcher strips a clitic (رانس
      inside فرانس, اريس inside باريس), or itself reads as clitic + a common word (لمطار);
3. it names a building, an institution or an event (ملعب، نادي، مطار، جامعة، سباق ...), is
   longer than the English name by two words or more (a description), or does not look like a
   spelling of the English name (consonant skeletons agreeing less than 50%, or 80% when the
   Arabic has more words than the English; see _common.spelling_agrees): the source paired a
   wrong Arabic label with the place (سعيد الفيومي, a person, for Al-Fayyum).
Multi-word forms only go through checks 1 and 3 ("عين البيضاء" is safe, "البيضاء" is not).
A single word refused under 2 may still be kept in a qualified form the scripts choose
("مدينة العمارة" for Amarah, "بلدية سور" for an Algerian commune), as places.yml does with
"العاصمة الأردنية عمان".
The corpus test is statistical: a form unseen in the corpus is judged by the stop list alone.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import yaml
from _common import core_name, norm, spelling_agrees

DATA = Path(__file__).resolve().parents[2] / "builder" / "data"
STOPLIST = Path(__file__).resolve().parent / "place_stoplist.txt"
MIN_COUNT = 3
MIN_CUE_SHARE = 0.2
CUES = {
    norm(w)
    for w in [
        "مدينة",
        "بلدة",
        "قرية",
        "محافظة",
        "ولاية",
        "إقليم",
        "منطقة",
        "مديرية",
        "ناحية",
        "قضاء",
        "عاصمة",
        "شمال",
        "جنوب",
        "شرق",
        "غرب",
        "شمالي",
        "جنوبي",
        "شرقي",
        "غربي",
        "وسط",
        "قرب",
        "بالقرب",
        "ضواحي",
        "أطراف",
        "مخيم",
        "ريف",
        "مدن",
        "بلدات",
        "قرى",
        "مطار",
        "ميناء",
        "سكان",
        "أهالي",
        "مدينتي",
        "بلدتي",
        "حي",
        "مقاطعة",
        "بلدية",
    ]
}
# A label that starts with one of these names a building or an institution (ملعب الفلوجة
# "Fallujah stadium", نادي الحزم "Al-Hazm club"), not the town.
INSTITUTIONS = {
    norm(w)
    for w in [
        "ملعب",
        "نادي",
        "مطار",
        "جامعة",
        "مستشفى",
        "مستشفي",
        "محطة",
        "فندق",
        "شركة",
        "معركة",
        "حصار",
        "مجزرة",
        "مذبحة",
        "مسجد",
        "كنيسة",
        "كاتدرائية",
        "متحف",
        "سجن",
        "سباق",
        "بطولة",
        "مهرجان",
    ]
}
TOKEN = re.compile(r"[\u0621-\u064a]+|[^\s\u0621-\u064a]")


def bare(form: str) -> str:
    """Normalised, without a leading article (the matcher strips it too)."""
    n = norm(form)
    return n[2:] if n.startswith("ال") and len(n) > 4 and " " not in n else n


def _bases(token: str) -> set[str]:
    out = {token}
    for p in ("و", "ف"):
        if token.startswith(p) and len(token) > 3:
            out.add(token[1:])
    for x in list(out):
        for p in ("ب", "ل", "ك"):
            if x.startswith(p) and len(x) > 3:
                out.add(x[1:])
        if x.startswith("لل"):
            out.add("ال" + x[2:])
    for x in list(out):
        if x.startswith("ال") and len(x) > 4:
            out.add(x[2:])
    return out


class CorpusStats:
    """Per bare word: how often it occurs, and how often right after a place cue."""

    def __init__(self, path: Path | None):
        self.total: Counter[str] = Counter()
        self.cued: Counter[str] = Counter()
        self.exact: Counter[str] = Counter()
        self.seen_with_article: dict[str, bool] = {}
        self.seen_without_article: dict[str, bool] = {}
        if path is None or not path.exists():
            return
        for line in path.open(encoding="utf-8"):
            art = json.loads(line)
            toks = TOKEN.findall(norm(art.get("title", "") + " \n " + art.get("text", "")))
            for i, t in enumerate(toks):
                if not ("\u0621" <= t[0] <= "\u064a"):
                    continue
                prev = [toks[j] for j in (i - 1, i - 2) if j >= 0]
                cued = any(p in CUES or _bases(p) & CUES for p in prev)
                self.exact[t] += 1
                stems = _bases(t)
                for b in stems:
                    if b.startswith("ال"):
                        continue
                    if "ال" + b in stems:
                        self.seen_with_article[b] = True
                    else:
                        self.seen_without_article[b] = True
                for b in stems:
                    self.total[b] += 1
                    if cued:
                        self.cued[b] += 1

    def ordinary(self, word: str, in_dictionary: bool) -> bool:
        """Frequent and rarely after a place cue, and either seen both with and without the
        article or known to the Arabic dictionary: the marks of a common noun or adjective
        (صور/الصور, باب/الباب), not of a foreign name news prints without a cue (سيدني)."""
        n = self.total[word]
        if n < MIN_COUNT or self.cued[word] / n >= MIN_CUE_SHARE:
            return False
        both = self.seen_with_article.get(word, False) and self.seen_without_article.get(
            word, False
        )
        return both or in_dictionary

    def prefixed_word(self, word: str, known: set[str]) -> str | None:
        """The word that clitic + `word` spells when it is a word of its own (in `known`, or
        very frequent) and far more frequent in the corpus than `word` (فرانس for رانس, باريس
        for اريس, كبيرا for بيرا, وكيل for كيل): the matcher strips the clitic, so the place
        would be read inside that word. (بتمنراست "in Tamanrasset" is no word of its own.)"""
        for p in ("و", "ف", "ب", "ل", "ك"):
            w = p + word
            n = self.exact[w]
            if n >= 2 and n > 2 * self.exact[word] and (w in known or n >= 10):
                return w
        return None


def load_stoplist() -> set[str]:
    words: set[str] = set()
    for line in STOPLIST.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0]
        for w in line.split():
            words.add(bare(w))
            words.add(norm(w))
    return words


def taken_forms(exclude: set[Path] = frozenset()) -> dict[str, str]:
    """Normalised form -> owner, for every name the other data files already claim."""
    taken: dict[str, str] = {}

    def claim(forms, owner):
        for f in forms or ():
            taken.setdefault(norm(str(f)), owner)

    for p in yaml.safe_load((DATA / "places.yml").read_text(encoding="utf-8"))["places"]:
        claim(p["ar"], f"places.yml:{p['id']}")
    for code, c in yaml.safe_load((DATA / "country_aliases.yml").read_text(encoding="utf-8"))[
        "countries"
    ].items():
        claim(c.get("ar"), f"country:{code}")
    for code, forms in yaml.safe_load((DATA / "demonyms.yml").read_text(encoding="utf-8"))[
        "demonyms"
    ].items():
        claim(forms, f"demonym:{code}")
    for o in yaml.safe_load((DATA / "organizations.yml").read_text(encoding="utf-8"))[
        "organizations"
    ]:
        claim(o["ar"], f"organization:{o['id']}")
    for path in sorted((DATA / "people").glob("*.yml")):
        for p in yaml.safe_load(path.read_text(encoding="utf-8")).get("people") or []:
            claim(list(p.get("ar") or []) + list(p.get("short") or []), f"person:{p['id']}")
    return taken


def core_words(en: str) -> list[str]:
    """The English name's words without articles and generic words (Al-, City, Province)."""
    words = re.sub(
        r"\b(al|el|ad|an|ar|as|ash|at|az|the|city|town|province|governorate|district)\b",
        " ",
        en.lower().replace("-", " "),
    ).split()
    return words or [en]


ARABIC_COUNTRIES = {
    "AE",
    "BH",
    "DJ",
    "DZ",
    "EG",
    "EH",
    "IQ",
    "JO",
    "KM",
    "KW",
    "LB",
    "LY",
    "MA",
    "MR",
    "OM",
    "PS",
    "QA",
    "SA",
    "SD",
    "SO",
    "SY",
    "TN",
    "YE",
}


DICTIONARY = Path("/usr/share/hunspell/ar.dic")
# Flags that the Ayaspell dictionary (Debian hunspell-ar) gives proper nouns -- countries,
# cities, given names (بغداد/93, مكناس/92, لندن/60, جاسم/64) -- as opposed to common nouns.
PROPER_FLAGS = {"57", "59", "60", "61", "63", "64", "85", "92", "93", "109"}


def load_dictionary(path: Path | None) -> dict[str, set[str]]:
    """Normalised stem -> kinds ("stop", "noun", "verb", "proper") from an Ayaspell ar.dic,
    whose sections are stopwords.dic, tools.dic, names.dic (nouns) and verb.huns.dic.
    Read-only, as a filter; empty when the file is absent."""
    out: dict[str, set[str]] = {}
    if path is None or not path.exists():
        return out
    section = ""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    for i, line in enumerate(lines):
        if line.startswith("::::"):
            continue
        if line.endswith(".dic") and i and lines[i - 1].startswith("::::"):
            section = line
            continue
        word, _, flags = line.split("\t")[0].partition("/")
        word = word.strip()
        if not word or word.startswith("#") or not ("\u0621" <= word[0] <= "\u064a"):
            continue
        if section.startswith(("stopwords", "tools")):
            kind = "stop"
        elif section.startswith("names"):
            kind = "proper" if flags in PROPER_FLAGS else "noun"
        else:
            kind = "verb"
        out.setdefault(norm(word), set()).add(kind)
    return out


def given_names() -> set[str]:
    """First words shared by at least two people's Arabic names (فلاديمير, جون, محمد ...): a
    place form equal to one would tag the first name of any person news mentions."""
    seen: Counter[str] = Counter()
    for path in sorted((DATA / "people").glob("*.yml")):
        for p in yaml.safe_load(path.read_text(encoding="utf-8")).get("people") or []:
            firsts = set()
            for f in p.get("ar") or []:
                words = norm(str(f)).split()
                if len(words) > 1 and not words[0].startswith("ال"):
                    firsts.add(words[0])
            seen.update(firsts)
    return {w for w, n in seen.items() if n >= 2}


def listed_given_names() -> set[str]:
    """The first names of builder/data/given_names.yml (نينا, لارا, فيكتوريا): a foreign town
    spelt as one would tag the first name of any woman or man news mentions."""
    raw = yaml.safe_load((DATA / "given_names.yml").read_text(encoding="utf-8")) or {}
    names = {norm(str(w)) for w in (raw.get("names") or {})}
    names |= {norm(str(w)) for w in (raw.get("foreign") or {})}
    return {w for w in names if " " not in w}


def family_names() -> set[str]:
    """The last words of people's Arabic names (لوبن, كاسترو, ماكرون): a foreign town spelt as
    one would tag the surname of a person news mentions."""
    out: set[str] = set()
    for path in sorted((DATA / "people").glob("*.yml")):
        for p in yaml.safe_load(path.read_text(encoding="utf-8")).get("people") or []:
            for f in p.get("ar") or []:
                words = norm(str(f)).split()
                if len(words) > 1:
                    out.add(words[-1])
    return out


class PlaceFilter:
    def __init__(self, corpus: Path | None, earlier_files: list[Path] = ()):
        self.stats = CorpusStats(corpus)
        self.stop = load_stoplist()
        self.taken = taken_forms()
        self.taken_ids: set[str] = set()
        self.taken_names: set[tuple[str, str]] = set()
        for p in yaml.safe_load((DATA / "places.yml").read_text(encoding="utf-8"))["places"]:
            self.taken_ids.add(p["id"])
            self.taken_names.add((core_name(p["en"]), p.get("country") or ""))
        for path in earlier_files:
            if path.exists():
                for p in yaml.safe_load(path.read_text(encoding="utf-8")).get("places") or []:
                    self.taken_ids.add(p["id"])
                    self.taken_names.add((core_name(p["en"]), p.get("country") or ""))
                    for f in p["ar"]:
                        self.taken.setdefault(norm(f), f"{path.name}:{p['id']}")
        self.given_names = given_names()
        self.listed_given = listed_given_names()
        self.family_names = family_names()
        self.dictionary: dict[str, set[str]] = {}
        self.last_ambiguous = False
        # single words of every name other data files own (فرانس of فرانس برس, بيونغ of بيونغ يانغ)
        self.known_words: set[str] = {w for f in self.taken for w in f.split()}
        self.arabic_country = False
        self.rejected: Counter[str] = Counter()
        self.examples: dict[str, list[str]] = {}

    def _ambiguous(self, why: str, form: str) -> None:
        self.last_ambiguous = True
        self._reject(why, form)

    def _reject(self, why: str, form: str) -> None:
        self.rejected[why] += 1
        self.examples.setdefault(why, [])
        if len(self.examples[why]) < 25:
            self.examples[why].append(form)

    def accept_or_qualified(
        self, form: str, en: str, owner: str, country: str, qualifier: str, major: bool = False
    ) -> str | None:
        """`form` when it may name the place; else, when it was refused only for being an
        ambiguous single word, "<qualifier> <form>" (مدينة العمارة, بلدية سور) when that may;
        else None. The accepted form is claimed for `owner`."""
        if self.accept(form, en, owner, country, major):
            return form
        if self.last_ambiguous and " " not in form.strip():
            longer = f"{qualifier} {form}"
            if self.accept(longer, en, owner, country):
                self.rejected["kept only as a qualified form"] += 1
                self.examples.setdefault("kept only as a qualified form", [])
                if len(self.examples["kept only as a qualified form"]) < 25:
                    self.examples["kept only as a qualified form"].append(longer)
                return longer
        return None

    def accept(
        self, form: str, en: str, owner: str, country: str = "", major: bool = False
    ) -> bool:
        """True when `form` may name this place; claims it for `owner` when accepted."""
        self.arabic_country = country in ARABIC_COUNTRIES
        self.last_ambiguous = False
        n = norm(form)
        if n in self.taken:
            self._reject("already taken", f"{form} ({self.taken[n]})")
            return False
        b = bare(form)
        if (
            " " not in n
            and form.strip().startswith("ال")
            and not self.arabic_country
            and not re.match(r"(al|el|ad|an|ar|as|ash|at|az|la|le|les)[- ]", en.lower())
        ):
            # البحر "the sea" for Bahar (Iran): an Arabic common noun put on a foreign name
            self._reject("Arabic article on a name that has none", f"{en} / {form}")
            return False
        if " " not in b:
            if b in self.stop or n in self.stop:
                self._ambiguous("stop list", form)
                return False
            if len(b) < 3:
                self._ambiguous("too short", form)
                return False
            if n in self.given_names:
                self._ambiguous("a given name in the people data", form)
                return False
            if (
                not self.arabic_country
                and not major
                and (n in self.listed_given or n in self.family_names)
            ):
                # نينا, لوبن, كاسترو: outside the Arab world a town spelt as a person's name
                self._ambiguous("a first or family name of the name data", form)
                return False
            known = self.ordinary_word(b)
            if known and self.arabic_country:
                self._ambiguous(
                    "an ordinary Arabic word (dictionary), in an Arabic-speaking country", form
                )
                return False
            if self.stats.ordinary(b, known):
                self._ambiguous("mostly an ordinary word in the corpus", form)
                return False
            hidden = self.stats.prefixed_word(b, self.known_words)
            if hidden:
                self._ambiguous(
                    "read inside a more frequent word (clitic + form)", f"{form} ({hidden})"
                )
                return False
            if b[0] in "وفبلك" and len(b) > 3:
                rest = b[2:] if b.startswith("لل") else b[1:]
                if rest in self.stop or self.stats.exact[rest] >= MIN_COUNT * 3:
                    self._ambiguous("reads as clitic + a common word", form)
                    return False
        first = n.split()[0]
        if first in INSTITUTIONS:
            self._reject("names a building or institution, not the place", form)
            return False
        en_words = len(core_words(en))
        ar_words = len(n.split())
        if ar_words > en_words + 1:
            self._reject("Arabic label longer than the name (a description?)", f"{en} / {form}")
            return False
        if not spelling_agrees(en, form, 0.5 if ar_words <= en_words else 0.8):
            self._reject("Arabic does not spell the English name", f"{en} / {form}")
            return False
        self.taken[n] = owner
        return True

    def use_dictionary(self, path: Path | None = DICTIONARY) -> bool:
        """Read the Arabic hunspell dictionary (Debian hunspell-ar, read-only, as a filter);
        False when it is not there."""
        self.dictionary = load_dictionary(path)
        self.known_words |= set(self.dictionary)
        return bool(self.dictionary)

    def ordinary_word(self, b: str) -> bool:
        """The dictionary knows `b` as a function word or common noun, or as a verb that the
        corpus uses (a proper noun entry alone does not count)."""
        kinds = self.dictionary.get(b, set()) | self.dictionary.get("ال" + b, set())
        if kinds & {"stop", "noun"}:
            return True
        return "verb" in kinds and self.stats.total[b] > 0

    def report(self) -> str:
        lines = [f"  rejected forms: {sum(self.rejected.values())}"]
        for why, n in self.rejected.most_common():
            lines.append(f"    {why}: {n}  e.g. {', '.join(self.examples[why][:12])}")
        return "\n".join(lines)
