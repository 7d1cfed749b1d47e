"""The fact records every stage passes along. Both editions are rendered from these.

Offsets (``Span``) index :attr:`Document.text`: the headline, a blank line, then the article
body exactly as written in the content file, so ``doc.text[span.start:span.end]`` is always
the quoted source text.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, Literal

ActorKind = Literal["person", "country", "organization", "group", "place"]


class Qualifier(StrEnum):
    """How a figure relates to its number. The Arabic words that say so are data
    (``qualifiers`` in ``data/number_words.yml``, keyed by these values); the words shown on
    a page are UI strings (``render/formatting.py``)."""

    MORE_THAN = "more_than"
    LESS_THAN = "less_than"
    ABOUT = "about"
    UP_TO = "up_to"
    AT_LEAST = "at_least"

    @classmethod
    def parse(cls, value: object) -> Qualifier | None:
        """The qualifier named ``value`` (``None`` for none or an unknown name)."""
        try:
            return cls(str(value)) if value is not None else None
        except ValueError:
            return None


Section = Literal["background", "mediation", "main", "other"]


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Bilingual:
    ar: str | None
    en: str | None


@dataclass(frozen=True)
class Paragraph:
    index: int
    span: Span


@dataclass
class Sentence:
    index: int
    """0 is the headline; the body's sentences follow in reading order."""
    paragraph: int
    span: Span
    text: str
    section: Section = "other"
    """Which part of the explainer the sentence feeds (set by the extract stage)."""


@dataclass
class Document:
    """An article ready for analysis: its text, paragraphs and sentences with offsets."""

    slug: str
    title: str
    published: date
    text: str
    paragraphs: list[Paragraph]
    sentences: list[Sentence] = field(default_factory=list)

    def quote(self, span: Span) -> str:
        return self.text[span.start : span.end]


@dataclass
class Figure:
    id: str
    """Stable across re-extraction (built from the value and what it counts)."""
    value: float | int | None
    """``None`` for vague amounts such as آلاف."""
    text: str
    """The exact source span."""
    span: Span
    sentence: int
    qualifier: Qualifier | None = None
    unit: str | None = None
    """Lexicon key of the counted noun or unit (``killed``, ``years``, ``percent``…)."""
    label: Bilingual = Bilingual(None, None)
    kind: str | None = None
    """Category of the counted noun: casualties, military, time, money, percent…; ``ordinal``
    for ranks and occurrences (the third attempt), ``age`` for a person's age."""
    person: str | None = None
    """For an age: the actor id of the person whose age it is."""
    vague: Bilingual | None = None
    """For a vague amount (``value`` None): its word, عشرات / dozens; ``label`` then says
    what it counts (civilians killed)."""
    words: Bilingual | None = None
    """The amount as the page says it when it is a word, not a number: a fraction's (ثلثي /
    two thirds for 0.67)."""
    mentions: list[Span] = field(default_factory=list)
    """Later spans that state the same quantity again (one record, several citations)."""
    mention_sentences: list[int] = field(default_factory=list)
    """The sentences of ``mentions``, in the same order."""


@dataclass
class Actor:
    id: str
    kind: ActorKind
    name: Bilingual
    role: Bilingual | None = None
    mentions: list[str] = field(default_factory=list)
    """Every surface form seen in the article, in order of first appearance."""
    spans: list[Span] = field(default_factory=list)
    sentence: int = 0
    """The sentence of the first mention."""
    verified: bool = True
    """False when the English name is not from the glossary or a shipped lexicon."""
    country: str | None = None
    """ISO 3166 code for countries, and for people/places when known."""
    media: bool = False
    """A news agency or outlet (credited as a source, not a party to events)."""
    affiliation: str | None = None
    """For a person with a title: the actor id of the body or country the title is of
    (الأمين العام للأمم المتحدة → united-nations; وزير الخارجية الروسي → russia)."""


@dataclass
class TimeExpression:
    when_text: str
    date: str | None
    """ISO 8601 as precise as the text allows (``2022-10-31``, ``2022-08``, ``2020``,
    ``1990/1999``); ``None`` when it cannot be placed."""
    span: Span
    sentence: int


@dataclass
class Event:
    """A happening as a frame: what kind, who did it to or with whom, where, when, how many.

    Every argument comes from the trigger's own syntactic arguments in its sentence (subject,
    object, «بين … و…», «مع»), never from adjectives, parentheticals, datelines or credits."""

    id: str
    kind: str
    """Key of the event kind in ``data/event_words.yml`` (war, attack, talks, statement…)."""
    when_text: str | None
    date: str | None
    summary: Bilingual
    """The generated sentence (written by ``render.sentences`` from this record)."""
    sentence: int
    span: Span
    """The sentence the event is told in."""
    agent: list[str] = field(default_factory=list)
    """Actor ids of who did it (the subject)."""
    parties: list[str] = field(default_factory=list)
    """Actor ids of the other arguments: the object, the target, the sides «بين … و…»."""
    place: str | None = None
    """Actor id of where it happened."""
    figures: list[str] = field(default_factory=list)
    """Ids of the figures that count its casualties, amounts or people."""
    trigger: Span | None = None
    """The word(s) that name the happening."""
    sentences: list[int] = field(default_factory=list)
    """Every sentence that tells it (the first is ``sentence``); its arguments come from these."""

    @property
    def participants(self) -> list[str]:
        """Agent first, then the other parties."""
        return [*self.agent, *(p for p in self.parties if p not in self.agent)]

    @property
    def names_anyone(self) -> bool:
        """The record names who took part or where: a sentence can say more than its kind."""
        return bool(self.agent or self.parties or self.place)


@dataclass
class Mediation:
    id: str
    mediators: list[str]
    parties: list[str]
    venue: str | None
    when_text: str | None
    date: str | None
    outcome: Bilingual | None
    sentence: int
    span: Span
    kind: str = "mediated"
    """How the third party acts: ``mediated`` (بوساطة), ``sponsored`` (برعاية, تحت إشراف),
    ``hosted`` (a state hosting talks it is not party to), ``envoy`` (an envoy's talks or
    tour), ``offer`` (an offer to mediate), ``facilitated``."""
    sentences: list[int] = field(default_factory=list)
    """Every sentence that tells this effort (the first is ``sentence``)."""


@dataclass
class Facts:
    """Everything extracted from one article."""

    document: Document
    title_en: str | None = None
    source_url: str | None = None
    """The original article's address (front matter ``url``)."""
    source: str | None = None
    """Who published the original (front matter ``source``), credited in the page header."""
    figures: list[Figure] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    mediation: list[Mediation] = field(default_factory=list)
    main: str | None = None
    """Id of the story's main development (an event or a mediation effort): what the
    headline and "At a glance" tell."""

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def main_record(self) -> Mediation | Event | None:
        """The mediation effort or event named by ``main`` (mediation first), or None."""
        records: list[Mediation | Event] = [*self.mediation, *self.events]
        return next((r for r in records if r.id == self.main), None)

    def to_json(self) -> dict[str, Any]:
        """The ``explainer extract --json`` contract of the design brief."""
        doc = self.document

        def spans_as_pairs(value: Any) -> Any:
            if isinstance(value, dict):
                if value.keys() == {"start", "end"}:
                    return [value["start"], value["end"]]
                return {k: spans_as_pairs(v) for k, v in value.items()}
            if isinstance(value, list):
                return [spans_as_pairs(v) for v in value]
            return value

        def clean(record: Any) -> dict[str, Any]:
            data: dict[str, Any] = spans_as_pairs(asdict(record))
            return data

        return {
            "title": {"ar": doc.title, "en": self.title_en},
            "published": doc.published.isoformat(),
            "figures": [clean(f) for f in self.figures],
            "actors": [clean(a) for a in self.actors],
            "mediation": [clean(m) for m in self.mediation],
            "events": [clean(e) for e in self.events],
            "main": self.main,
            "times": [clean(t) for t in self.times],
            "sentences": [
                {
                    "index": s.index,
                    "paragraph": s.paragraph,
                    "span": [s.span.start, s.span.end],
                    "section": s.section,
                    "text": s.text,
                }
                for s in doc.sentences
            ],
        }
