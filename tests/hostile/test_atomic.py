"""The writer: generated output is replaced atomically, only changed files are rewritten
(unchanged ones keep their mtime, which ``mkdocs build --dirty`` relies on), stale files it
wrote are removed, and nothing it did not write is ever deleted. A build killed at any moment
(SIGKILL, SIGINT) leaves exactly the old tree or exactly the new one, and the next build
cleans up after it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from builder.errors import ExplainerError
from builder.write import tree as writer
from builder.write.tree import MANIFEST, write_tree
from tests.conftest import ROOT


def snapshot(out: Path) -> dict[str, bytes]:
    """Relative path -> bytes of every file under ``out`` (links as their target)."""
    result: dict[str, bytes] = {}
    for path in sorted(out.rglob("*")):
        rel = path.relative_to(out).as_posix()
        if path.is_symlink():
            result[rel] = b"->" + os.readlink(path).encode()
        elif path.is_file():
            result[rel] = path.read_bytes()
        elif path.is_dir() and not any(path.iterdir()):
            result[rel + "/"] = b""
    return result


def siblings(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name != out.name)


def test_contract(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = write_tree(out, {"index.md": "home", "a/one.md": "1", "a/two.md": "2"})
    assert sorted(first.written) == ["a/one.md", "a/two.md", "index.md"]
    # Someone else's files: a note, a link, an empty folder, a file beside ours.
    (out / "notes.txt").write_text("mine")
    (out / "a" / "keep.txt").write_text("mine too")
    (out / "empty").mkdir()
    (out / "link").symlink_to("index.md")
    before = {p: (out / p).stat() for p in ("index.md", "a/one.md")}
    time.sleep(0.01)

    report = write_tree(out, {"index.md": "home", "a/one.md": "1", "b/new.md": "new"})
    assert report.unchanged == ["a/one.md", "index.md"]
    assert report.written == ["b/new.md"]
    assert report.removed == ["a/two.md"]
    assert report.kept == ["a/keep.txt", "link", "notes.txt"]
    assert report.leftovers == []
    for rel, st in before.items():  # untouched: same inode, same mtime
        now = (out / rel).stat()
        assert (now.st_ino, now.st_mtime_ns) == (st.st_ino, st.st_mtime_ns), rel
    assert snapshot(out) == {
        MANIFEST: json.dumps(["a/one.md", "b/new.md", "index.md"], indent=0).encode(),
        "a/keep.txt": b"mine too",
        "a/one.md": b"1",
        "b/new.md": b"new",
        "empty/": b"",
        "index.md": b"home",
        "link": b"->index.md",
        "notes.txt": b"mine",
    }
    assert siblings(out) == []

    # Nothing changed: nothing is touched, not even the folder.
    folder = out.stat()
    again = write_tree(out, {"index.md": "home", "a/one.md": "1", "b/new.md": "new"})
    assert again.written == [] and again.removed == []
    assert (out.stat().st_ino, out.stat().st_mtime_ns) == (folder.st_ino, folder.st_mtime_ns)


def test_new_files_have_ordinary_permissions(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree(out, {"a.md": "x"})
    umask = os.umask(0)
    os.umask(umask)
    assert (out / "a.md").stat().st_mode & 0o777 == 0o666 & ~umask


@pytest.mark.parametrize(
    "rel", ["../escape.md", "/etc/passwd", "a/../../b.md", "", ".", "a//b.md", "a\\b.md", MANIFEST]
)
def test_refuses_paths_outside(rel: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    with pytest.raises(ExplainerError):
        write_tree(out, {rel: "x"})
    assert not (tmp_path / "escape.md").exists() and not (tmp_path / "b.md").exists()


def test_refuses_file_and_folder_clash(tmp_path: Path) -> None:
    with pytest.raises(ExplainerError, match="both a file and a folder"):
        write_tree(tmp_path / "out", {"a": "x", "a/b": "y"})


def test_foreign_file_in_the_way_is_kept(tmp_path: Path) -> None:
    """A file it did not write at a path it must write is replaced in the output, but kept
    aside (and reported), never deleted."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "index.md").write_text("an editor's own page")
    report = write_tree(out, {"index.md": "generated"})
    assert (out / "index.md").read_text() == "generated"
    kept = [p for p in tmp_path.rglob("index.md") if p.read_text() == "an editor's own page"]
    assert kept and report.leftovers


def test_refuses_foreign_folder_in_the_way(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "index.md").mkdir(parents=True)
    (out / "index.md" / "precious.txt").write_text("x")
    with pytest.raises(ExplainerError, match="in the way"):
        write_tree(out, {"index.md": "generated"})
    assert (out / "index.md" / "precious.txt").read_text() == "x"


def test_output_folder_that_is_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real"
    write_tree(real, {"a.md": "1"})
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    write_tree(link, {"a.md": "2"})
    assert link.is_symlink() and (link / "a.md").read_text() == "2"


def test_fallback_swap_is_repaired(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without renameat2 the swap is two renames; a build that died between them left no
    output folder and the old tree aside: the next build puts it back first."""
    monkeypatch.setattr(writer, "_exchange", lambda _a, _b: False)
    out = tmp_path / "out"
    write_tree(out, {"a.md": "old", "b.md": "old"})
    write_tree(out, {"a.md": "new"})
    assert snapshot(out)["a.md"] == b"new" and siblings(out) == []
    # The state a kill between the two renames leaves:
    aside = tmp_path / f".out.{writer._OLD}-0123456789ab"
    out.rename(aside)
    staging = tmp_path / f".out.{writer._NEW}-ba9876543210"
    staging.mkdir()
    (staging / MANIFEST).write_text('["a.md"]')
    (staging / "a.md").write_text("newer")
    report = write_tree(out, {"a.md": "newer"})
    assert snapshot(out)["a.md"] == b"newer"
    assert siblings(out) == [] and report.leftovers == []


# -- interrupted builds ---------------------------------------------------------------------

WRITER = """
import json, os, signal, sys, time
from pathlib import Path
from builder.write import tree as writer
# Ctrl-C as a terminal delivers it, even when this test runs where SIGINT is ignored (a
# background job of a shell without job control inherits SIG_IGN, and Python keeps it).
signal.signal(signal.SIGINT, signal.default_int_handler)
if os.environ.get("NO_EXCHANGE"):
    writer._exchange = lambda a, b: False
out, version, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
files = {f"articles/{n:04d}.md": (f"{version} {n} " * 2000) for n in range(count)}
files["index.md"] = version
print("ready", flush=True)
start = time.monotonic()
try:
    writer.write_tree(out, files)
except KeyboardInterrupt:
    sys.exit(130)
print("done", time.monotonic() - start, flush=True)
"""
COUNT = 1000


def run_writer(out: Path, version: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(out), version, str(COUNT)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **env, "PYTHONPATH": str(ROOT)},
    )


def expected(version: str) -> dict[str, bytes]:
    files = {f"articles/{n:04d}.md": (f"{version} {n} " * 2000).encode() for n in range(COUNT)}
    files["index.md"] = version.encode()
    files[MANIFEST] = json.dumps(sorted(files), ensure_ascii=False, indent=0).encode()
    return files


def write_version(out: Path, version: str, env: dict[str, str]) -> float:
    proc = run_writer(out, version, env)
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 0, stderr
    return float(stdout.split()[-1])


@pytest.mark.parametrize("mode", ["exchange", "two-renames"])
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
def test_interrupted_build_leaves_old_or_new(
    sig: signal.Signals, mode: str, tmp_path: Path
) -> None:
    env = {"NO_EXCHANGE": "1"} if mode == "two-renames" else {}
    out = tmp_path / "out"
    old, new = expected("old"), expected("new")
    write_version(out, "old", env)
    (out / "editor-notes.txt").write_text("not generated")  # must survive everything
    old["editor-notes.txt"] = new["editor-notes.txt"] = b"not generated"
    assert snapshot(out) == old
    write_version(tmp_path / "calibration", "old", env)
    duration = write_version(tmp_path / "calibration", "new", env)  # a replacing build
    seen: set[str] = set()
    for fraction in (0.0, 0.1, 0.3, 0.5, 0.7, 0.9, None):  # None: once it has finished
        proc = run_writer(out, "new", env)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        if fraction is None:
            assert proc.stdout.readline().startswith("done")
        else:
            time.sleep(duration * fraction)
        proc.send_signal(sig)
        proc.communicate(timeout=120)
        assert proc.returncode in (0, -sig, 130), proc.returncode
        if not out.exists():  # only between the two renames of the fallback
            assert mode == "two-renames"
            seen.add("repaired")
        else:
            now = snapshot(out)
            assert now in (old, new), f"half-written output (killed at {fraction} of a build)"
            seen.add("old" if now == old else "new")
        if sig == signal.SIGKILL and len(siblings(out)) > 1:
            seen.add("killed while writing")  # it left a staging folder (or the old tree)
        # The next build repairs and cleans up whatever the interrupted one left.
        write_version(out, "old", env)
        assert snapshot(out) == old
        assert siblings(out) == ["calibration"], siblings(out)
    assert {"old", "new"} <= seen, seen
    if sig == signal.SIGKILL:
        assert "killed while writing" in seen, seen
