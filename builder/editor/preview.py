"""The addresses of an explainer in the preview (or on the published site), as the tools print
them: the Arabic edition at the site's root, the English one under ``en/``
(mkdocs-static-i18n's layout in ``mkdocs.yml``), each article under ``articles/<slug>/``."""

from __future__ import annotations

from builder.render.templating import LANGUAGES

DEFAULT_LANGUAGE = LANGUAGES[0]
"""The edition served at the root (``default: true`` in ``mkdocs.yml``)."""
LANGUAGE_NAMES = {"ar": "Arabic", "en": "English"}


def edition_url(base: str, lang: str) -> str:
    """The home page of the ``lang`` edition under ``base`` (which ends in ``/``)."""
    return base if lang == DEFAULT_LANGUAGE else f"{base}{lang}/"


def home_urls(base: str) -> dict[str, str]:
    return {lang: edition_url(base, lang) for lang in LANGUAGES}


def article_urls(base: str, slug: str) -> dict[str, str]:
    """Both editions of the explainer ``slug``: ``{"ar": …/articles/<slug>/, "en": …}``."""
    return {lang: f"{edition_url(base, lang)}articles/{slug}/" for lang in LANGUAGES}


def in_languages(urls: dict[str, str]) -> str:
    """``url (Arabic), url (English)``: for a log line."""
    return ", ".join(f"{url} ({LANGUAGE_NAMES.get(lang, lang)})" for lang, url in urls.items())
