"""Score the extractor against the hand-annotated development set.

The annotations live next to this file, one ``<key>.yml`` per article, where
``key = sha1(corpus id)[:12]``; the article texts stay in the shared corpus and are
looked up by key at run time (see README.md in this folder for the conventions).

Library use::

    from tests.devset.score import load_devset, score
    for expected, article in load_devset(corpus_path):
        got = extract_text(article["text"], article["title"], published_date(article))
        counts = score(expected, got)

Command line::

    python tests/devset/score.py --corpus ../shared/corpus/ant-news-1000.jsonl [--json out.json]

Exit codes: 0 done, 2 ``builder.api.extract_text`` is not available, 3 corpus missing.
Only the standard library and PyYAML are used.
"""

from __future__ import annotations

import argparse
import datetime as dt
import email.utils
import hashlib
import importlib
import json
import re
import sys
import traceback
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import yaml

DEVSET_DIR = Path(__file__).resolve().parent
REPO_ROOT = DEVSET_DIR.parents[1]
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus" / "ant-news-1000.jsonl"
CATEGORIES: tuple[str, ...] = ("figures", "actors", "times", "events", "mediation")
SPLITS = ("tune", "test")

EXIT_NO_BUILDER = 2
EXIT_NO_CORPUS = 3


class CorpusMissing(FileNotFoundError):
    """The corpus file is absent: callers should skip, not fail."""


# --------------------------------------------------------------------------- keys


def article_key(doc_id: str) -> str:
    """The dev-set key of a corpus document: sha1 of its id, first 12 hex digits."""
    return hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:12]


def published_date(article: dict[str, Any]) -> dt.date:
    """The calendar date of the corpus ``published`` field (RFC 2822), in its own offset."""
    return email.utils.parsedate_to_datetime(article["published"]).date()


# ---------------------------------------------------------------- normalisation

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_CHAR_MAP = str.maketrans(
    {
        "\u0640": None,  # tatweel
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ک": "ك",
        "ی": "ي",
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Persian digits
        "٫": ".",
        "٬": ",",
        "_": " ",
        "#": " ",
    }
)
# punctuation that never carries meaning for matching; "." "," "/" stay (numbers, dates)
_PUNCT = re.compile(r"[\"'«»“”‘’()\[\]{}<>،؛؟!?:;*|\\~`^=+\-–—…]")
_PREFIXES = ("وال", "فال", "بال", "كال", "لل", "ال", "و")


def _strip_prefix(token: str) -> str:
    for prefix in _PREFIXES:
        if token.startswith(prefix) and len(token) - len(prefix) >= 2:
            return token[len(prefix) :]
    return token


def normalize(text: str | None) -> str:
    """Matching form of Arabic (or Latin) text; display text is never changed.

    NFKC, no diacritics or tatweel, alef/ya/ta-marbuta variants unified, Latin digits,
    punctuation dropped, lower case, and a leading و / ال (and وال، بال، لل…) removed
    from every word.
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", str(text))
    text = _DIACRITICS.sub("", text).translate(_CHAR_MAP)
    text = _PUNCT.sub(" ", text).lower()
    return " ".join(_strip_prefix(tok) for tok in text.split())


def _tokens(normalized: str) -> list[str]:
    return [t for t in re.split(r"[\s/]+", normalized) if t]


_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")
_NUMBER_WORDS = {
    normalize(w)
    for w in (
        "واحد",
        "واحدة",
        "اثنان",
        "اثنين",
        "اثنتان",
        "اثنتين",
        "ثلاث",
        "ثلاثة",
        "أربع",
        "أربعة",
        "خمس",
        "خمسة",
        "ست",
        "ستة",
        "سبع",
        "سبعة",
        "ثمان",
        "ثماني",
        "ثمانية",
        "تسع",
        "تسعة",
        "عشر",
        "عشرة",
        "عشرون",
        "عشرين",
        "ثلاثون",
        "ثلاثين",
        "أربعون",
        "أربعين",
        "خمسون",
        "خمسين",
        "ستون",
        "ستين",
        "سبعون",
        "سبعين",
        "ثمانون",
        "ثمانين",
        "تسعون",
        "تسعين",
        "مئة",
        "مائة",
        "مئتين",
        "مائتين",
        "مئات",
        "ألف",
        "آلاف",
        "ألفين",
        "مليون",
        "مليونا",
        "مليونين",
        "ملايين",
        "مليار",
        "مليارا",
        "مليارات",
        "ترليون",
        "تريليون",
        "عشرات",
    )
}


def _number_tokens(normalized: str) -> set[str]:
    found: set[str] = set()
    for match in _NUMBER_RE.finditer(normalized):
        found.add(match.group())
        found.add(re.sub(r"[.,]", "", match.group()))
    found.update(t for t in _tokens(normalized) if t in _NUMBER_WORDS)
    return found


def _contains_either(a: str, b: str, minimum: int = 2) -> bool:
    """Equal, or the shorter (at least ``minimum`` characters) is inside the longer."""
    if not a or not b:
        return False
    if a == b:
        return True
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return len(shorter) >= minimum and shorter in longer


# ------------------------------------------------------------------- matchers


def _as_number(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(str(value).replace(",", ""))
    except ValueError:
        return None


def _values_equal(a: Any, b: Any) -> bool:
    x, y = _as_number(a), _as_number(b)
    if x is None or y is None:
        return x is None and y is None
    return abs(x - y) <= 1e-9 * max(1.0, abs(x), abs(y))


def _figure_texts_overlap(a: str, b: str) -> bool:
    na, nb = normalize(a), normalize(b)
    return _contains_either(na, nb) or bool(_number_tokens(na) & _number_tokens(nb))


def figure_matches(expected: dict[str, Any], got: dict[str, Any]) -> bool:
    """Same value (both null counts) and overlapping texts."""
    if not _figure_texts_overlap(expected.get("text", ""), got.get("text", "")):
        return False
    return bool(expected.get("optional")) or _values_equal(expected.get("value"), got.get("value"))


def _figure_is_duplicate(expected: dict[str, Any], got: dict[str, Any]) -> bool:
    """Another mention of an already matched figure (stricter than sharing a number)."""
    if not figure_matches(expected, got):
        return False
    ne, ng = normalize(expected.get("text", "")), normalize(got.get("text", ""))
    if _contains_either(ne, ng):
        return True
    words_e = {t for t in _tokens(ne) if not _NUMBER_RE.fullmatch(t)}
    words_g = {t for t in _tokens(ng) if not _NUMBER_RE.fullmatch(t)}
    return bool(words_e & words_g)


def _figure_same_counted(expected: dict[str, Any], got: dict[str, Any]) -> bool:
    """The same figure for judging its label: matching, with a word besides the number's
    own (ثلاثة أيام and ثلاثة أيام share أيام; ثلاثة أيام and ثلاثة عقود only ثلاثة)."""
    if not figure_matches(expected, got):
        return False
    ne, ng = normalize(expected.get("text", "")), normalize(got.get("text", ""))
    if _contains_either(ne, ng):
        return True
    words_e = {t for t in _tokens(ne) if not _NUMBER_RE.fullmatch(t)} - _NUMBER_WORDS
    words_g = {t for t in _tokens(ng) if not _NUMBER_RE.fullmatch(t)} - _NUMBER_WORDS
    return bool(words_e & words_g)


def _figure_pairs(expected: list[dict[str, Any]], got: list[dict[str, Any]]) -> dict[int, int]:
    """Figures paired for judging their labels and qualifiers: first those whose texts also
    share a word (ثلاثة أيام with ثلاثة أيام, not with ثلاثة عقود), then the rest."""
    first = _max_matching(expected, got, _figure_same_counted)
    rest_e = [i for i in range(len(expected)) if i not in first]
    rest_g = [j for j in range(len(got)) if j not in first.values()]
    second = _max_matching([expected[i] for i in rest_e], [got[j] for j in rest_g], figure_matches)
    return {**first, **{rest_e[i]: rest_g[j] for i, j in second.items()}}


_PLACE_KINDS = {"place", "country"}


def _kinds_compatible(a: str | None, b: str | None) -> bool:
    return a == b or (a in _PLACE_KINDS and b in _PLACE_KINDS)


def _expected_actor_forms(actor: dict[str, Any]) -> set[str]:
    forms = [actor.get("ar", ""), *(actor.get("aka") or [])]
    return {n for n in (normalize(f) for f in forms) if n}


def _got_actor_forms(actor: dict[str, Any]) -> set[str]:
    name = actor.get("name") or {}
    forms = [name.get("ar", "") if isinstance(name, dict) else str(name)]
    forms += [m for m in actor.get("mentions") or [] if isinstance(m, str)]
    return {n for n in (normalize(f) for f in forms) if n}


def _english(actor: dict[str, Any]) -> str:
    name = actor.get("name")
    value = name.get("en") if isinstance(name, dict) else actor.get("en")
    return str(value).strip().lower() if value else ""


def actor_matches(expected: dict[str, Any], got: dict[str, Any]) -> bool:
    """Compatible kinds and the expected Arabic name equal to / inside / around a got form."""
    if not _kinds_compatible(expected.get("kind"), got.get("kind")):
        return False
    exp_en = str(expected.get("en", "")).strip().lower()
    if exp_en and exp_en == _english(got):
        return True
    got_forms = _got_actor_forms(got)
    return any(
        _contains_either(e, g, 3) for e in _expected_actor_forms(expected) for g in got_forms
    )


_DECADE_RE = re.compile(r"^(\d{3})[Xx]$")


def _normalize_date(value: Any) -> str | None:
    if value is None:
        return None
    text = value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else str(value).strip()
    decade = _DECADE_RE.match(text)
    if decade:
        return f"{decade.group(1)}0/{decade.group(1)}9"
    return text or None


_TIME_STOP = {
    normalize(w)
    for w in (
        "في",
        "من",
        "منذ",
        "إلى",
        "الى",
        "حتى",
        "يوم",
        "عام",
        "العام",
        "سنة",
        "شهر",
        "الشهر",
        "الماضي",
        "الماضية",
        "المقبل",
        "المقبلة",
        "القادم",
        "القادمة",
        "الحالي",
        "الحالية",
        "قبل",
        "بعد",
        "أمس",
        "مساء",
        "صباح",
        "ليل",
        "ليلة",
        "فجر",
        "ظهر",
        "نهاية",
        "بداية",
        "منتصف",
        "أواخر",
        "أوائل",
        "مطلع",
        "خلال",
        "طوال",
        "هذا",
        "هذه",
        "ذلك",
        "نحو",
        "حوالي",
        "أكثر",
    )
}


def _time_texts_overlap(a: str, b: str) -> bool:
    na, nb = normalize(a), normalize(b)
    if _contains_either(na, nb):
        return True
    significant_a = {t for t in _tokens(na) if t not in _TIME_STOP}
    significant_b = {t for t in _tokens(nb) if t not in _TIME_STOP}
    return bool(significant_a & significant_b)


def time_matches(expected: dict[str, Any], got: dict[str, Any]) -> bool:
    """Overlapping texts and equal ISO dates (optional items: overlap alone)."""
    if not _time_texts_overlap(expected.get("text", ""), got.get("text", "")):
        return False
    if expected.get("optional"):
        return True
    want = _normalize_date(expected.get("date"))
    return want is not None and want == _normalize_date(got.get("date"))


Entity = tuple[str, frozenset[str]]  # (english lower-case, normalised Arabic forms)


def _entities_overlap(a: Iterable[Entity], b: Iterable[Entity]) -> bool:
    b = list(b)
    for en_a, ar_a in a:
        for en_b, ar_b in b:
            if en_a and en_a == en_b:
                return True
            if any(_contains_either(x, y, 3) for x in ar_a for y in ar_b):
                return True
    return False


def mediation_matches(expected: dict[str, Any], got: dict[str, Any]) -> bool:
    """Mediator sets overlap and party sets overlap (English or Arabic names)."""
    return _entities_overlap(expected["mediators"], got["mediators"]) and _entities_overlap(
        expected["parties"], got["parties"]
    )


def _year(value: Any) -> str | None:
    text = _normalize_date(value)
    return text[:4] if text and text[:4].isdigit() else None


def event_matches(expected: dict[str, Any], got: dict[str, Any]) -> bool:
    """An event on the page for the expected happening: the time texts overlap and the year is
    right (an undated expected event: the texts overlap)."""
    if not _time_texts_overlap(expected.get("when", ""), got.get("text", "")):
        return False
    want = _year(expected.get("date"))
    return want is None or want == _year(got.get("date"))


_FAMILIES = [
    set(
        [
            "war",
            "offensive",
            "conflict",
            "clashes",
            "attack",
            "bombing",
            "airstrike",
            "shelling",
            "killing",
            "casualties",
            "raid",
            "assassination",
            "escalation",
            "capture",
            "defeat",
            "victory",
        ]
    ),
    set(
        [
            "talks",
            "summit",
            "meeting",
            "visit",
            "phone_call",
            "conference",
            "mediation",
            "agreement",
            "ceasefire",
            "normalization",
            "rupture",
            "offer",
        ]
    ),
    set(["statement", "announcement", "condemnation", "threat"]),
    set(["arrest", "trial", "sentence", "execution", "release", "kidnapping", "abduction"]),
    set(
        [
            "election",
            "vote",
            "referendum",
            "resolution",
            "decision",
            "appointment",
            "resignation",
            "sanctions",
        ]
    ),
    set(["protest", "uprising", "coup"]),
    set(["displacement", "evacuation", "withdrawal", "deployment", "humanitarian_aid"]),
]


def kinds_related(expected: dict[str, Any], got: dict[str, Any]) -> bool:
    """The same kind of happening, or kinds of one family (an air strike and an attack)."""
    a, b = str(expected.get("kind") or ""), str(got.get("kind") or "")
    return a == b or any(a in family and b in family for family in _FAMILIES)


def _event_pairs(expected: list[dict[str, Any]], got: list[dict[str, Any]]) -> dict[int, int]:
    """Events matched by time, pairing related kinds first, so that a statement and the
    attack it reports, told on one day, are each compared with their own kind."""
    first = _max_matching(expected, got, lambda e, g: event_matches(e, g) and kinds_related(e, g))
    rest_e = [i for i in range(len(expected)) if i not in first]
    rest_g = [j for j in range(len(got)) if j not in first.values()]
    second = _max_matching([expected[i] for i in rest_e], [got[j] for j in rest_g], event_matches)
    return {**first, **{rest_e[i]: rest_g[j] for i, j in second.items()}}


_LABEL_STRIP = re.compile(r"[^a-z0-9 ]+")


def label_ok(expected: dict[str, Any], got: dict[str, Any]) -> bool:
    """The got English label holds every expected key word (``a|b``: either)."""
    words = expected.get("label")
    if not words:
        return True
    label = str(got.get("label_en") or "").lower()
    return all(any(alt.strip().lower() in label for alt in str(w).split("|")) for w in words)


def english_form(name: str | None) -> str:
    """An English name for comparing spellings: accents, case, hyphens and apostrophes
    folded (al-Abadi = Al Abadi)."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode().lower()
    return " ".join(_LABEL_STRIP.sub(" ", text.replace("'", "").replace("’", "")).split())


def _english_variants(name: str | None) -> set[str]:
    """The ways one English name is written: "Agence France-Presse (AFP)" is also
    "Agence France-Presse" and "AFP"; "the Kremlin" is also "Kremlin"."""
    if not name:
        return set()
    out = {english_form(name)}
    outer, _, inner = str(name).partition("(")
    if inner:
        out |= {english_form(outer), english_form(inner.rstrip(") "))}
    return {v[4:] if v.startswith("the ") else v for v in out} | out


def english_ok(expected: dict[str, Any], got: dict[str, Any]) -> bool:
    """The got English name is the expected one or an accepted spelling (abbreviations in
    parentheses and a leading "the" are the same name)."""
    accepted: set[str] = set()
    for name in [expected.get("en"), *(expected.get("en_alt") or [])]:
        accepted |= _english_variants(name)
    return bool(_english_variants(_english(got)) & (accepted - {""}))


# ------------------------------------------------------------ adapting inputs


def _list(value: Any) -> list[dict[str, Any]]:
    return [x for x in value if isinstance(x, dict)] if isinstance(value, list) else []


def _got_figures(got: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "text": f.get("text") or "",
            "value": f.get("value"),
            "qualifier": f.get("qualifier"),
            "kind": f.get("kind"),
            "label_en": (f.get("label") or {}).get("en")
            if isinstance(f.get("label"), dict)
            else None,
        }
        for f in _list(got.get("figures"))
    ]


def _got_actors(got: dict[str, Any]) -> list[dict[str, Any]]:
    seen: set[str] = set()
    actors = []
    for actor in _list(got.get("actors")):
        ident = str(actor.get("id") or id(actor))
        if ident not in seen:
            seen.add(ident)
            actors.append(actor)
    return actors


def _got_times(got: dict[str, Any]) -> list[dict[str, Any]]:
    source = got.get("times") if isinstance(got.get("times"), list) else got.get("events")
    times = []
    for item in _list(source):
        text = item.get("when_text") or item.get("text") or ""
        if text:
            times.append({"text": text, "date": item.get("date")})
    return times


def _got_events(got: dict[str, Any]) -> list[dict[str, Any]]:
    """What the page shows as dated happenings: the events (timeline, main, upcoming) and the
    mediation efforts that carry a time."""
    actors_by_id = {str(a.get("id")): a for a in _list(got.get("actors")) if a.get("id")}
    out = []
    for item in [*_list(got.get("events")), *_list(got.get("mediation"))]:
        text = item.get("when_text") or ""
        if not text:
            continue
        ids = [*(item.get("agent") or []), *(item.get("parties") or [])]
        ids += [*(item.get("participants") or []), *(item.get("mediators") or [])]
        out.append(
            {
                "text": text,
                "date": item.get("date"),
                "kind": item.get("kind") or "mediation",
                "who": [_got_entity(r, actors_by_id) for r in dict.fromkeys(ids)],
                "raw": {k: item.get(k) for k in ("kind", "when_text", "date", "summary")},
            }
        )
    return out


def _got_entity(ref: Any, actors_by_id: dict[str, dict[str, Any]]) -> Entity:
    actor = actors_by_id.get(str(ref))
    if actor is None:  # not an id: take it as a name
        text = str(ref)
        return text.strip().lower().replace("-", " "), frozenset({normalize(text)} - {""})
    return _english(actor), frozenset(_got_actor_forms(actor))


def _got_mediation(got: dict[str, Any]) -> list[dict[str, Any]]:
    actors_by_id = {str(a.get("id")): a for a in _list(got.get("actors")) if a.get("id")}
    efforts = []
    for item in _list(got.get("mediation")):
        efforts.append(
            {
                "mediators": [_got_entity(r, actors_by_id) for r in item.get("mediators") or []],
                "parties": [_got_entity(r, actors_by_id) for r in item.get("parties") or []],
                "raw": item,
            }
        )
    return efforts


def _expected_events(expected: dict[str, Any]) -> list[dict[str, Any]]:
    by_en = {str(a.get("en", "")).strip().lower(): a for a in _list(expected.get("actors"))}
    out = []
    for e in _list(expected.get("events")):
        if not e.get("when"):
            continue  # an undated happening cannot be on a timeline
        who = []
        for name in [*(e.get("who") or [])]:
            actor = by_en.get(str(name).strip().lower())
            forms = _expected_actor_forms(actor) if actor else set()
            who.append((str(name).strip().lower(), frozenset(forms)))
        out.append({**e, "who_entities": who})
    return out


def _expected_mediation(expected: dict[str, Any]) -> list[dict[str, Any]]:
    by_en = {str(a.get("en", "")).strip().lower(): a for a in _list(expected.get("actors"))}

    def entity(name: str) -> Entity:
        key = str(name).strip().lower()
        actor = by_en.get(key)
        forms = _expected_actor_forms(actor) if actor else set()
        return key, frozenset(forms)

    return [
        {
            "mediators": [entity(n) for n in m.get("mediators") or []],
            "parties": [entity(n) for n in m.get("parties") or []],
            "optional": bool(m.get("optional")),
            "raw": m,
        }
        for m in _list(expected.get("mediation"))
    ]


# ------------------------------------------------------------------ matching


def _max_matching(
    left: Sequence[Any],
    right: Sequence[Any],
    ok: Callable[[Any, Any], bool],
    prefer: Callable[[Any, Any], bool] | None = None,
) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn): returns {left index: right index}. Each item tries
    the pairs ``prefer`` accepts first, so that of two equally large matchings the one with
    more preferred pairs is usually found (the UN and UNHCR both found with their right
    names are not scored as each other's)."""
    edges = [[j for j, r in enumerate(right) if ok(item, r)] for item in left]
    if prefer is not None:
        edges = [
            sorted(js, key=lambda j, item=item: not prefer(item, right[j]))
            for item, js in zip(left, edges, strict=True)
        ]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(left)):
        augment(i, set())
    pairs = {i: j for j, i in owner.items()}
    if prefer is not None:
        _swap_for_preferred(pairs, left, right, ok, prefer)
    return pairs


def _swap_for_preferred(
    pairs: dict[int, int],
    left: Sequence[Any],
    right: Sequence[Any],
    ok: Callable[[Any, Any], bool],
    prefer: Callable[[Any, Any], bool],
) -> None:
    """Exchange the partners of two pairs, or move one to a free partner, while that makes more
    pairs preferred (two Kims each matched to the other's name): the same number of pairs,
    more of them right."""

    def score(i: int, j: int) -> int:
        return int(prefer(left[i], right[j]))

    changed = True
    while changed:
        changed = False
        free = [j for j in range(len(right)) if j not in pairs.values()]
        for a in list(pairs):
            ja = pairs[a]
            for j in free:  # a better free partner
                if ok(left[a], right[j]) and score(a, j) > score(a, ja):
                    pairs[a], changed = j, True
                    break
            if changed:
                break
            for b in list(pairs):
                jb = pairs[b]
                if b == a or not (ok(left[a], right[jb]) and ok(left[b], right[ja])):
                    continue
                if score(a, jb) + score(b, ja) > score(a, ja) + score(b, jb):
                    pairs[a], pairs[b], changed = jb, ja, True
                    break
            if changed:
                break


def _describe(item: dict[str, Any]) -> str:
    if "raw" in item:
        return json.dumps(item["raw"], ensure_ascii=False, default=str)
    keys = ("kind", "ar", "en", "text", "value", "date")
    shown = {k: item[k] for k in keys if k in item}
    if isinstance(item.get("name"), dict):
        shown = {**shown, **item["name"]}
    return json.dumps(shown, ensure_ascii=False, default=str)


def _score_category(
    expected: list[dict[str, Any]],
    got: list[dict[str, Any]],
    ok: Callable[[Any, Any], bool],
    duplicate: Callable[[Any, Any], bool],
    details: bool,
) -> dict[str, Any]:
    required = [e for e in expected if not e.get("optional")]
    optional = [e for e in expected if e.get("optional")]
    matched = _max_matching(required, got, ok)
    used = set(matched.values())
    absorbed = dup = 0
    spurious = []
    for j, item in enumerate(got):
        if j in used:
            continue
        if any(ok(e, item) for e in optional):
            absorbed += 1
        elif any(duplicate(required[i], item) for i in matched):
            dup += 1
        else:
            spurious.append(item)
    result: dict[str, Any] = {
        "tp": len(matched),
        "fp": len(spurious),
        "fn": len(required) - len(matched),
        "dup": dup,
        "optional_matched": absorbed,
    }
    if details:
        result["missed"] = [_describe(e) for i, e in enumerate(required) if i not in matched]
        result["spurious"] = [_describe(g) for g in spurious]
        result["matched"] = [
            [_describe(required[i]), _describe(got[j])] for i, j in matched.items()
        ]
    return result


def score(
    expected: dict[str, Any], got: dict[str, Any], *, details: bool = False
) -> dict[str, Any]:
    """Compare one article's annotation with the extractor's contract dict.

    Returns ``{category: {"tp", "fp", "fn", "dup", "optional_matched"}}`` for figures,
    actors, times and mediation. Matching is one-to-one (maximum bipartite matching);
    a got item left over that matches an optional annotation, or repeats an already
    matched one, is not a false positive (counted as ``optional_matched`` / ``dup``).
    With ``details=True`` each category also lists missed, spurious and matched items.
    """
    got = got if isinstance(got, dict) else {}
    figures = _score_category(
        _list(expected.get("figures")),
        _got_figures(got),
        figure_matches,
        _figure_is_duplicate,
        details,
    )
    exp_fig = [f for f in _list(expected.get("figures")) if not f.get("optional")]
    got_fig = _got_figures(got)
    pairs = _figure_pairs(exp_fig, got_fig)
    figures["qualifier_agree"] = sum(
        (exp_fig[i].get("qualifier") or None) == (got_fig[j].get("qualifier") or None)
        for i, j in pairs.items()
    )
    figures["label_ok"] = sum(label_ok(exp_fig[i], got_fig[j]) for i, j in pairs.items())
    figures["label_checked"] = sum(1 for i in pairs if exp_fig[i].get("label"))
    if details:
        figures["label wrong"] = [
            f"{exp_fig[i]['text']!r}: wants {exp_fig[i]['label']}, got {got_fig[j]['label_en']!r}"
            for i, j in pairs.items()
            if exp_fig[i].get("label") and not label_ok(exp_fig[i], got_fig[j])
        ]
    actors = _score_category(
        _list(expected.get("actors")), _got_actors(got), actor_matches, actor_matches, details
    )
    actors["english"] = _english_names(expected, got)
    events = _score_category(
        _expected_events(expected), _got_events(got), event_matches, event_matches, details
    )
    events.update(_non_parties(expected, got))
    events.update(_main_event(expected, got))
    return {
        "figures": figures,
        "actors": actors,
        "times": _score_category(
            _list(expected.get("times")), _got_times(got), time_matches, time_matches, details
        ),
        "events": events,
        "mediation": _score_category(
            _expected_mediation(expected),
            _got_mediation(got),
            mediation_matches,
            mediation_matches,
            details,
        ),
    }


NAMED_KINDS = ("person", "organization", "group")


def _main_event(expected: dict[str, Any], got: dict[str, Any]) -> dict[str, int]:
    """Whether the record the page is headed by (``main``) is the happening the annotation
    marks ``main: true``: by its time (as events match) and by a related kind."""
    mains = [e for e in _list(expected.get("events")) if e.get("main")]
    if not mains:
        return {}
    want = mains[0]
    records = [*_list(got.get("events")), *_list(got.get("mediation"))]
    item = next((r for r in records if r.get("id") == got.get("main")), None)
    if item is None:
        return {"main_checked": 1, "main_time": 0, "main_kind": 0}
    shown = {"text": item.get("when_text") or "", "date": item.get("date")}
    shown["kind"] = item.get("kind") or "mediation"
    timed = bool(shown["text"]) and event_matches(want, shown)
    return {
        "main_checked": 1,
        "main_time": int(timed),
        "main_kind": int(kinds_related(want, shown)),
    }


def _english_names(expected: dict[str, Any], got: dict[str, Any]) -> dict[str, dict[str, int]]:
    """Per kind: required actors, how many the extractor found, and how many of those carry an
    accepted English spelling (the English page's name)."""
    required = [a for a in _list(expected.get("actors")) if not a.get("optional")]
    found = _got_actors(got)
    pairs = _max_matching(required, found, actor_matches, prefer=english_ok)
    out: dict[str, dict[str, int]] = {}
    for i, actor in enumerate(required):
        kind = "place" if actor.get("kind") in _PLACE_KINDS else str(actor.get("kind"))
        row = out.setdefault(kind, {"gold": 0, "found": 0, "english_ok": 0})
        row["gold"] += 1
        if i in pairs:
            row["found"] += 1
            row["english_ok"] += english_ok(actor, found[pairs[i]])
    return out


def _non_parties(expected: dict[str, Any], got: dict[str, Any]) -> dict[str, int]:
    """Among matched events that name participants: how many name someone the annotator did
    not list as an argument of the happening (a generated sentence naming a non-party)."""
    gold = [e for e in _expected_events(expected) if not e.get("optional")]
    found = _got_events(got)
    pairs = _event_pairs(gold, found)
    checked = wrong = 0
    for i, j in pairs.items():
        who = found[j]["who"]
        if not who:
            continue
        checked += 1
        allowed = gold[i]["who_entities"]
        if where := gold[i].get("where"):
            allowed = [*allowed, (str(where).strip().lower(), frozenset())]
        if any(not _entities_overlap([w], allowed) for w in who):
            wrong += 1
    return {"participants_checked": checked, "non_party": wrong}


# ------------------------------------------------------------------- loading


def load_annotations(devset_dir: Path = DEVSET_DIR) -> list[dict[str, Any]]:
    """All ``*.yml`` annotation files of the dev set, sorted by key."""
    annotations = []
    for path in sorted(devset_dir.glob("*.yml")):
        with path.open(encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
        if not isinstance(data, dict) or "key" not in data:
            raise ValueError(f"{path}: not a dev-set annotation (no 'key')")
        if path.stem != data["key"]:
            raise ValueError(f"{path}: file name does not match key {data['key']!r}")
        annotations.append(data)
    return annotations


def load_devset(
    corpus_path: str | Path = DEFAULT_CORPUS, devset_dir: Path = DEVSET_DIR
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Pairs of (annotation, corpus article) for every annotation file.

    Raises CorpusMissing when the corpus file is absent, ValueError when an annotated
    key is not in the corpus.
    """
    corpus_path = Path(corpus_path)
    if not corpus_path.is_file():
        raise CorpusMissing(
            f"corpus not found at {corpus_path}: the dev set cannot be scored without it"
        )
    wanted = {a["key"]: a for a in load_annotations(devset_dir)}
    found: dict[str, dict[str, Any]] = {}
    with corpus_path.open(encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                article = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{corpus_path}:{line_no}: invalid JSON ({exc})") from exc
            key = article_key(str(article.get("id", "")))
            if key in wanted:
                found[key] = article
    missing = sorted(set(wanted) - set(found))
    if missing:
        raise ValueError(f"{corpus_path}: no article for dev-set key(s) {', '.join(missing)}")
    return [(wanted[k], found[k]) for k in sorted(wanted)]


# ------------------------------------------------------------------ reporting


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def summarize(per_article: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Add up per-article scores; adds precision/recall/F1, a ``micro`` row and the quality
    counts (``label_ok``, ``qualifier_agree``, English names per kind, ``non_party``)."""
    totals: dict[str, dict[str, Any]] = {
        c: {"tp": 0, "fp": 0, "fn": 0, "dup": 0} for c in CATEGORIES
    }
    extras = {
        "figures": ("qualifier_agree", "label_ok", "label_checked"),
        "events": ("participants_checked", "non_party", "main_checked", "main_time", "main_kind"),
    }
    english: dict[str, dict[str, int]] = {}
    for scores in per_article:
        for category in CATEGORIES:
            row = scores.get(category) or {}
            for field in ("tp", "fp", "fn", "dup", *extras.get(category, ())):
                totals[category][field] = totals[category].get(field, 0) + int(row.get(field, 0))
        for kind, counts in (scores.get("actors") or {}).get("english", {}).items():
            acc = english.setdefault(kind, {"gold": 0, "found": 0, "english_ok": 0})
            for field, value in counts.items():
                acc[field] += int(value)
    totals["actors"]["english"] = english
    micro = {f: sum(totals[c][f] for c in CATEGORIES) for f in ("tp", "fp", "fn", "dup")}
    totals["micro"] = micro
    for row in totals.values():
        row.update(_prf(row["tp"], row["fp"], row["fn"]))
    return totals


def _ratio(a: int, b: int) -> str:
    return f"{a}/{b} = {a / b:.3f}" if b else f"{a}/0"


def format_table(totals: dict[str, dict[str, Any]]) -> str:
    header = f"{'category':<10} {'tp':>5} {'fp':>5} {'fn':>5} {'prec':>6} {'rec':>6} {'f1':>6}"
    lines = [header, "-" * len(header)]
    for name in (*CATEGORIES, "micro"):
        row = totals[name]
        if name == "micro":
            lines.append("-" * len(header))
        lines.append(
            f"{name:<10} {row['tp']:>5} {row['fp']:>5} {row['fn']:>5} "
            f"{row['precision']:>6.3f} {row['recall']:>6.3f} {row['f1']:>6.3f}"
        )
    fig = totals["figures"]
    lines.append("")
    lines.append(
        f"figure labels right (English, of matched with a gold label): "
        f"{_ratio(fig.get('label_ok', 0), fig.get('label_checked', 0))}"
    )
    lines.append(
        f"figure qualifiers right (of matched): {_ratio(fig.get('qualifier_agree', 0), fig['tp'])}"
    )
    ev = totals["events"]
    lines.append(
        f"events naming a non-party (of matched with participants): "
        f"{_ratio(ev.get('non_party', 0), ev.get('participants_checked', 0))}"
    )
    lines.append(
        f"main event (the page's headline) is the annotated one: by time "
        f"{_ratio(ev.get('main_time', 0), ev.get('main_checked', 0))}, by kind "
        f"{_ratio(ev.get('main_kind', 0), ev.get('main_checked', 0))}"
    )
    named = totals["actors"].get("english", {})
    parts = []
    for kind in (*NAMED_KINDS, "place"):
        row = named.get(kind)
        if row:
            parts.append(f"{kind} {_ratio(row['english_ok'], row['gold'])}")
    people = [named[k] for k in NAMED_KINDS if k in named]
    ok = sum(r["english_ok"] for r in people)
    gold = sum(r["gold"] for r in people)
    lines.append("English names right (of required actors): " + "; ".join(parts))
    found = sum(r["found"] for r in people)
    lines.append(
        f"  people + organizations + groups: {_ratio(ok, gold)} of required, "
        f"{_ratio(ok, found)} of those found"
    )
    return "\n".join(lines)


def _load_extractor() -> Callable[..., dict[str, Any]] | None:
    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))
    try:
        module = importlib.import_module("builder.api")
    except ModuleNotFoundError as exc:
        if exc.name in ("builder", "builder.api"):
            return None
        raise
    extract = getattr(module, "extract_text", None)
    return extract if callable(extract) else None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score builder.api.extract_text on the dev set.")
    parser.add_argument(
        "--corpus", type=Path, default=DEFAULT_CORPUS, help="path to ant-news-1000.jsonl"
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the scores as JSON")
    parser.add_argument(
        "--details", action="store_true", help="list missed and spurious items per article"
    )
    parser.add_argument(
        "--split",
        choices=(*SPLITS, "all"),
        default="all",
        help="score only this half (default: each half, then both); rules are written on tune",
    )
    args = parser.parse_args(argv)

    try:
        devset = load_devset(args.corpus)
    except CorpusMissing as exc:
        print(f"SKIP: {exc}", file=sys.stderr)
        return EXIT_NO_CORPUS

    extract = _load_extractor()
    if extract is None:
        print(
            "builder.api.extract_text is not available (module builder.api missing or without "
            "extract_text); nothing to score.",
            file=sys.stderr,
        )
        return EXIT_NO_BUILDER

    articles = []
    errors = []
    if args.split != "all":
        devset = [(e, a) for e, a in devset if e.get("split") == args.split]
    for expected, article in devset:
        try:
            got = extract(
                article.get("text", ""), article.get("title", ""), published_date(article)
            )
        except Exception as exc:  # one failing article must not stop the run
            message = f"{type(exc).__name__}: {exc}"
            errors.append({"key": expected["key"], "error": message})
            print(f"extraction failed for {expected['key']}: {message}", file=sys.stderr)
            if args.details:
                traceback.print_exc(file=sys.stderr)
            got = {}
        result = score(expected, got, details=args.details)
        articles.append(
            {
                "key": expected["key"],
                "outlet": expected.get("outlet"),
                "split": expected.get("split"),
                "scores": result,
            }
        )
        if args.details:
            print(f"\n== {expected['key']} ({expected.get('outlet')})")
            for category in CATEGORIES:
                for label in ("missed", "spurious", "label wrong"):
                    for item in result[category].get(label, []):
                        print(f"  {category:<9} {label:<8} {item}")

    halves = [h for h in SPLITS if any(a["split"] == h for a in articles)]
    for half in halves if len(halves) > 1 else ():
        chosen = [a for a in articles if a["split"] == half]
        print(f"\n== {half}: {len(chosen)} articles")
        print(format_table(summarize(a["scores"] for a in chosen)))
    totals = summarize(a["scores"] for a in articles)
    print(
        f"\n== dev set ({args.split}): {len(articles)} articles, {len(errors)} extraction error(s)"
    )
    print(format_table(totals))
    if args.json:
        payload = {"articles": articles, "totals": totals, "errors": errors}
        args.json.write_text(
            json.dumps(payload, ensure_ascii=False, indent=2, default=str), encoding="utf-8"
        )
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
