"""The extractor over all 1,000 corpus articles: no exception, every span quotes the source
exactly, every date is valid ISO 8601 at the precision the contract allows."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

import pytest

from builder.api import extract_facts
from tests.conftest import corpus_articles
from tests.devset.score import published_date

pytestmark = pytest.mark.corpus

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")


def valid_iso(value: str) -> bool:
    if not DATE.match(value):
        return False
    for part in value.split("/"):
        if len(part) == 10:
            date.fromisoformat(part)
        elif len(part) == 7 and not 1 <= int(part[5:]) <= 12:
            return False
    return True


def test_whole_corpus() -> None:
    counts: Counter[str] = Counter()
    for article in corpus_articles():
        facts = extract_facts(article["text"], article["title"], published_date(article))
        text = facts.document.text
        counts["articles"] += 1
        for f in facts.figures:
            assert text[f.span.start : f.span.end] == f.text, (article["url"], f)
        for t in facts.times:
            assert text[t.span.start : t.span.end] == t.when_text, (article["url"], t)
            assert t.date is None or valid_iso(t.date), (article["url"], t)
        for a in facts.actors:
            for s in a.spans:
                assert text[s.start : s.end] in a.mentions, (article["url"], a.id)
        for e in facts.events:
            assert e.date is None or valid_iso(e.date)
        ids = {a.id for a in facts.actors}
        for m in facts.mediation:
            assert (
                set(m.mediators) <= ids
                and set(m.parties) <= ids
                and (m.venue is None or m.venue in ids)
            )
        counts["figures"] += len(facts.figures)
        counts["actors"] += len(facts.actors)
        counts["times"] += len(facts.times)
        counts["events"] += len(facts.events)
        counts["mediation"] += len(facts.mediation)
    print("\ncorpus run:", dict(counts))
    assert counts["articles"] == 1000
