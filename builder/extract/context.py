"""What the extraction steps share: the document, its tokens per sentence, the facts so far."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from builder.analyse.tokens import Token, tokenize
from builder.records import Document, Facts, Span

if TYPE_CHECKING:
    from builder.extract.gazetteer import Gazetteer


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
    """Character spans claimed by time expressions, so that a year or a day number is not
    also read as a figure."""

    @classmethod
    def create(cls, doc: Document, lexicon: Gazetteer | None = None) -> Context:
        tokens = [tokenize(doc.text, s.span.start, s.span.end) for s in doc.sentences]
        return cls(doc, Facts(doc), tokens, lexicon)

    def in_time_expression(self, start: int, end: int) -> bool:
        return any(s.start < end and start < s.end for s in self.time_spans)
