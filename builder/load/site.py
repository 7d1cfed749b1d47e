"""Find what ``content/`` holds: one folder per article, the glossary, the site settings."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from builder.errors import Problem, Severity
from builder.text.latin import slugify

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
    root: Path
    """The content folder: every file of the article must lie inside it after following
    links."""
    file: str = ARTICLE_FILE
    """The article's file name (``explainer extract`` reads any Markdown file)."""

    @property
    def article(self) -> Path:
        return self.path / self.file

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
        suggestion = suggest_slug(name)
        example = (
            f"e.g. '{suggestion}'"
            if suggestion and suggestion != name and SLUG.match(suggestion)
            else "e.g. 2022-10-31-sochi-summit"
        )
        return f"use lower-case Latin letters, digits and hyphens ({example})"
    if name in _RESERVED:
        return f"'{name}' is reserved by the site"
    return None


def suggest_slug(name: str) -> str:
    """A usable slug close to ``name`` (may be empty when nothing Latin is left)."""
    slug = slugify(name, empty="")[:100].strip("-")
    return f"{slug}-article" if slug in _RESERVED else slug


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
    try:
        entries = sorted(base.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        tree.problems.append(
            Problem(base, None, f"cannot list the articles folder: {exc.strerror or exc}")
        )
        return tree
    for entry in entries:
        try:
            problem = _folder_problem(entry, real_root)
        except OSError as exc:
            problem = Problem(entry, None, f"cannot read this folder: {exc.strerror or exc}")
        if problem is not None:
            if problem.message:
                tree.problems.append(problem)
            continue
        tree.folders.append(ArticleFolder(entry.name, entry, root))
    return tree


_SILENT = Problem(None, None, "")


def _folder_problem(entry: Path, real_root: Path) -> Problem | None:
    """Why ``entry`` is not an article folder (``_SILENT`` for what is quietly ignored)."""
    name = entry.name
    if name.startswith("."):
        if entry.is_dir() and (entry / ARTICLE_FILE).exists():
            return Problem(
                entry,
                None,
                f"the folder '{name}' is hidden (its name starts with '.'); ignored",
                f"rename it to '{suggest_slug(name) or 'a-slug'}' to publish it",
                Severity.WARNING,
            )
        return _SILENT
    if not entry.is_dir():
        return Problem(
            entry,
            None,
            "not an article folder; ignored",
            f"put articles in {entry.parent}/<slug>/{ARTICLE_FILE}",
        )
    if not entry.resolve().is_relative_to(real_root):
        return Problem(entry, None, "the folder points outside content/ (symlink); ignored")
    why = slug_problem(name)
    if why:
        return Problem(entry, None, f"unusable folder name '{name}'", why)
    article = entry / ARTICLE_FILE
    if not article.exists() and not article.is_symlink():
        others = sorted(p.name for p in entry.iterdir() if not p.name.startswith("."))
        if not others:
            return Problem(
                entry,
                None,
                "the folder is empty; ignored",
                f"add the Arabic article as {ARTICLE_FILE}, or remove the folder",
                Severity.WARNING,
            )
        close = difflib.get_close_matches(ARTICLE_FILE, others, n=1, cutoff=0.6)
        hint = (
            f"did you mean to name '{close[0]}' {ARTICLE_FILE}?"
            if close
            else f"add the Arabic article there as {ARTICLE_FILE}, or remove the folder"
        )
        return Problem(entry, None, f"the folder has no {ARTICLE_FILE}", hint)
    if not article.resolve().is_relative_to(real_root):
        return Problem(article, None, "the article points outside content/ (symlink); ignored")
    if not article.is_file():
        return Problem(article, None, f"{ARTICLE_FILE} is not a file (a folder or a broken link)")
    return None
