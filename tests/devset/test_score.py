"""The dev-set scorer's matching: of two equally large matchings, the one with the right
names is the one scored (two people sharing a word are not scored as each other), and a
figure is judged against the gold figure that counts the same thing."""

from __future__ import annotations

from tests.devset.score import _figure_pairs, _main_event, _max_matching


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


def test_figures_are_judged_against_the_same_counted_noun() -> None:
    # Two figures of the value 3 share only the number word: each label is judged against
    # the gold figure that counts the same thing (days with days, decades with decades).
    gold = [{"text": "ثلاثة أيام", "value": 3}]
    found = [{"text": "ثلاثة عقود", "value": 3}, {"text": "ثلاثة أيام", "value": 3}]
    assert _figure_pairs(gold, found) == {0: 1}


def test_the_page_s_main_event_is_judged_against_the_annotated_one() -> None:
    expected = {
        "events": [
            {"when": "الجمعة", "date": "2018-03-16", "kind": "shelling"},
            {"when": "الأحد", "date": "2018-03-18", "kind": "statement", "main": True},
        ]
    }
    said = {"id": "statement-1", "kind": "statement", "when_text": "الأحد", "date": "2018-03-18"}
    shelled = {"id": "shelling-1", "kind": "shelling", "when_text": "الجمعة", "date": "2018-03-16"}
    got = {"events": [shelled, said], "main": "statement-1"}
    assert _main_event(expected, got) == {"main_checked": 1, "main_time": 1, "main_kind": 1}
    got["main"] = "shelling-1"
    assert _main_event(expected, got) == {"main_checked": 1, "main_time": 0, "main_kind": 0}
    assert _main_event({"events": []}, got) == {}
