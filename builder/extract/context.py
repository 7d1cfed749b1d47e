"""What the extraction steps share: the document, its tokens per sentence, the facts so far."""

from __future__ import annotations

from dataclasses import dataclass, field

from builder.analyse.tokens import Token, tokenize
from builder.records import Document, Facts


@dataclass
class Context:
    doc: Document
    facts: Facts
    tokens: list[list[Token]] = field(default_factory=list)
    """Tokens of each sentence, indexed like ``doc.sentences``."""
    glossary: object | None = None

    @classmethod
    def create(cls, doc: Document, glossary: object | None = None) -> Context:
        tokens = [tokenize(doc.text, s.span.start, s.span.end) for s in doc.sentences]
        return cls(doc, Facts(doc), tokens, glossary)
