"""Figures: every quantity with its meaning, one record per quantity.

The readers run in the order registered in :data:`READERS`, each over one sentence's tokens;
a later reader never claims a number an earlier one read. Then ages are told apart from key
figures (:mod:`.ages`), labels take the predicate that says what happened to what is counted
(:mod:`.predicates`: 20 people *killed*), sums and lengths of time what they are for
(:mod:`.purposes`: 15 years *in prison*), and the same quantity told again becomes one
record with several citations (:mod:`.repeats`). Once the actors are read, two more steps
say whose share a percentage is (:mod:`.vote_shares`) and whose people a count is
(:mod:`.owners`: members *of Hezbollah*).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

from builder.analyse.tokens import Token
from builder.extract.context import Context
from builder.extract.figures import (
    ages,
    duals,
    fractions,
    ordinals,
    predicates,
    purposes,
    quantities,
    repeats,
    singles,
)
from builder.records import Figure

Reader = Callable[[Context, Sequence[Token]], list[Figure]]

READERS: list[tuple[str, Reader]] = [
    ("quantities", quantities.read),
    ("ordinals", ordinals.read),
    ("singles", singles.read),
    ("duals", duals.read),
    ("fractions", fractions.read),
]


def extract(ctx: Context) -> None:
    found: list[Figure] = []
    for sentence, tokens in zip(ctx.doc.sentences, ctx.tokens, strict=True):
        here = _Claimed()
        for _name, reader in READERS:
            for figure in reader(ctx, tokens):
                here.add(figure)
        for figure in here.figures:
            figure.sentence = sentence.index
            ages.mark(ctx, tokens, figure)
            purposes.label(tokens, figure)
            predicates.label(tokens, figure, here.figures)
            found.append(figure)
    ctx.facts.figures.extend(repeats.merge(found))
    _number(ctx.facts.figures)


class _Claimed:
    """The figures of one sentence, in text order, none overlapping another: a figure whose
    span overlaps one already claimed is left out (found in O(log n) by bisection)."""

    def __init__(self) -> None:
        self.figures: list[Figure] = []
        self._starts: list[int] = []

    def add(self, figure: Figure) -> None:
        k = bisect_left(self._starts, figure.span.start)
        before = self.figures[k - 1] if k > 0 else None
        after = self.figures[k] if k < len(self.figures) else None
        if before is not None and before.span.end > figure.span.start:
            return
        if after is not None and figure.span.end > after.span.start:
            return
        self.figures.insert(k, figure)
        self._starts.insert(k, figure.span.start)


def _number(figures: list[Figure]) -> None:
    """Stable ids from what each figure counts and its value, with a counter for twins."""
    seen: dict[str, int] = {}
    for figure in figures:
        base = figure.id
        seen[base] = seen.get(base, 0) + 1
        if seen[base] > 1:
            figure.id = f"{base}-{seen[base]}"
