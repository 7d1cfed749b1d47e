"""Safe text for generated Markdown: escaping, and bidi isolation of mixed-script runs.

Everything that comes from an article passes through here before it reaches a page, so the
page shows the text as text: no markup, Markdown or template syntax from content survives.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

from builder.analyse.normalize import display

# Backslash-escapable Markdown punctuation (Python-Markdown's ESCAPED_CHARS).
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!])")
_LATIN_RUN = re.compile(
    r"[A-Za-z][A-Za-z0-9\u00c0-\u024f&'’./@:_-]*(?:[ ][A-Za-z0-9][A-Za-z0-9\u00c0-\u024f&'’./@:_-]*)*"
)
_ARABIC_RUN = re.compile(
    r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]+(?:[\s\u060c\u061b\u061f.,:!]+[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]+)*"
)


def inline_md(text: str) -> Markup:
    """Text for a Markdown context (headings, list items): HTML- and Markdown-escaped."""
    text = " ".join(display(text).split())
    return Markup(escape(_MD_SPECIAL.sub(r"\\\1", text)))


def isolate(text: str, lang: str) -> Markup:
    """Escape for HTML and wrap runs of the other script in ``<bdi>`` so that punctuation and
    numbers stay where they belong: Latin runs inside Arabic, Arabic runs inside English."""
    text = display(text)
    pattern = _LATIN_RUN if lang == "ar" else _ARABIC_RUN
    attrs = 'dir="ltr"' if lang == "ar" else 'lang="ar" dir="rtl"'
    out: list[str] = []
    pos = 0
    for m in pattern.finditer(text):
        out.append(str(escape(text[pos : m.start()])))
        out.append(f"<bdi {attrs}>{escape(m.group())}</bdi>")
        pos = m.end()
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))
