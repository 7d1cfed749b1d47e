"""Fractions of a whole: ``نصف السكان`` (half of the population), ``أكثر من ثلثي المقاعد``
(more than two thirds of the seats). The whole must be one the shares table names (السكان,
المقاعد, الأصوات), so that a fraction of something else (نصف النهائي, the semi-final; نصف
ساعة, half an hour) is left alone; the page shows the fraction's word, not 0.67.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from builder import data
from builder.analyse.phrases import PhraseIndex
from builder.analyse.tokens import Token
from builder.extract.context import Context
from builder.extract.figures.counted import qualifier_before
from builder.extract.figures.rules import rules
from builder.records import Bilingual, Figure, Span


@dataclass(frozen=True)
class Fraction:
    value: float
    en: str


@cache
def fractions() -> PhraseIndex[Fraction]:
    raw = data.load("figure_rules").get("fractions") or ()
    return PhraseIndex(
        (str(form), Fraction(float(item["value"]), str(item["en"])))
        for item in raw
        for form in item["ar"]
    )


def read(ctx: Context, tokens: Sequence[Token]) -> list[Figure]:
    out: list[Figure] = []
    for k, tok in enumerate(tokens):
        if tok.kind != "ar":
            continue
        found = fractions().match(tokens, k)
        if found is None or found.end >= len(tokens):
            continue
        at = found.end + (tokens[found.end].norm == "من")  # ثلث من السكان
        whole = rules().shares.match(tokens, at) if at < len(tokens) else None
        if whole is None or not tokens[at].norm.startswith("ال"):
            continue  # ثلث سكان المدينة reads otherwise; a share's whole is definite
        before = qualifier_before(tokens, k)
        start = before[1] if before else k
        span = Span(tokens[start].start, tokens[whole.end - 1].end)
        fraction = found.value
        whole_ar = ctx.doc.quote(Span(tokens[at].start, tokens[whole.end - 1].end))
        out.append(
            Figure(
                id=f"share-{round(fraction.value * 100)}-{whole.value.replace(' ', '-')}",
                value=fraction.value,
                text=ctx.doc.quote(span),
                span=span,
                sentence=0,
                qualifier=before[0] if before else None,
                unit="share",
                label=Bilingual(whole_ar, f"of {whole.value}"),
                kind="share",
                words=Bilingual(
                    ctx.doc.quote(Span(tok.start, tokens[found.end - 1].end)), fraction.en
                ),
            )
        )
    return out
