"""The rendered site (``site/``) is replaced whole. A real ``mkdocs build`` killed with SIGKILL
at several points leaves exactly the previous site or exactly the new one (before, MkDocs
emptied ``site/`` first: killed after 1.5 s, a 358-file site was left with 50), and the next
build cleans up after it. Two ``mkdocs build`` started together on one project both finish,
without a traceback, and leave a complete site (before, one died in about half the rounds
in MkDocs' directory cleaning). Hidden files MkDocs keeps in ``site/`` (``.nojekyll``,
``.git``) survive."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from builder.errors import ExplainerError
from builder.write import site as site_output
from tests.conftest import CONTENT, EXAMPLE, ROOT
from tests.hostile.helpers import article, assert_plain_errors

ENV = {**os.environ, "SOURCE_DATE_EPOCH": "1667174400", "PYTHONPATH": str(ROOT)}
ARTICLES = 60
"""Enough articles for a build that lasts a few seconds, so that kills land inside it."""


def project(root: Path) -> Path:
    src = root / "project"
    src.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", src / "mkdocs.yml")
    shutil.copytree(CONTENT, src / "content")
    shutil.copytree(ROOT / "theme_overrides", src / "theme_overrides")
    body = EXAMPLE.read_text(encoding="utf-8").split("---", 2)[2]
    for n in range(ARTICLES):
        folder = src / "content" / "articles" / f"2022-01-{n + 1:02d}-copy-{n}"
        folder.mkdir()
        (folder / "article.ar.md").write_text(
            article(body, title=f"نسخة رقم {n} من الخبر", published=f"2022-01-{n + 1:02d}"),
            encoding="utf-8",
        )
    return src


def set_version(src: Path, version: str) -> None:
    """Two states of the content: 'a' and 'b' differ in one article's headline."""
    path = src / "content" / "articles" / "2022-01-01-copy-0" / "article.ar.md"
    rest = path.read_text(encoding="utf-8").split("\n", 2)[2]  # after '---' and the title
    title = "نسخة أولى" if version == "a" else "نسخة ثانية مختلفة"
    path.write_text(f'---\ntitle: "{title}"\n{rest}', encoding="utf-8")


def mkdocs(src: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(src / "mkdocs.yml")],
        cwd=src,
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def build(src: Path) -> tuple[float, str]:
    start = time.monotonic()
    proc = mkdocs(src)
    _, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 0, stderr
    assert_plain_errors(stderr)
    return time.monotonic() - start, stderr


def snapshot(site: Path) -> dict[str, str]:
    if not site.is_dir():
        return {}
    return {
        p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


def leftovers(src: Path) -> list[str]:
    return sorted(p.name for p in src.iterdir() if p.name.startswith(".site."))


@pytest.mark.site
def test_killed_build_leaves_the_previous_site_whole(tmp_path: Path) -> None:
    src = project(tmp_path)
    site = src / "site"
    expected: dict[str, dict[str, str]] = {}
    durations = []
    for version in ("b", "a"):
        set_version(src, version)
        seconds, _ = build(src)
        durations.append(seconds)
        expected[version] = snapshot(site)
    assert expected["a"] != expected["b"] and len(expected["a"]) > 100
    (site / ".nojekyll").write_text("")  # MkDocs keeps hidden files: so must the swap
    for state in expected.values():
        state[".nojekyll"] = hashlib.sha256(b"").hexdigest()
    assert snapshot(site) == expected["a"]
    duration = max(durations)
    current = "a"
    outcomes = []
    for fraction in (0.15, 0.3, 0.45, 0.6, 0.75, 0.9, 2.0):
        target = "b" if current == "a" else "a"
        set_version(src, target)
        proc = mkdocs(src)
        if fraction > 1:
            proc.communicate(timeout=300)  # a build that finished
        else:
            time.sleep(duration * fraction)
            proc.send_signal(signal.SIGKILL)
            proc.communicate(timeout=60)
        now = snapshot(site)
        assert now in (expected[current], expected[target]), (
            f"killed at {fraction:.0%} of a build: site/ holds {len(now)} files, neither the "
            f"previous site ({len(expected[current])}) nor the new one ({len(expected[target])})"
        )
        outcomes.append((fraction, now == expected[target], leftovers(src)))
        current = target if now == expected[target] else current
    # Some kills landed inside a build (it left its staging folder), and the site stayed.
    assert any(left and not done for _, done, left in outcomes), outcomes
    # The next build cleans up what the killed ones left.
    set_version(src, "b" if current == "a" else "a")
    build(src)
    assert leftovers(src) == []
    assert snapshot(site) in expected.values()


@pytest.mark.site
def test_two_builds_at_once_both_finish(tmp_path: Path) -> None:
    src = project(tmp_path)
    build(src)
    want = snapshot(src / "site")
    waited = False
    for _round in range(3):
        procs = [mkdocs(src), mkdocs(src)]
        results = [p.communicate(timeout=600) for p in procs]
        for proc, (_, stderr) in zip(procs, results, strict=True):
            assert proc.returncode == 0, stderr
            assert_plain_errors(stderr)
        waited |= any("another build of this project is running" in e for _, e in results)
        assert snapshot(src / "site") == want
        assert leftovers(src) == []
    assert waited, "the second build never waited for the first: was the lock taken?"


def test_a_kill_between_the_two_renames_is_repaired(tmp_path: Path) -> None:
    """Where the system cannot exchange two folders, the swap is two renames; a build killed
    between them left no site/ and the previous one aside: the next build puts it back."""
    site = tmp_path / "site"
    aside = tmp_path / ".site.explainer-site-old-0123456789ab"
    aside.mkdir()
    (aside / "index.html").write_text("previous")
    staging = tmp_path / ".site.explainer-site-new-ba9876543210"
    staging.mkdir()
    (staging / "index.html").write_text("half")
    site_output.recover(site)
    assert (site / "index.html").read_text() == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_fallback_swap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(site_output, "_exchange", lambda _a, _b: False)
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("old")
    (site / ".nojekyll").write_text("")
    staging = site_output.stage(site)
    assert sorted(p.name for p in staging.iterdir()) == [".nojekyll"]
    (staging / "index.html").write_text("new")
    site_output.swap_in(staging, site)
    assert (site / "index.html").read_text() == "new" and (site / ".nojekyll").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_build_that_waits_too_long_stops_with_a_clear_message(tmp_path: Path) -> None:
    lock = tmp_path / "build" / ".explainer-build.lock"
    holder = site_output.BuildLock(lock)
    holder.acquire()
    said: list[str] = []
    try:
        with pytest.raises(ExplainerError) as caught:
            site_output.BuildLock(lock).acquire(say=said.append, wait=0.3)
    finally:
        holder.release()
    assert said and "waiting for it to finish" in said[0]
    text = str(caught.value)
    assert f"pid {os.getpid()}" in text and "this one stops" in text
    second = site_output.BuildLock(lock)
    second.acquire(wait=0.3)  # free again once released
    second.release()
