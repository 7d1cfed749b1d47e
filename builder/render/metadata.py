"""Structured data for search engines and social networks: JSON-LD and Open Graph.

Pure functions over a page's front matter (written by :mod:`builder.render.pages`) and its
absolute URLs; the MkDocs plugin only inserts the result into ``<head>``.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

OG_LOCALES = {"ar": "ar_AR", "en": "en_US"}
SCHEMA_TYPES = {
    "person": "Person",
    "country": "Country",
    "organization": "Organization",
    "group": "Organization",
    "place": "Place",
}


def about(actors: list[dict[str, Any]]) -> list[dict[str, str]]:
    return [
        {"@type": SCHEMA_TYPES.get(a["kind"], "Thing"), "name": a["name"]}
        for a in actors
        if a.get("name")
    ]


def json_ld(meta: dict[str, Any], url: str, alternates: dict[str, str]) -> dict[str, Any]:
    """A ``BackgroundNewsArticle`` linked to its other edition (``workTranslation`` from the
    Arabic original, ``translationOfWork`` from the English edition)."""
    lang = meta["lang"]
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "BackgroundNewsArticle",
        "headline": meta["title"],
        "inLanguage": lang,
        "url": url,
        "datePublished": meta["published"],
    }
    if meta.get("about"):
        data["about"] = meta["about"]
    if meta.get("source_url"):
        data["isBasedOn"] = meta["source_url"]
    others = {k: v for k, v in alternates.items() if k != lang}
    if lang == "ar" and others:
        data["workTranslation"] = [
            {"@type": "BackgroundNewsArticle", "inLanguage": k, "url": v}
            for k, v in sorted(others.items())
        ]
    elif others.get("ar"):
        data["translationOfWork"] = {
            "@type": "BackgroundNewsArticle",
            "inLanguage": "ar",
            "url": others["ar"],
        }
    return data


def head_html(meta: dict[str, Any], url: str, alternates: dict[str, str], site_name: str) -> str:
    """``<script type="application/ld+json">`` and Open Graph ``<meta>`` tags."""
    lang = meta["lang"]
    tags = [
        ("og:type", "article"),
        ("og:title", meta["title"]),
        ("og:url", url),
        ("og:site_name", site_name),
        ("og:locale", OG_LOCALES.get(lang, lang)),
        *(("og:locale:alternate", OG_LOCALES.get(k, k)) for k in sorted(alternates) if k != lang),
        ("article:published_time", meta["published"]),
    ]
    if meta.get("description"):
        tags.append(("og:description", meta["description"]))
    lines = [f'<meta property="{escape(p)}" content="{escape(str(c))}">' for p, c in tags]
    payload = script_json(json_ld(meta, url, alternates))
    lines.append(f'<script type="application/ld+json">{payload}</script>')
    return "\n".join(lines)


# Inside <script> the HTML parser looks for "</script" and, after "<!--", for "<script" (the
# double-escaped state that swallows the rest of the page): none of "<", ">" or "&" may
# appear raw. U+2028/2029 end a line in older JavaScript parsers. JSON reads the escapes
# back as the same characters.
_SCRIPT_ESCAPES = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def script_json(data: Any) -> str:
    """``data`` as JSON that is safe as the text of a ``<script>`` element."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True).translate(_SCRIPT_ESCAPES)


def page_sitemap(alternates: dict[str, str]) -> str:
    """A sitemap of one page in its editions (each with the ``hreflang`` alternates of all).

    mkdocs-material looks for ``sitemap.xml`` next to every ``<link rel="alternate">`` of a
    page, to keep readers on the same page when they switch language; the hreflang links of an
    explainer point at the explainer itself, so one of these is written beside each page
    (otherwise every page view costs a 404 per edition)."""
    links = "".join(
        f'<xhtml:link rel="alternate" hreflang="{escape(lang)}" href="{escape(href)}"/>'
        for lang, href in sorted(alternates.items())
    )
    urls = "".join(
        f"<url><loc>{escape(href)}</loc>{links}</url>" for _, href in sorted(alternates.items())
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:xhtml="http://www.w3.org/1999/xhtml">'
        f"{urls}</urlset>\n"
    )
