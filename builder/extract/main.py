"""The story's main development: what the headline and "At a glance" tell.

A mediation effort told in the headline or the lead is the news (the talks are why the story
was written); else the first dated event of the headline or lead; else an undated event read
from their first trigger, since the headline always names the news. ``main:`` in
``explainer.yml`` can pin any other record.
"""

from __future__ import annotations

from builder.extract.context import Context
from builder.extract.events import LEAD, frame, hits_in
from builder.extract.frames import SentenceView
from builder.lexicon.triggers import triggers


def extract(ctx: Context) -> None:
    lead_efforts = [m for m in ctx.facts.mediation if min([m.sentence, *m.sentences]) <= 1]
    if lead_efforts:
        ctx.facts.main = lead_efforts[0].id
        return
    ctx.facts.main = _main_event(ctx)


def _main_event(ctx: Context) -> str | None:
    events = ctx.facts.events
    rank = triggers().rank
    lead = [e for e in events if e.sentence <= LEAD]
    if lead:
        first = min(lead, key=lambda e: (e.sentence > 1, e.sentence, rank.get(e.kind, 99)))
        return first.id
    for index in range(min(LEAD, len(ctx.doc.sentences) - 1) + 1):
        view = SentenceView(ctx, index)
        hits = [h for h in hits_in(view) if not h.kind.weak] or hits_in(view)
        if hits:
            event = frame(ctx, view, hits[0], None)
            event.id = f"{event.kind}-undated"
            if any(e.id == event.id for e in events):
                event.id += "-main"
            events.append(event)
            return event.id
    return None
