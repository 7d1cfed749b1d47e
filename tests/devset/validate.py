"""Check the dev-set annotation files against the corpus and the format (ANNOTATING.md).

    python tests/devset/validate.py [--corpus ../shared/corpus/ant-news-1000.jsonl] [KEY ...]

Prints ``file: problem`` lines; exit 1 when there is an error, 3 when the corpus is absent.
Warnings (a missing ``label``, no ``main`` event) do not change the exit code.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.devset.score import (
    DEFAULT_CORPUS,
    DEVSET_DIR,
    EXIT_NO_CORPUS,
    CorpusMissing,
    load_devset,
)

EVENT_KINDS = set(
    [
        "war",
        "clashes",
        "attack",
        "bombing",
        "airstrike",
        "shelling",
        "killing",
        "execution",
        "arrest",
        "abduction",
        "release",
        "trial",
        "sentence",
        "protest",
        "election",
        "vote",
        "referendum",
        "visit",
        "meeting",
        "talks",
        "summit",
        "agreement",
        "ceasefire",
        "mediation",
        "statement",
        "announcement",
        "decision",
        "sanctions",
        "deployment",
        "withdrawal",
        "offensive",
        "capture",
        "displacement",
        "disaster",
        "accident",
        "death",
        "appointment",
        "resignation",
        "other",
    ]
)
ACTOR_KINDS = {"person", "country", "organization", "group", "place"}
FIGURE_KINDS = {"ordinal", "age"}
QUALIFIERS = {"more_than", "about", "at_least", "up_to", "less_than"}
MEDIATION_KINDS = {"mediated", "sponsored", "hosted", "envoy", "offer", "facilitated"}


def check(expected: dict[str, Any], article: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(errors, warnings) of one annotation file."""
    errors: list[str] = []
    warnings: list[str] = []
    source = f"{article.get('title', '')}\n\n{article.get('text', '')}"
    _check_split(expected, errors)
    actors = [a for a in expected.get("actors") or [] if isinstance(a, dict)]
    names = {str(a.get("en")) for a in actors if a.get("en")}
    for a in actors:
        if a.get("kind") not in ACTOR_KINDS:
            errors.append(f"actor {a.get('ar')!r}: kind {a.get('kind')!r}")
        if not a.get("en"):
            errors.append(f"actor {a.get('ar')!r}: no en")
    for f in expected.get("figures") or []:
        _check_figure(f, source, names, errors, warnings)
    for t in expected.get("times") or []:
        if str(t.get("text", "")) not in source:
            errors.append(f"time text not in the article: {t.get('text')!r}")
    _check_events(expected, source, names, errors, warnings)
    for m in expected.get("mediation") or []:
        _check_mediation(m, source, names, errors)
    return errors, warnings


def _check_split(expected: dict[str, Any], errors: list[str]) -> None:
    key = str(expected["key"])
    split = expected.get("split")
    if split not in ("tune", "test"):
        errors.append("split must be 'tune' or 'test'")
    elif split == "test" and key[-1] not in "0123456789":
        errors.append(f"split: a key ending in {key[-1]!r} belongs to tune (ANNOTATING.md)")


def _check_figure(
    f: dict[str, Any], source: str, names: set[str], errors: list[str], warnings: list[str]
) -> None:
    text = str(f.get("text", ""))
    if text not in source:
        errors.append(f"figure text not in the article: {text!r}")
    if f.get("qualifier") not in (None, *QUALIFIERS):
        errors.append(f"figure {text!r}: qualifier {f.get('qualifier')!r}")
    if f.get("kind") not in (None, *FIGURE_KINDS):
        errors.append(f"figure {text!r}: kind {f.get('kind')!r}")
    value = f.get("value")
    if value is not None and not isinstance(value, (int, float)):
        errors.append(f"figure {text!r}: value must be a number or null")
    label = f.get("label")
    if label is not None and not (
        isinstance(label, list) and all(isinstance(x, str) and x for x in label)
    ):
        errors.append(f"figure {text!r}: label must be a list of key words")
    if label is None and not f.get("optional") and f.get("kind") != "age":
        warnings.append(f"figure {text!r}: no label")
    if f.get("person") and f["person"] not in names:
        errors.append(f"figure {text!r}: person {f['person']!r} is not an actor's en")


def _check_events(
    expected: dict[str, Any],
    source: str,
    names: set[str],
    errors: list[str],
    warnings: list[str],
) -> None:
    events = [e for e in expected.get("events") or [] if isinstance(e, dict)]
    for e in events:
        when = str(e.get("when", ""))
        if when not in source:
            errors.append(f"event when not in the article: {when!r}")
        if e.get("kind") not in EVENT_KINDS:
            errors.append(f"event {when!r}: kind {e.get('kind')!r}")
        for name in e.get("who") or []:
            if name not in names:
                errors.append(f"event {when!r}: who {name!r} is not an actor's en")
        if e.get("where") and e["where"] not in names:
            errors.append(f"event {when!r}: where {e['where']!r} is not an actor's en")
        if not e.get("en"):
            errors.append(f"event {when!r}: no en")
    if "events" in expected and sum(bool(e.get("main")) for e in events) != 1:
        warnings.append("events: exactly one should be main: true")


def _check_mediation(m: dict[str, Any], source: str, names: set[str], errors: list[str]) -> None:
    for side in ("mediators", "parties"):
        for name in m.get(side) or []:
            if name not in names:
                errors.append(f"mediation {side}: {name!r} is not an actor's en")
    if m.get("venue") and m["venue"] not in names:
        errors.append(f"mediation venue {m['venue']!r} is not an actor's en")
    if m.get("when") and str(m["when"]) not in source:
        errors.append(f"mediation when not in the article: {m['when']!r}")
    if m.get("kind") not in (None, *MEDIATION_KINDS):
        errors.append(f"mediation kind {m.get('kind')!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("keys", nargs="*", help="only these keys")
    args = parser.parse_args(argv)
    try:
        pairs = load_devset(args.corpus)
    except CorpusMissing as exc:
        print(f"SKIP: {exc}", file=sys.stderr)
        return EXIT_NO_CORPUS
    failed = False
    for expected, article in pairs:
        if args.keys and expected["key"] not in args.keys:
            continue
        errors, warnings = check(expected, article)
        name = DEVSET_DIR / f"{expected['key']}.yml"
        for message in errors:
            print(f"{name.name}: error: {message}")
        for message in warnings:
            print(f"{name.name}: warning: {message}")
        failed = failed or bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
