"""Time expressions: every date, weekday, month, year, relative period, season and decade of
an article, resolved against the publication date.

What is recognised, and the choices behind each ``date``, are in ``README.md`` next to this
file. The modules: :mod:`.calendar` (date arithmetic), :mod:`.lexicon` (the words, from
``builder/data/time_words.yml`` and ``time_grammar.yml``), :mod:`.scan` (the token helpers
and the scan loop), and the recognisers by family: :mod:`.dates`, :mod:`.points`,
:mod:`.periods`. The recognisers run in the order registered in :data:`RECOGNISERS`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from builder.analyse.tokens import Token
from builder.extract.context import Context
from builder.extract.times import dates, periods, points
from builder.extract.times.scan import Hit, Recogniser, Scan
from builder.records import Span, TimeExpression

RECOGNISERS: list[tuple[str, Recogniser]] = [
    ("digit_date", dates.digit_date),
    ("day_date", dates.day_date),
    ("prefixed", points.prefixed),
    ("part", periods.part),
    ("month", dates.month),
    ("year", dates.year),
    ("weekday", points.weekday),
    ("deictic", points.deictic),
    ("relative", periods.relative),
    ("duration", periods.duration),
    ("range", periods.period_range),
    ("vague", periods.vague),
    ("decade", periods.decade),
    ("season", periods.season),
]
"""Every recogniser is tried at each token that can start an expression; the longest hit
wins, and on a tie the one registered first. Replace or reorder one here, in one place.
(Some recognisers also call others directly: a part word reads the month or year after it,
``يوم``/``مساء`` the weekday or date after it.)"""

DIGIT_STARTS = frozenset({"digit_date", "day_date", "year"})
"""The recognisers that read an expression opening with a number (12/10/2022, 31 أكتوبر,
2020); the others open with a word, so only these are tried at a number (numbers are the
most frequent trigger: an article of figures would try every recogniser at each)."""
DIGIT_RECOGNISERS = [(name, r) for name, r in RECOGNISERS if name in DIGIT_STARTS]


def _hits(
    tokens: Sequence[Token], published: date, anchors: dict[int, tuple[int, int]], sentence: int
) -> list[Hit]:
    if not tokens:
        return []
    return Scan(tokens, published, anchors, sentence).run(RECOGNISERS, DIGIT_RECOGNISERS)


def times_in(tokens: Sequence[Token], text: str, published: date) -> list[tuple[Span, str | None]]:
    """Every time expression recognised in one run of tokens (a sentence), as spans into
    ``text`` with their dates, including the undated kinds that :func:`extract` does not
    record. No context from earlier sentences (see :func:`extract`)."""
    del text  # offsets come from the tokens; kept for a uniform signature
    return [
        (Span(tokens[h.start].start, tokens[h.end - 1].end), h.date)
        for h in _hits(tokens, published, {}, 0)
    ]


def extract(ctx: Context) -> None:
    """Add every time expression of the document to ``ctx.facts.times`` and its span to
    ``ctx.time_spans`` (so a year or a day number is not also read as a figure)."""
    anchors: dict[int, tuple[int, int]] = {}
    for sentence, tokens in zip(ctx.doc.sentences, ctx.tokens, strict=True):
        for hit in _hits(tokens, ctx.doc.published, anchors, sentence.index):
            span = Span(tokens[hit.start].start, tokens[hit.end - 1].end)
            ctx.time_spans.append(span)
            ctx.facts.times.append(
                TimeExpression(ctx.doc.text[span.start : span.end], hit.date, span, sentence.index)
            )
