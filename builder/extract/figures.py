"""Figures: every quantity with the words that say what it counts."""

from __future__ import annotations

from builder.extract.context import Context
from builder.records import Bilingual, Figure, Span


def extract(ctx: Context) -> None:
    seen: dict[str, int] = {}
    for sentence, tokens in zip(ctx.doc.sentences, ctx.tokens, strict=True):
        for i, tok in enumerate(tokens):
            if tok.kind != "num":
                continue
            value = _number(tok.norm)
            if value is None or (isinstance(value, int) and 1900 <= value <= 2100):
                continue
            end = (
                tokens[i + 1].end if i + 1 < len(tokens) and tokens[i + 1].kind == "ar" else tok.end
            )
            text = ctx.doc.text[tok.start : end]
            base = f"figure-{value}"
            seen[base] = seen.get(base, 0) + 1
            fid = base if seen[base] == 1 else f"{base}-{seen[base]}"
            ctx.facts.figures.append(
                Figure(
                    fid,
                    value,
                    text,
                    Span(tok.start, end),
                    sentence.index,
                    label=Bilingual(text[len(tok.text) :].strip() or None, None),
                )
            )


def _number(norm: str) -> int | float | None:
    digits = norm.replace(",", "")
    try:
        return int(digits)
    except ValueError:
        try:
            return float(digits)
        except ValueError:
            return None
