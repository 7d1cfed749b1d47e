"""The atomic swap of two folders: ``renameat2(RENAME_EXCHANGE)`` on Linux, the sibling
folders a build stages in or puts the old tree aside in, and the repair of a build that died
between the two renames of the fallback."""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
import secrets
import sys
from functools import cache
from pathlib import Path
from typing import Any

_NEW = "explainer-new"
_OLD = "explainer-old"
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
