"""Emptying a staging folder or a swapped-out old tree without losing anything: a file goes
only when its own manifest lists it or the live output holds the same file."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from builder.write.files import MANIFEST, _read_manifest, _walk


def _duplicate(path: Path, st: os.stat_result, twin: Path) -> bool:
    """True when ``twin`` holds what ``path`` holds: the same file, an identical link, or a
    regular file with the same bytes."""
    try:
        tst = twin.stat(follow_symlinks=False)
        if (tst.st_dev, tst.st_ino) == (st.st_dev, st.st_ino):
            return True
        if stat.S_ISLNK(st.st_mode) and stat.S_ISLNK(tst.st_mode):
            return os.readlink(path) == os.readlink(twin)
        return (
            stat.S_ISREG(st.st_mode)
            and stat.S_ISREG(tst.st_mode)
            and tst.st_size == st.st_size
            and path.read_bytes() == twin.read_bytes()
        )
    except OSError:
        return False


def _discard(tree: Path, reference: Path) -> bool:
    """Empty and remove ``tree`` (a staging folder or a swapped-out old tree) where that loses
    nothing: a file goes when its own manifest lists it (this module wrote it) or when the
    same file sits at the same place in ``reference`` (the live output). True when removed."""
    ours = _read_manifest(tree / MANIFEST)
    entries = _walk(tree)
    for rel, path, st in entries:
        if stat.S_ISDIR(st.st_mode) or rel == MANIFEST:
            continue  # the manifest goes last: a discard cut short can be resumed
        try:
            if rel in ours or _duplicate(path, st, reference / rel):
                path.unlink()
        except OSError:
            continue
    if not any(
        (tree / rel).exists() or (tree / rel).is_symlink()
        for rel, _, st in entries
        if rel != MANIFEST and not stat.S_ISDIR(st.st_mode)
    ):
        (tree / MANIFEST).unlink(missing_ok=True)
    for _, path, st in sorted(entries, key=lambda e: e[0].count("/"), reverse=True):
        if stat.S_ISDIR(st.st_mode):
            with contextlib.suppress(OSError):
                path.rmdir()
    try:
        tree.rmdir()
    except OSError:
        return False
    return True
