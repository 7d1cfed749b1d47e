"""The dev-set scorer's matching: of two equally large matchings, the one with the right
names is the one scored (two people sharing a word are not scored as each other)."""

from __future__ import annotations

from tests.devset.score import _max_matching


def test_matching_prefers_the_pairs_with_the_right_names() -> None:
    # Both gold people contain a word of both found ones (كيم): any pairing is a match, but
    # only the straight one gives Kim Jong Un his name (the other is misspelt either way).
    gold = ["Kim Jong Un", "Sung Kim"]
    found = ["Kim Jong Un", "Song Kim"]
    pairs = _max_matching(gold, found, lambda _g, _f: True, prefer=lambda g, f: g == f)
    assert pairs == {0: 0, 1: 1}


def test_matching_stays_maximal() -> None:
    gold = ["a", "b"]
    found = ["b", "c"]
    ok = {("a", "b"), ("b", "b"), ("b", "c")}
    pairs = _max_matching(gold, found, lambda g, f: (g, f) in ok, prefer=lambda g, f: g == f)
    assert len(pairs) == 2
