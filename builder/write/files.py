"""File-level steps of the writer: atomic single-file writes, carrying a file over with its
inode, comparing content, walking a tree without following links, and the manifest of what a
build wrote."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import stat
from pathlib import Path, PurePosixPath

from builder.errors import ExplainerError, Problem

MANIFEST = ".explainer-manifest.json"


def _safe_relative(rel: str, out_dir: Path) -> Path:
    posix = PurePosixPath(rel)
    if (
        posix.is_absolute()
        or not posix.parts
        or any(part in ("", ".", "..") for part in posix.parts)
        or "\\" in rel
        or "\x00" in rel
        or str(posix) != rel
    ):
        raise ExplainerError(
            Problem(None, None, f"refusing to write outside the output folder: {rel!r}")
        )
    return out_dir.joinpath(*posix.parts)


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new file, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        _create(tmp, data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _create(path: Path, data: bytes) -> None:
    """A new file with ``data`` and the usual permissions (0o666 less the umask)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    with os.fdopen(fd, "wb") as fp:
        fp.write(data)


def _read_manifest(path: Path) -> set[str]:
    try:
        names = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    if not isinstance(names, list):
        return set()
    return {n for n in names if isinstance(n, str)}


def _same_content(path: Path, data: bytes) -> bool:
    try:
        st = path.stat(follow_symlinks=False)
        if not stat.S_ISREG(st.st_mode) or st.st_size != len(data):
            return False
        return path.read_bytes() == data
    except OSError:
        return False


def _carry(src: Path, dst: Path) -> None:
    """Put the file ``src`` at ``dst`` unchanged: same inode where possible, else a copy with
    the same timestamps."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(src, dst, follow_symlinks=False)
    except OSError:
        shutil.copy2(src, dst, follow_symlinks=False)


def _walk(root: Path) -> list[tuple[str, Path, os.stat_result]]:
    """Every entry under ``root`` (not following links): relative POSIX path, path, lstat."""
    out: list[tuple[str, Path, os.stat_result]] = []
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            path = Path(entry.path)
            st = entry.stat(follow_symlinks=False)
            out.append((path.relative_to(root).as_posix(), path, st))
            if stat.S_ISDIR(st.st_mode):
                stack.append(path)
    return out
