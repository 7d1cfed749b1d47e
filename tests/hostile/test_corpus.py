"""The corpus run: a whole site built from the 1,000 real articles of
../shared/corpus/ant-news-1000.jsonl (written into a temporary content tree with front matter
from their title and date; never into the repository). Zero crashes, zero markup from the
texts in the generated Markdown; the counts are printed (``-s`` shows them).

Skipped, with a message, where the corpus is absent."""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from datetime import date
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

from builder.errors import Severity
from builder.pipeline import build
from tests.conftest import CORPUS
from tests.hostile.helpers import (
    arabic_on_english_page,
    front_matter_violations,
    html_violations,
    parse_html,
    split_front,
    template_syntax,
    tree_digest,
)
from tests.hostile.runner import BIDI

pytestmark = pytest.mark.corpus

TAGS = {
    "#document", "h1", "h2", "h3", "p", "div", "span", "bdi", "a", "time", "table", "thead",
    "tbody", "tr", "th", "td", "ol", "ul", "li", "dl", "dt", "dd", "figure", "figcaption",
    "svg", "g", "rect", "text", "tspan", "title", "desc", "line", "path", "small", "abbr",
    "details", "summary", "br",
}  # fmt: skip
"""Tags the templates and the chart write (see test_properties.TEMPLATE_TAGS)."""


FIGURE_ROW = re.compile(r'<td class="ex-figures__value">([^<]*)</td><td>([^<]*)</td>')
"""A row of the key-figures table: the value and what it counts, as the reader sees them."""


def published(value: str) -> date:
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError):
        return date.fromisoformat(value[:10])


def corpus_content(root: Path) -> tuple[Path, int]:
    if not CORPUS.exists():
        pytest.skip(f"corpus not found at {CORPUS} (it lives in ../shared/corpus beside the repo)")
    articles = root / "content" / "articles"
    articles.mkdir(parents=True)
    count = 0
    with CORPUS.open(encoding="utf-8") as fp:
        for n, line in enumerate(fp):
            record = json.loads(line)
            folder = articles / f"a{n:04d}"
            folder.mkdir()
            front = (
                f"---\ntitle: {json.dumps(record['title'], ensure_ascii=False)}\n"
                f"published: {published(record['published']).isoformat()}\n---\n\n"
            )
            (folder / "article.ar.md").write_text(front + record["text"] + "\n", encoding="utf-8")
            count += 1
    return root / "content", count


def test_corpus_site(tmp_path: Path) -> None:
    content, count = corpus_content(tmp_path)
    assert count == 1000
    before = tree_digest(content)
    start = time.monotonic()
    site = build(content, tmp_path / "out")
    seconds = time.monotonic() - start
    assert tree_digest(content) == before

    crashes = [str(p) for p in site.all_problems if "internal error" in p.message]
    assert not crashes, "\n".join(crashes[:10])

    markup: list[str] = []
    for rel, text in site.pages.items():
        assert isinstance(text, str)
        if BIDI.search(text):
            markup.append(f"{rel}: a bidi control")
        front, body = split_front(text)
        html = parse_html(body)  # the raw HTML blocks as written, before any Markdown
        markup += [f"{rel}: {v}" for v in html_violations(html)]
        extra = {n.tag for n in html.iter()} - TAGS
        if extra:
            markup.append(f"{rel}: elements from the text: {sorted(extra)}")
        heading = next((line for line in body.splitlines() if line.startswith("# ")), "")
        if "<" in heading:
            markup.append(f"{rel}: raw markup in the heading: {heading[:120]!r}")
        markup += [f"{rel}: {v}" for v in front_matter_violations(front)]
        markup += [f"{rel}: {v}" for v in template_syntax(body)]
    assert not markup, "\n".join(markup[:20])

    # The English edition stands on its own: no Arabic outside the source section and the
    # quotes marked lang="ar", and "At a glance" says what happened on nearly every page.
    english = {rel: text for rel, text in site.pages.items() if rel.endswith(".en.md")}
    articles_en = [rel for rel in english if rel.startswith("articles/")]
    arabic = [f"{rel}: {v}" for rel in articles_en for v in arabic_on_english_page(english[rel])]
    assert not arabic, "\n".join(arabic[:20])
    # No figure listed twice: one row per value and meaning in every key-figures table.
    twice = [
        f"{rel}: {row}"
        for rel in articles_en
        for row, n in Counter(FIGURE_ROW.findall(english[rel])).items()
        if n > 1
    ]
    assert not twice, "\n".join(twice[:20])
    told = sum("<dt>What</dt>" in english[rel] for rel in articles_en)
    assert told >= 0.98 * len(articles_en), f"What in At a glance: {told}/{len(articles_en)}"

    built = [a for a in site.articles if a.ok]
    refused = Counter(
        next((p.message for p in a.problems if p.severity is Severity.ERROR), "?")
        for a in site.skipped
    )
    figures = sum(len(a.facts.figures) for a in built if a.facts)
    actors = sum(len(a.facts.actors) for a in built if a.facts)
    mediation = sum(len(a.facts.mediation) for a in built if a.facts)
    events = sum(len(a.facts.events) for a in built if a.facts)
    warnings = Counter(
        p.message.split(":")[0][:70] for p in site.all_problems if p.severity is Severity.WARNING
    )
    print(
        f"\ncorpus: {count} articles, {len(built)} built, {len(site.skipped)} refused "
        f"in {seconds:.0f} s; {figures} figures, {actors} actors, {mediation} mediation "
        f"efforts, {events} events; {len(site.pages)} pages"
    )
    for why, n in refused.most_common():
        print(f"  refused {n:4d}: {why}")
    for why, n in warnings.most_common(8):
        print(f"  warning {n:4d}: {why}")
