"""What a number counts: the noun after it (or after من, or after the last of a list),
the total it is a count of, the members of a body, nationals, and its qualifier."""

from __future__ import annotations

from collections.abc import Sequence

from builder.analyse.numbers import Quantity, reader
from builder.analyse.tokens import Token
from builder.extract.context import Context
from builder.extract.figures.rules import rules
from builder.lexicon.nouns import NounMatch, nouns
from builder.records import Bilingual, Qualifier, Span


def counted_noun(
    tokens: Sequence[Token], q: Quantity, look: bool, last_noun: NounMatch | None
) -> tuple[NounMatch | None, int, int]:
    """What the quantity ``q`` counts: the noun, the token after the figure's text, and the
    token where the counted word stands. ``look``: the noun may follow the number at once
    (not after a partitive من)."""
    lexicon = nouns()
    noun_start = q.end
    match = lexicon.index.match(tokens, noun_start) if noun_start < len(tokens) and look else None
    if match is None and noun_start + 1 < len(tokens) and tokens[noun_start].norm == "من":
        # 14 من العناصر, عشرات من المدنيين: the counted noun after من
        noun_start += 1
        match = lexicon.index.match(tokens, noun_start)
    noun: NounMatch | None = match.value if match else None
    end = match.end if match else q.end
    if noun is None:
        noun = _shared_noun(tokens, q.end) or _total_noun(tokens, q.start)
    if noun is None and last_noun is not None:
        if _word_in(tokens, q.end, rules().others):  # 3500 آخرين: others of the same
            noun, end = last_noun, q.end + 1
        elif _word_in(tokens, q.start - 1, rules().among):  # بينهم 2500
            noun = last_noun
    return noun, end, noun_start


def qualifier_around(
    tokens: Sequence[Token], q: Quantity, end: int
) -> tuple[Qualifier | None, int, int]:
    """The qualifier of ``q`` (أكثر من before it, or one after the noun), and the figure's
    text's first and after-last tokens with it."""
    before = qualifier_before(tokens, q.start)
    if before:
        return before[0], before[1], end
    trailing = rules().trailing.match(tokens, end) if end < len(tokens) else None
    if trailing:
        return trailing.value, q.start, trailing.end
    return None, q.start, end


def qualifier_before(tokens: Sequence[Token], start: int) -> tuple[Qualifier, int] | None:
    qualifiers = reader().qualifiers
    for k in range(max(0, start - 4), start):
        m = qualifiers.match(tokens, k)
        if m is not None and m.end == start:
            return m.value, k
    return None


def _shared_noun(tokens: Sequence[Token], j: int) -> NounMatch | None:
    """10 أو 15 أو 20 عامًا: the noun after the last alternative counts them all."""
    linkers = rules().linkers
    numbers = reader()
    steps = 0
    while j < len(tokens) - 1 and tokens[j].norm in linkers and steps < 6:
        q = numbers.read(tokens, j + 1)
        if q is None:
            return None
        j = q.end
        steps += 1
        m = nouns().index.match(tokens, j) if j < len(tokens) else None
        if m is not None:
            return m.value
    return None


def _total_noun(tokens: Sequence[Token], start: int) -> NounMatch | None:
    """ارتفع عدد القتلى إلى 50: the noun after عدد/حصيلة a few words back."""
    cues = rules().total_cues
    for k in range(start - 1, max(-1, start - 6), -1):
        if any(stem in cues for stem in tokens[k].stems) and k + 1 < start:
            m = nouns().index.match(tokens, k + 1)
            if m is not None:
                return m.value
    return None


def _word_in(tokens: Sequence[Token], k: int, words: frozenset[str]) -> bool:
    return 0 <= k < len(tokens) and tokens[k].norm in words


def partitive(ctx: Context, tokens: Sequence[Token], k: int) -> tuple[Bilingual, int] | None:
    """``ثمانية من قوات الأمن``: the number counts members of the body named after من (once
    the actors are read; the figures step runs before them, so mostly :mod:`.owners` does)."""
    found = body_of(ctx, tokens, k)
    if found is None:
        return None
    of, end = found
    return Bilingual(of.ar, f"members of {of.en}" if of.en else None), end


def body_of(ctx: Context, tokens: Sequence[Token], k: int) -> tuple[Bilingual, int] | None:
    """The organization or group named right after «من» at ``k`` (من قوات الأمن, من حزب الله),
    once the actors are read: «من» with its Arabic name, its English name, the token after it."""
    if k + 1 >= len(tokens) or tokens[k].norm != "من":
        return None
    start = tokens[k + 1].start
    for span, actor in ctx.mentions_in(Span(start, tokens[-1].end)):
        if span.start != start or actor.kind not in ("organization", "group"):
            continue
        end = next((j + 1 for j in range(k + 1, len(tokens)) if tokens[j].end >= span.end), k + 2)
        return Bilingual(f"من {ctx.doc.quote(span)}", actor.name.en), end
    return None


def nationals(ctx: Context, tokens: Sequence[Token], k: int) -> tuple[Bilingual, int] | None:
    """``15 سعوديا``, ``ثلاثة فلسطينيين``: a demonym used as a noun counts nationals."""
    found = demonym_at(ctx, tokens, k)
    if found is None:
        return None
    adjective, end = found
    return Bilingual(adjective.ar, nationals_en(adjective.en)), end


def demonym_at(ctx: Context, tokens: Sequence[Token], k: int) -> tuple[Bilingual, int] | None:
    """A nationality adjective at ``k``, also in the accusative (سعوديا, فلسطينيا): the
    adjective and the token after it."""
    if k >= len(tokens) or ctx.lexicon is None:
        return None
    found = ctx.lexicon.demonym_at(tokens, k)
    if found is None and tokens[k].norm.endswith("ا"):  # سعوديا: the accusative of سعودي
        bare = tokens[k].norm[:-1]
        found = ctx.lexicon.demonym_at([_with_norm(tokens[k], bare)], 0)
        found = (found[0], k + 1) if found else None
    return found


def _with_norm(tok: Token, norm: str) -> Token:
    return Token(tok.index, tok.start, tok.end, tok.text, tok.kind, norm, (norm,))


def nationals_en(adjective: str | None) -> str | None:
    """ "Saudis", "Palestinians", "Iraqis"; "British nationals" where no plural exists."""
    if not adjective:
        return None
    if adjective.endswith(("an", "i")):
        return adjective + "s"
    return f"{adjective} nationals"


def plural_word(tokens: Sequence[Token], j: int) -> bool:
    """A sound plural after a number word (ثلاث صالات): a counted noun the lexicon lacks."""
    if j >= len(tokens) or tokens[j].kind != "ar":
        return False
    word = tokens[j].stems[-1]
    return len(word) >= 4 and word.endswith(("ات", "ين", "ون"))


def has_label_word(tokens: Sequence[Token], j: int) -> bool:
    if j >= len(tokens) or tokens[j].kind != "ar":
        return False
    return not any(stem in rules().not_nouns for stem in tokens[j].stems)
