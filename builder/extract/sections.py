"""Which part of the explainer each sentence feeds: main development, background, mediation."""

from __future__ import annotations

from datetime import date

from builder.dates import PartialDate
from builder.extract.context import Context


def is_background(iso: str | None, published: date) -> bool:
    """Earlier than the month of publication: the story's past, not its news."""
    when = PartialDate.parse(iso)
    return when is not None and when.before_month_of(published)


def extract(ctx: Context) -> None:
    mediation = {m.sentence for m in ctx.facts.mediation}
    background = {e.sentence for e in ctx.facts.events if is_background(e.date, ctx.doc.published)}
    for sentence in ctx.doc.sentences:
        if sentence.index in mediation:
            sentence.section = "mediation"
        elif sentence.index in background:
            sentence.section = "background"
        elif sentence.index <= 1:
            sentence.section = "main"
