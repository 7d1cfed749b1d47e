"""The extractor over all 1,000 corpus articles: no exception, every span quotes the source
exactly, every date is valid ISO 8601 at the precision the contract allows, and every event's
participants are named in the sentences that tell it (events are frames, not keywords: a
name elsewhere in the article is not an argument of the trigger), and no key-figures chart
compares unlike things (one kind per chart, one unit for sums and counts, never a duration,
an ordinal, an age or a vague amount)."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

import pytest

from builder import data
from builder.api import extract_facts
from builder.render.chart import chart_groups
from builder.text.normalize import normalize
from tests.conftest import corpus_articles
from tests.devset.score import published_date

pytestmark = pytest.mark.corpus

PAIR_WORDS = {normalize(w) for w in data.load("frames")["pairs"]}

# Every actor's English name is Latin script: the English page never shows an Arabic name.
LATIN_NAME = re.compile(r"^[^\u0600-\u06ff]*[A-Za-z][^\u0600-\u06ff]*$")
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
            assert LATIN_NAME.match(a.name.en or ""), (article["url"], a.id, a.name)
            for s in a.spans:
                assert text[s.start : s.end] in a.mentions, (article["url"], a.id)
        sentences = facts.document.sentences
        by_id = {a.id: a for a in facts.actors}
        for e in facts.events:
            assert e.date is None or valid_iso(e.date)
            told = [sentences[i] for i in (e.sentences or [e.sentence])]
            pair = any(PAIR_WORDS.intersection(normalize(s.text).split()) for s in told)
            for who in [*e.agent, *e.parties, *([e.place] if e.place else [])]:
                named = any(
                    s.span.start <= m.start < s.span.end for m in by_id[who].spans for s in told
                )
                # «بين البلدين» names the story's two sides without their names
                assert named or pair, (article["url"], e.id, who, [s.text for s in told])
        ids = {a.id for a in facts.actors}
        for m in facts.mediation:
            assert (
                set(m.mediators) <= ids
                and set(m.parties) <= ids
                and (m.venue is None or m.venue in ids)
            )
        for _title, bars in chart_groups(facts.figures):
            assert (
                len({(f.kind, f.unit if f.kind in ("money", "count") else None) for f in bars}) == 1
            ), (
                article["url"],
                [(f.kind, f.unit, f.text) for f in bars],
            )
            assert not {f.kind for f in bars} & {"time", "ordinal", "age"}, article["url"]
            assert all(f.value is not None and f.vague is None for f in bars), article["url"]
            counts["charts"] += 1
        counts["figures"] += len(facts.figures)
        counts["actors"] += len(facts.actors)
        counts["times"] += len(facts.times)
        counts["events"] += len(facts.events)
        counts["mediation"] += len(facts.mediation)
    print("\ncorpus run:", dict(counts))
    assert counts["articles"] == 1000
