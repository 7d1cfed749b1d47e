"""The scanner: what every recogniser reads a sentence's tokens with, and the loop that
runs the recognisers over them.

A recogniser is a function ``(scan, i) -> Hit | None`` that tries to read one kind of time
expression starting at token ``i`` (see :data:`builder.extract.times.RECOGNISERS`). The
:class:`Scan` of a sentence holds its tokens, the publication date and the years stated
earlier in the document, and answers the questions every recogniser asks of a token: its
normalised form, whether it is one of a set of words, its forms with the article, whether it
is glued to the next, which direction a relative word gives, whether the future is near.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from builder.analyse.tokens import Token
from builder.dates import PartialDate
from builder.extract.times.calendar import OFFSETS, Direction
from builder.extract.times.lexicon import grammar, lexicon

ANCHOR_SENTENCES = 3
"""How many sentences back a stated year still fixes the same month written without one."""
LAST_MONTH = 0
"""The anchors key of the last month told (month keys are 1–12)."""
FUTURE_WINDOW = 15
"""How many tokens before an expression a future cue (من المتوقع, المقرر, سوف) is looked for."""
SCHEDULED_WINDOW = 8
"""Tokens before a weekday in which a scheduled verb of its clause is looked for."""
CLAUSE_MARKS = frozenset('،,.:؛;"«»')
"""Marks that end the clause a far future verb governs."""
FUTURE_VERB_WINDOW = 8
"""The same for a future verb (سيعقد), whose test is looser (names such as ستيلا look alike)."""


@dataclass(frozen=True)
class Hit:
    start: int
    """Token index of the first token."""
    end: int
    """Token index after the last token."""
    date: str | None
    kind: str
    anchor: tuple[int, int] | None = None
    """(month, year) when the expression states a Gregorian month's year."""


def definite_forms(tok: Token) -> set[str]:
    """The token's forms with the article: والعام → العام, للعام → العام."""
    out = {s for s in tok.stems if s.startswith("ال") and len(s) > 2}
    out |= {"ال" + s[2:] for s in tok.stems if s.startswith("لل") and len(s) > 3}
    return out


class Scan:
    """Finds the time expressions of one sentence's tokens."""

    def __init__(
        self,
        tokens: Sequence[Token],
        published: date,
        anchors: dict[int, tuple[int, int]],
        sentence: int,
    ) -> None:
        self.t = tokens
        self.n = len(tokens)
        self.pub = published
        self.anchors = anchors
        """Month → (year, sentence) of the last Gregorian month written with its year."""
        self.sentence = sentence
        self.lex = lexicon()
        self.words = grammar()
        self._definite: dict[int, set[str]] = {}

    # --- token helpers (an index out of range is no word, never an error)

    def norm(self, k: int) -> str:
        return self.t[k].norm if 0 <= k < self.n else ""

    def text(self, k: int) -> str:
        return self.t[k].text if 0 <= k < self.n else ""

    def has(self, k: int, words: frozenset[str]) -> bool:
        return 0 <= k < self.n and not words.isdisjoint(self.t[k].stems)

    def bare(self, k: int, word: str) -> bool:
        """The word without the article (يوم, not اليوم)."""
        return 0 <= k < self.n and word in self.t[k].stems and not self.definite(k)

    def definite(self, k: int) -> set[str]:
        if not 0 <= k < self.n:
            return set()
        found = self._definite.get(k)
        if found is None:
            found = self._definite[k] = definite_forms(self.t[k])
        return found

    def glued(self, a: int, b: int) -> bool:
        return 0 <= a < b < self.n and self.t[a].end == self.t[b].start

    def day_number(self, k: int) -> int | None:
        tok = self.t[k] if 0 <= k < self.n else None
        if tok is None or tok.kind != "num" or not tok.norm.isdigit() or len(tok.norm) > 2:
            return None
        value = int(tok.norm)
        return value if 1 <= value <= 31 else None

    def year_number(self, k: int, hijri: bool = False) -> int | None:
        tok = self.t[k] if 0 <= k < self.n else None
        if tok is None or tok.kind != "num" or not tok.norm.isdigit():
            return None
        value = int(tok.norm)
        if hijri:
            return value if 3 <= len(tok.norm) <= 4 and 1 <= value <= 1600 else None
        return value if len(tok.norm) == 4 and 1000 <= value <= 2100 else None

    def direction(self, k: int) -> Direction | None:
        """The direction a relative word gives (الماضي → past, المقبل → future, الجاري → this)."""
        if not 0 <= k < self.n:
            return None
        stems = self.t[k].stems
        for words, name in (
            (self.lex.past, "past"),
            (self.lex.future, "future"),
            (self.lex.this, "this"),
        ):
            if any(s in words for s in stems):
                return name
        return None

    def era(self, k: int) -> str | None:
        return (
            next((self.lex.era[s] for s in self.t[k].stems if s in self.lex.era), None)
            if 0 <= k < self.n
            else None
        )

    def definite_period(self, k: int) -> str | None:
        """The unit of a singular period word with the article (العام → year)."""
        return next(
            (
                self.lex.definite_singular[s]
                for s in self.definite(k)
                if s in self.lex.definite_singular
            ),
            None,
        )

    def weekday_at(self, k: int, after_day: bool = False) -> int | None:
        """The ISO weekday of الخميس, or after يوم of a bare خميس."""
        if not 0 <= k < self.n:
            return None
        for s in self.definite(k):
            if s in self.lex.weekdays:
                return self.lex.weekdays[s]
        if after_day:
            return next(
                (self.lex.bare_weekdays[s] for s in self.t[k].stems if s in self.lex.bare_weekdays),
                None,
            )
        return None

    def season_at(self, k: int, definite: bool = False) -> tuple[int, int] | None:
        """The (first, last) months of a season word (with the article when ``definite``)."""
        if not 0 <= k < self.n:
            return None
        if definite:
            return next(
                (self.lex.seasons[s[2:]] for s in self.definite(k) if s[2:] in self.lex.seasons),
                None,
            )
        return next((self.lex.seasons[s] for s in self.t[k].stems if s in self.lex.seasons), None)

    def relative_year(self, k: int) -> tuple[int, int] | None:
        """``العام الماضي``, ``هذا العام``, ``العام قبل الماضي`` → (offset, end)."""
        if self.has(k, self.words.demonstratives) and self.definite_period(k + 1) == "year":
            return 0, k + 2
        if self.definite_period(k) != "year":
            return None
        if self.norm(k + 1) == self.words.before and self.direction(k + 2) == "past":
            return -2, k + 3
        direction = self.direction(k + 1)
        if direction is None:
            return None
        return OFFSETS[direction], k + 2

    # --- context: which way an expression without a year looks

    def future_context(self, k: int) -> bool:
        """A future cue or verb shortly before token ``k``; a future verb further back counts
        when no comma or stop lies between (وسترسل الكوريتان وفدا … إلى القرية الحدودية الخميس)."""
        future_words = self.words.future_words
        open_clause = True
        for idx in range(k - 1, max(-1, k - FUTURE_WINDOW - 1), -1):
            tok = self.t[idx]
            if tok.text in CLAUSE_MARKS:
                open_clause = False
            if not future_words.isdisjoint(tok.stems):
                return True
            near = k - idx <= FUTURE_VERB_WINDOW or open_clause
            if near and future_verb(tok.norm):
                return True
        return False

    def scheduled_before(self, k: int) -> bool:
        """A present-tense verb of a scheduled act earlier in the clause of token ``k``
        (يزور الرئيس القاهرة الأحد), with no «منذ» right before ``k`` and no «كان» before the
        verb (كان يزور: a habit of the past)."""
        if self.has(k - 1, self.words.since):
            return False
        for idx in self._back_in_clause(k):
            if self.has(idx, self.words.was):
                return False  # يجري التدريبان عادة … في مارس: a habit, no scheduled day
            if not self.words.scheduled_verbs.isdisjoint(self.t[idx].stems):
                # وكان الرئيس يزور, إذا لم تغادر: «كان», a habit or a condition before the verb
                return not any(self.has(j, self.words.was) for j in self._back_in_clause(idx))
        return False

    def _back_in_clause(self, k: int) -> Iterator[int]:
        """The tokens before ``k``, nearest first, within SCHEDULED_WINDOW and its clause."""
        for idx in range(k - 1, max(-1, k - SCHEDULED_WINDOW - 1), -1):
            if self.t[idx].text in CLAUSE_MARKS:
                return
            yield idx

    def imperfect_before(self, k: int, window: int = 3) -> bool:
        """A present-tense verb just before (يدخل عامه السابع بعد يومين): the clause looks ahead."""
        return any(imperfect(self.t[idx].norm) for idx in range(max(0, k - window), k))

    def last_month(self) -> tuple[int, int] | None:
        """(year, month) of the last month told within ``ANCHOR_SENTENCES``, if any."""
        anchor = self.anchors.get(LAST_MONTH)
        if anchor is None or self.sentence - anchor[1] > ANCHOR_SENTENCES:
            return None
        return anchor[0] // 12, anchor[0] % 12 + 1

    def unstated_year(self, start: int, month: int) -> Direction | int:
        """How to place a day or month written without a year: a year fixed by the context,
        or the direction to look in."""
        anchor = self.anchors.get(month)
        if anchor is not None and self.sentence - anchor[1] <= ANCHOR_SENTENCES:
            return anchor[0]
        if self.has(start - 1, self.words.until):
            return "this"
        return "ge" if self.future_context(start) or self.scheduled_before(start) else "le"

    def named_event(self, start: int) -> bool:
        return self.has(start - 1, self.words.named_events)

    # --- the scan

    def triggered(self, k: int) -> bool:
        """Whether an expression can start at token ``k`` (most tokens are skipped here)."""
        tok = self.t[k]
        stems = tok.stems
        if tok.kind == "num" or not self.lex.triggers.isdisjoint(stems):
            return True
        w = self.words
        if w.lookahead.isdisjoint(stems):
            return False
        # Frequent words that start an expression only before a given word.
        if tok.norm == w.on:
            return self.norm(k + 1) in w.range_span
        if not w.now_cues.isdisjoint(stems):
            return self.has(k + 1, w.needs_now_cue)
        if not w.demonstratives.isdisjoint(stems):
            return (
                self.definite_period(k + 1) is not None
                or self.season_at(k + 1, definite=True) is not None
            )
        return False

    def run(
        self,
        recognisers: Sequence[tuple[str, Recogniser]],
        at_numbers: Sequence[tuple[str, Recogniser]] | None = None,
    ) -> list[Hit]:
        """Every expression of the sentence, left to right: at each token the longest hit of
        any recogniser (the first registered wins a tie), then the scan goes on after it. At
        a number only ``at_numbers`` are tried (those that can open with one), when given."""
        hits: list[Hit] = []
        i = 0
        while i < self.n:
            tried = recognisers
            if at_numbers is not None and self.t[i].kind == "num":
                tried = at_numbers
            hit = longest(r(self, i) for _, r in tried) if self.triggered(i) else None
            if hit is None:
                i += 1
                continue
            hits.append(hit)
            if hit.anchor is not None:
                self.anchors[hit.anchor[0]] = (hit.anchor[1], self.sentence)
            told = PartialDate.parse(hit.date)
            if told is not None and not told.is_interval and told.precision != "year":
                # The last month told: what "الشهر ذاته" refers to.
                year, month = told.start.year, told.start.month
                self.anchors[LAST_MONTH] = (year * 12 + month - 1, self.sentence)
            i = hit.end
        return self.merge(hits)

    def merge(self, hits: list[Hit]) -> list[Hit]:
        """أمس الجمعة, الاثنين 31 أكتوبر, الخميس الموافق 12 يوليو: one expression each."""
        out: list[Hit] = []
        for hit in hits:
            prev = out[-1] if out else None
            if prev is not None and self.joinable(prev.end, hit.start):
                if prev.kind == "deictic" and hit.kind == "weekday":
                    out[-1] = Hit(prev.start, hit.end, prev.date, "deictic")
                    continue
                if prev.kind == "weekday" and hit.kind == "date" and _is_day(hit.date):
                    out[-1] = Hit(prev.start, hit.end, hit.date, "date", hit.anchor)
                    continue
            out.append(hit)
        return out

    def joinable(self, end: int, start: int) -> bool:
        between = range(end, start)
        return len(between) <= 2 and all(self.norm(k) in self.words.weekday_join for k in between)


def _is_day(iso: str | None) -> bool:
    """A single day (``2022-10-31``), not a month, a year or an interval."""
    told = PartialDate.parse(iso)
    return told is not None and told.precision == "day" and not told.is_interval


Recogniser = Callable[[Scan, int], Hit | None]
"""Reads one kind of expression starting at a token index, or returns None."""


def longest(hits: Iterable[Hit | None]) -> Hit | None:
    """The hit that ends last; the first of those on a tie."""
    best: Hit | None = None
    for hit in hits:
        if hit is not None and (best is None or hit.end > best.end):
            best = hit
    return best


def future_verb(word: str) -> bool:
    """س + imperfect prefix (سيعقد, ستجري, سنواصل), not سياسة, سيطرت, ستة."""
    g = grammar()
    if len(word) > 5 and word[0] in "وف" and word[1] == "س":
        word = word[1:]
    return (
        len(word) >= 5
        and word[0] == "س"
        and word[1] in "يتن"
        and not word.startswith(g.not_future_verbs)
        and (not word.endswith(g.not_future_endings) or word.endswith(g.object_suffixes))
    )


def imperfect(word: str) -> bool:
    """ي + a root (يدخل, يبدأ, يعقدون), not a noun such as يوم or a month such as يونيو."""
    if len(word) > 4 and word[0] in "وف":
        word = word[1:]
    return (
        word.startswith("ي")
        and 3 <= len(word) <= 7
        and not word.startswith(grammar().not_imperfect)
    )
