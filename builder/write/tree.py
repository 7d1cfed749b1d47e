"""Write generated pages so that the output folder always holds one complete build.

The new tree is assembled in a hidden sibling folder (``.<name>.explainer-new-…``) on the same
file system, then swapped in with one atomic ``rename``: a build interrupted at any moment
(Ctrl-C, ``kill -9``, a crash) leaves the previous complete output in place, never a
half-written tree. What the swap must not cost:

- **only changed files are rewritten**: an unchanged file is hard-linked into the new tree (or
  copied with its timestamps where links are impossible), so it keeps its inode and its mtime,
  which ``mkdocs build --dirty`` relies on; when nothing changed at all, nothing is touched;
- **stale files it wrote are removed**: the manifest (``.explainer-manifest.json``) lists the
  files a build wrote, and the next build drops those it no longer generates;
- **nothing it did not write is ever deleted**: anything else found in the output folder
  (an editor's notes, another tool's files) is carried into the new tree, and the old tree is
  only emptied of files that are either listed in its manifest or present, identical, in the
  new one; whatever cannot be accounted for is left where it is, and reported.

Leftovers of an interrupted build (a staging folder, or the old tree after a swap) are cleaned
up by the next build under the same rule. The swap uses ``renameat2(RENAME_EXCHANGE)`` on
Linux; elsewhere it falls back to two renames, and a build that dies between them is repaired
by the next one (the old tree is put back before anything else happens).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import json
import os
import secrets
import shutil
import stat
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Any

from builder.errors import ExplainerError, Problem

MANIFEST = ".explainer-manifest.json"
_NEW = "explainer-new"
_OLD = "explainer-old"


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    """Files found in the output folder that this module did not write; carried over as is."""
    leftovers: list[str] = field(default_factory=list)
    """Folders of an earlier interrupted build that could not be emptied safely."""


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


# -- the swap ----------------------------------------------------------------------------

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


@cache
def _renameat2() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    fn.restype = ctypes.c_int
    return fn


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders atomically; False where the system cannot."""
    fn = _renameat2()
    if fn is None:
        return False
    result = fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EPERM):
        return False
    raise OSError(err, os.strerror(err), str(a))


def _sibling(out_dir: Path, kind: str) -> Path:
    return out_dir.with_name(f".{out_dir.name}.{kind}-{secrets.token_hex(6)}")


def _leftovers(out_dir: Path) -> list[Path]:
    prefixes = (f".{out_dir.name}.{_NEW}-", f".{out_dir.name}.{_OLD}-")
    try:
        return sorted(p for p in out_dir.parent.iterdir() if p.name.startswith(prefixes))
    except OSError:
        return []


def _recover(out_dir: Path) -> None:
    """A build that died between the two renames of the fallback swap left no output folder
    and the previous tree aside: put it back."""
    if out_dir.exists() or out_dir.is_symlink():
        return
    old = [p for p in _leftovers(out_dir) if f".{_OLD}-" in p.name and p.is_dir()]
    if old:
        os.rename(max(old, key=lambda p: p.stat().st_mtime_ns), out_dir)


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


def write_tree(out_dir: Path, files: dict[str, str | bytes]) -> WriteReport:
    """Make ``out_dir`` hold exactly ``files`` (relative POSIX path -> text or bytes), plus
    whatever was there that this module did not write; atomically (see the module docstring).

    Raises ExplainerError, in plain words, when the output cannot be written (the previous
    output is then left as it was)."""
    try:
        return _write_tree(out_dir, files)
    except OSError as exc:
        where = Path(exc.filename) if exc.filename else out_dir
        raise ExplainerError(
            Problem(
                where,
                None,
                f"cannot write the output: {exc.strerror or exc}",
                "check that the --out folder can be created and written",
            )
        ) from None


def _write_tree(out_dir: Path, files: dict[str, str | bytes]) -> WriteReport:
    report = WriteReport()
    out_dir = out_dir.resolve()  # a link to the output folder: swap the folder, keep the link
    if out_dir.parent == out_dir:
        raise ExplainerError(
            Problem(out_dir, None, "the output folder cannot be a file system root")
        )
    if out_dir.exists() and not out_dir.is_dir():
        raise ExplainerError(
            Problem(out_dir, None, "the output folder is a file", "choose another --out folder")
        )
    for parent in out_dir.parents:
        if parent.exists():
            if not parent.is_dir():
                raise ExplainerError(
                    Problem(
                        parent,
                        None,
                        "this is a file: the output folder cannot be made inside it",
                        "choose another --out folder",
                    )
                )
            break
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    _recover(out_dir)
    for leftover in _leftovers(out_dir):
        if not _discard(leftover, out_dir):
            report.leftovers.append(str(leftover))

    planned: dict[str, bytes] = {}
    for rel, content in sorted(files.items()):
        _safe_relative(rel, out_dir)
        if rel == MANIFEST:
            raise ExplainerError(Problem(None, None, f"{MANIFEST} is reserved for the writer"))
        planned[rel] = content.encode("utf-8") if isinstance(content, str) else bytes(content)
    for rel in planned:  # "a" and "a/b" cannot both be files
        up = PurePosixPath(rel).parent
        while up.parts:
            if up.as_posix() in planned:
                raise ExplainerError(
                    Problem(None, None, f"'{up}' is both a file and a folder in the output")
                )
            up = up.parent
    manifest_data = json.dumps(sorted(planned), ensure_ascii=False, indent=0).encode()

    exists = out_dir.is_dir()
    previous = _read_manifest(out_dir / MANIFEST) if exists else set()
    existing = _walk(out_dir) if exists else []
    kinds = {rel: stat.S_ISDIR(st.st_mode) for rel, _, st in existing}
    # What this module did not write stays: files and links as they are, and folders that
    # are empty (other folders come back with the files they hold).
    nonempty = {PurePosixPath(rel).parent.as_posix() for rel, _, _ in existing}
    foreign = [
        (rel, path, st)
        for rel, path, st in existing
        if rel != MANIFEST
        and rel not in planned
        and rel not in previous
        and (not stat.S_ISDIR(st.st_mode) or rel not in nonempty)
    ]
    foreign_names = {rel for rel, _, _ in foreign}
    for rel in planned:  # nothing foreign may stand where a planned file or folder goes
        if kinds.get(rel) and any(f.startswith(rel + "/") or f == rel for f in foreign_names):
            raise ExplainerError(
                Problem(
                    out_dir / rel,
                    None,
                    "a folder is in the way of a generated file",
                    "move it out of the output folder",
                )
            )
        up = PurePosixPath(rel).parent
        while up.parts:
            p = up.as_posix()
            if p in foreign_names and not kinds.get(p):
                raise ExplainerError(
                    Problem(
                        out_dir / p,
                        None,
                        "a file is in the way of a generated folder",
                        "move it out of the output folder",
                    )
                )
            up = up.parent

    for rel, data in planned.items():
        if exists and _same_content(out_dir / rel, data):
            report.unchanged.append(rel)
        else:
            report.written.append(rel)
    report.removed = sorted(
        rel for rel in previous - planned.keys() if rel in kinds and not kinds[rel]
    )
    report.kept = sorted(rel for rel, _, st in foreign if not stat.S_ISDIR(st.st_mode))
    if exists and not report.written and not report.removed and previous == set(planned):
        return report  # nothing to do: every file (and its mtime) is left alone

    staging = _sibling(out_dir, _NEW)
    os.mkdir(staging, 0o777)
    try:
        if exists:
            os.chmod(staging, stat.S_IMODE(out_dir.stat().st_mode))
        # The manifest goes first, so that a staging folder left by a killed build can be
        # emptied by the next one (see _discard).
        _create(staging / MANIFEST, manifest_data)
        for rel, path, st in foreign:
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            if stat.S_ISDIR(st.st_mode):
                target.mkdir(exist_ok=True)
                os.chmod(target, stat.S_IMODE(st.st_mode))
            elif stat.S_ISLNK(st.st_mode):
                os.symlink(os.readlink(path), target)
            elif stat.S_ISREG(st.st_mode):
                _carry(path, target)
            else:
                raise ExplainerError(
                    Problem(
                        path,
                        None,
                        "the output folder holds a special file",
                        "move it out of the output folder",
                    )
                )
        unchanged = set(report.unchanged)
        for rel, data in planned.items():
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            if rel in unchanged:
                _carry(out_dir / rel, target)
            else:
                _create(target, data)
        if not exists:
            os.rename(staging, out_dir)
            return report
        if _exchange(staging, out_dir):
            old = staging  # after the exchange the staging name holds the previous tree
        else:
            aside = _sibling(out_dir, _OLD)
            os.rename(out_dir, aside)
            try:
                os.rename(staging, out_dir)
            except BaseException:
                os.rename(aside, out_dir)
                raise
            old = aside
    except BaseException:
        # Before the swap this empties the staging folder; after it (an interrupt landing
        # just then) the staging name holds the old tree, which goes the same way.
        _discard(staging, out_dir)
        raise
    if not _discard(old, out_dir):
        report.leftovers.append(str(old))
    return report
