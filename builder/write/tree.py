"""Write generated pages: each file atomically, only when its text changed, stale ones removed.

Only files this module wrote (listed in the manifest) are ever removed, so an output folder
pointed at the wrong place cannot lose anyone's work.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from builder.errors import ExplainerError, Problem

MANIFEST = ".explainer-manifest.json"


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def _safe_relative(rel: str, out_dir: Path) -> Path:
    posix = PurePosixPath(rel)
    if posix.is_absolute() or ".." in posix.parts or not posix.parts:
        raise ExplainerError(
            Problem(None, None, f"refusing to write outside the output folder: {rel}")
        )
    return out_dir.joinpath(*posix.parts)


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new file, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fp:
            fp.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_tree(out_dir: Path, files: dict[str, str | bytes]) -> WriteReport:
    """Make ``out_dir`` hold exactly ``files`` (relative POSIX path -> text or bytes)."""
    report = WriteReport()
    out_dir.mkdir(parents=True, exist_ok=True)
    manifest_path = out_dir / MANIFEST
    try:
        previous = set(json.loads(manifest_path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        previous = set()
    for rel, content in sorted(files.items()):
        path = _safe_relative(rel, out_dir)
        data = content.encode("utf-8") if isinstance(content, str) else content
        try:
            if path.read_bytes() == data:
                report.unchanged.append(rel)
                continue
        except OSError:
            pass
        write_atomic(path, data)
        report.written.append(rel)
    for rel in sorted(previous - files.keys()):
        path = _safe_relative(rel, out_dir)
        if path.is_file():
            path.unlink()
            report.removed.append(rel)
    write_atomic(manifest_path, json.dumps(sorted(files), ensure_ascii=False, indent=0).encode())
    return report
