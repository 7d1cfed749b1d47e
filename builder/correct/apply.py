"""Apply validated corrections to extracted facts: pure functions, the input is not changed.

Order: merge, drop, fix figures, fix actors, add figures, actors, events and mediation efforts
(so that an added event can name an added actor), pin the main development (which may be an
added one). Every id is checked against the extraction first; one that matches nothing is a
warning with a "did you mean", never silently ignored. An added fact must quote the article:
a quote that is not there is an error, and nothing is added without its source sentence.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from typing import TypeVar

from builder.correct.additions import AdditionRun
from builder.correct.run import all_ids, unique
from builder.correct.schema import (
    ActorFix,
    Corrections,
    FigureFix,
    Merge,
    Ref,
)
from builder.errors import Problem
from builder.records import Bilingual, Event, Facts, Mediation

__all__ = ["all_ids", "apply_corrections"]


def apply_corrections(facts: Facts, corrections: Corrections) -> tuple[Facts, list[Problem]]:
    """A corrected copy of ``facts``, and the problems met (warnings for ids that match
    nothing, errors for quotes not found in the article)."""
    if corrections.empty:
        return facts, []
    run = _Run(copy.deepcopy(facts), corrections.path)
    for merge in corrections.merge:
        run.merge(merge)
    for ref in corrections.drop:
        run.drop(ref)
    for fix in corrections.figures:
        run.fix_figure(fix)
    for actor_fix in corrections.actors:
        run.fix_actor(actor_fix)
    for new in corrections.add_figures:
        run.add_figure(new)
    for new_actor in corrections.add_actors:
        run.add_actor(new_actor)
    for new_event in corrections.add_events:
        run.add_event(new_event)
    for new_effort in corrections.add_mediation:
        run.add_mediation(new_effort)
    if corrections.main is not None:
        run.pin_main(corrections.main)
    return run.facts, run.problems


class _Run(AdditionRun):
    """Merges, drops, fixes and the pinned main development, over the additions."""

    # -- merge -----------------------------------------------------------------------------
    def merge(self, merge: Merge) -> None:
        if not self.known(merge.keep, ("actor",)):
            return
        keep = self.actor(merge.keep.id)
        for other_ref in merge.others:
            if other_ref.id == keep.id:
                self.warn(other_ref.line, f"'{keep.id}' cannot be merged into itself")
                continue
            if not self.known(other_ref, ("actor",)):
                continue
            other = self.actor(other_ref.id)
            keep.mentions = unique([*keep.mentions, *other.mentions])
            keep.spans = sorted(set(keep.spans) | set(other.spans), key=lambda s: (s.start, s.end))
            keep.sentence = min(keep.sentence, other.sentence)
            keep.role = keep.role or other.role
            keep.country = keep.country or other.country
            self.facts.actors.remove(other)
            self.merged_into[other.id] = keep.id
            self._rewrite_actor(other.id, keep.id)

    def _rewrite_actor(self, old: str, new: str | None) -> None:
        """Point every reference to actor ``old`` at ``new`` (None: remove it)."""

        def swap(ids: list[str]) -> list[str]:
            if new is None:
                return unique([i for i in ids if i != old])
            return unique([new if i == old else i for i in ids])

        for event in self.facts.events:
            event.agent = swap(event.agent)
            event.parties = swap(event.parties)
            if event.place == old:
                event.place = new
        for effort in self.facts.mediation:
            effort.mediators = swap(effort.mediators)
            effort.parties = swap(effort.parties)
            if effort.venue == old:
                effort.venue = new

    # -- drop ------------------------------------------------------------------------------
    def drop(self, ref: Ref) -> None:
        if not self.known(ref, ("figure", "actor", "event", "mediation")):
            return
        kind = self.extracted[ref.id]
        self.dropped.add(ref.id)
        if kind == "figure":
            self.facts.figures = [f for f in self.facts.figures if f.id != ref.id]
            for event in self.facts.events:
                event.figures = [f for f in event.figures if f != ref.id]
        elif kind == "actor":
            self.facts.actors = [a for a in self.facts.actors if a.id != ref.id]
            self._rewrite_actor(ref.id, None)
        elif kind == "event":
            self.facts.events = [e for e in self.facts.events if e.id != ref.id]
        else:
            self.facts.mediation = [m for m in self.facts.mediation if m.id != ref.id]

    # -- fixes -----------------------------------------------------------------------------
    def fix_figure(self, fix: FigureFix) -> None:
        if not self.known(fix.ref, ("figure",)):
            return
        figure = self.figure(fix.ref.id)
        if fix.label:
            figure.label = _bilingual(figure.label, fix.label)
        if "value" in fix.changes:
            figure.value = fix.changes["value"]
        if "qualifier" in fix.changes:
            figure.qualifier = fix.changes["qualifier"]

    def fix_actor(self, fix: ActorFix) -> None:
        if not self.known(fix.ref, ("actor",)):
            return
        actor = self.actor(fix.ref.id)
        if fix.name:
            actor.name = _bilingual(actor.name, fix.name)
            if "en" in fix.name:
                actor.verified = True  # an editor wrote the English name
        if fix.role:
            actor.role = _bilingual(actor.role or Bilingual(None, None), fix.role)
        if fix.kind:
            actor.kind = fix.kind

    # -- main ------------------------------------------------------------------------------
    def pin_main(self, ref: Ref) -> None:
        """Put the pinned mediation effort or event first and mark its sentence as the main
        development, which is what the "at a glance" section shows."""
        if not self.known(ref, ("mediation", "event")):
            return
        if self.extracted[ref.id] == "mediation":
            pinned_sentence = _move_first(self.facts.mediation, ref.id)
        else:
            pinned_sentence = _move_first(self.facts.events, ref.id)
        for sentence in self.facts.document.sentences:
            if sentence.section == "main" and sentence.index != pinned_sentence:
                sentence.section = "other"
        self.facts.document.sentences[pinned_sentence].section = "main"


def _bilingual(old: Bilingual, new: dict[str, str]) -> Bilingual:
    return replace(old, **{lang: text for lang, text in new.items() if lang in ("ar", "en")})


_Pinnable = TypeVar("_Pinnable", Event, Mediation)


def _move_first(records: list[_Pinnable], rid: str) -> int:
    """Move the record ``rid`` to the front of ``records``; its sentence index."""
    pinned = next(r for r in records if r.id == rid)
    records.remove(pinned)
    records.insert(0, pinned)
    return pinned.sentence
