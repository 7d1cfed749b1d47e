"""A small hand-made set of facts, so that the corrections tests do not depend on what the
extractor finds today (its ids are the extractor's business; these are ours)."""

from __future__ import annotations

from datetime import date

from builder.analyse.document import make_document
from builder.records import Actor, Bilingual, Event, Facts, Figure, Mediation, Span, TimeExpression

TITLE = "روسيا تستضيف قمة بين أرمينيا وأذربيجان"
BODY = (
    "استضاف الرئيس الروسي فلاديمير بوتين في سوتشي يوم الاثنين قمة بين أرمينيا وأذربيجان.\n\n"
    "وخلفت الاشتباكات الحدودية 286 قتيلاً في سبتمبر الماضي.\n\n"
    "وقال بوتين إن نحو 2000 جندي روسي ينتشرون في المنطقة، ونزح حوالي 30 ألف شخص.\n\n"
    "وحضر القمة كريم نصار عن الأمم المتحدة.\n\n"
    "اترك تعليقاً\n"
)
"""The last sentence names a person the facts below leave out (for ``add: actors``)."""


def sample_facts() -> Facts:
    doc = make_document("2022-10-31-sample", TITLE, date(2022, 10, 31), BODY)
    doc.paragraphs = doc.paragraphs[:-1]  # the comment form is page furniture
    doc.sentences = [s for s in doc.sentences if s.paragraph < 5]
    for sentence in doc.sentences:
        sentence.section = "main" if sentence.index <= 1 else "other"

    def span(text: str) -> Span:
        start = doc.text.index(text)
        return Span(start, start + len(text))

    def sentence(text: str) -> int:
        start = doc.text.index(text)
        return next(s.index for s in doc.sentences if s.span.start <= start < s.span.end)

    def figure(
        fid: str, value: int, text: str, en: str, ar: str, qualifier: str | None = None
    ) -> Figure:
        return Figure(
            fid, value, text, span(text), sentence(text), qualifier, None, Bilingual(ar, en)
        )

    def actor(aid: str, kind: str, ar: str, en: str | None, mention: str, **more: object) -> Actor:
        return Actor(
            aid,
            kind,
            Bilingual(ar, en),
            mentions=[mention],
            spans=[span(mention)],
            sentence=sentence(mention),
            verified=en is not None,
            **more,
        )  # type: ignore[arg-type]

    facts = Facts(doc)

    def time(text: str, iso: str) -> TimeExpression:
        return TimeExpression(text, iso, span(text), sentence(text))

    facts.times = [time("يوم الاثنين", "2022-10-31"), time("سبتمبر الماضي", "2022-09")]
    facts.figures = [
        figure("killed-286", 286, "286 قتيلاً", "killed", "قتيل"),
        figure(
            "soldiers-2000", 2000, "نحو 2000 جندي روسي", "Russian soldiers", "جندي روسي", "about"
        ),
        figure("people-30000", 30000, "حوالي 30 ألف شخص", "people", "شخص", "about"),
    ]
    facts.actors = [
        actor("russia", "country", "روسيا", "Russia", "روسيا"),
        actor("armenia", "country", "أرمينيا", "Armenia", "أرمينيا"),
        actor("azerbaijan", "country", "أذربيجان", "Azerbaijan", "أذربيجان"),
        actor(
            "vladimir-putin",
            "person",
            "فلاديمير بوتين",
            "Vladimir Putin",
            "الرئيس الروسي فلاديمير بوتين",
            role=Bilingual("الرئيس الروسي", "President of Russia"),
        ),
        actor("sochi", "place", "سوتشي", "Sochi", "سوتشي"),
        actor("bwtyn", "person", "بوتين", None, "وقال بوتين"),
    ]
    facts.events = [
        Event(
            "summit-2022-10-31",
            "talks",
            "يوم الاثنين",
            "2022-10-31",
            Bilingual("قمة", "Summit"),
            1,
            span("استضاف"),
            parties=["russia", "armenia", "azerbaijan", "vladimir-putin", "bwtyn"],
        ),
        Event(
            "clashes-2022-09",
            "clashes",
            "سبتمبر الماضي",
            "2022-09",
            Bilingual("اشتباكات", "Clashes"),
            2,
            span("وخلفت"),
            parties=["armenia", "azerbaijan"],
            figures=["killed-286"],
        ),
    ]
    facts.mediation = [
        Mediation(
            "mediation-russia-1",
            ["russia", "vladimir-putin"],
            ["armenia", "azerbaijan"],
            "sochi",
            "يوم الاثنين",
            "2022-10-31",
            None,
            1,
            span("استضاف"),
        ),
        Mediation(
            "mediation-bwtyn-2",
            ["bwtyn"],
            ["armenia", "azerbaijan"],
            None,
            None,
            None,
            None,
            3,
            span("وقال بوتين"),
        ),
    ]
    return facts
