"""Run the stages in order for a whole site: load → analyse → extract → correct → render → write.

Works without MkDocs: :func:`build` writes plain Markdown that any tool can read. One broken
article never stops the others; it is skipped and reported.
"""

from __future__ import annotations

import hashlib
import multiprocessing as mp
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from builder.analyse.document import document_from_article
from builder.cache import BuildCache, digest
from builder.correct import correct_facts
from builder.editor.duplicates import Identity, identity, identity_of
from builder.errors import ExplainerError, Problem, Severity
from builder.extract import extract
from builder.lexicon.gazetteer import Gazetteer, gazetteer_for, shipped
from builder.load.article import MAX_BYTES, Article, load_article
from builder.load.files import fingerprint
from builder.load.glossary import load_glossary
from builder.load.site import GLOSSARY_FILE, ArticleFolder, discover
from builder.load.translation import Translation, load_translation
from builder.records import Facts
from builder.render.error_page import error_page
from builder.render.home import Listed, render_home
from builder.render.pages import render_explainer
from builder.render.parity import differences
from builder.render.sentences import describe
from builder.render.settings import Settings
from builder.render.templating import LANGUAGES
from builder.text.normalize import normalize_phrase
from builder.write.tree import WriteReport, write_tree


@dataclass
class ArticleResult:
    folder: ArticleFolder
    article: Article | None = None
    facts: Facts | None = None
    translation: Translation | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.facts is not None


@dataclass
class SiteResult:
    articles: list[ArticleResult] = field(default_factory=list)
    pages: dict[str, str | bytes] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    written: WriteReport | None = None

    @property
    def all_problems(self) -> list[Problem]:
        return [*self.problems, *(p for a in self.articles for p in a.problems)]

    @property
    def skipped(self) -> list[ArticleResult]:
        return [a for a in self.articles if not a.ok]


def site_gazetteer(content_dir: Path) -> tuple[Gazetteer, list[Problem]]:
    """The shipped names plus the site's glossary (a broken glossary is reported, and the
    build goes on with the shipped names)."""
    try:
        glossary, problems = load_glossary(content_dir / GLOSSARY_FILE, within=content_dir)
    except ExplainerError as exc:
        return shipped(), list(exc.problems)
    return gazetteer_for(glossary), problems


def article_facts(
    folder: ArticleFolder,
    gazetteer: Gazetteer | None = None,
    today: date | None = None,
    corrected: bool = True,
) -> ArticleResult:
    """Load, analyse, extract and (unless ``corrected`` is false) correct one article, with
    its event sentences written; problems are collected, not raised."""
    result = ArticleResult(folder)
    try:
        article = load_article(folder.article, folder.slug, today=today, within=folder.root)
        result.article = article
        result.problems.extend(article.warnings)
        facts = extract(document_from_article(article), gazetteer or shipped())
        facts.title_en = article.title_en
        facts.source_url = article.url
        facts.source = article.source
        try:
            result.translation = load_translation(folder.translation, article, folder.root)
        except ExplainerError as exc:  # a bad translation costs the English prose, not the page
            result.problems.extend(exc.problems)
        if result.translation and result.translation.title and not facts.title_en:
            facts.title_en = result.translation.title
        if corrected:
            facts, warnings = correct_facts(facts, folder.corrections, folder.root)
            result.problems.extend(warnings)
        result.facts = describe(facts)
    except ExplainerError as exc:
        result.problems.extend(exc.problems)
    except Exception as exc:  # a bug must not take the rest of the site down
        result.problems.append(
            Problem(
                folder.article,
                None,
                f"internal error while processing this article: {exc!r}",
                "please report it with the article attached",
            )
        )
    return result


def generate(
    content_dir: Path,
    settings: Settings | None = None,
    today: date | None = None,
    error_pages: bool = False,
    cache: BuildCache | None = None,
) -> SiteResult:
    """Everything the site needs, in memory: relative page paths -> Markdown.

    With ``error_pages`` (the preview), a broken article's pages show its problems instead
    of disappearing. With a ``cache``, unchanged articles are not processed again."""
    settings = settings or Settings()
    tree = discover(content_dir)
    gazetteer, glossary_problems = site_gazetteer(content_dir)
    site = SiteResult(problems=[*tree.problems, *glossary_problems])
    shared = digest(
        fingerprint(content_dir / GLOSSARY_FILE, MAX_BYTES, content_dir),
        repr(settings),
        repr(today),
        repr(error_pages),
    )
    keys = {
        folder.slug: digest(
            shared,
            *(
                fingerprint(path, MAX_BYTES, folder.root)
                for path in (folder.article, folder.translation, folder.corrections)
            ),
        )
        for folder in tree.folders
    }
    cached = (
        {f.slug: cache.get(f.slug, keys[f.slug], CachedArticle) for f in tree.folders}
        if cache
        else {}
    )
    done = {slug: hit for slug, hit in cached.items() if hit is not None}
    todo = [f for f in tree.folders if f.slug not in done]
    for folder, output in zip(todo, _process_all(todo, gazetteer, settings, today), strict=True):
        done[folder.slug] = output
        if cache is not None:
            cache.put(folder.slug, keys[folder.slug], output)
    for folder in tree.folders:
        result, pages = done[folder.slug]
        site.articles.append(result)
        site.pages.update(pages)
    site.problems += duplicate_articles(site.articles)  # as `explainer check` reports them
    for result in site.skipped:
        site.problems.append(
            Problem(
                result.folder.article,
                None,
                "this article was skipped; the rest of the site was built",
                "fix the problems reported above",
                Severity.WARNING,
            )
        )
        if error_pages:
            for lang in LANGUAGES:
                site.pages[f"articles/{result.folder.slug}.{lang}.md"] = error_page(
                    result.folder.slug, result.problems, lang, content_dir.parent
                )
    listed = [Listed(a.folder.slug, a.facts, a.translation) for a in site.articles if a.facts]
    for lang in LANGUAGES:
        site.pages[f"index.{lang}.md"] = render_home(listed, lang, settings)
    return site


CachedArticle = tuple[ArticleResult, dict[str, str]]
"""What the build cache keeps of one article: its result and its pages."""


def duplicate_articles(results: list[ArticleResult]) -> list[Problem]:
    """The same article in two folders (the same headline and date, the same text once
    normalised, or the same source address): two slugs for one story. The build and
    ``explainer check`` both report it, so that both ``--strict`` runs fail on it."""
    problems = []
    first: dict[tuple[str, object], ArticleResult] = {}
    what = {"title": "headline and date", "text": "text", "url": "address (url)"}
    for result in results:
        keys = _story_keys(result)
        for key in keys:
            if key in first:
                problems.append(
                    Problem(
                        result.folder.article,
                        None,
                        f"the same {what[key[0]]} as {first[key].folder.article}: one article "
                        "in two folders",
                        "keep one folder and delete the other",
                        Severity.WARNING,
                    )
                )
                break
        for key in keys:
            first.setdefault(key, result)
    return problems


_IDENTITIES: dict[tuple[str, str | None, bytes], Identity] = {}
"""Identities by headline, url and a digest of the text: computing one costs about 1 ms for
3 KB, and every rebuild of a ``mkdocs serve`` session compares all articles."""


def _identity(title: str, body: str, url: str | None) -> Identity:
    key = (title, url, hashlib.blake2b(body.encode("utf-8"), digest_size=16).digest())
    found = _IDENTITIES.get(key)
    if found is None:
        if len(_IDENTITIES) >= 16_384:  # a long session of edits: start again
            _IDENTITIES.clear()
        found = _IDENTITIES[key] = identity(title, body, url)
    return found


def _story_keys(result: ArticleResult) -> list[tuple[str, object]]:
    """What identifies the story of an article: its headline and date, its text, its url.
    An article that failed to load is still read leniently for its text and url."""
    article = result.article
    if article is not None:
        found = _identity(article.title, article.body, article.url)
        keys: list[tuple[str, object]] = [
            ("title", (normalize_phrase(article.title), article.published))
        ]
    else:
        read = identity_of(result.folder.article, result.folder.root)
        if read is None:
            return []
        found, keys = read, []
    if found.text:
        keys.append(("text", found.text))
    if found.url:
        keys.append(("url", found.url))
    return keys


PARALLEL_FROM = 40
"""Below this many articles to process, worker start-up costs more than it saves."""

_worker_state: tuple[Gazetteer, Settings, date | None] | None = None


def _process_all(
    folders: list[ArticleFolder], gazetteer: Gazetteer, settings: Settings, today: date | None
) -> list[tuple[ArticleResult, dict[str, str]]]:
    """Process articles, in parallel processes for large batches (a cold build of a big
    site); results come back in order."""
    workers = min(os.cpu_count() or 1, 8)
    if len(folders) < PARALLEL_FROM or workers < 2 or "fork" not in mp.get_all_start_methods():
        return [process_article(f, gazetteer, settings, today) for f in folders]
    global _worker_state
    _worker_state = (gazetteer, settings, today)  # inherited by the forked workers
    try:
        with ProcessPoolExecutor(workers, mp_context=mp.get_context("fork")) as pool:
            return list(
                pool.map(
                    _process_in_worker, folders, chunksize=max(1, len(folders) // (workers * 8))
                )
            )
    except (OSError, BrokenProcessPool):
        return [process_article(f, gazetteer, settings, today) for f in folders]
    finally:
        _worker_state = None


def _process_in_worker(folder: ArticleFolder) -> tuple[ArticleResult, dict[str, str]]:
    assert _worker_state is not None
    return process_article(folder, *_worker_state)


def process_article(
    folder: ArticleFolder, gazetteer: Gazetteer, settings: Settings, today: date | None
) -> tuple[ArticleResult, dict[str, str]]:
    """One article from its files to its two pages (none when it cannot be built)."""
    result = article_facts(folder, gazetteer, today)
    if result.facts is None:
        return result, {}
    try:
        pages = {
            f"articles/{folder.slug}.{lang}.md": render_explainer(
                result.facts, lang, settings, result.translation
            )
            for lang in LANGUAGES
        }
    except Exception as exc:  # a rendering bug must not take the rest of the site down
        result.facts = None
        result.problems.append(
            Problem(
                folder.article,
                None,
                f"internal error while rendering this article: {exc!r}",
                "please report it with the article attached",
            )
        )
        return result, {}
    mismatch = differences(
        pages[f"articles/{folder.slug}.ar.md"], pages[f"articles/{folder.slug}.en.md"]
    )
    if mismatch:
        result.problems.append(
            Problem(
                folder.article,
                None,
                "the Arabic and English editions disagree: " + "; ".join(mismatch),
                "please report it: both editions are rendered from the same records",
                Severity.WARNING,
            )
        )
    return result, pages


def build(
    content_dir: Path,
    out_dir: Path,
    settings: Settings | None = None,
    today: date | None = None,
    error_pages: bool = False,
    cache: BuildCache | None = None,
) -> SiteResult:
    """Generate the site's Markdown and write it to ``out_dir`` (never inside
    ``content_dir``: generated files must not mix with what editors write)."""
    refuse_inside_content(out_dir, content_dir, "the output folder")
    site = generate(content_dir, settings, today, error_pages, cache)
    site.written = write_tree(out_dir, site.pages)
    return site


def refuse_inside_content(path: Path, content_dir: Path, what: str) -> None:
    """Raise ExplainerError when ``path`` is ``content_dir`` or lies inside it (links
    followed)."""
    real, content = path.resolve(), content_dir.resolve()
    if real == content or real.is_relative_to(content):
        raise ExplainerError(
            Problem(
                path,
                None,
                f"{what} is inside the content folder {content_dir}: generated files would be "
                "mixed with what editors write",
                "choose a folder outside it, e.g. build/docs",
            )
        )
