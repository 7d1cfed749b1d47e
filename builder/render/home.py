"""The home page of each edition: every explainer, newest first, with its headline and lede."""

from __future__ import annotations

from dataclasses import dataclass

from builder.load.translation import Translation
from builder.records import Facts
from builder.render.catalog import translations
from builder.render.formatting import Formatter
from builder.render.headline import heading
from builder.render.markup import isolate
from builder.render.settings import Settings
from builder.render.templating import environment, front_matter


@dataclass(frozen=True)
class Listed:
    """An explainer as the home page lists it."""

    slug: str
    facts: Facts
    translation: Translation | None = None


def render_home(listed: list[Listed], lang: str, settings: Settings) -> str:
    fmt = Formatter(lang, settings)
    site_title = translations(lang).gettext("News explainers")
    items = []
    for entry in sorted(listed, key=lambda e: (e.facts.document.published, e.slug), reverse=True):
        doc = entry.facts.document
        head = heading(entry.facts, fmt, entry.translation)
        lede = head.lede
        items.append(
            {
                "href": f"articles/{entry.slug}/",
                "title": isolate(head.title, lang),
                "published": fmt.date(doc.published),
                "published_iso": doc.published.isoformat(),
                "summary": isolate(lede, lang) if lede else None,
            }
        )
    front = {"title": site_title, "explainer": {"lang": lang, "home": True}}
    return (
        environment(lang)
        .get_template("home.md.j2")
        .render(explainers=items, site_title=site_title, front_matter=front_matter(front))
    )
