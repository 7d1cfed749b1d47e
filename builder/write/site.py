"""The rendered site (MkDocs' ``site_dir``), replaced whole: built into a hidden sibling folder
and swapped in at the end, so that a build killed at any moment leaves the previous site as
it was. And one build at a time per project, so that two builds started together both finish.

MkDocs empties ``site_dir`` before it writes the new pages, so a build killed half-way used
to leave a site with a fraction of its files. Here the build writes into
``.<site>.explainer-site-new-…`` beside it; the finished folder is exchanged with the old one
in one atomic ``renameat2(RENAME_EXCHANGE)`` (two renames where the system has no exchange;
a build that dies between them is repaired by the next one), and the old tree is removed.
What MkDocs itself keeps in ``site_dir`` (hidden files such as ``.git`` or ``.nojekyll``) is
carried into the new folder; a ``--dirty`` build starts from a copy of the previous site.
Staging folders left by a killed build are removed by the next build (they hold only what
MkDocs wrote).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import secrets
import shutil
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from builder.errors import ExplainerError, Problem
from builder.write.swap import _exchange

_NEW = "explainer-site-new"
_OLD = "explainer-site-old"


def _sibling(site: Path, kind: str) -> Path:
    return site.with_name(f".{site.name}.{kind}-{secrets.token_hex(6)}")


def _leftovers(site: Path, kind: str) -> list[Path]:
    prefix = f".{site.name}.{kind}-"
    try:
        return sorted(p for p in site.parent.iterdir() if p.name.startswith(prefix))
    except OSError:
        return []


def _remove(path: Path) -> None:
    if path.is_symlink() or not path.is_dir():
        path.unlink(missing_ok=True)
    else:
        shutil.rmtree(path, ignore_errors=True)


def recover(site: Path) -> None:
    """Undo what a killed build left: the old site put back if it was set aside and no site is
    there (killed between the two renames of the fallback swap), then every leftover
    staging or old folder removed. Call it holding the build lock."""
    if not site.exists() and not site.is_symlink():
        old = [p for p in _leftovers(site, _OLD) if p.is_dir() and not p.is_symlink()]
        if old:
            os.rename(max(old, key=lambda p: p.stat().st_mtime_ns), site)
    for leftover in [*_leftovers(site, _NEW), *_leftovers(site, _OLD)]:
        _remove(leftover)


def stage(site: Path, dirty: bool = False) -> Path:
    """A new staging folder beside ``site`` holding what MkDocs would keep in it: its hidden
    entries (all of it for a ``dirty`` build, with timestamps, which ``--dirty`` compares)."""
    staging = _sibling(site, _NEW)
    staging.mkdir(mode=0o777)
    if not site.is_dir():
        return staging
    with contextlib.suppress(OSError):
        os.chmod(staging, stat.S_IMODE(site.stat().st_mode))
    for entry in sorted(site.iterdir()):
        if not dirty and not entry.name.startswith("."):
            continue
        target = staging / entry.name
        if entry.is_symlink():
            os.symlink(os.readlink(entry), target)
        elif entry.is_dir():
            # Hidden folders MkDocs never writes into: links are enough (and cheap for a
            # .git); a dirty build rewrites pages in place, so it gets real copies.
            copy = shutil.copy2 if dirty else _link_or_copy
            shutil.copytree(entry, target, symlinks=True, copy_function=copy)
        elif dirty:
            shutil.copy2(entry, target)
        else:
            _link_or_copy(entry, target)
    return staging


def _link_or_copy(src: str | Path, dst: str | Path) -> None:
    try:
        os.link(src, dst, follow_symlinks=False)
    except OSError:
        shutil.copy2(src, dst, follow_symlinks=False)


def swap_in(staging: Path, site: Path) -> None:
    """Make the finished ``staging`` folder the site, atomically, and remove the old one."""
    if not site.exists() and not site.is_symlink():
        os.rename(staging, site)
        return
    if _exchange(staging, site):
        old = staging  # after the exchange the staging name holds the previous site
    else:
        old = _sibling(site, _OLD)
        os.rename(site, old)
        try:
            os.rename(staging, site)
        except BaseException:
            os.rename(old, site)
            raise
    _remove(old)


def abandon(staging: Path) -> None:
    """Remove a staging folder whose build failed (the previous site stays)."""
    _remove(staging)


# -- one build at a time -------------------------------------------------------------------

WAIT_SECONDS = 600.0
"""How long a build waits for another one in the same project before it gives up."""


@dataclass
class BuildLock:
    """An exclusive lock on a file next to the generated folders, held from the start of a
    build to its end (released by the system if the process dies)."""

    path: Path
    _file: IO[str] | None = field(default=None, repr=False)

    @property
    def held(self) -> bool:
        return self._file is not None

    def acquire(self, say: object = None, wait: float = WAIT_SECONDS) -> None:
        """Take the lock, waiting (and saying so through ``say``, a callable taking a message)
        while another build holds it; raises ExplainerError after ``wait`` seconds."""
        if self._file is not None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fp = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 (held until release)
        try:
            fcntl.flock(fp, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fp.seek(0)
            holder = fp.read().strip() or "another process"
            if callable(say):
                say(
                    f"another build of this project is running ({holder}); waiting for it to finish"
                )
            deadline = time.monotonic() + wait
            while True:
                try:
                    fcntl.flock(fp, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        fp.close()
                        raise ExplainerError(
                            Problem(
                                self.path,
                                None,
                                f"another build of this project ({holder}) has been running "
                                f"for over {wait:.0f} s; this one stops",
                                "wait for it to finish, or stop it, then build again",
                            )
                        ) from None
                    time.sleep(0.2)
        fp.seek(0)
        fp.truncate()
        fp.write(f"pid {os.getpid()}\n")
        fp.flush()
        self._file = fp

    def release(self) -> None:
        fp, self._file = self._file, None
        if fp is not None:
            with contextlib.suppress(OSError):
                fp.truncate(0)
                fcntl.flock(fp, fcntl.LOCK_UN)
            fp.close()
