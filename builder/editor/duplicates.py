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
from urllib.parse import parse_qsl, urlencode, urlsplit

from builder.errors import ExplainerError
from builder.load.article import MAX_ARTICLE_BYTES, read_text, split_furniture
from builder.load.frontmatter import split
from builder.load.site import ArticleFolder
from builder.text.normalize import normalize_letters

_NOT_WORD = re.compile(r"[\W_]+")
_TRACKING = re.compile(r"^(utm_.*|fbclid|gclid|mc_cid|mc_eid|ref|ref_src|amp)$")


@dataclass(frozen=True)
class Identity:
    """What makes two article files the same story."""

    text: str
    """Digest of the normalised text (empty when there is no text)."""
    url: str | None
    """The source address, normalised (scheme, ``www.``, tracking parameters, trailing slash
    and fragment ignored)."""


@dataclass(frozen=True)
class Duplicate:
    folder: ArticleFolder
    reason: str
    """``text`` or ``url``: what they have in common."""


def text_digest(title: str, body: str) -> str:
    """The digest of an article's text as the explainer keeps it, normalised for comparing."""
    kept, _ = split_furniture(body, title)
    words = " ".join(body[p.span.start : p.span.end] for p in kept)
    folded = _NOT_WORD.sub(" ", normalize_letters(words)).split()
    if not folded:
        return ""
    return hashlib.sha256(" ".join(folded).encode("utf-8")).hexdigest()


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
    """The identity of an article file, read leniently (None when it cannot be read at all):
    a file with a bad date or an unknown key is still the same story."""
    try:
        text = read_text(path, MAX_ARTICLE_BYTES, within)
    except ExplainerError:
        return None
    title, body, url = "", text, None
    try:
        fm = split(text, path)
    except ExplainerError:
        fm = None
    if fm is not None:
        title = str(fm.data.get("title") or "")
        body = text[fm.body_offset :]
        url = fm.data.get("url")
    return Identity(text_digest(title, body), normal_url(str(url) if url else None))


def find_duplicates(identity: Identity, folders: Iterable[ArticleFolder]) -> list[Duplicate]:
    """The article folders holding the same story as ``identity``."""
    found = []
    for folder in folders:
        other = identity_of(folder.article, folder.root)
        if other is None:
            continue
        if identity.text and other.text == identity.text:
            found.append(Duplicate(folder, "text"))
        elif identity.url and other.url == identity.url:
            found.append(Duplicate(folder, "url"))
    return found
