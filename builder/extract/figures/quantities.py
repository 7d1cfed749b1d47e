"""Quantities: a number (digits or words) and what it counts (286 قتيلاً → 286 killed; أكثر
من 6500 قتيل → more than 6,500 killed; 10 أو 15 أو 20 عامًا → three figures in years).

Not quantities: years and dates, identifiers (القرار 2216), list numbering, clock times and
scores (``12,20 ت غ``, ``2-1``), durations that anchor a time (``منذ ثمانية أشهر`` is a time
expression). Ages (``(12 عاما)``) are read here and marked by :mod:`.ages`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from builder import data
from builder.analyse.numbers import Quantity, reader
from builder.analyse.phrases import PhraseIndex
from builder.analyse.tokens import Token
from builder.extract.context import Context
from builder.lexicon.nouns import NounMatch, nouns
from builder.records import Bilingual, Figure, Qualifier, Span
from builder.text.normalize import normalize

MIN_VAGUE = 20  # vague amounts from عشرات up count; عدة and بضعة do not


class _Rules:
    def __init__(self) -> None:
        raw = data.load("figure_rules")
        self.identifier_cues = {normalize(w) for w in raw["identifier_cues"]}
        self.window = int(raw["identifier_window"])
        self.linkers = {normalize(w) for w in raw["list_linkers"]}
        self.total_cues = {normalize(w) for w in raw["total_cues"]}
        self.others = frozenset(normalize(w) for w in raw["others_words"])
        self.among = frozenset(normalize(w) for w in raw["among_words"])
        self.dual_kinds = set(raw["dual_kinds"])
        self.not_nouns = {normalize(w) for w in raw["not_nouns"]}
        self.relative_periods = frozenset(normalize(w) for w in raw["relative_periods"])
        self.clock_after = frozenset(normalize(w) for w in raw["clock_after"])
        self.shares: PhraseIndex[str] = PhraseIndex(
            (str(form), str(en)) for en, forms in raw["shares"].items() for form in forms
        )
        self.trailing: PhraseIndex[str] = PhraseIndex(
            (p, kind) for kind, phrases in raw["trailing_qualifiers"].items() for p in phrases
        )


@cache
def rules() -> _Rules:
    return _Rules()


def read(ctx: Context, tokens: Sequence[Token]) -> list[Figure]:
    numbers = reader()
    lexicon = nouns()
    out: list[Figure] = []
    last_noun: NounMatch | None = None
    i = 0
    while i < len(tokens):
        q = numbers.read(tokens, i)
        if q is None:
            i += 1
            continue
        if (q.value == 1 and q.words) or _not_a_figure(tokens, q, ctx):
            i = max(q.end, i + 1)
            continue
        if q.vague and float(q.vague.get("min", 0)) < MIN_VAGUE:
            i = q.end  # عدة، بضعة، عدد من: too weak to be a key figure
            continue
        noun_start = q.end
        of = _partitive(ctx, tokens, q.end)  # ثمانية من قوات الأمن: members of a body
        match = (
            lexicon.index.match(tokens, noun_start)
            if noun_start < len(tokens) and of is None
            else None
        )
        if match is None and noun_start + 1 < len(tokens) and tokens[noun_start].norm == "من":
            # 14 من العناصر, عشرات من المدنيين: the counted noun after من
            noun_start += 1
            match = lexicon.index.match(tokens, noun_start)
        noun: NounMatch | None = match.value if match else None
        end = match.end if match else q.end
        if noun is None:
            noun = _shared_noun(tokens, q.end) or _total_noun(tokens, q.start)
        if noun is None and last_noun is not None:
            if _word_in(tokens, q.end, rules().others):  # 3500 آخرين: others of the same
                noun, end = last_noun, q.end + 1
            elif _word_in(tokens, q.start - 1, rules().among):  # بينهم 2500
                noun = last_noun
        if noun is None and _is_year(tokens, q):
            i = q.end
            continue
        qualifier = _qualifier_before(tokens, q.start)
        start = q.start
        if qualifier:
            start = qualifier[1]
        trailing = rules().trailing.match(tokens, end) if end < len(tokens) else None
        if trailing and not qualifier:
            qualifier = (trailing.value, start)
            end = trailing.end
        label_at = noun_start if noun_start > q.end else q.end
        nationals = _nationals(ctx, tokens, q.end) if noun is None and of is None else None
        counted = of if of is not None else nationals
        if counted is not None:
            label, end = counted
            out.append(
                _figure(
                    ctx,
                    tokens,
                    q,
                    None,
                    start,
                    end,
                    qualifier[0] if qualifier else None,
                    label_at,
                    label,
                )
            )
            i = max(q.end, i + 1)
            continue
        if (
            noun is None
            and not q.scaled
            and (
                (q.words and not q.vague and not _plural_word(tokens, label_at))
                or not _has_label_word(tokens, label_at)
            )
        ):
            i = max(q.end, i + 1)  # a number word with no counted noun, or a bare number
            continue
        if noun is None and label_at < len(tokens) and tokens[label_at].kind == "ar":
            end = label_at + 1  # 30 من علماء الدين, ثلاث صالات: the counted word is in the quote
        figure = _figure(
            ctx, tokens, q, noun, start, end, qualifier[0] if qualifier else None, label_at
        )
        if figure.kind == "percent":
            _share_of(tokens, q.start, end, figure)
        out.append(figure)
        last_noun = noun or last_noun
        i = max(q.end, i + 1)
    return out


def _share_of(tokens: Sequence[Token], start: int, end: int, figure: Figure) -> None:
    """What a percentage is of: ``نسبة المشاركة 32%`` → turnout, ``85% من الناخبين`` →
    percent of voters, ``67,7 بالمئة من الأصوات`` → percent of the vote."""
    shares = rules().shares
    for k in range(max(0, start - 4), start):  # نسبة المشاركة …
        found = shares.match(tokens, k)
        if found is not None:
            figure.label = Bilingual(figure.label.ar, f"percent ({found.value})")
            return
    if end + 1 < len(tokens) and tokens[end].norm == "من":  # … من الأصوات
        found = shares.match(tokens, end + 1)
        if found is not None:
            figure.label = Bilingual(figure.label.ar, f"percent of {found.value}")
            return
        noun = nouns().index.match(tokens, end + 1)
        if noun is not None:
            figure.label = Bilingual(figure.label.ar, f"percent of {noun.value.noun.en['other']}")


def _partitive(ctx: Context, tokens: Sequence[Token], k: int) -> tuple[Bilingual, int] | None:
    """``ثمانية من قوات الأمن``: the number counts members of the body named after من."""
    if k + 1 >= len(tokens) or tokens[k].norm != "من":
        return None
    start = tokens[k + 1].start
    for span, actor in ctx.mentions_in(Span(start, tokens[-1].end)):
        if span.start != start or actor.kind not in ("organization", "group"):
            continue
        end = next((j + 1 for j in range(k + 1, len(tokens)) if tokens[j].end >= span.end), k + 2)
        en = f"members of {actor.name.en}" if actor.name.en else None
        return Bilingual(f"من {ctx.doc.quote(span)}", en), end
    return None


def _nationals(ctx: Context, tokens: Sequence[Token], k: int) -> tuple[Bilingual, int] | None:
    """``15 سعوديا``, ``ثلاثة فلسطينيين``: a demonym used as a noun counts nationals."""
    if k >= len(tokens) or ctx.lexicon is None:
        return None
    found = ctx.lexicon.demonym_at(tokens, k)
    if found is None and tokens[k].norm.endswith("ا"):  # سعوديا: the accusative of سعودي
        bare = tokens[k].norm[:-1]
        found = ctx.lexicon.demonym_at([_with_norm(tokens[k], bare)], 0)
        found = (found[0], k + 1) if found else None
    if found is None:
        return None
    adjective, end = found
    return Bilingual(adjective.ar, nationals_en(adjective.en)), end


def _with_norm(tok: Token, norm: str) -> Token:
    return Token(tok.index, tok.start, tok.end, tok.text, tok.kind, norm, (norm,))


def nationals_en(adjective: str | None) -> str | None:
    """ "Saudis", "Palestinians", "Iraqis"; "British nationals" where no plural exists."""
    if not adjective:
        return None
    if adjective.endswith(("an", "i")):
        return adjective + "s"
    return f"{adjective} nationals"


def _plural_word(tokens: Sequence[Token], j: int) -> bool:
    """A sound plural after a number word (ثلاث صالات): a counted noun the lexicon lacks."""
    if j >= len(tokens) or tokens[j].kind != "ar":
        return False
    word = tokens[j].stems[-1]
    return len(word) >= 4 and word.endswith(("ات", "ين", "ون"))


def _figure(
    ctx: Context,
    tokens: Sequence[Token],
    q: Quantity,
    noun: NounMatch | None,
    start: int,
    end: int,
    qualifier: str | None,
    label_at: int | None = None,
    label: Bilingual | None = None,
) -> Figure:
    text_start = tokens[start].start
    # Refiners after the noun: "2000 جندي حفظ سلام روسي" → Russian peacekeepers.
    adjective = None
    refiner = None
    if noun is not None and end > q.end:
        adjective, refiner, end = _refinements(tokens, end, ctx)
    text_end = tokens[end - 1].end if end > start else tokens[q.end - 1].end
    text = ctx.doc.text[text_start:text_end]
    value = q.value
    if label is None:
        label = _label(noun, value, q, tokens, ctx, adjective, refiner, label_at)
    unit = noun.noun.key if noun else ("vague" if q.vague else None)
    key = f"{unit or 'count'}-{_slug_value(value, q)}"
    return Figure(
        id=key,
        value=value,
        text=text,
        span=Span(text_start, text_end),
        sentence=0,
        qualifier=Qualifier.parse(qualifier),
        unit=unit,
        label=label,
        kind=noun.noun.kind if noun else None,
        vague=Bilingual(str(q.vague.get("ar")), str(q.vague.get("en"))) if q.vague else None,
    )


def _slug_value(value: Any, q: Quantity) -> str:
    if value is None:
        return normalize(str((q.vague or {}).get("en", "some"))).replace(" ", "-")
    return str(value).replace(".", "_")


def _label(
    noun: NounMatch | None,
    value: Any,
    q: Quantity,
    tokens: Sequence[Token],
    ctx: Context,
    adjective: Bilingual | None,
    refiner: Bilingual | None,
    label_at: int | None = None,
) -> Bilingual:
    if noun is None:
        at = q.end if label_at is None else label_at
        word = tokens[at].text if at < len(tokens) and tokens[at].kind == "ar" else None
        if q.vague:
            return Bilingual(None, None)  # آلاف alone: the amount's word is all there is
        return Bilingual(word, None)
    en = noun.noun.en.get("one" if value == 1 else "other") or noun.noun.en.get("other")
    ar = noun.noun.ar.get("other")
    parts_en = [
        p for p in (adjective.en if adjective else None, refiner.en if refiner else None) if p
    ]
    if parts_en:
        en = " ".join([*parts_en, en or ""]).strip()
    if adjective and adjective.ar:
        ar = f"{ar} {adjective.ar}"
    return Bilingual(ar, en)


def _refinements(
    tokens: Sequence[Token], end: int, ctx: Context
) -> tuple[Bilingual | None, Bilingual | None, int]:
    adjective = None
    refiner = None
    for _ in range(2):
        if end >= len(tokens):
            break
        demonym = ctx.lexicon.demonym_at(tokens, end) if ctx.lexicon else None
        if demonym is not None and adjective is None:
            adjective, end = demonym
            continue
        r = nouns().refiners.match(tokens, end)
        if r is not None and refiner is None:
            refiner = Bilingual(r.value.ar, r.value.en)
            end = r.end
            continue
        break
    return adjective, refiner, end


def _word_in(tokens: Sequence[Token], k: int, words: frozenset[str]) -> bool:
    return 0 <= k < len(tokens) and tokens[k].norm in words


def _after_number(tokens: Sequence[Token], i: int) -> bool:
    return i > 0 and tokens[i - 1].kind == "num"


def _qualifier_before(tokens: Sequence[Token], start: int) -> tuple[str, int] | None:
    qualifiers = reader().qualifiers
    for k in range(max(0, start - 4), start):
        m = qualifiers.match(tokens, k)
        if m is not None and m.end == start:
            return m.value, k
    return None


def _shared_noun(tokens: Sequence[Token], j: int) -> NounMatch | None:
    """10 أو 15 أو 20 عامًا: the noun after the last alternative counts them all."""
    linkers = rules().linkers
    numbers = reader()
    steps = 0
    while j < len(tokens) - 1 and tokens[j].norm in linkers and steps < 6:
        q = numbers.read(tokens, j + 1)
        if q is None:
            return None
        j = q.end
        steps += 1
        m = nouns().index.match(tokens, j) if j < len(tokens) else None
        if m is not None:
            return m.value
    return None


def _total_noun(tokens: Sequence[Token], start: int) -> NounMatch | None:
    """ارتفع عدد القتلى إلى 50: the noun after عدد/حصيلة a few words back."""
    cues = rules().total_cues
    for k in range(start - 1, max(-1, start - 6), -1):
        if any(stem in cues for stem in tokens[k].stems) and k + 1 < start:
            m = nouns().index.match(tokens, k + 1)
            if m is not None:
                return m.value
    return None


def _has_label_word(tokens: Sequence[Token], j: int) -> bool:
    if j >= len(tokens) or tokens[j].kind != "ar":
        return False
    return not any(stem in rules().not_nouns for stem in tokens[j].stems)


def _is_year(tokens: Sequence[Token], q: Quantity) -> bool:
    if q.words or not isinstance(q.value, int) or q.end - q.start != 1:
        return False
    return 1800 <= q.value <= 2100 and len(tokens[q.start].norm) == 4


def _not_a_figure(tokens: Sequence[Token], q: Quantity, ctx: Context) -> bool:
    tok = tokens[q.start]
    prev = tokens[q.start - 1] if q.start > 0 else None
    nxt = tokens[q.end] if q.end < len(tokens) else None
    if tok.kind == "num":
        # Glued to Latin letters or joined by / : . - it is a code, a date, a time or a model
        # name (F-35, 12/10). Glued to an Arabic word it is a missing space (إصابة54).
        if (
            prev is not None
            and prev.end == tok.start
            and (prev.kind == "lat" or prev.text in "/:-–_.#")
        ):
            return True
        if _clock_or_score(tokens, q):
            return True
        if (
            nxt is not None
            and nxt.start == tokens[q.end - 1].end
            and nxt.text in ("/", ":", "-", "–", ")", ".")
            and (q.start == 0 or nxt.text in "/:")
        ):
            return True
        if (
            nxt is not None
            and nxt.start == tokens[q.end - 1].end
            and nxt.kind in ("lat", "ar")
            and not nxt.norm.startswith(("%",))
        ):
            # 2018م, 10ر: glued letters mark years or codes, not counts.
            return nxt.norm not in ("الف", "مليون", "مليار")
    cues = rules().identifier_cues
    for k in range(max(0, q.start - rules().window), q.start):
        cue = any(stem in cues for stem in tokens[k].stems)
        close = k == q.start - 1 or tokens[k].norm in ("رقم", "قرار", "القرار")
        if cue and close and not any(tokens[m].kind == "num" for m in range(k + 1, q.start)):
            return True
    # A year or a day number belongs to its date: a time, not a figure. A duration counted
    # in a unit (منذ ثمانية أشهر: eight months, لمدة 20 عامًا) is both: the time expression
    # dates what happened, the figure says how long.
    if _counts_time_units(tokens, q.end):
        return False
    return ctx.in_time_expression(tok.start, tokens[q.end - 1].end)


def _counts_time_units(tokens: Sequence[Token], k: int) -> bool:
    m = nouns().index.match(tokens, k) if k < len(tokens) else None
    return m is not None and m.value.noun.kind == "time"


def _clock_or_score(tokens: Sequence[Token], q: Quantity) -> bool:
    """``12,20 ت غ``, ``10 بتوقيت غرينتش``, ``الساعة 13:00``, ``2-1``: clock times and scores."""
    k = q.end
    if k < len(tokens) and not rules().clock_after.isdisjoint(tokens[k].stems):
        return True
    if k + 1 < len(tokens) and tokens[k].text in ("-", "–", ":") and tokens[k + 1].kind == "num":
        return tokens[k].end == tokens[k + 1].start and tokens[k].start == tokens[q.start].end
    return False
