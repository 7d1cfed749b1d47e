"""Which part of the explainer each sentence feeds: main development, background, mediation."""

from __future__ import annotations

from builder.extract.context import Context


def extract(ctx: Context) -> None:
    published = ctx.doc.published.isoformat()
    mediation = {m.sentence for m in ctx.facts.mediation}
    background = {
        e.sentence
        for e in ctx.facts.events
        if (e.date and e.date[:4] < published[:4])
        or (e.date and len(e.date) >= 7 and e.date[:7] < published[:7])
    }
    for sentence in ctx.doc.sentences:
        if sentence.index in mediation:
            sentence.section = "mediation"
        elif sentence.index in background:
            sentence.section = "background"
        elif sentence.index <= 1:
            sentence.section = "main"
