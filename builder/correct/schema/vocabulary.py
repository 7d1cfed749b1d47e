"""What ``explainer.yml`` may say: its keys, the kinds and qualifiers it accepts, and the
hint that tells an editor where the ids are."""

from __future__ import annotations

import re
from typing import TypeGuard, get_args

from builder.lexicon.triggers import triggers
from builder.records import ActorKind, Qualifier

QUALIFIERS = tuple(q.value for q in Qualifier)
"""What the ``qualifier`` of a figure may say (``null`` for none)."""
KINDS: tuple[str, ...] = get_args(ActorKind)


def is_actor_kind(value: object) -> TypeGuard[ActorKind]:
    """Whether ``value`` is one of :data:`KINDS` (so an editor's kind can be stored as one)."""
    return value in KINDS


LANGS = ("ar", "en")

TOP_KEYS = ("drop", "figures", "actors", "merge", "add", "main")
FIGURE_KEYS = ("label", "value", "qualifier")
ACTOR_KEYS = ("name", "role", "kind")
ADD_KEYS = ("figures", "actors", "events", "mediation")
NEW_FIGURE_KEYS = ("value", "label", "quote", "qualifier")
NEW_ACTOR_KEYS = ("name", "kind", "role", "quote", "id")
NEW_EVENT_KEYS = ("kind", "when", "date", "agent", "parties", "place", "figures", "quote", "id")
NEW_MEDIATION_KEYS = (
    "mediators",
    "parties",
    "venue",
    "when",
    "date",
    "outcome",
    "kind",
    "quote",
    "id",
)
MEDIATION_KINDS = ("mediated", "sponsored", "hosted", "envoy", "offer", "facilitated")
"""How a third party acts (see :attr:`builder.records.Mediation.kind`)."""
_ID = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")


def event_kinds() -> tuple[str, ...]:
    """The event kinds of ``data/event_words.yml`` (war, clashes, talks, statement…)."""
    return tuple(triggers().kinds)


IDS_HINT = (
    "the ids are in `explainer extract <article> --json` and in the comments of `explainer draft`"
)
