"""Apply validated corrections to extracted facts: pure functions, the input is not changed.

Order: merge, drop, fix figures, fix actors, add figures, pin the main development. Every id
is checked against the extraction first; one that matches nothing is a warning with a "did you
mean", never silently ignored.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from builder.correct.quotes import find_quote, sentence_of
from builder.correct.schema import IDS_HINT, ActorFix, Corrections, FigureFix, Merge, NewFigure, Ref
from builder.errors import Problem, Severity, did_you_mean
from builder.records import Actor, Bilingual, Facts, Figure
from builder.text.latin import slugify


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
    if corrections.main is not None:
        run.pin_main(corrections.main)
    return run.facts, run.problems


def all_ids(facts: Facts) -> dict[str, str]:
    """Every id of the facts, with what it is (figure, actor, event, mediation)."""
    ids: dict[str, str] = {}
    for kind, records in (
        ("figure", facts.figures),
        ("actor", facts.actors),
        ("event", facts.events),
        ("mediation", facts.mediation),
    ):
        for record in records:
            ids.setdefault(record.id, kind)
    return ids


class _Run:
    """One application: the copy being corrected, what happened to ids, the problems."""

    def __init__(self, facts: Facts, path: Path) -> None:
        self.facts = facts
        self.path = path
        self.extracted = all_ids(facts)
        self.merged_into: dict[str, str] = {}
        self.dropped: set[str] = set()
        self.problems: list[Problem] = []

    # -- lookups ---------------------------------------------------------------------------
    def warn(self, line: int, message: str, hint: str | None = None) -> None:
        self.problems.append(Problem(self.path, line, message, hint, Severity.WARNING))

    def error(self, line: int, message: str, hint: str | None = None) -> None:
        self.problems.append(Problem(self.path, line, message, hint))

    def known(self, ref: Ref, kinds: tuple[str, ...]) -> bool:
        """Whether ``ref`` names a live record of one of ``kinds``; warns when it does not."""
        kind = self.extracted.get(ref.id)
        if kind is None:
            candidates = [i for i, k in self.extracted.items() if k in kinds]
            self.warn(
                ref.line,
                f"no extracted fact has id '{ref.id}'{did_you_mean(ref.id, candidates)}",
                IDS_HINT,
            )
            return False
        if kind not in kinds:
            self.warn(
                ref.line, f"'{ref.id}' is {_a(kind)}, not {' or '.join(_a(k) for k in kinds)}"
            )
            return False
        if ref.id in self.merged_into:
            keep = self.merged_into[ref.id]
            self.warn(
                ref.line, f"'{ref.id}' was merged into '{keep}' above", f"write '{keep}' here"
            )
            return False
        if ref.id in self.dropped:
            self.warn(
                ref.line, f"'{ref.id}' is dropped above", "remove it from 'drop' or from here"
            )
            return False
        return True

    def figure(self, fid: str) -> Figure:
        return next(f for f in self.facts.figures if f.id == fid)

    def actor(self, aid: str) -> Actor:
        return next(a for a in self.facts.actors if a.id == aid)

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
            keep.mentions = _unique([*keep.mentions, *other.mentions])
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
            return _unique([new if i == old else i for i in ids if i != old or new is not None])

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
            actor.kind = fix.kind  # type: ignore[assignment]  # validated against KINDS

    # -- add -------------------------------------------------------------------------------
    def add_figure(self, new: NewFigure) -> None:
        doc = self.facts.document
        spans = find_quote(doc.text, new.quote)
        if not spans:
            self.error(
                new.quote_line,
                f"the quote is not in the article: {_short(new.quote)!r}",
                "copy the words from article.ar.md exactly (a few words around the number are enough)",
            )
            return
        span = spans[0]
        sentence = sentence_of(doc, span)
        if sentence is None:
            self.error(
                new.quote_line,
                "the quote is in a part of the article the explainer leaves out (headline repeat or page furniture)",
                "quote the sentence of the article body the figure comes from",
            )
            return
        if len(spans) > 1:
            self.warn(
                new.quote_line,
                f"the quote occurs {len(spans)} times in the article; the first is used",
                "quote a few more words so that it is unique",
            )
        taken = set(self.extracted) | {f.id for f in self.facts.figures}
        figure = Figure(
            id=_new_id(new, taken),
            value=new.value,
            text=doc.quote(span),
            span=span,
            sentence=sentence.index,
            qualifier=new.qualifier,
            label=Bilingual(new.label.get("ar"), new.label.get("en")),
        )
        self.extracted[figure.id] = "figure"
        at = next(
            (i for i, f in enumerate(self.facts.figures) if f.span.start > span.start),
            len(self.facts.figures),
        )
        self.facts.figures.insert(at, figure)

    # -- main ------------------------------------------------------------------------------
    def pin_main(self, ref: Ref) -> None:
        """Put the pinned mediation effort or event first and mark its sentence as the main
        development, which is what the "at a glance" section shows."""
        if not self.known(ref, ("mediation", "event")):
            return
        records = (
            self.facts.mediation if self.extracted[ref.id] == "mediation" else self.facts.events
        )
        pinned = next(r for r in records if r.id == ref.id)
        records.remove(pinned)
        records.insert(0, pinned)
        for sentence in self.facts.document.sentences:
            if sentence.section == "main" and sentence.index != pinned.sentence:
                sentence.section = "other"
        self.facts.document.sentences[pinned.sentence].section = "main"


def _bilingual(old: Bilingual, new: dict[str, str]) -> Bilingual:
    return replace(old, **{lang: text for lang, text in new.items() if lang in ("ar", "en")})


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _a(kind: str) -> str:
    return {"actor": "an actor", "event": "an event"}.get(kind, f"a {kind}") + (
        " effort" if kind == "mediation" else ""
    )


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _new_id(new: NewFigure, taken: set[str]) -> str:
    """``<label>-<value>`` like the extracted figures' ids, unique within the article."""
    base = slugify(new.label.get("en") or "figure")
    if new.value is not None:
        number = int(new.value) if float(new.value).is_integer() else new.value
        base = f"{base}-{str(number).replace('.', '-')}"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate
