"""The MkDocs plugin: glue only. It runs the pipeline into a generated docs folder, points
MkDocs at it, watches ``content/`` in ``mkdocs serve``, and reports problems through
MkDocs' logger (so ``--strict`` fails on them)."""

from __future__ import annotations

import contextlib
import html
import logging
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority

from builder import search
from builder.cache import BuildCache
from builder.editor.preview import article_urls, home_urls, in_languages
from builder.editor.unnamed import name_problems, site_report
from builder.errors import ExplainerError, Severity, printable
from builder.fingerprints import content_fingerprint, setup_fingerprint
from builder.load.siteconfig import UNVERIFIED_NAMES
from builder.logfilter import quiet_build_log, quiet_preview_log
from builder.mkdocs_pages import (
    absolute_url,
    explainers_not_in_nav,
    nested_build,
    newest,
    relative_to,
    remove_deleted_pages,
    restore_html_blocks,
    slug_of,
    stash_html_blocks,
    write_page_sitemap,
)
from builder.pipeline import SiteResult, build, refuse_inside_content
from builder.render.metadata import head_html
from builder.render.settings import Digits, MonthNames, Settings
from builder.search.background import BackgroundIndex
from builder.write import site as site_output

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
    digits = opt.Choice[Digits](("latn", "arab"), default="latn")
    months = opt.Choice[MonthNames](("gregorian", "syriac", "both"), default="both")
    unverified_names = opt.Choice(UNVERIFIED_NAMES, default=UNVERIFIED_NAMES[0])
    """``info``: names with no checked English spelling are listed; ``warning``: each is a
    warning, so ``mkdocs build --strict`` (and ``explainer check --strict``) fail on them."""


class ExplainerPlugin(BasePlugin[ExplainerPluginConfig]):
    def __init__(self) -> None:
        self._fingerprint: tuple[Any, ...] | None = None
        self._setup: tuple[Any, ...] | None = None
        self._serving = False
        self._dirty = False
        self._removed: list[str] = []
        self._cache: BuildCache | None = None
        self._stash: dict[str, list[str]] = {}
        self._indexer = BackgroundIndex()
        self._records: dict[str, search.Record] = {}
        """The search record of every page built, by URL, kept across serve rebuilds."""
        self._page_urls: set[str] = set()
        self._lock: site_output.BuildLock | None = None
        self._site: tuple[Path, Path] | None = None
        """While a build runs: (the real site_dir, the staging folder MkDocs writes into)."""

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Defined so that MkDocs keeps this plugin (and its cache) across serve rebuilds;
        in ``serve`` a broken article's page shows its problems instead of disappearing."""
        self._serving = command == "serve"
        self._dirty = dirty
        quiet_build_log()
        if self._serving:
            quiet_preview_log()

    def _paths(self, config: MkDocsConfig) -> tuple[Path, Path]:
        base = Path(config.config_file_path or ".").resolve().parent
        return base / self.config.content_dir, base / self.config.output_dir

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if not nested_build(config):
            self._refuse_output_in_content(config)
            self._lock_build(config)
            self._stage_site(config)
        content, out = self._paths(config)
        fingerprint = content_fingerprint(content)
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
            shown = relative_to(content.parent)
            for problem in site.all_problems:
                (log.warning if problem.severity is Severity.WARNING else log.error)(
                    shown(str(problem))
                )
            self._report_names(site, shown)
            self._log_preview(site, config.site_url, first=self._fingerprint is None)
            self._removed = list(site.written.removed) if site.written else []
            self._fingerprint = fingerprint
        self._rerender_on_setup_change(config, out)
        config.docs_dir = str(out)
        config.not_in_nav = explainers_not_in_nav(config.not_in_nav)
        return config

    def _report_names(self, site: SiteResult, shown: Callable[[str], str]) -> None:
        """Names with no checked English form: information, or (``unverified_names:
        warning``) one warning each, so that ``mkdocs build --strict`` fails on them."""
        as_warnings = self.config.unverified_names == "warning"
        if as_warnings:
            for problem in name_problems(site.articles):
                log.warning(shown(str(problem)))
        for line in site_report(site.articles, listed=not as_warnings):
            log.info(shown(line))

    def _log_preview(self, site: SiteResult, base: str | None, first: bool) -> None:
        """In ``mkdocs serve`` (where ``site_url`` is the preview's address): where to look.
        First the two home pages and the newest explainer, then each explainer an edit
        changed."""
        if not self._serving or not base:
            return
        if first:
            homes = home_urls(base)
            log.info(printable("Preview: " + in_languages(homes)))
            slugs = newest(site)
            label = "Newest explainer"
        else:
            written = site.written.written if site.written else []
            slugs = sorted({slug for page in written if (slug := slug_of(page))})
            label = "Updated"
        for slug in slugs[:5]:
            log.info(printable(f"{label}: " + in_languages(article_urls(base, slug))))
        if len(slugs) > 5:
            log.info(f"{label}: and {len(slugs) - 5} more explainers")

    def _rerender_on_setup_change(self, config: MkDocsConfig, out: Path) -> None:
        """``--dirty`` renders only pages whose Markdown changed: after an edit of
        ``mkdocs.yml`` or of the theme, mark every generated page changed so that the preview
        shows the new setup everywhere."""
        setup = setup_fingerprint(config)
        if self._serving and self._dirty and self._setup not in (None, setup) and out.is_dir():
            for page in out.rglob("*.md"):
                with contextlib.suppress(OSError):
                    os.utime(page)
        self._setup = setup

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Any) -> Any:
        content, out = self._paths(config)
        with contextlib.suppress(KeyError):
            server.unwatch(str(out))  # generated: rebuilding on our own writes would loop
        server.watch(str(content))
        return server

    def on_pre_build(self, config: MkDocsConfig) -> None:
        i18n = config.plugins.get("i18n")
        if i18n is None or not getattr(i18n, "building", False):
            self._page_urls = set()  # a new build cycle (each language adds its pages)

    @event_priority(-200)  # after mkdocs-static-i18n has chosen each language's pages
    def on_files(self, files: Any, config: MkDocsConfig) -> Any:
        self._page_urls.update(f.url for f in files.documentation_pages())
        return files

    @event_priority(-200)  # after mkdocs-static-i18n has built every language
    def on_post_build(self, config: MkDocsConfig) -> None:
        """The search index of both editions, written into the staging site so that it is
        swapped in with the pages (see :mod:`builder.search`)."""
        i18n = config.plugins.get("i18n")
        if i18n is not None and getattr(i18n, "building", False):
            return  # a nested per-language build: the outer one finishes the job
        site = Path(config.site_dir)  # the staging folder in `mkdocs build` (see _stage_site)
        if self._dirty:  # serve's own folder, or the staged copy of the previous site
            remove_deleted_pages(site, self._removed)
        self._removed = []
        self._write_search(site)
        self._publish_site(config)
        self._unlock_build()

    def on_build_error(self, *, error: Exception) -> None:
        """A failed build leaves the previous site as it was."""
        self._abandon_site()
        self._unlock_build()

    def on_shutdown(self) -> None:
        self._abandon_site()
        self._unlock_build()

    # -- the whole site replaced at once, one build at a time (see builder.write.site) -----
    def _refuse_output_in_content(self, config: MkDocsConfig) -> None:
        """Nothing generated (pages, cache, the build lock) may land in the editors' folder."""
        content, out = self._paths(config)
        base = Path(config.config_file_path or ".").resolve().parent
        try:
            refuse_inside_content(out, content, "output_dir")
            refuse_inside_content(base / self.config.cache_dir, content, "cache_dir")
        except ExplainerError as exc:
            raise PluginError(str(exc)) from None

    def _lock_build(self, config: MkDocsConfig) -> None:
        """Wait for any other build of this project (``mkdocs build``, a ``serve`` rebuild)
        to finish: both write build/docs and site/."""
        if self._lock is None:
            _, out = self._paths(config)
            self._lock = site_output.BuildLock(out.parent / ".explainer-build.lock")
        try:
            self._lock.acquire(say=log.info)
        except ExplainerError as exc:
            raise PluginError(str(exc)) from None

    def _unlock_build(self) -> None:
        if self._lock is not None:
            self._lock.release()

    def _stage_site(self, config: MkDocsConfig) -> None:
        """Point MkDocs at a fresh sibling of site_dir (``serve`` builds into a temporary
        folder of its own and is left alone)."""
        if self._serving:
            return
        site = Path(config.site_dir).resolve()
        site_output.recover(site)
        self._site = (site, site_output.stage(site, dirty=self._dirty))
        config.site_dir = str(self._site[1])

    def _publish_site(self, config: MkDocsConfig) -> None:
        """Swap the finished site in, and give MkDocs back its site_dir (``gh-deploy``
        publishes from it after the build)."""
        if self._site is None:
            return
        site, staging = self._site
        self._site = None
        config.site_dir = str(site)
        site_output.swap_in(staging, site)

    def _abandon_site(self) -> None:
        if self._site is not None:
            site_output.abandon(self._site[1])
            self._site = None

    def on_page_markdown(self, markdown: str, page: Any, config: MkDocsConfig, files: Any) -> str:
        """Hand generated HTML blocks past Python-Markdown: they are already HTML (escaped by
        our templates), and parsing them again costs most of a large site's build. Each block
        is swapped for a placeholder here and put back in :meth:`on_page_content`; headings
        stay Markdown, so the table of contents and anchors are unchanged."""
        if not (page.meta or {}).get("explainer"):
            return markdown
        stash, skeleton = stash_html_blocks(markdown)
        if stash:
            self._stash[page.file.src_uri] = stash
        return skeleton

    def on_page_content(self, html: str, page: Any, config: MkDocsConfig, files: Any) -> str:
        stash = self._stash.pop(page.file.src_uri, None)
        return restore_html_blocks(html, stash) if stash else html

    def on_post_page(self, output: str, page: Any, config: MkDocsConfig) -> str:
        """``lang``/``dir`` on <html> (mkdocs-material puts ``dir`` on <body> only), and the
        explainer's structured data in <head>."""
        output = self._html_direction(output, config)
        output = _RELATIVE_ALTERNATE.sub("", output)
        self._keep_record(page, config)
        write_page_sitemap(page, config)
        meta = (page.meta or {}).get("explainer") or {}
        if meta.get("slug") and "</head>" in output:
            site_url = config.site_url or ""
            files = getattr(page.file, "alternates", None) or {page.file.dest_uri: page.file}
            alternates = {
                lang: absolute_url(site_url, f.url)
                for lang, f in files.items()
                if hasattr(f, "url")
            }
            url = absolute_url(site_url, page.url)
            # The front matter's title and description are HTML-escaped (themes print them
            # raw); head_html escapes what it writes, so it gets the text back.
            text = {k: html.unescape(str(page.meta.get(k) or "")) for k in ("title", "description")}
            head = head_html({**meta, **text}, url, alternates, config.site_name)
            output = output.replace("</head>", head + "\n</head>", 1)
        return output

    def _keep_record(self, page: Any, config: MkDocsConfig) -> None:
        lang = str(config.theme.get("language") or "en").split("_")[0]
        meta = page.meta or {}
        url = "/" + page.url.lstrip("/") if page.url not in ("", ".", "./") else "/"
        self._records[url] = search.Record(
            url=url,
            language=lang,
            title=search.html_text(str(meta.get("title") or page.title or "")),
            description=search.html_text(str(meta.get("description") or "")),
            text=search.html_text(page.content or ""),
        )

    def _write_search(self, site: Path) -> None:
        """Pagefind's index of every page of this build: the pages rendered now, and (in a
        ``--dirty`` build, which renders only changed pages) the others read back from
        ``site``. Records of deleted pages go."""
        wanted = {
            "/" + url.lstrip("/") if url not in ("", "./") else "/" for url in self._page_urls
        }
        for url in set(self._records) - wanted:
            del self._records[url]
        records = dict(self._records)
        # serve keeps every page's record from its first (full) build: no need to read back
        for page in [] if self._serving else search.built_pages(site):
            record = (
                None
                if search.url_of(site, page) in records
                else search.record_from_file(site, page)
            )
            if record is not None and record.url in wanted:
                records[record.url] = record
        search.install(site)
        if self._serving:  # the preview first: its index follows (see BackgroundIndex)
            self._indexer.submit(site, list(records.values()))
            return
        try:
            count = search.write_index(site, records.values())
        except Exception as exc:  # the binary missing or failing: say so, like a build error
            raise PluginError(printable(f"Search index (Pagefind) failed: {exc}")) from None
        log.info(f"Search: {count} pages indexed (Pagefind, one index per language)")

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
