"""Longest-match lookup of multi-word phrases (names, titles, nouns) over tokens.

Phrases are stored normalised. The first word of a phrase in running text may carry clitics
(و ف ب ل ك ال لل), so it is looked up through the token's stems (للأمم المتحدة → الامم
المتحده). Inner words must match exactly, or with the article dropped from all of them
(وزير خارجية ← وزير الخارجية, the construct state), or with the article added where the
list has none (كوري شمالي → الكوري الشمالي: adjectives agree in definiteness).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from builder.analyse.tokens import Token
from builder.text.normalize import normalize

T = TypeVar("T")


@dataclass(frozen=True)
class PhraseMatch(Generic[T]):
    start: int
    """Token index of the first word."""
    end: int
    """Token index after the last word."""
    value: T
    exact: bool
    """False when the first word matched only after removing clitics."""
    article_dropped: bool = False
    """The first word matched only without its article (السليمة → سليمة)."""
    stem: str = ""
    """The form of the first word that matched (حزب of وحزب, المعارضه of للمعارضة)."""


def _words(phrase: str) -> tuple[str, ...]:
    """A listed phrase as the tokenizer cuts text: a hyphen or the dots of an abbreviation
    (دي.اتش.آي) are words of their own."""
    return tuple(normalize(phrase).replace("-", " - ").replace(".", " . ").split())


def _same(word: str, listed: str) -> bool:
    """An inner word matches as listed, or definite where the list has it bare (the article
    agrees along a phrase: كوري شمالي → الكوري الشمالي)."""
    return word == listed or (word.startswith("ال") and word[2:] == listed)


OPENING_QUOTES = frozenset({'"', "«", "“", "„", "("})
_CLOSING_QUOTES = frozenset({'"', "»", "”", "“", ")"})


def _match_rest(tokens: Sequence[Token], j: int, rest: tuple[str, ...]) -> int | None:
    """Where the listed words ``rest`` end when they follow from token ``j``, or None. A
    hyphen the list does not have is passed over (كيم جونغ-أون is كيم جونغ أون), and so is
    one quote opening the name after a body's noun (حركة "أمل", وكالة أنباء «تسنيم»), when
    it closes where the listed words end."""
    size = len(tokens)
    quoted = False
    for word in rest:
        if j < size:
            norm = tokens[j].norm
            if norm == "-" and word != "-":
                j += 1
            elif not quoted and norm in OPENING_QUOTES:
                j, quoted = j + 1, True
        if j >= size or not _same(tokens[j].norm, word):
            return None
        j += 1
    if quoted and (j >= size or tokens[j].norm not in _CLOSING_QUOTES):
        return None  # حزب "الغد المشرق": the quoted name goes on, another than حزب الغد
    return j


# Clitics written onto a short first word: the tokenizer keeps لبي whole (ل + بي is too short
# to take apart alone), but لبي بي سي is ل + بي بي سي.
_SHORT_CLITICS = ("و", "ف", "ب", "ل", "ك")


def _without_short_clitic(token: Token) -> str:
    """A word of three letters without the clitic it opens with (لبي → بي), to open phrases
    of several words only; empty when it has none."""
    norm = token.norm
    if norm[0] in _SHORT_CLITICS and norm[1:] not in token.stems:
        return norm[1:]
    return ""


def _drop_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


class PhraseIndex(Generic[T]):
    def __init__(self, items: Iterable[tuple[str, T]] = ()) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], T]]] = defaultdict(list)
        self._seen: set[tuple[str, ...]] = set()
        self._sorted = True
        for phrase, value in items:
            self.add(phrase, value)

    def add(self, phrase: str, value: T) -> None:
        words = _words(phrase)
        if not words:
            return
        variants = {words}
        if len(words) > 1:
            variants.add((words[0], *(_drop_article(w) for w in words[1:])))
        for key in variants:
            if key in self._seen:
                continue  # first registration wins: data files list the preferred entity first
            self._seen.add(key)
            self._by_first[key[0]].append((key[1:], value))
            self._sorted = False

    def first_words(self) -> set[str]:
        return set(self._by_first)

    def opens(self, word: str) -> bool:
        """Some listed phrase starts with ``word`` (normalised): no set is built per call."""
        return word in self._by_first

    def values(self) -> Iterator[T]:
        """Every registered value (a value registered under several phrases, several times)."""
        for entries in self._by_first.values():
            for _rest, value in entries:
                yield value

    def lookup(self, word: str) -> T | None:
        """The value of the one-word phrase ``word`` (normalised), or None."""
        for rest, value in self._by_first.get(word, ()):
            if not rest:
                return value
        return None

    def __contains__(self, phrase: str) -> bool:
        return _words(phrase) in self._seen

    def match(self, tokens: Sequence[Token], i: int) -> PhraseMatch[T] | None:
        """The longest phrase starting at token ``i``, or None."""
        if not self._sorted:
            for entries in self._by_first.values():
                entries.sort(key=lambda e: -len(e[0]))  # longest first; stable for ties
            self._sorted = True
        best: PhraseMatch[T] | None = None
        stems = tokens[i].stems
        for n, stem in enumerate(stems):
            for rest, value in self._by_first.get(stem, ()):
                if best is not None and i + 1 + len(rest) <= best.end:
                    break
                end = _match_rest(tokens, i + 1, rest)
                if end is not None:
                    best = PhraseMatch(i, end, value, n == 0, "ال" + stem in stems, stem)
                    break
        bare = _without_short_clitic(tokens[i]) if len(tokens[i].norm) == 3 else ""
        for rest, value in self._by_first.get(bare, ()) if bare else ():
            if best is not None and i + 1 + len(rest) <= best.end:
                break
            end = _match_rest(tokens, i + 1, rest) if rest else None  # longer phrases only
            if end is not None:
                best = PhraseMatch(i, end, value, False, False, bare)
                break
        if best is not None and best.end > i + 2 and tokens[i + 1].text in OPENING_QUOTES:
            inner = self.match(tokens, i + 2)  # صحيفة "تايمز أوف إسرائيل": not صحيفة تايمز
            if inner is not None and inner.end > best.end:
                return None
        return best

    def find_all(self, tokens: Sequence[Token]) -> list[PhraseMatch[T]]:
        """Non-overlapping longest matches, left to right."""
        out: list[PhraseMatch[T]] = []
        i = 0
        while i < len(tokens):
            m = self.match(tokens, i)
            if m:
                out.append(m)
                i = m.end
            else:
                i += 1
        return out
