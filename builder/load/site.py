"""Find what ``content/`` holds: one folder per article, the glossary, the site settings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from builder.errors import Problem

ARTICLES = "articles"
ARTICLE_FILE = "article.ar.md"
TRANSLATION_FILE = "article.en.md"
CORRECTIONS_FILE = "explainer.yml"
GLOSSARY_FILE = "glossary.yml"

SLUG = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$")
_RESERVED = {"assets", "search", "en", "ar", "index", "con", "nul", "aux", "prn"}


@dataclass(frozen=True)
class ArticleFolder:
    slug: str
    path: Path

    @property
    def article(self) -> Path:
        return self.path / ARTICLE_FILE

    @property
    def translation(self) -> Path:
        return self.path / TRANSLATION_FILE

    @property
    def corrections(self) -> Path:
        return self.path / CORRECTIONS_FILE


@dataclass
class ContentTree:
    root: Path
    folders: list[ArticleFolder] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def glossary(self) -> Path:
        return self.root / GLOSSARY_FILE


def slug_problem(name: str) -> str | None:
    """Why a folder name cannot be a slug, or None when it can."""
    if not SLUG.match(name):
        return "use lower-case Latin letters, digits and hyphens (e.g. 2022-10-31-sochi-summit)"
    if name in _RESERVED:
        return f"'{name}' is reserved by the site"
    return None


def discover(root: Path) -> ContentTree:
    """List article folders in a stable order; odd folders become problems, not crashes."""
    tree = ContentTree(root)
    base = root / ARTICLES
    if not base.is_dir():
        tree.problems.append(
            Problem(
                base, None, "there is no articles folder", f"create {base}/<slug>/{ARTICLE_FILE}"
            )
        )
        return tree
    real_root = root.resolve()
    for entry in sorted(base.iterdir(), key=lambda p: p.name):
        if entry.name.startswith("."):
            continue
        if not entry.is_dir():
            tree.problems.append(
                Problem(
                    entry,
                    None,
                    "not an article folder; ignored",
                    f"put articles in {base}/<slug>/{ARTICLE_FILE}",
                )
            )
            continue
        why = slug_problem(entry.name)
        if why:
            tree.problems.append(Problem(entry, None, f"unusable folder name '{entry.name}'", why))
            continue
        article = entry / ARTICLE_FILE
        if not article.exists():
            tree.problems.append(
                Problem(
                    entry,
                    None,
                    f"the folder has no {ARTICLE_FILE}",
                    "add the Arabic article there, or remove the folder",
                )
            )
            continue
        if not article.resolve().is_relative_to(real_root) or not entry.resolve().is_relative_to(
            real_root
        ):
            tree.problems.append(
                Problem(article, None, "the article points outside content/ (symlink); ignored")
            )
            continue
        tree.folders.append(ArticleFolder(entry.name, entry))
    return tree
