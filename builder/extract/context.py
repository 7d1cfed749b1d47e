"""What the extraction steps share: the document, its tokens per sentence, the facts so far."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from builder.analyse.tokens import Token, tokenize
from builder.records import Actor, Document, Facts, Span

if TYPE_CHECKING:
    from builder.lexicon.gazetteer import Gazetteer


@dataclass
class Context:
    doc: Document
    facts: Facts
    tokens: list[list[Token]] = field(default_factory=list)
    """Tokens of each sentence, indexed like ``doc.sentences``."""
    lexicon: Gazetteer | None = None
    """Names of countries, places, organizations, people and titles (shipped data + the
    site's glossary)."""
    time_spans: list[Span] = field(default_factory=list)
    units: list[tuple[Span, str]] = field(default_factory=list)
    """A title with its person (``الرئيس المصري عبد الفتاح السيسي`` → the person's id): one
    argument, however many names the title holds."""
    sides: list[Actor] | None = None
    """The two sides the story is about (``frames.story_sides``), once computed."""
    vias: dict[Span, str] = field(default_factory=dict)
    """How each actor mention was recognised where it was not by name: ``demonym``
    (الروسي → Russia) or ``capital`` (موسكو → Russia)."""
    metonyms: set[Span] = field(default_factory=set)
    """Mentions of a capital that speaks for its country (موسكو قالت): the country is the
    actor there; the city is only named."""
    _mentions: tuple[int, list[int], list[tuple[Span, Actor]]] | None = None
    """Character spans claimed by time expressions, so that a year or a day number is not
    also read as a figure."""

    _time_index: tuple[int, list[int], list[int]] | None = None
    _figure_index: tuple[int, list[int], list[Span]] | None = None

    @classmethod
    def create(cls, doc: Document, lexicon: Gazetteer | None = None) -> Context:
        tokens = [tokenize(doc.text, s.span.start, s.span.end) for s in doc.sentences]
        return cls(doc, Facts(doc), tokens, lexicon)

    def mentions_in(self, span: Span) -> list[tuple[Span, Actor]]:
        """Actor mentions inside ``span`` in text order (indexed once, after the actors step,
        so that a long article is not scanned once per sentence); a capital that speaks for
        its country is the country's mention only."""
        if self._mentions is None or self._mentions[0] != len(self.facts.actors):
            pairs = sorted(
                (
                    (s, a)
                    for a in self.facts.actors
                    for s in a.spans
                    if not (a.kind == "place" and s in self.metonyms)
                ),
                key=lambda p: p[0].start,
            )
            self._mentions = (len(self.facts.actors), [p[0].start for p in pairs], pairs)
        _, starts, pairs = self._mentions
        return pairs[bisect_left(starts, span.start) : bisect_left(starts, span.end)]

    def figure_spans_in(self, span: Span) -> list[Span]:
        """The spans of the figures that start inside ``span``, in text order (indexed once
        per figures count, so a long article is not scanned once per sentence)."""
        if self._figure_index is None or self._figure_index[0] != len(self.facts.figures):
            spans = sorted((f.span for f in self.facts.figures), key=lambda s: s.start)
            self._figure_index = (len(self.facts.figures), [s.start for s in spans], spans)
        _, starts, spans = self._figure_index
        return spans[bisect_left(starts, span.start) : bisect_left(starts, span.end)]

    def in_time_expression(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a time expression: one binary search in the
        spans merged into disjoint runs (indexed again only when spans were added), so that
        an article of thousands of numbers and dates is not scanned once per number."""
        if self._time_index is None or self._time_index[0] != len(self.time_spans):
            starts: list[int] = []
            ends: list[int] = []
            for span in sorted(self.time_spans, key=lambda s: s.start):
                if ends and span.start < ends[-1]:
                    ends[-1] = max(ends[-1], span.end)
                else:
                    starts.append(span.start)
                    ends.append(span.end)
            self._time_index = (len(self.time_spans), starts, ends)
        _, starts, ends = self._time_index
        i = bisect_left(starts, end) - 1  # the last run starting before ``end``
        return i >= 0 and start < ends[i]
