"""The same effort told in several sentences is one effort: merged when the mediators and
sides overlap and the times agree."""

from __future__ import annotations

from builder.extract.context import Context
from builder.records import Mediation


def _side(ctx: Context, ids: list[str]) -> set[str]:
    """A mediator side by country where it has one (the Kremlin and Russia are one side)."""
    out = set(ids)
    for i in ids:
        actor = ctx.facts.actor(i)
        if actor is not None and actor.country and actor.kind != "person":
            out.add(actor.country)
    return out


def _same_time(a: str | None, b: str | None) -> bool:
    """Dates that may name the same time: either unknown, or one within the other (2022-10
    and 2022-10-31)."""
    if a is None or b is None:
        return True
    a, b = a.split("/")[0], b.split("/")[0]
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def merge_or_add(ctx: Context, efforts: list[Mediation], new: Mediation) -> None:
    """Two sentences about one effort (the same mediator side, at compatible dates) make one
    record; the same mediator's deal of another year is another effort."""
    for effort in efforts:
        if _side(ctx, effort.mediators) & _side(ctx, new.mediators) and _same_time(
            effort.date, new.date
        ):
            effort.mediators += [m for m in new.mediators if m not in effort.mediators]
            effort.parties += [
                p for p in new.parties if p not in effort.parties and p not in effort.mediators
            ]
            effort.venue = effort.venue or new.venue
            if effort.date is None and new.date is not None:
                effort.date, effort.when_text = new.date, new.when_text
            effort.outcome = effort.outcome or new.outcome
            effort.sentences += [s for s in new.sentences if s not in effort.sentences]
            return
    efforts.append(new)
