"""The MkDocs plugin: glue only. It runs the pipeline into a generated docs folder, points
MkDocs at it, watches ``content/`` in ``mkdocs serve``, and reports problems through
MkDocs' logger (so ``--strict`` fails on them)."""

from __future__ import annotations

import contextlib
import logging
import re
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

from builder.cache import BuildCache
from builder.correct.unnamed import site_report
from builder.errors import ExplainerError, Severity
from builder.pipeline import build
from builder.render.metadata import head_html
from builder.render.settings import Settings
from builder.search import install as install_search

log = logging.getLogger(f"mkdocs.plugins.{__name__}")

RTL_LANGUAGES = {"ar", "fa", "he", "ur"}
_HTML_TAG = re.compile(r"<html\b[^>]*>", re.IGNORECASE)
# mkdocs-material writes config.extra.alternate (the language switcher's links, set by
# mkdocs-static-i18n) as root-relative hreflang links, stale on 404.html; the absolute ones
# come from theme_overrides/main.html.
_RELATIVE_ALTERNATE = re.compile(
    r'\s*<link rel="alternate" href="(?![a-z]+://)[^"]*" hreflang="[^"]*">'
)


class ExplainerPluginConfig(Config):
    content_dir = opt.Type(str, default="content")
    """The editors' folder, relative to mkdocs.yml."""
    output_dir = opt.Type(str, default="build/docs")
    """Where generated Markdown goes; MkDocs reads its pages from there."""
    cache_dir = opt.Type(str, default="build/cache")
    """Per-article results kept between builds (safe to delete)."""
    digits = opt.Choice(("latn", "arab"), default="latn")
    months = opt.Choice(("gregorian", "syriac", "both"), default="both")


class ExplainerPlugin(BasePlugin[ExplainerPluginConfig]):
    def __init__(self) -> None:
        self._fingerprint: tuple[Any, ...] | None = None
        self._serving = False
        self._cache: BuildCache | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Defined so that MkDocs keeps this plugin (and its cache) across serve rebuilds;
        in ``serve`` a broken article's page shows its problems instead of disappearing."""
        self._serving = command == "serve"

    def _paths(self, config: MkDocsConfig) -> tuple[Path, Path]:
        base = Path(config.config_file_path or ".").resolve().parent
        return base / self.config.content_dir, base / self.config.output_dir

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        content, out = self._paths(config)
        fingerprint = _fingerprint(content)
        # mkdocs-static-i18n runs every language as its own build: generate once per change.
        if fingerprint != self._fingerprint or not out.is_dir():
            settings = Settings(
                digits=self.config.digits, months=self.config.months, site_url=config.site_url
            )
            if self._cache is None:
                base = Path(config.config_file_path or ".").resolve().parent
                self._cache = BuildCache(base / self.config.cache_dir)
            try:
                site = build(content, out, settings, error_pages=self._serving, cache=self._cache)
            except ExplainerError as exc:
                raise PluginError(str(exc)) from None
            for problem in site.all_problems:
                (log.warning if problem.severity is Severity.WARNING else log.error)(str(problem))
            for line in site_report(site.articles):  # unknown names: information, not warnings
                log.info(line)
            self._fingerprint = fingerprint
        config.docs_dir = str(out)
        return config

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Any) -> Any:
        content, out = self._paths(config)
        with contextlib.suppress(KeyError):
            server.unwatch(str(out))  # generated: rebuilding on our own writes would loop
        server.watch(str(content))
        return server

    def on_post_build(self, config: MkDocsConfig) -> None:
        """Arabic folding for the theme's search (see :mod:`builder.search`)."""
        install_search(Path(config.site_dir))

    def on_post_page(self, output: str, page: Any, config: MkDocsConfig) -> str:
        """``lang``/``dir`` on <html> (mkdocs-material puts ``dir`` on <body> only), and the
        explainer's structured data in <head>."""
        output = self._html_direction(output, config)
        output = _RELATIVE_ALTERNATE.sub("", output)
        meta = (page.meta or {}).get("explainer") or {}
        if meta.get("slug") and "</head>" in output:
            site_url = config.site_url or ""
            files = getattr(page.file, "alternates", None) or {page.file.dest_uri: page.file}
            alternates = {
                lang: _absolute(site_url, f.url) for lang, f in files.items() if hasattr(f, "url")
            }
            url = _absolute(site_url, page.url)
            head = head_html(
                {**meta, "description": page.meta.get("description")},
                url,
                alternates,
                config.site_name,
            )
            output = output.replace("</head>", head + "\n</head>", 1)
        return output

    def on_post_template(
        self, output_content: str, template_name: str, config: MkDocsConfig
    ) -> str:
        """404.html is rendered as a template, not a page: drop the stale alternates there too."""
        return _RELATIVE_ALTERNATE.sub("", output_content)

    def _html_direction(self, output: str, config: MkDocsConfig) -> str:
        lang = str(config.theme.get("language") or "en").split("_")[0]
        direction = "rtl" if lang in RTL_LANGUAGES else "ltr"

        def fix(match: re.Match[str]) -> str:
            tag = re.sub(r'\s(lang|dir)="[^"]*"', "", match.group(0))
            return tag[:-1].rstrip() + f' lang="{lang}" dir="{direction}">'

        return _HTML_TAG.sub(fix, output, count=1)


def _absolute(site_url: str, url: str) -> str:
    url = "" if url in ("./", ".") else url
    return (site_url.rstrip("/") + "/" + url.lstrip("/")) if site_url else "/" + url.lstrip("/")


def _fingerprint(content: Path) -> tuple[Any, ...]:
    """Cheap change detector: every file's path, size and mtime under ``content/``."""
    items = []
    for path in sorted(content.rglob("*")):
        try:
            st = path.stat()
        except OSError:
            continue
        items.append((str(path), st.st_size, st.st_mtime_ns))
    return tuple(items)
