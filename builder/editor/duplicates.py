"""The same story twice in ``content/``: same text once normalised, or same source address.

``explainer new`` refuses to add an article that is already there (``--force`` adds it
anyway), and ``explainer check`` warns about two folders holding one story. The text is
compared as the explainer reads it: page furniture (the repeated headline, comment forms) left
out, Arabic spelling variants, diacritics, digits, punctuation and spacing folded, so that a
second paste of the same page from another browser still matches.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import yaml

from builder.errors import ExplainerError
from builder.load.article import MAX_ARTICLE_BYTES, paragraphs_of, read_text, split_furniture
from builder.load.boilerplate import is_boilerplate
from builder.load.site import ArticleFolder
from builder.text.normalize import normalize_letters

_NOT_WORD = re.compile(r"[\W_]+")
_HEAD_CHARS = 400
"""How much of the first paragraph is compared before the whole text is (most articles
differ there, so a site of a thousand articles is checked in a fraction of a second)."""
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TRACKING = re.compile(r"^(utm_.*|fbclid|gclid|mc_cid|mc_eid|ref|ref_src|amp)$")


@dataclass(frozen=True)
class Identity:
    """What makes two article files the same story."""

    text: str
    """Digest of the normalised text (empty when there is no text)."""
    url: str | None
    """The source address, normalised (scheme, ``www.``, tracking parameters, trailing slash
    and fragment ignored)."""
    head: str = ""
    """The first words of the text, normalised: a cheap first comparison."""


def identity(title: str, body: str, url: str | None = None) -> Identity:
    return Identity(text_digest(title, body), normal_url(url), text_head(title, body))


@dataclass(frozen=True)
class Duplicate:
    folder: ArticleFolder
    reason: str
    """``text`` or ``url``: what they have in common."""


def text_digest(title: str, body: str) -> str:
    """The digest of an article's text as the explainer keeps it, normalised for comparing."""
    kept, _ = split_furniture(body, title)
    folded = _fold(" ".join(body[p.span.start : p.span.end] for p in kept))
    if not folded:
        return ""
    return hashlib.sha256(" ".join(folded).encode("utf-8")).hexdigest()


def text_head(title: str, body: str) -> str:
    """The first words of the first paragraph the explainer keeps, normalised."""
    for i, para in enumerate(paragraphs_of(body)):
        chunk = body[para.span.start : para.span.end]
        if is_boilerplate(chunk, title, first=i == 0):
            continue
        words = _fold(chunk[:_HEAD_CHARS])
        if len(chunk) > _HEAD_CHARS:
            words = words[:-1]  # the last word may be cut
        return " ".join(words[:20])
    return ""


def _fold(text: str) -> list[str]:
    return _NOT_WORD.sub(" ", normalize_letters(text)).split()


def normal_url(url: str | None) -> str | None:
    """``url`` without what varies between two copies of one address."""
    if not url or not url.strip():
        return None
    parts = urlsplit(url.strip())
    if not parts.netloc:
        return url.strip().lower()
    host = parts.netloc.lower().removeprefix("www.")
    query = urlencode(
        sorted(
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not _TRACKING.match(k)
        )
    )
    path = parts.path.rstrip("/")
    return f"{host}{path}" + (f"?{query}" if query else "")


def identity_of(path: Path, within: Path) -> Identity | None:
    """The identity of an article file (None when it cannot be read at all)."""
    parts = _parts(path, within)
    return identity(*parts) if parts else None


def _parts(path: Path, within: Path) -> tuple[str, str, str | None] | None:
    """Headline, body and url of an article file, read leniently: a file with a bad date or
    an unknown key is still the same story."""
    try:
        text = read_text(path, MAX_ARTICLE_BYTES, within)
    except ExplainerError:
        return None
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return "", text, None
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
    if end is None:
        return "", text, None
    try:
        # Plain data only (title and url are read, and only as text); libyaml when present.
        data: Any = yaml.load("\n".join(lines[1:end]), Loader=_LOADER)
    except (yaml.YAMLError, ValueError, TypeError, RecursionError):
        data = None
    data = data if isinstance(data, dict) else {}
    title, url = data.get("title"), data.get("url")
    body = "\n".join(lines[end + 1 :])
    return (
        title if isinstance(title, str) else "",
        body,
        url if isinstance(url, str) else None,
    )


def find_duplicates(wanted: Identity, folders: Iterable[ArticleFolder]) -> list[Duplicate]:
    """The article folders holding the same story as ``wanted``."""
    found = []
    for folder in folders:
        parts = _parts(folder.article, folder.root)
        if parts is None:
            continue
        title, body, url = parts
        same_start = wanted.text and text_head(title, body) == wanted.head
        if same_start and text_digest(title, body) == wanted.text:
            found.append(Duplicate(folder, "text"))
            continue
        if wanted.url and normal_url(url) == wanted.url:
            found.append(Duplicate(folder, "url"))
    return found
