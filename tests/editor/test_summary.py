"""The per-article line of ``explainer check``: names by trust, then what the build found."""

from __future__ import annotations

from builder.editor.summary import facts_line, name_counts
from builder.records import Actor, Bilingual
from tests.editor.sample import sample_facts


def actor(aid: str, en: str | None, verified: bool) -> Actor:
    return Actor(aid, "person", Bilingual("اسم", en), verified=verified)


def test_names_are_verified_transliterated_or_missing() -> None:
    counts = name_counts(
        [
            actor("a", "Vladimir Putin", True),
            actor("b", "Samer al-Khatib", False),  # spelt by the build: not checked
            actor("c", None, False),
            actor("d", None, False),
        ]
    )
    assert (counts.verified, counts.transliterated, counts.missing) == (1, 1, 2)
    assert counts.unverified == 3


def test_the_line_counts_every_kind_of_fact() -> None:
    facts = sample_facts()
    assert facts_line(facts) == (
        "names 5 verified, 0 transliterated, 1 missing · 3 figures · 2 events · "
        "2 mediation efforts  ← 1 name to check"
    )
    facts.actors = facts.actors[:1]
    facts.mediation = facts.mediation[:1]
    facts.figures = facts.figures[:1]
    assert facts_line(facts) == (
        "names 1 verified, 0 transliterated, 0 missing · 1 figure · 2 events · 1 mediation effort"
    )
