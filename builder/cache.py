"""Per-article results kept between builds, keyed by everything they depend on.

An article's explainer depends only on its own files (article, translation, corrections), the
glossary, the settings and the tool's version, so an unchanged article is not extracted or
rendered again: in one ``mkdocs serve`` session (in memory) and across builds (on disk, under
``build/cache``).

On disk an entry is JSON that holds data only, never code: ``{"format", "tool", "key",
"hash", "value"}``, where ``value`` is the result encoded field by field and ``hash`` the
SHA-256 of its canonical JSON. Reading it back rebuilds only the record types that the caller
names (dataclasses, dates, paths, enums, lists…), checked against their type hints; nothing in
the file can choose what is constructed. A corrupt, foreign, truncated or tampered entry, or
one that is not a regular file inside the cache folder, is ignored (with a debug message) and
rebuilt, never trusted. (Older ``*.pickle`` entries are never read.)
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import json
import logging
import math
import types
import typing
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from builder import __version__
from builder.errors import ExplainerError
from builder.load.files import read_bytes
from builder.write.files import write_atomic

log = logging.getLogger("mkdocs.plugins.builder.cache")

FORMAT = 2
"""Version of the entry layout (1 was pickle, never read again)."""
MAX_ENTRY_BYTES = 64 * 2**20
"""A bigger file in the cache folder is not an entry this tool wrote."""
SUFFIX = ".json"


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

    def get(self, name: str, key: str, schema: Any) -> Any | None:
        """The value stored under ``name`` for ``key``, rebuilt as the type ``schema``
        (``None`` when there is none, or none that can be trusted)."""
        entry = self.memory.get(name)
        if (entry is None or entry[0] != key) and self.directory is not None:
            entry = self._load(name, key, schema)
        if entry is not None and entry[0] == key:
            self.memory[name] = entry
            self.hits += 1
            return entry[1]
        self.misses += 1
        return None

    def put(self, name: str, key: str, value: Any) -> None:
        self.memory[name] = (key, value)
        if self.directory is None:
            return
        try:
            encoded = encode(value)
            body = _canonical(encoded)
        except (TypeError, ValueError, RecursionError) as exc:
            log.debug("cache: %s not stored (%s)", name, exc)
            return
        entry = {
            "format": FORMAT,
            "tool": tool_digest(),
            "key": key,
            "hash": hashlib.sha256(body).hexdigest(),
            "value": encoded,
        }
        try:
            write_atomic(self.directory / f"{name}{SUFFIX}", _canonical(entry))
        except OSError as exc:  # a cache that cannot be written only costs time
            log.debug("cache: %s not stored (%s)", name, exc)

    def _load(self, name: str, key: str, schema: Any) -> tuple[str, Any] | None:
        assert self.directory is not None
        path = self.directory / f"{name}{SUFFIX}"
        if not path.exists() and not path.is_symlink():
            return None
        try:
            raw = read_bytes(path, MAX_ENTRY_BYTES, self.directory)
            entry = json.loads(raw)
            if not isinstance(entry, dict) or entry.get("format") != FORMAT:
                raise ValueError("not an entry of this format")
            if entry.get("tool") != tool_digest():
                raise ValueError("written by another version of the tool")
            if entry.get("key") != key:
                return None  # an older state of the article: rebuilt quietly
            if entry.get("hash") != hashlib.sha256(_canonical(entry.get("value"))).hexdigest():
                raise ValueError("its content does not match its hash")
            value = decode(entry["value"], schema)
        except ExplainerError as exc:
            log.debug("cache: ignoring %s: %s", path, exc.problems[0].message)
            return None
        except Exception as exc:  # whatever the file holds, it only costs a rebuild
            log.debug("cache: ignoring %s and rebuilding it: %r", path, exc)
            return None
        return key, value


def _canonical(data: Any) -> bytes:
    return json.dumps(
        data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


# -- the codec: data only, rebuilt from the caller's type hints ------------------------------


def encode(value: Any) -> Any:
    """``value`` as plain JSON data (dataclasses as mappings of their fields)."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"not a finite number: {value!r}")
        return value
    if isinstance(value, enum.Enum):
        return encode(value.value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            raise TypeError("mapping keys must be text")
        return {k: encode(v) for k, v in value.items()}
    raise TypeError(f"cannot store a {type(value).__name__}")


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def decode(data: Any, schema: Any) -> Any:
    """Rebuild a value of type ``schema`` from :func:`encode`'s data; raises ValueError or
    TypeError when the data does not have that shape."""
    if schema is Any:
        return data
    if schema is type(None):
        if data is not None:
            raise ValueError(f"expected nothing, got {type(data).__name__}")
        return None
    origin = typing.get_origin(schema)
    args = typing.get_args(schema)
    if origin is typing.Union or origin is types.UnionType:
        return _decode_union(data, schema, args)
    if origin in (typing.Literal, list, tuple, dict):
        return _decode_generic(data, origin, args)
    if not isinstance(schema, type):
        raise TypeError(f"cannot rebuild {schema}")
    if dataclasses.is_dataclass(schema):
        return _decode_dataclass(data, schema)
    return _decode_scalar(data, schema)


def _decode_union(data: Any, schema: Any, args: tuple[Any, ...]) -> Any:
    if data is None and type(None) in args:
        return None
    for exact in (bool, int, float, str):  # a JSON number or text keeps its own type
        if type(data) is exact and exact in args:
            return data
    for option in (a for a in args if a is not type(None)):
        try:
            return decode(data, option)
        except (ValueError, TypeError):
            continue
    raise ValueError(f"{data!r:.60} is none of {schema}")


def _decode_generic(data: Any, origin: Any, args: tuple[Any, ...]) -> Any:
    """``Literal[…]``, ``list[…]``, ``tuple[…]`` and ``dict[…]``."""
    if origin is typing.Literal:
        if data not in args:
            raise ValueError(f"{data!r:.60} is not one of {args}")
        return data
    if origin is list:
        _require(data, list)
        return [decode(v, args[0] if args else Any) for v in data]
    if origin is tuple:
        _require(data, list)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(decode(v, args[0]) for v in data)
        if len(args) != len(data):
            raise ValueError(f"expected {len(args)} items, got {len(data)}")
        return tuple(decode(v, t) for v, t in zip(data, args, strict=True))
    _require(data, dict)
    value_type = args[1] if len(args) == 2 else Any
    return {str(k): decode(v, value_type) for k, v in data.items()}


def _decode_dataclass(data: Any, schema: type) -> Any:
    _require(data, dict)
    hints = _hints(schema)
    fields = [f for f in dataclasses.fields(schema) if f.init]
    unknown = set(data) - {f.name for f in fields}
    if unknown:
        raise ValueError(f"unknown fields {sorted(unknown)} for {schema.__name__}")
    kwargs = {f.name: decode(data[f.name], hints[f.name]) for f in fields if f.name in data}
    return schema(**kwargs)


def _decode_scalar(data: Any, schema: type) -> Any:
    """Enums, dates, paths, and JSON's own bool, int, float and text."""
    if issubclass(schema, enum.Enum):
        return schema(data)
    if schema is date:
        _require(data, str)
        return date.fromisoformat(data)
    if issubclass(schema, Path):
        _require(data, str)
        return Path(data)
    if schema is bool:
        _require(data, bool)
        return data
    if schema is int:
        if isinstance(data, bool) or not isinstance(data, int):
            raise ValueError(f"expected a whole number, got {data!r:.60}")
        return data
    if schema is float:
        if isinstance(data, bool) or not isinstance(data, (int, float)):
            raise ValueError(f"expected a number, got {data!r:.60}")
        return float(data)
    if schema in (str, bytes):
        _require(data, str)
        return data
    raise TypeError(f"cannot rebuild a {schema.__name__}")


def _require(data: Any, kind: type) -> None:
    if not isinstance(data, kind) or (kind is not bool and isinstance(data, bool)):
        raise ValueError(f"expected {kind.__name__}, got {type(data).__name__}")
