"""Site settings that change how pages read (set in the plugin's options in ``mkdocs.yml``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Digits = Literal["latn", "arab"]
MonthNames = Literal["gregorian", "syriac", "both"]


@dataclass(frozen=True)
class Settings:
    digits: Digits = "latn"
    """Digits on Arabic pages: ``latn`` (286, the choice of most Arabic news sites) or
    ``arab`` (٢٨٦)."""
    months: MonthNames = "both"
    """Month names on Arabic pages: ``gregorian`` (أكتوبر), ``syriac`` (تشرين الأول) or
    ``both`` (أكتوبر/تشرين الأول), readable across the Arab world."""
    site_url: str | None = None
    words_per_minute: int = 180
