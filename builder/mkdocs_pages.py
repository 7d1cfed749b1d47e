"""What the plugin does to MkDocs' pages and files: HTML blocks kept out of Python-Markdown,
page sitemaps, pages of deleted explainers, absolute URLs, nav and log helpers."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as opt
from mkdocs.config.defaults import MkDocsConfig

from builder.editor.preview import DEFAULT_LANGUAGE
from builder.errors import printable, printable_lines
from builder.pipeline import SiteResult
from builder.render.metadata import page_sitemap

_HTML_BLOCK = re.compile(r"^<([a-z][a-z0-9]*)\b[^>]*>.*</\1>$", re.DOTALL)


_PLACEHOLDER = re.compile(r"<!--explainer-block-(\d+)-->")


def stash_html_blocks(markdown: str) -> tuple[list[str], str]:
    """Split out whole top-level HTML blocks (``markdown="0"`` ones: they would come out of
    Python-Markdown unchanged) and leave numbered placeholders in their place."""
    stash: list[str] = []
    parts = []
    for block in markdown.split("\n\n"):
        stripped = block.strip()
        if 'markdown="0"' in stripped.split(">", 1)[0] and _HTML_BLOCK.match(stripped):
            parts.append(f"<!--explainer-block-{len(stash)}-->")
            stash.append(stripped.replace(' markdown="0"', ""))
        else:
            parts.append(block)
    return stash, "\n\n".join(parts)


def restore_html_blocks(html: str, stash: list[str]) -> str:
    return _PLACEHOLDER.sub(lambda m: stash[int(m.group(1))], html)


def absolute_url(site_url: str, url: str) -> str:
    url = "" if url in ("./", ".") else url
    return (site_url.rstrip("/") + "/" + url.lstrip("/")) if site_url else "/" + url.lstrip("/")


def nested_build(config: MkDocsConfig) -> bool:
    """Whether this is one of mkdocs-static-i18n's per-language builds inside the outer one."""
    i18n = config.plugins.get("i18n")
    return i18n is not None and bool(getattr(i18n, "building", False))


def relative_to(folder: Path) -> Callable[[str], str]:
    """Paths in messages as the editor sees them (``content/articles/…``, as
    ``explainer check`` prints them), not from the file system's root; control characters
    escaped (:func:`builder.errors.printable_lines`: each line of a several-line message
    keeps its line break)."""
    prefix = printable(str(folder.resolve()) + os.sep)
    return lambda text: printable_lines(text).replace(prefix, "")


def explainers_not_in_nav(spec: Any) -> Any:
    """The site's ``not_in_nav`` patterns and the generated explainers: they are reached from
    the home pages, and MkDocs would otherwise list every one of them on every build."""
    ours = opt.PathSpec().run_validation("/articles/")
    if spec is None:
        return ours
    if any(getattr(p, "pattern", None) == "/articles/" for p in spec.patterns):
        return spec  # mkdocs-static-i18n runs on_config again for each language
    return spec + ours


def slug_of(page: str) -> str | None:
    """``articles/<slug>.ar.md`` -> ``<slug>`` (None for other generated files)."""
    match = re.fullmatch(r"articles/([^/]+)\.[a-z]{2}\.md", page)
    return match.group(1) if match else None


def newest(site: SiteResult) -> list[str]:
    """The explainer whose article file changed last (the one an editor just added)."""
    built = []
    for result in site.articles:
        if result.ok:
            with contextlib.suppress(OSError):
                built.append((result.folder.article.stat().st_mtime_ns, result.folder.slug))
    return [max(built)[1]] if built else []


def remove_deleted_pages(site_dir: Path, removed: list[str]) -> None:
    """The built pages of explainers whose article was deleted: ``--dirty`` never removes
    output, so the preview (or a ``mkdocs build --dirty``, which starts from a copy of the
    previous site) would keep serving them."""
    for page in removed:
        slug = slug_of(page)
        if slug is None:
            continue
        lang = page.rsplit(".", 2)[-2]
        folder = site_dir / ("" if lang == DEFAULT_LANGUAGE else lang) / "articles" / slug
        if folder.is_dir() and folder.resolve().is_relative_to(site_dir.resolve()):
            shutil.rmtree(folder, ignore_errors=True)


def write_page_sitemap(page: Any, config: MkDocsConfig) -> None:
    """``sitemap.xml`` beside a page that has editions (see
    :func:`builder.render.metadata.page_sitemap`); the site's own one at the root stays."""
    files = getattr(page.file, "alternates", None)
    dest = getattr(page.file, "abs_dest_path", None)
    if not files or not dest:
        return
    target = Path(dest).parent / "sitemap.xml"
    if target.parent.resolve() == Path(config.site_dir).resolve():
        return
    site_url = config.site_url or ""
    alternates = {lang: absolute_url(site_url, f.url) for lang, f in files.items() if f}
    text = page_sitemap(alternates)
    with contextlib.suppress(OSError):
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            target.parent.mkdir(parents=True, exist_ok=True)  # MkDocs writes the page after us
            target.write_text(text, encoding="utf-8")
