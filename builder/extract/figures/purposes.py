"""What a sum is for and what a length of time is of, from the words around it: «بتكلفة 100
مليون دولار» → dollars (cost), «تعويض بقيمة مليون روبل» → rubles (compensation), «بالسجن
أكثر من 15 عاما» → years in prison, «يومين من أعمال العنف» → days of violence
(``money`` and ``durations`` in ``data/figure_predicates.yml``)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from builder import data
from builder.analyse.phrases import PhraseIndex
from builder.analyse.tokens import Token, token_range
from builder.extract.figures.predicates import BEFORE, CLAUSE_ENDS, qualifier_words
from builder.extract.figures.rules import rules
from builder.records import Bilingual, Figure


def label(tokens: Sequence[Token], figure: Figure) -> None:
    found = token_range(tokens, figure.span.start, figure.span.end)
    if found is None:
        return
    start, end = found
    if figure.kind == "time" and figure.label.en:
        _duration(tokens, start, end, figure)
    elif figure.kind == "money":
        _purpose(tokens, start, figure)


@cache
def money_purposes() -> PhraseIndex[tuple[Bilingual, bool]]:
    """What a sum is (cost, compensation), and whether the word is only «worth» (بقيمة)."""
    return PhraseIndex(
        (str(form), (Bilingual(str(item.get("ar") or ""), str(item["en"])), bool(item.get("weak"))))
        for item in data.load("figure_predicates").get("money") or ()
        for form in item["match"]
    )


@cache
def durations() -> tuple[PhraseIndex[Bilingual], PhraseIndex[Bilingual]]:
    """What a length of time is of: (words before it, words after it)."""
    before: PhraseIndex[Bilingual] = PhraseIndex()
    after: PhraseIndex[Bilingual] = PhraseIndex()
    for item in data.load("figure_predicates").get("durations") or ():
        what = Bilingual(str(item.get("ar") or ""), str(item["en"]))
        for form in item.get("before") or ():
            before.add(str(form), what)
        for form in item.get("after") or ():
            after.add(str(form), what)
    return before, after


def _since(tokens: Sequence[Token], start: int) -> bool:
    """«بعد شهر من الاشتباكات» is a month after the clashes, not a month of them (the
    figure's text may open with بعد)."""
    if tokens[start].norm in rules().since_words:
        return True
    k = start - 1
    while k >= 0 and tokens[k].norm in qualifier_words():
        k -= 1
    return k >= 0 and tokens[k].norm in rules().since_words


def _duration(tokens: Sequence[Token], start: int, end: int, figure: Figure) -> None:
    """What a length of time is of: «بالسجن أكثر من 15 عاما» → years in prison, «يومين من
    أعمال العنف» → days of violence."""
    before, after = durations()
    what = None
    m = after.match(tokens, end + 1) if end + 1 < len(tokens) else None
    if m is not None and not _since(tokens, start):
        what = m.value
    k = start
    while what is None and k > 0 and start - k < BEFORE:
        k -= 1
        if tokens[k].norm in qualifier_words() or tokens[k].norm in rules().duration_skips:
            continue
        for j in range(max(0, k - 2), k + 1):
            m = before.match(tokens, j)
            if m is not None and m.end == k + 1:
                what = m.value
                break
        break
    if what is not None:
        noun = figure.label
        figure.label = Bilingual(
            f"{noun.ar} {what.ar}" if noun.ar else what.ar, f"{noun.en} {what.en}"
        )


def _purpose(tokens: Sequence[Token], k: int, figure: Figure) -> None:
    """What a sum is for, from the words just before it: بتكلفة 100 مليون دولار → cost."""
    index = money_purposes()
    found: Bilingual | None = None
    reach = k - 1 - BEFORE
    j = k - 1
    while j > max(-1, reach):
        if tokens[j].text in CLAUSE_ENDS:
            break
        m = index.match(tokens, j)
        if m is not None and m.end <= k:
            what, weak = m.value
            found = what if found is None or not weak else found
            if not weak:
                break
            reach = j - 1 - BEFORE // 2  # تعويض بقيمة: a stronger word may stand before it
        j -= 1
    if found is not None:
        noun = figure.label
        figure.label = Bilingual(
            f"{noun.ar} ({found.ar})" if noun.ar else found.ar,
            f"{noun.en} ({found.en})" if noun.en else found.en,
        )
