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

import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from builder.errors import ExplainerError, Problem
from builder.write.discard import _discard
from builder.write.files import (
    MANIFEST,
    _carry,
    _create,
    _read_manifest,
    _safe_relative,
    _same_content,
    _walk,
)
from builder.write.swap import _NEW, _OLD, _exchange, _leftovers, _recover, _sibling

_Entry = tuple[str, Path, os.stat_result]
"""An entry of the output folder: relative POSIX path, path, lstat."""


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    """Files found in the output folder that this module did not write; carried over as is."""
    leftovers: list[str] = field(default_factory=list)
    """Folders of an earlier interrupted build that could not be emptied safely."""


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
    _check_out_dir(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    _recover(out_dir)
    for leftover in _leftovers(out_dir):
        if not _discard(leftover, out_dir):
            report.leftovers.append(str(leftover))

    planned = _plan(files, out_dir)
    exists = out_dir.is_dir()
    previous = _read_manifest(out_dir / MANIFEST) if exists else set()
    existing = _walk(out_dir) if exists else []
    kinds = {rel: stat.S_ISDIR(st.st_mode) for rel, _, st in existing}
    foreign = _foreign(existing, planned, previous)
    _check_in_the_way(out_dir, planned, kinds, {rel for rel, _, _ in foreign})

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
    old = _stage_and_swap(out_dir, planned, foreign, set(report.unchanged), exists)
    if old is not None and not _discard(old, out_dir):
        report.leftovers.append(str(old))
    return report


def _check_out_dir(out_dir: Path) -> None:
    """Refuse an output folder that is a root or a file, or lies inside a file."""
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


def _plan(files: dict[str, str | bytes], out_dir: Path) -> dict[str, bytes]:
    """The files to write as bytes, by safe relative path; "a" and "a/b" cannot both be files."""
    planned: dict[str, bytes] = {}
    for rel, content in sorted(files.items()):
        _safe_relative(rel, out_dir)
        if rel == MANIFEST:
            raise ExplainerError(Problem(None, None, f"{MANIFEST} is reserved for the writer"))
        planned[rel] = content.encode("utf-8") if isinstance(content, str) else bytes(content)
    for rel in planned:
        up = PurePosixPath(rel).parent
        while up.parts:
            if up.as_posix() in planned:
                raise ExplainerError(
                    Problem(None, None, f"'{up}' is both a file and a folder in the output")
                )
            up = up.parent
    return planned


def _foreign(existing: list[_Entry], planned: dict[str, bytes], previous: set[str]) -> list[_Entry]:
    """What this module did not write stays: files and links as they are, and folders that
    are empty (other folders come back with the files they hold)."""
    nonempty = {PurePosixPath(rel).parent.as_posix() for rel, _, _ in existing}
    return [
        (rel, path, st)
        for rel, path, st in existing
        if rel != MANIFEST
        and rel not in planned
        and rel not in previous
        and (not stat.S_ISDIR(st.st_mode) or rel not in nonempty)
    ]


def _check_in_the_way(
    out_dir: Path, planned: dict[str, bytes], kinds: dict[str, bool], foreign_names: set[str]
) -> None:
    """Nothing foreign may stand where a planned file or folder goes."""
    for rel in planned:
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


def _stage_and_swap(
    out_dir: Path,
    planned: dict[str, bytes],
    foreign: list[_Entry],
    unchanged: set[str],
    exists: bool,
) -> Path | None:
    """Build the new tree in a staging sibling and swap it in; the previous tree, now aside
    (None when there was none)."""
    manifest_data = json.dumps(sorted(planned), ensure_ascii=False, indent=0).encode()
    staging = _sibling(out_dir, _NEW)
    os.mkdir(staging, 0o777)
    try:
        if exists:
            os.chmod(staging, stat.S_IMODE(out_dir.stat().st_mode))
        # The manifest goes first, so that a staging folder left by a killed build can be
        # emptied by the next one (see _discard).
        _create(staging / MANIFEST, manifest_data)
        for rel, path, st in foreign:
            _carry_foreign(path, st, staging / rel)
        for rel, data in planned.items():
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            if rel in unchanged:
                _carry(out_dir / rel, target)
            else:
                _create(target, data)
        if not exists:
            os.rename(staging, out_dir)
            return None
        return _swap(staging, out_dir)
    except BaseException:
        # Before the swap this empties the staging folder; after it (an interrupt landing
        # just then) the staging name holds the old tree, which goes the same way.
        _discard(staging, out_dir)
        raise


def _carry_foreign(path: Path, st: os.stat_result, target: Path) -> None:
    """Put what another hand left in the output into the new tree as it is."""
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


def _swap(staging: Path, out_dir: Path) -> Path:
    """Swap the staged tree in; where the previous tree now is."""
    if _exchange(staging, out_dir):
        return staging  # after the exchange the staging name holds the previous tree
    aside = _sibling(out_dir, _OLD)
    os.rename(out_dir, aside)
    try:
        os.rename(staging, out_dir)
    except BaseException:
        os.rename(aside, out_dir)
        raise
    return aside
