"""Sentence splitting with character offsets, aware of Arabic punctuation and quotes."""

from __future__ import annotations

from builder.records import Span

TERMINATORS = ".!?؟…"
OPENING = '«“"(['
CLOSING = '»”")]'
_PAIRS = {"«": "»", "“": "”", "(": ")", "[": "]"}


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Split ``text[start:end]`` into sentence spans (offsets into ``text``).

    A sentence ends at ``. ! ? ؟ …`` (and runs of them) outside quotes and brackets, followed
    by whitespace or the end; closing quotes right after the terminator belong to the
    sentence. Decimal points (``3.5``) and terminators inside «…» or “…” do not split.
    Fragments with no letter or digit (a stray ". .") join the sentence before them.
    """
    end = len(text) if end is None else end
    spans: list[Span] = []
    stack: list[str] = []
    i = start
    sent_start = start
    while i < end:
        ch = text[i]
        if ch in _PAIRS:
            stack.append(_PAIRS[ch])
        elif ch == '"':
            if stack and stack[-1] == '"':
                stack.pop()
            else:
                stack.append('"')
        elif stack and ch == stack[-1]:
            stack.pop()
            # “… انتهى.” followed by a space ends the sentence after the closing quote.
            if (
                not stack
                and i > start
                and text[i - 1] in TERMINATORS
                and (i + 1 >= end or text[i + 1].isspace())
            ):
                _add(spans, text, sent_start, i + 1)
                sent_start = i + 1
        elif ch in "»”)]" and not stack:
            pass
        elif ch in TERMINATORS and not stack:
            if (
                ch == "."
                and i + 1 < end
                and text[i + 1].isdigit()
                and i > start
                and text[i - 1].isdigit()
            ):
                i += 1
                continue
            j = i + 1
            while j < end and (text[j] in TERMINATORS or text[j] in CLOSING):
                j += 1
            if j >= end or text[j].isspace():
                _add(spans, text, sent_start, j)
                sent_start = j
                i = j
                continue
        elif ch == "\n" and i + 1 < end and text[i + 1] == "\n":
            _add(spans, text, sent_start, i)
            sent_start = i
            stack.clear()
        i += 1
    _add(spans, text, sent_start, end)
    return spans


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    span = Span(start + lead, start + lead + len(stripped))
    if spans and not any(c.isalnum() for c in stripped):
        prev = spans[-1]
        spans[-1] = Span(prev.start, span.end)
        return
    spans.append(span)
