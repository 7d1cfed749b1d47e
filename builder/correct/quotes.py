"""Find an editor's quote in the article text, so that an added fact gets a real source span.

The quote is looked for as written first; failing that, ignoring what editors retype
differently: diacritics, tatweel, alef/hamza/ya variants, digit scripts, quotation marks and
spacing (``دمشق ، في`` matches ``دمشق، في``). The span returned is always into the text
as written.
"""

from __future__ import annotations

from builder.records import Document, Sentence, Span
from builder.text.normalize import normalize_letters

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})


def find_quote(text: str, quote: str) -> list[Span]:
    """Every place ``quote`` occurs in ``text`` (exactly if it can, else loosely)."""
    quote = quote.strip()
    if not quote:
        return []
    exact = _occurrences(text, quote)
    if exact:
        return [Span(i, i + len(quote)) for i in exact]
    folded, origin = _fold(text)
    needle, _ = _fold(quote)
    if not needle:
        return []
    spans = []
    for start in _occurrences(folded, needle):
        begin = origin[start]
        end = origin[start + len(needle) - 1] + 1
        while end < len(text) and not text[end].isspace() and _fold(text[end])[0] == "":
            end += 1  # marks that belong to the last letter
        spans.append(Span(begin, end))
    return spans


def sentence_of(doc: Document, span: Span) -> Sentence | None:
    """The sentence the span starts in (None for text the explainer leaves out)."""
    return next((s for s in doc.sentences if s.span.start <= span.start < s.span.end), None)


def _occurrences(haystack: str, needle: str) -> list[int]:
    found = []
    start = haystack.find(needle)
    while start != -1:
        found.append(start)
        start = haystack.find(needle, start + 1)
    return found


def _fold(text: str) -> tuple[str, list[int]]:
    """``text`` folded for matching (no spaces at all), and the original offset of each char."""
    chars: list[str] = []
    origin: list[int] = []
    for i, char in enumerate(text):
        if char.isspace():
            continue
        for piece in normalize_letters(char.translate(_QUOTES)):
            if not piece.isspace():
                chars.append(piece)
                origin.append(i)
    return "".join(chars), origin
