"""Mediation efforts: a third party bringing parties together (mediator, parties, venue,
time, outcome). Talks between two parties with no third party are events, not mediation.

Reading a mediation sentence:
- ``بوساطة روسية`` / ``برعاية X``: the actor right after the trigger mediates;
- ``استضاف X ... زعماء A وB`` / ``رتب X محادثات بين A وB``: the subject after the verb (or the
  actor just before it) mediates, and the actors after ``بين`` (or the rest) are the parties;
- ``بذلت تركيا جهود وساطة``: the nearest actor before the trigger mediates.
People count with their countries: a mediating president brings his country along, and a party
leader stands for his side.
"""

from __future__ import annotations

from collections.abc import Sequence

from builder.analyse.tokens import Token
from builder.extract.context import Context
from builder.lexicon.triggers import triggers
from builder.records import Actor, Bilingual, Mediation, Span

ACTOR_KINDS = {"country", "person", "organization", "group"}
PREPOSITIONS = {"بوساطه", "برعايه", "بتسهيل", "باشراف", "بمبادره", "بدعوه", "رعايه"}
BETWEEN = {"بين", "وبين"}
VENUE_CUES = {"في", "قمه", "بمدينه", "مدينه"}
OUTCOMES = {
    "agreement": (
        (
            "اتفق",
            "اتفقت",
            "اتفقا",
            "اتفقوا",
            "توصل",
            "توصلت",
            "توصلا",
            "توصلوا",
            "وقع",
            "وقعت",
            "وقعا",
            "اتفاق",
        ),
        ("اتفاق", "agreement reached"),
    ),
    "statement": (("بيان",), ("بيان مشترك", "joint statement")),
    "failure": (("فشل", "فشلت", "تعثر", "تعثرت", "انهارت"), ("تعثر", "no agreement")),
}


def extract(ctx: Context) -> None:
    index = triggers().mediation
    efforts: list[Mediation] = []
    for sentence, tokens in zip(ctx.doc.sentences, ctx.tokens, strict=True):
        hits = index.find_all(tokens)
        if not hits:
            continue
        mentions = _mentions(ctx, sentence.span, tokens)
        if not mentions:
            continue
        trigger = hits[0]
        mediators = _mediators(tokens, trigger.start, trigger.end, mentions)
        if not mediators:
            continue
        mediator_countries = {m.country for m in mediators if m.country}
        parties = _parties(tokens, trigger, mentions, mediators, mediator_countries)
        if len({p.country or p.id for p in parties}) < 2 and not _explicit(tokens, trigger.start):
            continue
        if not parties:
            continue
        time = next((t for t in ctx.facts.times if t.sentence == sentence.index and t.date), None)
        venue = _venue(ctx, sentence.index, tokens)
        effort = Mediation(
            id="",
            mediators=_with_countries(ctx, mediators),
            parties=_with_countries(ctx, parties),
            venue=venue.id if venue else None,
            when_text=time.when_text if time else None,
            date=time.date if time else None,
            outcome=_outcome(tokens),
            sentence=sentence.index,
            span=Span(sentence.span.start, sentence.span.end),
        )
        _merge_or_add(efforts, effort)
    for n, effort in enumerate(efforts, start=1):
        effort.id = f"mediation-{effort.mediators[0]}-{n}" if effort.mediators else f"mediation-{n}"
        ctx.facts.mediation.append(effort)


def _mentions(ctx: Context, span: Span, tokens: Sequence[Token]) -> list[tuple[int, Actor]]:
    """(token index, actor) for every actor mention in the sentence, in order."""
    starts = {tok.start: k for k, tok in enumerate(tokens)}
    return [
        (starts[s.start], actor)
        for s, actor in ctx.mentions_in(span)
        if actor.kind in ACTOR_KINDS and not actor.media and s.start in starts
    ]


def _mention_end(tokens: Sequence[Token], k: int, actor: Actor) -> int:
    """Token index after the mention of ``actor`` that starts at token ``k``."""
    span = next((s for s in actor.spans if s.start == tokens[k].start), None)
    end = k + 1
    while span is not None and end < len(tokens) and tokens[end].start < span.end:
        end += 1
    return end


def _clause_start(tokens: Sequence[Token], i: int) -> int:
    for k in range(i - 1, -1, -1):
        if tokens[k].text in ("،", ",", ";", "؛", ":"):
            return k + 1
    return 0


def _explicit(tokens: Sequence[Token], i: int) -> bool:
    return any(stem in PREPOSITIONS for stem in tokens[i].stems) or tokens[i].norm in PREPOSITIONS


def _mediators(
    tokens: Sequence[Token], start: int, end: int, mentions: list[tuple[int, Actor]]
) -> list[Actor]:
    after = [(k, a) for k, a in mentions if k >= end]
    before = [(k, a) for k, a in mentions if k < start]
    if _explicit(tokens, start):
        # بوساطة الولايات المتحدة والأردن: the first name after the trigger and those joined to it
        chosen = [a for k, a in after[:1] if k - end <= 2]
        if chosen:
            expected = _mention_end(tokens, after[0][0], after[0][1])
            for k, a in after[1:]:
                if k != expected or not tokens[k].norm.startswith("و"):
                    break
                chosen.append(a)
                expected = _mention_end(tokens, k, a)
        return _dedupe(chosen)
    # A verb trigger (استضاف، رتب، توسط): the subject follows it; collect coordinated subjects
    # up to the object (محادثات، بين، زعماء…).
    chosen: list[Actor] = []
    if after and after[0][0] - end <= 3:
        stop = _object_start(tokens, end)
        chosen = [a for k, a in after if k < stop]
        if chosen:
            return _dedupe(chosen)
    # A noun trigger (بذلت تركيا جهود وساطة): the subject opens the clause.
    clause = [a for k, a in before if k >= _clause_start(tokens, start)]
    if clause:
        return [clause[0]]
    # وتقوم روسيا، التي …، بدور الوساطة: the sentence's subject
    return [before[0][1]] if before else []


def _object_start(tokens: Sequence[Token], i: int) -> int:
    for k in range(i, len(tokens)):
        if tokens[k].norm in BETWEEN or tokens[k].norm in {
            "محادثات",
            "مفاوضات",
            "زعماء",
            "قاده",
            "مع",
            "لاجراء",
            "اجتماعا",
            "لقاء",
        }:
            return k
    return len(tokens)


def _parties(tokens, trigger, mentions, mediators, mediator_countries):  # type: ignore[no-untyped-def]
    between = next((k for k, tok in enumerate(tokens) if tok.norm in BETWEEN), None)
    pool = [(k, a) for k, a in mentions if a not in mediators]
    if between is not None:
        # بين أرمينيا وأذربيجان: the coordinated names right after بين, nothing further.
        after = []
        expected = between + 1
        for k, a in pool:
            if k < expected:
                continue
            if k > expected + 1:
                break
            after.append((k, a))
            expected = _mention_end(tokens, k, a)
        if after:
            pool = after
    out = []
    for _, actor in pool:
        if actor.kind == "person" and actor.country in mediator_countries:
            continue
        if actor.kind == "country" and actor.country in mediator_countries:
            continue
        if actor.kind == "organization":
            continue
        if actor not in out:
            out.append(actor)
    return out


def _with_countries(ctx: Context, actors: list[Actor]) -> list[str]:
    ids: list[str] = []
    by_code = {a.country: a for a in ctx.facts.actors if a.kind == "country" and a.country}
    for actor in actors:
        if (
            actor.kind == "person"
            and actor.country in by_code
            and by_code[actor.country].id not in ids
        ):
            ids.append(by_code[actor.country].id)
        if actor.id not in ids:
            ids.append(actor.id)
    return ids


def _venue(ctx: Context, sentence: int, tokens: Sequence[Token]) -> Actor | None:
    """A place the sentence puts the talks in (في بروكسل); failing that, a summit named after
    its city close by (قمة جنيف), as articles often name the venue a sentence apart."""
    found = _venue_in(ctx, sentence, tokens, VENUE_CUES)
    if found is not None:
        return found
    for k in (sentence + 1, sentence - 1, sentence + 2, sentence - 2, sentence + 3):
        if 0 <= k < len(ctx.doc.sentences):
            found = _venue_in(ctx, k, ctx.tokens[k], {"قمه"})
            if found is not None:
                return found
    return None


def _venue_in(ctx: Context, sentence: int, tokens: Sequence[Token], cues: set[str]) -> Actor | None:
    starts = {tok.start: k for k, tok in enumerate(tokens)}
    for s, actor in ctx.mentions_in(ctx.doc.sentences[sentence].span):
        k = starts.get(s.start)
        if actor.kind != "place" or k is None:
            continue
        if (k > 0 and tokens[k - 1].norm in cues) or (
            "في" in cues and tokens[k].norm.startswith("ب")
        ):
            return actor
    return None


def _outcome(tokens: Sequence[Token]) -> Bilingual | None:
    norms = {stem for tok in tokens for stem in tok.stems}
    for words, (ar, en) in OUTCOMES.values():
        if norms.intersection(words):
            return Bilingual(ar, en)
    return None


def _dedupe(actors: list[Actor]) -> list[Actor]:
    out: list[Actor] = []
    for a in actors:
        if a not in out:
            out.append(a)
    return out


def _merge_or_add(efforts: list[Mediation], new: Mediation) -> None:
    """Two sentences about one effort (same mediator side, same date or venue) merge."""
    for effort in efforts:
        same_side = set(effort.mediators) & set(new.mediators)
        same_time = effort.date == new.date or not effort.date or not new.date
        if same_side and same_time:
            effort.mediators += [m for m in new.mediators if m not in effort.mediators]
            effort.parties += [
                p for p in new.parties if p not in effort.parties and p not in effort.mediators
            ]
            effort.venue = effort.venue or new.venue
            effort.date = effort.date or new.date
            effort.when_text = effort.when_text or new.when_text
            effort.outcome = effort.outcome or new.outcome
            return
    efforts.append(new)
