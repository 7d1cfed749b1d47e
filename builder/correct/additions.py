"""Applying the facts an editor adds: each is found in the article by its quote (an error
when the quote is not there), its names resolved to actors, its time to a date, and it gets
an id no other fact has."""

from __future__ import annotations

from builder.correct.quotes import find_quote, sentence_of
from builder.correct.run import CorrectionRun, a_kind, short, unique
from builder.correct.schema import (
    NewActor,
    NewEvent,
    NewFigure,
    NewMediation,
    Quoted,
    Ref,
    When,
)
from builder.dates import PartialDate
from builder.errors import did_you_mean
from builder.records import Actor, Bilingual, Event, Figure, Mediation, Sentence, Span
from builder.text.latin import arabic_id, slugify, unique_slug
from builder.text.normalize import normalize_phrase


class AdditionRun(CorrectionRun):
    # -- add -------------------------------------------------------------------------------
    def locate(self, quote: Quoted, what: str) -> tuple[Span, Sentence] | None:
        """Where the quote of an added fact is, and its sentence (errors when it is not in the
        explainer's text; a warning when it is there more than once)."""
        doc = self.facts.document
        spans = find_quote(doc.text, quote.text)
        if not spans:
            self.error(
                quote.line,
                f"the quote is not in the article: {short(quote.text)!r}",
                "copy the words from article.ar.md exactly; a few words are enough",
            )
            return None
        span = spans[0]
        sentence = sentence_of(doc, span)
        if sentence is None:
            self.error(
                quote.line,
                "the quote is in a part of the article the explainer leaves out (headline repeat or page furniture)",
                f"quote the sentence of the article body the {what} comes from",
            )
            return None
        if len(spans) > 1:
            self.warn(
                quote.line,
                f"the quote occurs {len(spans)} times in the article; the first is used",
                "quote a few more words so that it is unique",
            )
        return span, sentence

    def taken(self) -> set[str]:
        facts = self.facts
        return (
            set(self.extracted)
            | {r.id for r in facts.figures}
            | {r.id for r in facts.actors}
            | {r.id for r in facts.events}
            | {r.id for r in facts.mediation}
        )

    def add_figure(self, new: NewFigure) -> None:
        doc = self.facts.document
        found = self.locate(Quoted(new.quote, new.quote_line), "figure")
        if found is None:
            return
        span, sentence = found
        figure = Figure(
            id=_new_id(new, self.taken()),
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

    def add_actor(self, new: NewActor) -> None:
        found = self.locate(new.quote, "actor")
        if found is None:
            return
        span, sentence = found
        ar, en = new.name["ar"], new.name.get("en")
        same = self.actors_named(ar) or (self.actors_named(en) if en else [])
        if same:
            self.warn(
                new.line,
                f"'{ar}' is already an actor of this explainer ('{same[0].id}'); it is not added twice",
                f"correct it under actors: {same[0].id}: {{name: …, role: …, kind: …}}",
            )
            return
        ident = self.fresh_id(new.id, slugify(en, empty="") if en else arabic_id(ar) or "actor")
        if ident is None:
            return
        doc = self.facts.document
        spans = [s for s in find_quote(doc.text, ar) if sentence_of(doc, s) is not None] or [span]
        if not any(span.start <= s.start < span.end for s in spans):
            self.warn(
                new.quote.line,
                f"the quote does not contain the name '{ar}'",
                "quote the words of the article that name the actor",
            )
        first = sentence_of(doc, min(spans, key=lambda s: s.start)) or sentence
        actor = Actor(
            id=ident,
            kind=new.kind,
            name=Bilingual(ar, en),
            role=Bilingual(new.role.get("ar"), new.role.get("en")) if new.role else None,
            mentions=unique(doc.quote(s) for s in spans),
            spans=sorted(spans, key=lambda s: s.start),
            sentence=min(first.index, sentence.index),
            verified=en is not None,  # an editor wrote the English name
        )
        self.extracted[ident] = "actor"
        at = next(
            (i for i, a in enumerate(self.facts.actors) if a.sentence > actor.sentence),
            len(self.facts.actors),
        )
        self.facts.actors.insert(at, actor)

    def add_event(self, new: NewEvent) -> None:
        found = self.locate(new.quote, "event")
        if found is None:
            return
        _, sentence = found
        timed = self.time(new.when, sentence, "event")
        if timed is None:
            return
        when_text, iso = timed
        agent = self.actor_ids(new.agent)
        parties = [p for p in self.actor_ids(new.parties) if p not in agent]
        place = (
            self.actor_ids([new.place])[0] if new.place and self.actor_ids([new.place]) else None
        )
        figures = [f.id for f in new.figures if self.known(f, ("figure",))]
        base = f"{new.kind}-{iso}" if iso else f"{new.kind}-{sentence.index}"
        ident = self.fresh_id(new.id, base)
        if ident is None:
            return
        event = Event(
            id=ident,
            kind=new.kind,
            when_text=when_text,
            date=iso,
            summary=Bilingual(None, None),  # written by render.sentences
            sentence=sentence.index,
            span=Span(sentence.span.start, sentence.span.end),
            agent=agent,
            parties=parties,
            place=place,
            figures=figures,
        )
        self.extracted[ident] = "event"
        at = next(
            (i for i, e in enumerate(self.facts.events) if e.sentence > event.sentence),
            len(self.facts.events),
        )
        self.facts.events.insert(at, event)
        when = PartialDate.parse(iso)
        if (
            sentence.section == "other"
            and when
            and when.before_month_of(self.facts.document.published)
        ):
            sentence.section = "background"

    def add_mediation(self, new: NewMediation) -> None:
        found = self.locate(new.quote, "mediation effort")
        if found is None:
            return
        _, sentence = found
        mediators = self.actor_ids(new.mediators)
        if not mediators:
            self.warn(
                new.line,
                "this mediation effort is left out: none of its mediators is an actor of the explainer",
                "name each mediator by its id or its name, or add it under add: actors",
            )
            return
        timed = self.time(new.when, sentence, "mediation effort")
        if timed is None:
            return
        when_text, iso = timed
        parties = [p for p in self.actor_ids(new.parties) if p not in mediators]
        venue = (
            self.actor_ids([new.venue])[0] if new.venue and self.actor_ids([new.venue]) else None
        )
        n = len(self.facts.mediation) + 1
        ident = self.fresh_id(new.id, f"mediation-{mediators[0]}-{n}")
        if ident is None:
            return
        effort = Mediation(
            id=ident,
            mediators=mediators,
            parties=parties,
            venue=venue,
            when_text=when_text,
            date=iso,
            outcome=Bilingual(new.outcome.get("ar"), new.outcome.get("en"))
            if new.outcome
            else None,
            sentence=sentence.index,
            span=Span(sentence.span.start, sentence.span.end),
            kind=new.kind,
            sentences=[sentence.index],
        )
        self.extracted[ident] = "mediation"
        self.facts.mediation.append(effort)
        if sentence.section == "other":
            sentence.section = "mediation"

    # -- the parts of added facts --------------------------------------------------------------
    def actors_named(self, name: str) -> list[Actor]:
        """The live actors that ``name`` names: by id, or by a name or mention once normalised."""
        key = normalize_phrase(name)
        by_id = [a for a in self.facts.actors if a.id == name]
        if by_id:
            return by_id
        return [
            a
            for a in self.facts.actors
            if key
            and key
            in {normalize_phrase(n) for n in (a.name.ar or "", a.name.en or "", *a.mentions) if n}
        ]

    def actor_ids(self, refs: list[Ref]) -> list[str]:
        """The actor ids that ``refs`` name (warnings for those that name none, or several)."""
        ids: list[str] = []
        for ref in refs:
            target = self.merged_into.get(ref.id, ref.id)
            if ref.id in self.dropped:
                self.warn(
                    ref.line, f"'{ref.id}' is dropped above", "remove it from 'drop' or from here"
                )
                continue
            found = self.actors_named(target)
            if len(found) > 1:
                self.warn(
                    ref.line,
                    f"'{ref.id}' names {len(found)} actors ({', '.join(a.id for a in found)})",
                    "write the id of the one you mean",
                )
                continue
            if not found:
                names = [a.id for a in self.facts.actors] + [
                    a.name.ar or "" for a in self.facts.actors
                ]
                self.warn(
                    ref.line,
                    f"no actor of this explainer is '{ref.id}'{did_you_mean(ref.id, names)}; it is left out",
                    "use an id or a name from the draft's actors, or add the actor under add: actors",
                )
                continue
            if found[0].id not in ids:
                ids.append(found[0].id)
        return ids

    def time(
        self, when: When, sentence: Sentence, what: str
    ) -> tuple[str | None, str | None] | None:
        """``(when_text, date)`` of an added event or effort (None after an error): the words
        must be in the article, and their date is the build's reading of them unless ``date``
        says otherwise."""
        if when.text is None:
            return None, when.date
        doc = self.facts.document
        spans = find_quote(doc.text, when.text.text)
        if not spans:
            self.error(
                when.text.line,
                f"the time is not in the article: {short(when.text.text)!r}",
                "copy the time words from article.ar.md, or give only date: YYYY-MM-DD",
            )
            return None
        span = next(
            (s for s in spans if sentence.span.start <= s.start < sentence.span.end), spans[0]
        )
        iso = when.date
        if iso is None:
            read = next(
                (
                    t
                    for t in self.facts.times
                    if t.date and t.span.start < span.end and span.start < t.span.end
                ),
                None,
            )
            if read is None:
                self.error(
                    when.text.line,
                    f"the build cannot tell the date of {short(when.text.text)!r}",
                    f"add the date of the {what}: date: YYYY-MM-DD (or YYYY-MM, YYYY)",
                )
                return None
            iso = read.date
        return doc.quote(span), iso

    def fresh_id(self, asked: Ref | None, base: str) -> str | None:
        """``asked`` if it is free (an error when it is taken), else ``base`` made unique."""
        taken = self.taken()
        if asked is not None:
            if asked.id in taken:
                self.error(
                    asked.line,
                    f"the id '{asked.id}' is already taken{' by ' + a_kind(self.extracted[asked.id]) if asked.id in self.extracted else ''}",
                    "choose another id, or leave 'id' out",
                )
                return None
            return asked.id
        return unique_slug(base or "added", taken)


def _new_id(new: NewFigure, taken: set[str]) -> str:
    """``<label>-<value>`` like the extracted figures' ids, unique within the article."""
    base = slugify(new.label.get("en") or "figure")
    if new.value is not None:
        number = int(new.value) if float(new.value).is_integer() else new.value
        base = f"{base}-{str(number).replace('.', '-')}"
    return unique_slug(base, taken)
