"""What happened to what a figure counts: ``قتل 20 شخصا`` → 20 people *killed*, ``إعدام 12
مدانا`` → 12 convicts *executed*, ``خطف وقتل ثمانية من قوات الأمن`` → 8 members of the
security forces *abducted and killed* (``data/figure_predicates.yml``).

The predicate is read next to the figure in its clause: just before the number, or just
after the counted noun; a noun that already says it (قتيل, جريح) takes none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from builder import data
from builder.analyse.phrases import PhraseIndex
from builder.analyse.tokens import Token, token_range
from builder.extract.figures.rules import rules
from builder.lexicon.nouns import nouns
from builder.records import Bilingual, Figure
from builder.text.normalize import normalize

BEFORE = 4
CLAUSE_ENDS = frozenset({"،", ",", ".", "؛", ";"})
"""Punctuation that ends the clause a figure's predicate is read in."""
AFTER = 3
SKIP_KINDS = {"age", "ordinal", "time", "percent", "distance", "area", "weight", "volume"}
PERSONS = {"people", "military", "casualties"}
SAYS_IT = {"casualties"}
"""Kinds whose nouns already say what happened (قتيل killed, جريح wounded)."""


@dataclass(frozen=True)
class Predicate:
    label: Bilingual
    kind: str | None = None
    """The kind it makes a count of persons (killed → casualties)."""
    right_before: bool = False
    """Said only right before the number (سجن 77 ألف شخص; elsewhere سجن is "prison")."""
    after: bool = False
    """Said only after the counted noun, as its adjective (المدنيين الفارين)."""
    of: str | None = None
    """``persons`` or ``things``: the only counts it is said of (no "people demolished")."""


@cache
def predicates() -> PhraseIndex[Predicate]:
    index: PhraseIndex[Predicate] = PhraseIndex()
    for item in data.load("figure_predicates")["predicates"]:
        label = Bilingual(str(item.get("ar") or ""), str(item["en"]))
        kind, of = item.get("kind"), item.get("of")
        for form in item["match"]:
            index.add(str(form), Predicate(label, kind, of=of))
        for form in item.get("right_before") or ():
            index.add(str(form), Predicate(label, kind, right_before=True, of=of))
        for form in item.get("after") or ():
            index.add(str(form), Predicate(label, kind, after=True, of=of))
    return index


@cache
def qualifier_words() -> frozenset[str]:
    """Words a qualifier puts between a predicate and its number (سجن حوالى 77 ألف شخص)."""
    raw = data.load("figure_rules").get("qualifier_words") or ()
    return frozenset(normalize(str(w)) for w in raw)


def label(tokens: Sequence[Token], figure: Figure, others: Sequence[Figure] = ()) -> None:
    """Add what happened to what ``figure`` counts; ``others``: the figures of its sentence,
    whose nouns may say what happened to a whole the figure is part of."""
    found = token_range(tokens, figure.span.start, figure.span.end)
    if found is None:
        return
    start, end = found
    if figure.kind in SKIP_KINDS or figure.kind in SAYS_IT or figure.kind == "money":
        return  # a sum's purpose and a length's matter: .purposes
    if not figure.label.en:
        told = predicates().match(tokens, end) if figure.label.ar else None
        if told is not None and told.end == end + 1:  # 200 بجروح: the word says it
            _take(figure, [told.value], alone=True)
        elif not figure.label.ar:  # جرح 14: what happened is all the label there is
            _take(figure, _before(tokens, start)[-1:] or _phrase_after(tokens, end + 1), True)
        return  # an unknown noun (2591 عقوبة إعدام): a predicate alone would mislabel it
    persons = figure.kind in PERSONS
    # What happens after the noun is said of persons (20 شخصا قتلوا), rarely of things
    # (نقل 3 إلى مستشفيين لكنهم توفوا: the three died, not the hospitals).
    said = _before(tokens, start) or (_after(tokens, end + 1) if persons else [])
    if persons and not said:
        said = _of_the_whole(tokens, start, others) or _toll(tokens, start)
    _take(figure, [p for p in said if _fits(p, figure)])


def _fits(predicate: Predicate, figure: Figure) -> bool:
    """The predicate can be said of what the figure counts: «66 شخصا» on a plane that
    crashed were killed, not "crashed"; two aircraft are withdrawn, not "expelled"."""
    if predicate.of is None:
        return True
    noun = nouns().nouns.get(figure.unit or "")
    if noun is None:
        return True
    return noun.human == (predicate.of == "persons")


def _phrase_after(tokens: Sequence[Token], k: int) -> list[Predicate]:
    """What a bare number is said to be right after it, in its own clause: «بلغت 43 ألف بين
    قتيل وجريح» (not «قتل 5 وأصيب 14», where وأصيب opens the next one)."""
    told = predicates().match(tokens, k) if k < len(tokens) else None
    return [told.value] if told is not None and not tokens[k].norm.startswith("و") else []


def _take(figure: Figure, found: list[Predicate], alone: bool = False) -> None:
    """Add what happened to the label (20 people → 20 people killed); a casualty predicate
    makes a count of persons casualties."""
    if not found:
        return
    en = " and ".join(dict.fromkeys(p.label.en for p in found if p.label.en))
    ar = " و".join(dict.fromkeys(p.label.ar for p in found if p.label.ar))
    noun = Bilingual(None, None) if alone else figure.label
    figure.label = Bilingual(
        f"{noun.ar} {ar}".strip() if noun.ar else ar or None,
        f"{noun.en} {en}".strip() if noun.en else en or None,
    )
    kind = next((p.kind for p in found if p.kind), None)
    if kind and (alone or figure.kind in PERSONS):
        figure.kind = kind


def told_of(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether something is said to happen to what tokens ``start``–``end`` count."""
    return bool(_before(tokens, start) or _after(tokens, end))


def _right_before(tokens: Sequence[Token], j: int, end: int, k: int) -> bool:
    """The verb itself at ``j``, bare or after و (وسجن 29; not بالفصل "with expulsion"), and
    only a qualifier between it and the number at ``k``."""
    word = tokens[j].norm
    bare = word[1:] if word.startswith("و") else word
    if bare.startswith(("ال", "ب", "ل")):
        return False
    return all(t.norm in qualifier_words() for t in tokens[end:k])


def _before(tokens: Sequence[Token], k: int) -> list[Predicate]:
    """Predicates in the few words before the number, in the same clause (خطف وقتل 8)."""
    out: list[Predicate] = []
    index = predicates()
    said_to = 0  # where the last predicate's words end
    for j in range(max(0, k - BEFORE), k):
        if tokens[j].text in CLAUSE_ENDS or tokens[j].kind == "num":
            out = []  # a clause or another figure between: «مقتل 45 شخصا ونزوح 12 ألف»
            continue
        if out and j >= said_to and tokens[j].norm in rules().object_pronouns:
            out = []  # «التي تسيطر عليها المعارضة بنحو 50 ألف»: the verb is said of what
            continue  # the pronoun stands for, not of the number
        m = index.match(tokens, j)
        if m is None or m.end > k:
            continue
        if m.value.after or _negated(tokens, j, m.end, k):
            continue  # «لن تفتح حدودها لعشرات الآلاف»: what does not happen is no label
        if m.value.right_before and not _right_before(tokens, j, m.end, k):
            continue
        out.append(m.value)
        said_to = m.end
    return out[-2:]


def _negated(tokens: Sequence[Token], j: int, end: int, k: int) -> bool:
    """The predicate at ``j``–``end`` is denied (لن تفتح), unless «سوى» or «إلا» before the
    number at ``k`` makes it "only" (لا يسمح سوى لـ10 طائرات: 10 aircraft allowed)."""
    if j == 0 or tokens[j - 1].norm not in rules().negations:
        return False
    return not any(t.norm in rules().only_words for t in tokens[end:k])


WHOLE_WITHIN = 16
"""Tokens back from «بينهم» to the number of the whole (past what it counts: «مقتل 122 ألف
عنصر من قوات النظام والمسلحين الموالين لها، بينهم 63,820 جنديا»)."""
SENTENCE_ENDS = frozenset({".", "؟", "!", "؛", ";"})


@cache
def subsets() -> PhraseIndex[bool]:
    """The words of a part (``among_words`` in ``data/figure_rules.yml``: بينهم, منهم)."""
    return PhraseIndex((str(w), True) for w in data.load("figure_rules")["among_words"])


def _of_the_whole(
    tokens: Sequence[Token], k: int, others: Sequence[Figure] = ()
) -> list[Predicate]:
    """A part named after «بينهم» shares what happened to the whole before it: «مقتل 43
    مدنيا بينهم سبعة أطفال» → 7 children killed."""
    if k >= 2 and tokens[k - 1].text == "و":  # «بينهم 63,820 جنديا و1630 عنصرا»: a part too
        for n in range(k - 2, max(-1, k - 2 - AFTER - 1), -1):
            if tokens[n].text in CLAUSE_ENDS:
                break
            if tokens[n].kind == "num":
                return _of_the_whole(tokens, n, others)
    for j in range(max(0, k - 2 - QUALIFIER_WORDS), k):
        m = subsets().match(tokens, j)
        if (
            m is None
            or m.end > k
            or any(t.norm not in qualifier_words() for t in tokens[m.end : k])
        ):
            continue  # «بينهم أكثر من 100 ألف مدني»: a qualifier may stand before the part
        for n in range(j - 1, max(-1, j - 1 - WHOLE_WITHIN), -1):
            if tokens[n].text in SENTENCE_ENDS:
                return []
            if tokens[n].kind == "num":
                # what happened to the whole, or what its noun says (350 ألف قتيل: killed)
                return (
                    _before(tokens, n)
                    or _said_by_noun(tokens[n], others)
                    or _after(tokens[:j], n + 1)  # 300 شخص قتلوا، بينهم 60 طفلا
                )
    return []


QUALIFIER_WORDS = 2
"""Qualifier words a part's number may have after «بينهم» (أكثر من)."""


def _said_by_noun(number: Token, others: Sequence[Figure]) -> list[Predicate]:
    """The predicate a figure's own noun says (قتيل: killed), for the figure at ``number``."""
    for other in others:
        if other.span.start <= number.start < other.span.end and other.kind in SAYS_IT:
            said = by_english().get(other.label.en or "")
            return [said] if said is not None else []
    return []


@cache
def by_english() -> dict[str, Predicate]:
    """Each predicate by its English (killed → قُتلوا, casualties)."""
    return {p.label.en or "": p for p in predicates().values()}


TOLL_WITHIN = 18
"""Tokens back from a number to the toll it gives (past the clause of what caused it, or
of the time it counts from: «حصيلة القتلى منذ … مارس 2011 حتى اليوم بلغت 353,935»)."""


@cache
def toll_words() -> frozenset[str]:
    return frozenset(normalize(str(w)) for w in data.load("figure_rules").get("toll_words") or ())


def _toll(tokens: Sequence[Token], k: int) -> list[Predicate]:
    """A toll the number gives: «ارتفع عدد القتلى … ليصل إلى 8 أشخاص» → 8 people killed."""
    heads = toll_words()
    for j in range(k - 1, max(-1, k - 1 - TOLL_WITHIN), -1):
        if tokens[j].text in SENTENCE_ENDS or (tokens[j].kind == "num" and not _year(tokens[j])):
            return []  # another figure between takes the toll (a year is none: منذ 2011)
        if not heads.isdisjoint(tokens[j].stems) and j + 1 < k:
            m = predicates().match(tokens, j + 1)
            return [m.value] if m is not None and m.end <= k else []
    return []


def _year(tok: Token) -> bool:
    """A year written in digits (منذ مارس 2011), not a count."""
    return len(tok.text) == 4 and tok.text.isdigit() and 1900 <= int(tok.text) <= 2100


def _after(tokens: Sequence[Token], k: int) -> list[Predicate]:
    """A predicate right after the counted noun (20 شخصا قتلوا)."""
    index = predicates()
    for j in range(k, min(k + AFTER, len(tokens))):
        if tokens[j].text in CLAUSE_ENDS:
            return []
        m = index.match(tokens, j)
        if m is not None:
            return [m.value]
    return []
