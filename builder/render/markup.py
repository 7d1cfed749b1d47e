"""Safe text for generated Markdown: escaping, and bidi isolation of mixed-script runs.

Everything that comes from an article passes through here before it reaches a page, so the
page shows the text as text: no markup, Markdown or template syntax from content survives.

Three contexts, three functions:

- :func:`inline_md` for Markdown lines (the page heading): HTML-escaped and
  backslash-escaped for Python-Markdown, so no link, image, emphasis or ``{: attr }`` list
  can come from content;
- :func:`isolate` for text inside the templates' raw HTML blocks (``markdown="0"``):
  HTML-escaped, and the characters that a Markdown preprocessor or a macro plugin would
  act on before the HTML is stashed (`````, ``~``, ``{``, ``}``) written as character
  references, which the browser shows unchanged;
- :func:`meta_text` for front matter values that MkDocs themes print into HTML without
  escaping (``title``, ``description``);

and :func:`snippet` for quotes repeated in attribute values (kept small), :func:`plain` for
text that Jinja's autoescape will escape.

All three drop what must never reach a page: bidi embedding/override/isolate controls and
zero-width characters (:func:`builder.text.normalize.display`), C0/C1 control characters
(U+0002/U+0003 would collide with Python-Markdown's placeholders), and lone surrogates, which
cannot be written as UTF-8 and become U+FFFD.
"""

from __future__ import annotations

import re
from html import escape as html_escape

from markupsafe import Markup, escape

from builder.text.chars import ARABIC_BLOCKS, BIDI_RE, CONTROLS_RE, SURROGATES_RE
from builder.text.normalize import display

# Backslash-escapable Markdown punctuation (Python-Markdown's ESCAPED_CHARS); braces and
# backticks become character references instead (below), so that no "{{", "{%" or fence
# survives for a macro plugin or a preprocessor.
_MD_SPECIAL = re.compile(r"([\\*_\[\]()#+\-.!])")
_LATIN_RUN = re.compile(
    r"[A-Za-z][A-Za-z0-9\u00c0-\u024f&'’./@:_-]*(?:[ ][A-Za-z0-9][A-Za-z0-9\u00c0-\u024f&'’./@:_-]*)*"
)
_ARABIC_RUN = re.compile(f"[{ARABIC_BLOCKS}]+(?:[\\s\u060c\u061b\u061f.,:!]+[{ARABIC_BLOCKS}]+)*")
_CONTROLS = CONTROLS_RE
_SURROGATES = SURROGATES_RE
_BIDI = BIDI_RE
# Characters Markdown preprocessors (fences) and macro plugins ({{ }}, {% %}) act on.
_PREPROCESSED = str.maketrans({"`": "&#96;", "~": "&#126;", "{": "&#123;", "}": "&#125;"})


def clean(text: str) -> str:
    """``text`` fit to show: controls, bidi controls and zero-width characters removed, lone
    surrogates replaced; nothing else changes."""
    text = _SURROGATES.sub("\ufffd", text)
    return _BIDI.sub("", display(_CONTROLS.sub("", text)))


def plain(text: str) -> str:
    """:func:`clean` with runs of whitespace (line ends included) collapsed to one space."""
    return " ".join(clean(text).split())


def _html(text: str) -> str:
    return str(escape(text)).translate(_PREPROCESSED)


def inline_md(text: str) -> Markup:
    """Text for a Markdown context (headings, list items): HTML- and Markdown-escaped."""
    return Markup(_html(_MD_SPECIAL.sub(r"\\\1", plain(text))))


def isolate(text: str, lang: str) -> Markup:
    """Escape for HTML and wrap runs of the other script in ``<bdi>`` so that punctuation and
    numbers stay where they belong: Latin runs inside Arabic, Arabic runs inside English."""
    text = clean(text)
    pattern = _LATIN_RUN if lang == "ar" else _ARABIC_RUN
    attrs = 'dir="ltr"' if lang == "ar" else 'lang="ar" dir="rtl"'
    out: list[str] = []
    pos = 0
    for m in pattern.finditer(text):
        out.append(_html(text[pos : m.start()]))
        out.append(f"<bdi {attrs}>{_html(m.group())}</bdi>")
        pos = m.end()
    out.append(_html(text[pos:]))
    return Markup("".join(out))


def snippet(text: str, limit: int = 300) -> Markup:
    """A quote for an attribute value (the ``title``/``data-quote`` of every citation):
    :func:`plain` text cut to ``limit`` characters at a word boundary ("…" when cut), then
    escaped like :func:`isolate`. Its size must not grow with the sentence: a
    100,000-character sentence cited by a thousand figures would otherwise make a page of
    gigabytes."""
    return Markup(_html(_clip(plain(text), limit)))


def _clip(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 1)]
    return (cut.rsplit(" ", 1)[0] if " " in cut.strip() else cut) + "…"


def meta_text(text: str, limit: int | None = None) -> str:
    """A front matter value that themes print into HTML as is (MkDocs' templates do not
    escape ``page.meta.title`` or ``page.meta.description``): plain, cut to ``limit``
    characters at a word boundary (before escaping, so no entity is cut), HTML-escaped."""
    text = plain(text) if limit is None else _clip(plain(text), limit)
    return html_escape(text, quote=True).translate(_PREPROCESSED)


def url_attr(url: str) -> Markup:
    """A web address for an ``href`` inside the templates' raw HTML blocks: HTML-escaped, and
    the characters a preprocessor or a macro plugin would act on written as character
    references (the loader accepts only ``http(s)://`` addresses)."""
    return Markup(_html(plain(url)))
