"""Per-article results kept between builds, keyed by everything they depend on.

An article's explainer depends only on its own files (article, translation, corrections), the
glossary, the settings and the tool's version, so an unchanged article is not extracted or
rendered again: in one ``mkdocs serve`` session (in memory) and across builds (on disk, under
``build/cache``). A corrupt or foreign cache entry is ignored and rebuilt, never trusted.
"""

from __future__ import annotations

import hashlib
import pickle
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from builder import __version__
from builder.write.tree import write_atomic

FORMAT = 1


@cache
def tool_digest() -> str:
    """The tool's own code, data, templates and catalogs: a change to any invalidates the cache
    (the version number alone does not move during development)."""
    root = Path(__file__).parent
    files = sorted(p for p in root.rglob("*") if p.suffix in {".py", ".yml", ".j2", ".po", ".js"})
    return digest(
        __version__, *(p.relative_to(root).as_posix() + "\0" + p.read_text("utf-8") for p in files)
    )


def digest(*parts: bytes | str) -> str:
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()


@dataclass
class BuildCache:
    directory: Path | None = None
    """Where entries persist between processes (``None``: memory only)."""
    memory: dict[str, tuple[str, Any]] = field(default_factory=dict)
    hits: int = 0
    misses: int = 0

    def get(self, name: str, key: str) -> Any | None:
        entry = self.memory.get(name)
        if entry is None and self.directory is not None:
            entry = self._load(name)
        if entry is not None and entry[0] == key:
            self.memory[name] = entry
            self.hits += 1
            return entry[1]
        self.misses += 1
        return None

    def put(self, name: str, key: str, value: Any) -> None:
        self.memory[name] = (key, value)
        if self.directory is not None:
            try:
                data = pickle.dumps(
                    (FORMAT, tool_digest(), key, value), protocol=pickle.HIGHEST_PROTOCOL
                )
                write_atomic(self.directory / f"{name}.pickle", data)
            except (OSError, pickle.PicklingError, TypeError, AttributeError):
                pass  # a cache that cannot be written only costs time

    def _load(self, name: str) -> tuple[str, Any] | None:
        path = self.directory / f"{name}.pickle" if self.directory else None
        if path is None or not path.is_file():
            return None
        try:
            fmt, version, key, value = pickle.loads(path.read_bytes())
        except Exception:
            return None
        if fmt != FORMAT or version != tool_digest():
            return None
        return key, value
