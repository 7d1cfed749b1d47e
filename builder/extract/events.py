"""Events: dated happenings (wars, clashes, summits, talks, agreements…) for the timeline.

An event is a trigger word tied to the time expression nearest to it in the same sentence;
its participants are the actors named in that sentence and its figures those counted there.
Without a date there is no place on a timeline, so undated triggers make no event.
"""

from __future__ import annotations

from builder.extract.context import Context
from builder.extract.summaries import summarize
from builder.extract.triggers import EventKind, triggers
from builder.records import Actor, Event, Span

PARTICIPANT_KINDS = {"country", "group", "person", "organization"}
FIGURE_KINDS = {"casualties", "military", "people"}
MAX_DISTANCE = 12  # tokens between a trigger and its time expression


def extract(ctx: Context) -> None:
    index = triggers().events
    seen: dict[tuple[str, str], Event] = {}
    for sentence, tokens in zip(ctx.doc.sentences, ctx.tokens, strict=True):
        times = [t for t in ctx.facts.times if t.sentence == sentence.index and t.date]
        if not times:
            continue
        found = [(m.start, m.value) for m in index.find_all(tokens) if not m.value.weak]
        if not found:
            continue
        for time in times:
            t_index = next(
                (k for k, tok in enumerate(tokens) if tok.start >= time.span.start), len(tokens)
            )
            best: tuple[int, EventKind] | None = None
            for pos, kind in found:
                distance = abs(pos - t_index) + (
                    0 if pos <= t_index else 2
                )  # "حرب 2020" reads trigger first
                if distance <= MAX_DISTANCE and (best is None or distance < best[0]):
                    best = (distance, kind)
            if best is None:
                continue
            kind = best[1]
            actors = _participants(ctx, sentence.span)
            figures = [
                f
                for f in ctx.facts.figures
                if f.sentence == sentence.index and f.kind in FIGURE_KINDS
            ]
            key = (kind.kind, time.date or "")
            if key in seen:
                event = seen[key]
                event.participants.extend(a.id for a in actors if a.id not in event.participants)
                continue
            event = Event(
                id=f"{kind.kind}-{time.date}",
                kind=kind.kind,
                when_text=time.when_text,
                date=time.date,
                summary=summarize(kind.en, kind.ar, actors, figures),
                sentence=sentence.index,
                span=Span(sentence.span.start, sentence.span.end),
                participants=[a.id for a in actors],
                figures=[f.id for f in figures],
            )
            seen[key] = event
            ctx.facts.events.append(event)


def _participants(ctx: Context, span: Span) -> list[Actor]:
    out = []
    for actor in ctx.facts.actors:
        if (
            actor.kind in PARTICIPANT_KINDS
            and not actor.media
            and any(span.start <= s.start < span.end for s in actor.spans)
        ):
            out.append(actor)
    return out
