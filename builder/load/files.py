"""Reading content files: only regular files inside their content folder, never more than a cap.

Every file the build reads from ``content/`` (articles, translations, corrections, the glossary)
comes through :func:`read_bytes`. A symbolic link is followed only when it lands inside the
folder it must stay in, so ``article.en.md -> /proc/self/environ`` publishes nothing; a named
pipe or a device is refused before it is read, so it cannot make the build wait forever.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from builder.errors import ExplainerError, Problem

_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
_FLAGS |= getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


def present(path: Path) -> bool:
    """Whether an optional file is there at all (a dangling link counts: it is reported)."""
    return path.exists() or path.is_symlink()


def resolve_inside(path: Path, within: Path) -> Path:
    """The real path of ``path``, which must exist and lie inside ``within`` after following
    links. Raises ExplainerError naming ``path`` otherwise."""
    try:
        real = path.resolve(strict=True)
    except FileNotFoundError:
        if path.is_symlink():
            raise _refused(path, "this is a link to a file that does not exist") from None
        raise _refused(path, "cannot read the file: No such file or directory") from None
    except (RuntimeError, OSError) as exc:  # a link loop, or a path component unreadable
        why = getattr(exc, "strerror", None) or exc
        raise _refused(path, f"cannot follow this path: {why}") from None
    try:
        boundary = within.resolve(strict=True)
    except OSError:
        boundary = within.absolute()
    if not real.is_relative_to(boundary):
        raise _refused(
            path,
            f"this is a link to a file outside {within.name}/; it is not read",
            f"copy the file into {within.name}/ instead of linking to it",
        )
    return real


def read_bytes(path: Path, limit: int, within: Path) -> bytes:
    """The bytes of the regular file ``path`` (at most ``limit``), which must lie inside
    ``within`` after following links. Raises ExplainerError naming the file otherwise."""
    real = resolve_inside(path, within)
    try:
        fd = os.open(real, _FLAGS)
    except IsADirectoryError:
        raise _refused(
            path, "this is a folder, not a file", "put the text in a file of that name"
        ) from None
    except OSError as exc:
        why = exc.strerror or exc.__class__.__name__
        hint = (
            "check the file's permissions (chmod a+r)" if isinstance(exc, PermissionError) else None
        )
        raise _refused(path, f"cannot read the file: {why}", hint) from None
    mode = os.fstat(fd).st_mode
    if stat.S_ISDIR(mode):  # open() succeeds on a folder where O_RDONLY allows it
        os.close(fd)
        raise _refused(path, "this is a folder, not a file", "put the text in a file of that name")
    with os.fdopen(fd, "rb") as fp:
        if not stat.S_ISREG(mode):
            raise _refused(
                path,
                "this is not a regular file (a named pipe, device or socket); it is not read",
                "replace it with an ordinary text file",
            )
        try:
            raw = fp.read(limit + 1)
        except OSError as exc:
            raise _refused(path, f"cannot read the file: {exc.strerror or exc}") from None
    if len(raw) > limit:
        size = f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit // 2**10} KB"
        raise _refused(path, f"the file is larger than {size}", "split it or trim it")
    return raw


def fingerprint(path: Path, limit: int, within: Path) -> bytes:
    """What a cache key needs to know of a file: its bytes, or why it cannot be read (never
    blocks, never raises: the build reports the problem when it reads the file for real)."""
    if not present(path):
        return b"\0absent"
    try:
        return read_bytes(path, limit, within)
    except ExplainerError as exc:
        return b"\0refused:" + str(exc.problems[0].message).encode("utf-8", "replace")


def _refused(path: Path, message: str, hint: str | None = None) -> ExplainerError:
    return ExplainerError(Problem(path, None, message, hint))
