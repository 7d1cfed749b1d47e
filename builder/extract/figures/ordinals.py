"""Ordinals that count occurrences or ranks: ``للمرة الأولى`` (1st time), ``الجولة الخامسة``
(5th round), ``رابع اقتصاد`` (4th economy), ``ستكون الرابعة`` (will be the 4th).

Not these: ordinals of dates (``السابع من يوليو``, read by the time step), and ordinals that
are part of a name (``الحرب العالمية الثانية``, ``الفرقة الرابعة``: see ``ordinal_names`` in
``data/figure_rules.yml``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from builder import data
from builder.analyse.numbers import reader
from builder.analyse.tokens import Token
from builder.extract.context import Context
from builder.lexicon.nouns import nouns
from builder.lexicon.triggers import triggers
from builder.records import Bilingual, Figure, Span
from builder.text.normalize import normalize

MAX_RANK = 100


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    raw = data.load("figure_rules")
    names = frozenset(normalize(str(w)) for w in raw["ordinal_names"])
    copulas = frozenset(normalize(str(w)) for w in raw["ordinal_copulas"])
    return names, copulas


def read(ctx: Context, tokens: Sequence[Token]) -> list[Figure]:
    out: list[Figure] = []
    ordinals = reader().ordinals
    for k, tok in enumerate(tokens):
        if tok.kind != "ar":
            continue
        m = ordinals.match(tokens, k)
        if m is None or not 1 <= m.value <= MAX_RANK or (m.end != k + 1 and m.end <= k):
            continue
        if ctx.in_time_expression(tok.start, tokens[m.end - 1].end):
            continue  # السابع من يوليو: a date
        noun = _noun_of(tokens, k, m.end)
        if noun is None:
            continue
        start, end, word = noun
        names, _ = _words()
        if word is not None and not names.isdisjoint(tokens[word.index].stems):
            continue  # الحرب العالمية الثانية, الفرقة الرابعة: part of a name
        first, last = min(start, k), max(end, m.end)
        span = Span(tokens[first].start, tokens[last - 1].end)
        out.append(
            Figure(
                id=f"ordinal-{m.value}",
                value=m.value,
                text=ctx.doc.quote(span),
                span=span,
                sentence=0,
                label=_label(m.value, word),
                kind="ordinal",
            )
        )
    return out


def _noun_of(tokens: Sequence[Token], k: int, end: int) -> tuple[int, int, Token | None] | None:
    """The noun an ordinal at ``k`` ranks: after it (أول لقاء, رابع اقتصاد), before it
    (الجولة الخامسة, للمرة الأولى, نقطة رصد ثانية), or none after a copula (ستكون الرابعة)."""
    _, copulas = _words()
    tok = tokens[k]
    definite = tok.norm.startswith("ال") or any(s.startswith("ال") for s in tok.stems[:2])
    # A bare masculine ordinal leads its noun (أول زيارة, ثالث أكبر); a definite or feminine
    # one follows it, agreeing (الجولة الخامسة, ولاية ثانية, للمرة الأولى).
    leads = not definite and not tok.stems[-1].endswith(("ه", "ي"))
    if k > 0 and reader().words.match(tokens, k - 1) is not None:
        return None  # الثلاثة الأولى: "the first three"
    if leads and end < len(tokens) and tokens[end].kind == "ar":
        nxt = tokens[end]
        if _counted(tokens, end):
            return None  # أول يومين: "the first two days"
        if not nxt.norm.startswith("ال") and nxt.norm not in _not_nouns():
            return k, end + 1, nxt  # أول لقاء, ثالث أكبر
    if k > 0 and tokens[k - 1].kind == "ar":
        prev = tokens[k - 1]
        if not copulas.isdisjoint(prev.stems):
            return k, end, None  # ستكون الرابعة, هو الأول
        prev_definite = prev.norm.startswith(("ال", "لل", "بال", "وال"))
        if definite == prev_definite:
            return k - 1, end, prev  # الجولة الخامسة, بولاية ثانية
        if k > 1 and not definite and tokens[k - 2].kind == "ar":
            return k - 2, end, tokens[k - 2]  # نقطة رصد ثانية
    return None


def _counted(tokens: Sequence[Token], k: int) -> bool:
    """A number or a dual at ``k``: the ordinal then picks out the first few, it ranks none."""
    tok = tokens[k]
    return (
        tok.kind == "num"
        or bool(nouns().duals.intersection(tok.stems))
        or (reader().words.match(tokens, k) is not None)
    )


@cache
def _ranked() -> dict[str, str]:
    """What a noun means when ranked (``data/figure_rules.yml`` ordinal_nouns), by its stem
    with and without the article."""
    out: dict[str, str] = {}
    for ar, en in data.load("figure_rules")["ordinal_nouns"].items():
        stem = normalize(str(ar))
        out[stem] = out["ال" + stem] = str(en)
    return out


@cache
def _not_nouns() -> frozenset[str]:
    raw = data.load("figure_rules")
    return frozenset(normalize(str(w)) for w in [*raw["not_nouns"], *raw["ordinal_not_nouns"]])


def _label(value: int, word: Token | None) -> Bilingual:
    """ "1st time", "5th round"; the rank alone when the noun is not known."""
    rank = _english_ordinal(value)
    if word is None:
        return Bilingual(None, rank)
    noun_en = next((_ranked()[s] for s in word.stems if s in _ranked()), None)
    if noun_en is None:
        found = nouns().index.match([word], 0)
        noun_en = found.value.noun.en.get("one") if found else None
    if noun_en is None:  # الحرب الأولى, الزيارة الثالثة: a happening the event words know
        happening = triggers().events.match([word], 0)
        noun_en = happening.value.en if happening and not happening.value.weak else None
    noun_ar = word.text
    return Bilingual(noun_ar, f"{rank} {noun_en}" if noun_en else rank)


_WORDS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
)


def _english_ordinal(n: int) -> str:
    """ "first" … "tenth", then "11th", "21st": as news writes ranks."""
    if 1 <= n <= len(_WORDS):
        return _WORDS[n - 1]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
