"""The build cache holds data that cannot execute. Whatever sits in ``build/cache`` (a crafted
pickle, a tampered, truncated or foreign entry, a named pipe, a link out of the folder, a huge
file), the build never runs it, never waits on it, ignores it with a debug message, and builds
the same pages as with no cache at all; the next build stores a good entry again.

Before (issue 14): ``build/cache/<slug>.pickle`` was unpickled before anything was checked,
so a crafted file ran code during ``mkdocs build --strict``."""

from __future__ import annotations

import json
import logging
import os
import pickle
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from builder.cache import BuildCache
from builder.pipeline import generate
from tests.conftest import EXAMPLE
from tests.hostile.helpers import CONTROL, make_content
from tests.sitebuild import mkdocs_build

MARKER = "ran-code-from-the-cache"


class _Payload:
    """Unpickling this creates a file: the proof that the cache ran code."""

    def __init__(self, target: Path) -> None:
        self.target = target

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (open, (str(self.target), "w"))


def crafted_pickle(target: Path) -> bytes:
    return pickle.dumps((1, "x", "y", _Payload(target)))


@dataclass(frozen=True)
class CacheCase:
    id: str
    plant: Callable[[Path, Path], None]
    """Puts the hostile entry in the cache folder (``(cache_dir, marker)``)."""


def _entry(cache: Path) -> Path:
    return cache / f"{CONTROL}.json"


def _good(cache: Path) -> dict[str, object]:
    return json.loads(_entry(cache).read_text(encoding="utf-8"))


def _rewrite(cache: Path, change: Callable[[dict[str, object]], object]) -> None:
    entry = _good(cache)
    change(entry)
    _entry(cache).write_text(json.dumps(entry), encoding="utf-8")


def _tamper_value(entry: dict[str, object]) -> None:
    value = entry["value"]
    assert isinstance(value, list)
    pages = value[1]
    for rel in pages:
        pages[rel] = "<script>alert('from the cache')</script>"


def _foreign_type(entry: dict[str, object]) -> None:
    # A value whose hash is right but whose shape is not a result: an extra field asking
    # for a type to be built.
    value = entry["value"]
    assert isinstance(value, list)
    value[0]["__class__"] = "os.system"
    import hashlib

    body = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    entry["hash"] = hashlib.sha256(body.encode()).hexdigest()


CASES = [
    CacheCase("pickle", lambda c, m: (c / f"{CONTROL}.pickle").write_bytes(crafted_pickle(m))),
    CacheCase("pickle-as-json", lambda c, m: _entry(c).write_bytes(crafted_pickle(m))),
    CacheCase("truncated", lambda c, _m: _entry(c).write_bytes(_entry(c).read_bytes()[:500])),
    CacheCase("not-json", lambda c, _m: _entry(c).write_bytes(b"\x80\x04\x95 not json")),
    CacheCase("tampered", lambda c, _m: _rewrite(c, _tamper_value)),
    CacheCase("foreign-type", lambda c, _m: _rewrite(c, _foreign_type)),
    CacheCase("other-format", lambda c, _m: _rewrite(c, lambda e: e.update(format=1))),
    CacheCase("other-tool", lambda c, _m: _rewrite(c, lambda e: e.update(tool="0" * 64))),
    CacheCase("not-a-mapping", lambda c, _m: _entry(c).write_text("[1, 2, 3]")),
    CacheCase("deep-nesting", lambda c, _m: _entry(c).write_text("[" * 100_000 + "]" * 100_000)),
    CacheCase("fifo", lambda c, _m: (_entry(c).unlink(), os.mkfifo(_entry(c)))),
    CacheCase("folder", lambda c, _m: (_entry(c).unlink(), _entry(c).mkdir())),
    CacheCase(
        "link-outside",
        lambda c, _m: (
            _entry(c).rename(c.parent / "moved.json"),
            _entry(c).symlink_to(c.parent / "moved.json"),
        ),
    ),
    CacheCase(
        "huge", lambda c, _m: _entry(c).write_bytes(b" " * (65 * 2**20) + _entry(c).read_bytes())
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_hostile_cache_entry_is_ignored_and_rebuilt(
    case: CacheCase, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    content = make_content(tmp_path, {})
    cache = tmp_path / "build" / "cache"
    fresh = generate(content, cache=BuildCache(cache))
    assert _entry(cache).is_file()
    marker = tmp_path / MARKER
    case.plant(cache, marker)
    with caplog.at_level(logging.DEBUG, logger="mkdocs.plugins.builder.cache"):
        again = generate(content, cache=BuildCache(cache))
    assert not marker.exists(), "the build ran code from the cache"
    assert again.pages == fresh.pages
    assert again.articles == fresh.articles
    if case.id != "pickle":  # an old pickle is never even looked at
        assert any("cache" in r.getMessage() for r in caplog.records), caplog.text
    if case.id not in ("fifo", "folder", "link-outside"):
        # Rebuilt and stored again: the next build reads it.
        third = BuildCache(cache)
        generate(content, cache=third)
        assert third.hits == 1 and third.misses == 0


def test_cache_entry_is_json_data(tmp_path: Path) -> None:
    content = make_content(tmp_path, {})
    cache = tmp_path / "cache"
    generate(content, cache=BuildCache(cache))
    assert sorted(p.name for p in cache.iterdir()) == [f"{CONTROL}.json"]
    entry = _good(cache)
    assert entry["format"] == 2 and len(str(entry["hash"])) == 64
    warm = BuildCache(cache)
    generate(content, cache=warm)
    assert warm.hits == 1


@pytest.mark.site
def test_crafted_pickle_does_not_run_in_mkdocs_build(site_copy: Path, tmp_path: Path) -> None:
    """The attack of the issue, end to end: a crafted pickle in build/cache during
    ``mkdocs build --strict``."""
    marker = tmp_path / MARKER
    cache = site_copy / "build" / "cache"
    cache.mkdir(parents=True)
    slug = EXAMPLE.parent.name
    (cache / f"{slug}.pickle").write_bytes(crafted_pickle(marker))
    (cache / f"{slug}.json").write_bytes(crafted_pickle(marker))
    result = mkdocs_build(site_copy)
    assert result.returncode == 0, result.stderr
    assert not marker.exists(), "mkdocs build ran code from build/cache"
    assert (site_copy / "site" / "articles" / slug / "index.html").is_file()
    shutil.rmtree(site_copy / "site")


@dataclass
class _Unresolvable:
    value: Missing  # type: ignore[name-defined]  # noqa: F821 (a name only a type checker sees)


def test_an_entry_that_cannot_be_rebuilt_costs_a_rebuild_not_the_build(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A record type whose hints cannot be resolved (or any other surprise while decoding)
    makes the entry a miss, never an exception in the build."""
    cache = BuildCache(tmp_path)
    cache.put("x", "key", {"value": 1})
    fresh = BuildCache(tmp_path)
    with caplog.at_level(logging.DEBUG, logger="mkdocs.plugins.builder.cache"):
        assert fresh.get("x", "key", _Unresolvable) is None
    assert fresh.misses == 1 and "rebuilding" in caplog.text
