"""Stage 3: extract fact records from an analysed document.

The steps run in the order registered in :data:`STEPS`; each is a function of one job that
reads the :class:`~builder.extract.context.Context` and adds records to it. Replace or
reorder a step here, in one place.
"""

from __future__ import annotations

from collections.abc import Callable

from builder.extract import figures
from builder.extract.context import Context
from builder.records import Document, Facts

Step = Callable[[Context], None]

STEPS: list[tuple[str, Step]] = [
    ("figures", figures.extract),
]


def extract(doc: Document, glossary: object | None = None) -> Facts:
    ctx = Context.create(doc, glossary)
    for _name, step in STEPS:
        step(ctx)
    return ctx.facts
