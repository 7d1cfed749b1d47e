"""Read and validate ``explainer.yml``: typed corrections, each with the line it came from.

Wrong types are errors (the entry is left out); unknown keys are warnings with a "did you
mean"; ids are checked later against the extraction, by :mod:`builder.correct.apply`.

:mod:`.vocabulary` holds what the file may say, :mod:`.corrections` the typed records,
:mod:`.values` the reading of one value, :mod:`.additions` of added facts and
:mod:`.sections` of the whole file.
"""

from builder.correct.schema.corrections import (
    ActorFix,
    Corrections,
    FigureFix,
    Merge,
    NewActor,
    NewEvent,
    NewFigure,
    NewMediation,
    Quoted,
    Ref,
    When,
)
from builder.correct.schema.sections import parse_corrections
from builder.correct.schema.vocabulary import (
    IDS_HINT,
    KINDS,
    MEDIATION_KINDS,
    QUALIFIERS,
    event_kinds,
    is_actor_kind,
)

__all__ = [
    "IDS_HINT",
    "KINDS",
    "MEDIATION_KINDS",
    "QUALIFIERS",
    "ActorFix",
    "Corrections",
    "FigureFix",
    "Merge",
    "NewActor",
    "NewEvent",
    "NewFigure",
    "NewMediation",
    "Quoted",
    "Ref",
    "When",
    "event_kinds",
    "is_actor_kind",
    "parse_corrections",
]
