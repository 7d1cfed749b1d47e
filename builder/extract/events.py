"""Events: dated happenings (wars, clashes, summits, talks, agreements…) for the timeline.

An event is a trigger word tied to the time expression nearest to it in the same sentence;
its participants are the actors named in that sentence and its figures those counted there.
Without a date there is no place on a timeline, so undated triggers make no event.
"""

from __future__ import annotations

from builder.analyse.tokens import Token
from builder.extract.context import Context
from builder.lexicon.triggers import EventKind, triggers
from builder.records import Actor, Bilingual, Event, Figure, Span, TimeExpression

PARTICIPANT_KINDS = {"country", "group", "person", "organization"}
FIGURE_KINDS = {"casualties", "military", "people"}
MAX_DISTANCE = 8  # tokens between a trigger and its time expression, in one clause
FALLBACK_DISTANCE = 16  # across clauses, when the time's own clause names no event
CLAUSE_BREAKS = {"،", ",", "؛", ";", ":", "(", ")", "«", "»", "“", "”", '"'}


def extract(ctx: Context) -> None:
    index = triggers().events
    seen: dict[tuple[str, str], Event] = {}
    kinds: dict[str, EventKind] = {}
    times_by_sentence: dict[int, list[TimeExpression]] = {}
    for t in ctx.facts.times:
        if t.date:
            times_by_sentence.setdefault(t.sentence, []).append(t)
    figures_by_sentence: dict[int, list[Figure]] = {}
    for f in ctx.facts.figures:
        if f.kind in FIGURE_KINDS:
            figures_by_sentence.setdefault(f.sentence, []).append(f)
    for sentence, tokens in zip(ctx.doc.sentences, ctx.tokens, strict=True):
        times = times_by_sentence.get(sentence.index, [])
        if not times:
            continue
        found = [(m.start, m.end, m.value) for m in index.find_all(tokens) if not m.value.weak]
        if not found:
            continue
        clauses = _clauses(tokens)
        for time in times:
            t_index = next(
                (k for k, tok in enumerate(tokens) if tok.start >= time.span.start), len(tokens)
            )
            clause = clauses[min(t_index, len(tokens) - 1)]
            best = _nearest(found, clauses, t_index, clause, MAX_DISTANCE)
            if best is None:  # "…، كما حدث في سبتمبر الماضي": the event is named a clause earlier
                best = _nearest(found, clauses, t_index, None, FALLBACK_DISTANCE)
            if best is None:
                continue
            kind = best[1]
            clause = clauses[best[2]]
            first = next(k for k, c in enumerate(clauses) if c == clause)
            last = max(k for k, c in enumerate(clauses) if c == clause)
            span = Span(tokens[first].start, tokens[last].end)
            actors = _participants(ctx, span)
            figures = [
                f
                for f in figures_by_sentence.get(sentence.index, [])
                if span.start <= f.span.start < span.end
            ]
            key = (kind.kind, time.date or "")
            if key in seen:  # the same event told twice: pool what both sentences say
                event = seen[key]
                event.parties.extend(a.id for a in actors if a.id not in event.parties)
                event.figures.extend(f.id for f in figures if f.id not in event.figures)
                continue
            kinds[kind.kind] = kind
            event = Event(
                id=f"{kind.kind}-{time.date}",
                kind=kind.kind,
                when_text=time.when_text,
                date=time.date,
                summary=Bilingual(None, None),  # written by render.sentences
                sentence=sentence.index,
                span=Span(sentence.span.start, sentence.span.end),
                parties=[a.id for a in actors],
                figures=[f.id for f in figures],
            )
            seen[key] = event
            ctx.facts.events.append(event)
    _one_per_date(ctx)


def _one_per_date(ctx: Context) -> None:
    """A date holds one event on the timeline: the weightiest kind (a war outranks the
    "control" it was fought for), with the participants and figures of all."""
    rank = triggers().rank
    best: dict[str, Event] = {}
    for event in sorted(ctx.facts.events, key=lambda e: (rank.get(e.kind, 99), e.sentence)):
        key = event.date or ""
        if key not in best:
            best[key] = event
    ctx.facts.events[:] = [e for e in ctx.facts.events if best.get(e.date or "") is e]


def _nearest(
    found: list[tuple[int, int, EventKind]],
    clauses: list[int],
    t_index: int,
    clause: int | None,
    limit: int,
) -> tuple[int, EventKind, int] | None:
    """The trigger closest to the time expression (in its clause, when one is given)."""
    best: tuple[int, EventKind, int] | None = None
    for pos, _end, kind in found:
        if clause is not None and clauses[pos] != clause:
            continue
        distance = abs(pos - t_index) + (
            0 if pos <= t_index else 2
        )  # "حرب 2020" reads trigger first
        if distance <= limit and (best is None or distance < best[0]):
            best = (distance, kind, pos)
    return best


def _clauses(tokens: list[Token]) -> list[int]:
    """Clause number of each token: punctuation and brackets separate clauses."""
    out = []
    n = 0
    for tok in tokens:
        if tok.kind == "sym" and tok.text in CLAUSE_BREAKS:
            n += 1
        out.append(n)
    return out


def _participants(ctx: Context, span: Span) -> list[Actor]:
    out: list[Actor] = []
    for _, actor in ctx.mentions_in(span):
        if actor.kind in PARTICIPANT_KINDS and not actor.media and actor not in out:
            out.append(actor)
    return out
