"""The story's main development: what the headline and "At a glance" tell.

A mediation effort told in the headline or the lead is the news (the talks are why the story
was written; further into the lead when the headline names the process it brought about); else
a headline that quotes someone («الوزير: لن نتراجع») tells that person's statement (the lead's,
dated, where it tells it; a country the lead does not quote is the story's label: «سوريا: …»);
else the lead's dated event that tells most (in the headline and first sentence, one that names
its participants, a happening before a source's report of it, and never a happening of years
ago while a recent one is told); else the happening the headline or lead names by its first
trigger, dated further into the story or undated, since the headline always names the news;
else the article's first event. ``main:`` in ``explainer.yml`` can pin any other record.
"""

from __future__ import annotations

from datetime import date

from builder.dates import PartialDate
from builder.extract.context import Context
from builder.extract.events import LEAD, TriggerHit, frame, hits_in
from builder.extract.frames import ARGUMENT_KINDS, SentenceView
from builder.extract.mediation.words import lexicon as mediation_words
from builder.lexicon.triggers import reports, triggers
from builder.records import Event
from builder.text.normalize import normalize


def extract(ctx: Context) -> None:
    # An effort in the headline or the first sentence; or a little further in the lead when
    # the headline names the process it brought about (هدوء بعد اتفاق وقف إطلاق النار).
    reach = LEAD if _headline_names_process(ctx) else 1
    lead_efforts = [m for m in ctx.facts.mediation if min([m.sentence, *m.sentences]) <= reach]
    if lead_efforts:
        ctx.facts.main = lead_efforts[0].id
        return
    ctx.facts.main = _main_event(ctx)
    # The main event's own sentence tells an effort (an envoy went to meet the leaders): the
    # effort, with its mediator and sides, says more than the bare event.
    event = next((e for e in ctx.facts.events if e.id == ctx.facts.main), None)
    if event is not None:
        told = set(event.sentences or [event.sentence])
        same = [m for m in ctx.facts.mediation if told & {m.sentence, *m.sentences}]
        if same:
            ctx.facts.main = same[0].id


def _headline_names_process(ctx: Context) -> bool:
    """Whether the headline names talks, a deal, a truce or another mediated process."""
    if not ctx.doc.sentences:
        return False
    return bool(mediation_words().process.find_all(SentenceView(ctx, 0).tokens))


def _main_event(ctx: Context) -> str | None:
    events = ctx.facts.events
    untold = triggers().generic
    generic = untold.kind if untold is not None else None
    # A headline quoting someone tells what they said: the triggers of the quote (عدوان in
    # «ظريف: إيران أول من سيقف لجانب السعودية إن تعرضت لعدوان») are no happening of its own;
    # the lead's statement by the speaker, dated, else one read from the headline.
    quoted = _headline_statement(ctx)
    if quoted is not None:
        said = [
            e for e in events
            if e.kind == "statement" and e.sentence <= LEAD and e.agent == quoted.agent
        ]  # fmt: skip
        if said:
            return min(said, key=lambda e: e.sentence).id
        if not _labels_a_place(ctx, quoted):
            events.append(quoted)
            return quoted.id
    # A happening no trigger word names says least: the last resort.
    lead = [e for e in events if e.sentence <= LEAD and e.kind != generic]
    recent = [e for e in lead if not _background(e, ctx.doc.published)]
    if recent:
        return _most_telling(ctx, recent).id
    headline = _headline_happening(ctx)
    if headline is not None:
        return headline
    if lead:  # only years-old happenings in the lead, and no trigger in the headline
        return _most_telling(ctx, lead).id
    # A happening no trigger names makes no headline ("Development involving …"): the page
    # then says what the report is about from its actors.
    told = [e for e in events if e.kind != generic]
    return min(told, key=lambda e: e.sentence).id if told else None


def _most_telling(ctx: Context, lead: list[Event]) -> Event:
    """Headline and first sentence tell the news; of their events, one that names who took
    part says it (a bare "Statement" in the headline says less than the lead's "Visit by X
    to Egypt"), and a happening says more than a source's report of it."""
    rank = triggers().rank
    happened = {e.sentence for e in lead if not _reports(ctx, e)}
    return min(
        lead,
        key=lambda e: (
            e.sentence > 1,
            _reports(ctx, e) and e.sentence in happened,
            not e.names_anyone,
            e.sentence,
            rank.get(e.kind, 99),
        ),
    )


def _headline_happening(ctx: Context) -> str | None:
    """The happening the headline or the lead names by its first trigger: the record of it
    dated further into the story (a delegation sent, then «وفد … سيزور الكويت في الأسبوع
    الأول من مايو»), else an undated record read from the trigger."""
    events = ctx.facts.events
    for index in range(min(LEAD, len(ctx.doc.sentences) - 1) + 1):
        view = SentenceView(ctx, index)
        hits = [h for h in hits_in(view) if not h.kind.weak] or hits_in(view)
        if not hits:
            continue
        dated = [
            e
            for e in events
            if e.kind == hits[0].kind.kind and not _background(e, ctx.doc.published)
        ]
        if dated:
            return min(dated, key=lambda e: e.sentence).id
        event = frame(ctx, view, hits[0], None)
        event.id = f"{event.kind}-undated"
        if any(e.id == event.id for e in events):
            event.id += "-main"
        events.append(event)
        return event.id
    return None


BACKGROUND_DAYS = 60
"""How long before publication a dated happening is background, not the news."""


def _background(event: Event, published: date) -> bool:
    """A happening whose time (a stretch's first part: منذ 2011) ended two months or more
    before the story was published."""
    when = PartialDate.parse((event.date or "").partition("/")[0])
    return when is not None and (published - when.end).days >= BACKGROUND_DAYS


def _reports(ctx: Context, event: Event) -> bool:
    """A statement read from a verb that only reports (أفاد, قال): the happening its sentence
    tells is the news."""
    if event.kind != "statement" or event.trigger is None:
        return False
    return reports(normalize(ctx.doc.text[event.trigger.start : event.trigger.end]))


def _labels_a_place(ctx: Context, quoted: Event) -> bool:
    """«سوريا: انطلاق عملية إجلاء…»: a country before the colon that the lead never quotes is
    the story's label, not a speaker, unless quote marks or the first person follow; the news
    is then the lead's happening."""
    kinds = {a.id: a.kind for a in ctx.facts.actors}
    if not all(kinds.get(agent) == "country" for agent in quoted.agent):
        # a capital before the colon speaks for its government (موسكو: ستقيّم عداء الغرب)
        return False
    view = SentenceView(ctx, 0)
    colon = next(k for k, t in enumerate(view.tokens) if t.text in QUOTE_MARKS)
    after = view.tokens[colon + 1 :]
    if not after or any(t.text in QUOTES for t in after):
        return False  # «دمشق: الضربات الغربية "مصيرها الفشل"»: the capital's words, quoted
    # «تركيا: سنضرب كل من يساعد…»: words in the first person are a quote
    first, lexicon = after[0], triggers()
    speaks = first.norm in lexicon.first_person or first.norm.startswith(
        lexicon.first_person_prefixes
    )
    return not speaks


QUOTES = frozenset({'"', "«", "»", "“", "”"})


QUOTE_MARKS = (":", "：")
PARTICLE = 2
"""The longest word that may stand before a quoted speaker's name (و, ثم)."""


def _headline_statement(ctx: Context) -> Event | None:
    """«محمد بن سلمان: أحب العمل…»: a headline that opens with a name and a colon quotes
    that actor; the news is what they said."""
    if not ctx.doc.sentences:
        return None
    view = SentenceView(ctx, 0)
    colon = next((k for k, t in enumerate(view.tokens) if t.text in QUOTE_MARKS), None)
    if colon is None or colon == 0:
        return None
    named = sorted(
        (a for a in view.args if a.end <= colon and a.actor.kind in ARGUMENT_KINDS),
        key=lambda a: a.start,
    )
    opening = named[0].start if named else 0
    if not named or opening > 1 or named[-1].end != colon:
        return None  # a name, or و/ثم before it, then the colon
    if opening == 1 and len(view.tokens[0].norm) > PARTICLE:
        return None  # «مستشار أردوغان:» quotes the adviser, not Erdogan
    speaker = named[:1]
    if len(named) == 2 and named[0].end == named[1].start:
        if not view.tokens[named[1].start].norm.startswith("ل"):
            return None  # two names before the colon: no one speaker
        # «أردوغان لنتنياهو:» Erdogan speaking to Netanyahu
    elif len(named) > 1:
        return None
    statement = triggers().kinds["statement"]
    hit = TriggerHit(colon, colon + 1, statement)
    event = frame(ctx, view, hit, None)
    event.agent = [speaker[0].actor.id]
    event.parties = []
    event.place = (
        None  # «ترامب: لن ندخل حربا في سوريا»: a place of the quote, not where it was said
    )
    event.id = "statement-undated-main"
    return event
