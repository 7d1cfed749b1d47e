"""A throwaway copy of the example site with a generated ``content/`` tree."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from bench import REPO
from bench.corpus import Item


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without running its ``!!python/...`` tags (they become None)."""


_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda *_: None)
_ConfigLoader.add_multi_constructor("!", lambda *_: None)


@dataclass(frozen=True)
class SiteCopy:
    root: Path
    slugs: tuple[str, ...]

    @property
    def config(self) -> Path:
        return self.root / "mkdocs.yml"

    @property
    def content(self) -> Path:
        return self.root / "content"

    def article(self, slug: str) -> Path:
        return self.content / "articles" / slug / "article.ar.md"

    def settings(self) -> dict[str, Any]:
        """site_url, its path (where ``mkdocs serve`` mounts the site) and the plugin options."""
        data = yaml.load(self.config.read_text(encoding="utf-8"), Loader=_ConfigLoader) or {}
        options: dict[str, Any] = {}
        for entry in data.get("plugins") or []:
            if isinstance(entry, dict) and "explainer" in entry:
                options = dict(entry["explainer"] or {})
        site_url = data.get("site_url") or "/"
        mount = urlsplit(site_url).path or "/"
        if not mount.endswith("/"):
            mount += "/"
        return {"site_url": site_url, "mount": mount, "explainer": options}


def make_site(dest: Path, items: list[Item]) -> SiteCopy:
    """mkdocs.yml, theme_overrides/ and content/ (glossary + one folder per article)."""
    if dest.resolve().is_relative_to(REPO):
        raise ValueError(f"refusing to build inside the repository: {dest}")
    dest.mkdir(parents=True)
    shutil.copy(REPO / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(REPO / "theme_overrides", dest / "theme_overrides")
    articles = dest / "content" / "articles"
    articles.mkdir(parents=True)
    glossary = REPO / "content" / "glossary.yml"
    if glossary.is_file():
        shutil.copy(glossary, dest / "content" / "glossary.yml")
    for item in items:
        folder = articles / item.slug
        folder.mkdir()
        (folder / "article.ar.md").write_text(item.article_file(), encoding="utf-8")
    return SiteCopy(dest, tuple(item.slug for item in items))


def tree_size(path: Path) -> tuple[int, int]:
    """(bytes, files) under ``path``; (0, 0) when it does not exist."""
    total = files = 0
    for base, _dirs, names in os.walk(path):
        for name in names:
            try:
                total += os.lstat(os.path.join(base, name)).st_size
            except OSError:
                continue
            files += 1
    return total, files


def site_breakdown(site_dir: Path) -> dict[str, int]:
    """Bytes of a built site by kind: HTML pages, search index (Pagefind), theme assets, the rest."""
    kinds = {"html": 0, "search_index": 0, "assets": 0, "other": 0}
    for base, _dirs, names in os.walk(site_dir):
        rel_base = Path(base).relative_to(site_dir).parts
        for name in names:
            try:
                size = os.lstat(os.path.join(base, name)).st_size
            except OSError:
                continue
            if "assets" in rel_base:
                kinds["assets"] += size
            elif "pagefind" in rel_base:
                kinds["search_index"] += size
            elif name.endswith(".html"):
                kinds["html"] += size
            else:
                kinds["other"] += size
    return kinds
