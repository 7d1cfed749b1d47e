"""Character classes, defined once: what is an Arabic letter, a mark, a digit, an invisible or a
control character. Every regular expression over characters in the tool is built from these."""

from __future__ import annotations

import re

ARABIC_LETTERS = (
    "\u0621-\u063a\u0641-\u064a\u0660-\u0669\u066e-\u06d3\u06d5\u06fa-\u06ff"
    "\u0750-\u077f\u08a0-\u08c9\ufb50-\ufdff\ufe70-\ufefc"
)
"""Arabic letters (and Arabic-Indic digits, which behave like letters inside words)."""
ARABIC_BLOCKS = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
"""Everything in the Arabic Unicode blocks: what a run of Arabic script is made of."""
DIACRITICS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u08d3-\u08ff"
"""Harakat, tanween, shadda, sukun, superscript alef, Quranic marks."""
TATWEEL = "\u0640"
MARKS = DIACRITICS + TATWEEL
"""What may sit on or between Arabic letters without being a letter."""
DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
"""Latin, Arabic-Indic and Persian digits."""

BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
"""Embeddings, overrides and isolates: they can make a line display in another order than it
reads ("Trojan Source"); never kept in content."""
ZERO_WIDTH = "\u200b-\u200f\u2060-\u2065\ufeff\u00ad\u061c"
"""Zero-width characters, directional marks, the BOM, the soft hyphen, the Arabic letter mark."""
INVISIBLE = ZERO_WIDTH + BIDI_CONTROLS
"""Characters that neither match nor show."""
CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
"""C0/C1 controls other than tab and newline (U+0002/U+0003 would also collide with
Python-Markdown's placeholders)."""

DIACRITICS_RE = re.compile(f"[{DIACRITICS}]")
COMMAS = ("،", ",")
"""The Arabic and the Latin comma: what sets off a time, a role or a name in a sentence."""
TANWEEN = frozenset("\u064b\u064c\u064d")
"""The marks of an indefinite ending (ـًا, ـٌ, ـٍ): a common word's, never a name's."""
INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")
BIDI_RE = re.compile(f"[{BIDI_CONTROLS}]")
CONTROLS_RE = re.compile(f"[{CONTROLS}]")
DROPPED_ON_READ_RE = re.compile(f"[{CONTROLS}{BIDI_CONTROLS}]")
"""What reading a content file removes (and reports): controls and bidi controls."""
BLANK_RE = re.compile(f"[\\s{INVISIBLE}{TATWEEL}]+")
"""Whitespace and everything that shows nothing."""
SURROGATES_RE = re.compile("[\ud800-\udfff]")
