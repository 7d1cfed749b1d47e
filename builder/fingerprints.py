"""Cheap change detectors for ``mkdocs serve``: the site's setup and ``content/``, by path,
size and modification time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig


def setup_fingerprint(config: MkDocsConfig) -> tuple[Any, ...]:
    """``mkdocs.yml`` and the theme overrides, to notice an edit of the site's setup."""
    paths = [Path(config.config_file_path)] if config.config_file_path else []
    custom = config.theme.custom_dir
    if custom and Path(custom).is_dir():
        paths += sorted(p for p in Path(custom).rglob("*") if p.is_file())
    return fingerprint_of(paths)


def fingerprint_of(paths: list[Path]) -> tuple[Any, ...]:
    items = []
    for path in paths:
        try:
            st = path.stat()
        except OSError:
            continue
        items.append((str(path), st.st_size, st.st_mtime_ns))
    return tuple(items)


def content_fingerprint(content: Path) -> tuple[Any, ...]:
    """Cheap change detector: every file's path, size and mtime under ``content/``."""
    items = []
    for path in sorted(content.rglob("*")):
        try:
            st = path.stat()
        except OSError:
            continue
        items.append((str(path), st.st_size, st.st_mtime_ns))
    return tuple(items)
