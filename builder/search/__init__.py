"""Search for the built site: one Pagefind index per edition, with Arabic folding on both sides.

- Every page built becomes one :class:`Record` (its URL, ``<html lang>``, title, description
  and text). :func:`write_index` gives them to the Pagefind binary (shipped by the
  ``pagefind[bin]`` wheel): the indexed content is :func:`fold.index_text` of the page's text,
  the title and description are kept as written for display. Pagefind writes
  one index per language under ``pagefind/``; a page only loads the index of its own
  ``<html lang>``, so Arabic results are Arabic pages and English results English pages, and a
  query loads only the chunks its words need.
- :func:`install` writes ``assets/javascripts/explainer-search.js``: the query folding of
  ``fold.js`` (with ``folding.json`` inlined, the table the index side used) and the small
  search box of ``theme_overrides/partials/header.html``.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from builder.search.fold import index_text, table

SCRIPT = "assets/javascripts/explainer-search.js"
"""Where :func:`install` writes the search script in the built site."""
INDEX_DIR = "pagefind"
"""Pagefind's bundle, under the site's root."""
UNUSED = ("pagefind-*ui.js", "pagefind-*ui.css", "pagefind-highlight.js", "wasm.unknown.pagefind")
"""Files of Pagefind's bundle that the site never loads."""


@dataclass(frozen=True)
class Record:
    url: str
    """The page's URL from the site's root, ``/`` for the home page, ``/en/articles/x/``."""
    language: str
    """The page's ``<html lang>``: the index it goes to."""
    title: str
    """As written (plain text), shown as the result's link."""
    description: str
    """As written (plain text, may be empty), shown under the link."""
    text: str
    """The page's visible text (plain text), folded for the index."""


_DROP = re.compile(
    r"<(script|style|svg|template)\b.*?</\1>|<a class=\"headerlink\"[^>]*>.*?</a>",
    re.S | re.I,
)
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


def html_text(fragment: str) -> str:
    """The text of an HTML fragment: scripts, styles, icons and heading permalinks dropped,
    tags removed, entities decoded, whitespace collapsed."""
    text = _TAG.sub(" ", _DROP.sub(" ", fragment))
    return _SPACE.sub(" ", html.unescape(text)).strip()


_LANG = re.compile(r"<html\b[^>]*\blang=\"([^\"]+)\"", re.I)
_TITLE = re.compile(r"<title>(.*?)</title>", re.S | re.I)
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.S | re.I)
_DESCRIPTION = re.compile(r"<meta name=\"description\" content=\"([^\"]*)\"", re.I)
_ARTICLE = re.compile(r"<article\b[^>]*md-content__inner[^>]*>(.*?)</article>", re.S | re.I)


def record_from_file(site_dir: Path, page: Path) -> Record | None:
    """A built page read back from disk (for pages a ``--dirty`` build did not render);
    None for files that are not content pages (no ``lang``, no article)."""
    try:
        text = page.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    lang, body = _LANG.search(text), _ARTICLE.search(text)
    if not lang or not body:
        return None
    url = url_of(site_dir, page)
    title = _H1.search(body.group(1)) or _TITLE.search(text)  # the h1: no site name after it
    description = _DESCRIPTION.search(text)
    return Record(
        url=url,
        language=lang.group(1).split("-")[0].lower(),
        title=html_text(title.group(1)) if title else url,
        description=html.unescape(description.group(1)) if description else "",
        text=html_text(body.group(1)),
    )


def url_of(site_dir: Path, page: Path) -> str:
    """A built file's URL from the site's root: ``/en/articles/x/`` for its index.html."""
    rel = page.relative_to(site_dir).as_posix()
    return "/" + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)


def built_pages(site_dir: Path) -> Iterable[Path]:
    """Every built HTML page (not the 404 page, not the search bundle)."""
    for page in sorted(site_dir.rglob("*.html")):
        rel = page.relative_to(site_dir).parts
        if rel[0] in (INDEX_DIR, "assets") or page.name == "404.html":
            continue
        yield page


def record_html(record: Record) -> str:
    """The page Pagefind reads for ``record``: its language, its URL (``href``, from the site's
    root), title and description as metadata (as written), and the folded text as the only
    indexed body."""
    title = html.escape(record.title, quote=True)
    href = html.escape(record.url.lstrip("/"), quote=True)
    description = html.escape(record.description, quote=True)
    body = html.escape(index_text(" ".join([record.title, record.description, record.text])))
    return (
        f'<!doctype html><html lang="{html.escape(record.language, quote=True)}"><head>'
        f'<meta charset="utf-8"><meta data-pagefind-meta="title[content]" content="{title}">'
        + f'<meta data-pagefind-meta="href[content]" content="{href}">'
        + (
            f'<meta data-pagefind-meta="description[content]" content="{description}">'
            if record.description
            else ""
        )
        + f"</head><body><main data-pagefind-body>{body}</main></body></html>"
    )


def write_index(
    site_dir: Path, records: Iterable[Record], timeout: float = 600.0, background: bool = False
) -> int:
    """Pagefind's per-language bundle for ``records`` in ``site_dir/pagefind`` (replacing any
    previous one); returns the number of records indexed.

    Each record becomes a small page (:func:`record_html`) in one flat temporary folder (its
    URL travels as metadata: no folder per page to create and remove), and the Pagefind binary
    indexes that folder in one run. (The package's Python API answers one record per 0.1 s
    poll: 20 s for 200 pages.) ``background``: the binary runs at the lowest CPU priority, so
    that a preview's rebuild is not slowed by the index of the previous one.
    """
    from pagefind_bin import get_executable  # the binary shipped in the pagefind[bin] wheel

    records = list(records)
    out = site_dir / INDEX_DIR
    with tempfile.TemporaryDirectory(prefix="explainer-pagefind-") as tmp:
        pages = Path(tmp) / "pages"
        pages.mkdir()
        for number, record in enumerate(records):
            (pages / f"{number:07d}.html").write_text(record_html(record), encoding="utf-8")
        staged = Path(tmp) / "bundle"
        command = [str(get_executable()), "--site", str(pages), "--output-path", str(staged)]
        nice = shutil.which("nice") if background else None  # (no preexec_fn: threads)
        done = subprocess.run(
            [*([nice, "-n", "19"] if nice else []), *command, "--quiet"],
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if done.returncode != 0:
            raise RuntimeError(f"pagefind exited with {done.returncode}: {done.stderr[-2000:]}")
        for unused in UNUSED:  # Pagefind's own UIs: the site has its own search box
            for path in staged.glob(unused):
                path.unlink()
        # Its languages come in hash-map order, which changes from run to run: two builds of
        # the same content must be byte-identical.
        entry = staged / "pagefind-entry.json"
        data = json.loads(entry.read_text(encoding="utf-8"))
        entry.write_text(
            json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
            encoding="utf-8",
        )
        if out.is_dir():
            shutil.rmtree(out)
        shutil.move(str(staged), out)
    return len(records)


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def script() -> str:
    """The browser side: the query folding (with the index side's table) and the search box."""
    data = {k: v for k, v in table().items() if k != "about"}
    fold = _asset("fold.js").replace("/*TABLE*/", json.dumps(data, ensure_ascii=True))
    return fold + "\n" + _asset("ui.js")


def install(site_dir: Path) -> None:
    """Write the search script into the built site (safe to run more than once)."""
    target = site_dir / SCRIPT
    target.parent.mkdir(parents=True, exist_ok=True)
    text = script()
    if not target.is_file() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")
