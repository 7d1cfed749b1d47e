"""Stage 3: extract fact records from an analysed document.

The steps run in the order registered in :data:`STEPS`; each is a function of one job that
reads the :class:`~builder.extract.context.Context` and adds records to it. Replace or
reorder a step here, in one place. Order matters: times before figures (a year is not a
figure), actors before events and mediation (they name participants), sections last.
"""

from __future__ import annotations

from collections.abc import Callable

from builder.extract import actors, events, figures, main, mediation, sections, times
from builder.extract.context import Context
from builder.extract.figures import owners, vote_shares
from builder.lexicon.gazetteer import Gazetteer
from builder.records import Document, Facts

Step = Callable[[Context], None]

STEPS: list[tuple[str, Step]] = [
    ("times", times.extract),
    ("figures", figures.extract),
    ("actors", actors.extract),
    ("vote shares", vote_shares.extract),
    ("figure owners", owners.extract),
    ("events", events.extract),
    ("mediation", mediation.extract),
    ("main", main.extract),
    ("sections", sections.extract),
]


def extract(doc: Document, lexicon: Gazetteer | None = None) -> Facts:
    ctx = Context.create(doc, lexicon)
    for _name, step in STEPS:
        step(ctx)
    return ctx.facts
