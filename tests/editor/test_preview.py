"""The preview's error page for a broken article (``mkdocs serve`` only)."""

from __future__ import annotations

from pathlib import Path

import markdown

from builder.errors import Problem, Severity
from builder.pipeline import generate
from builder.render.error_page import error_page, escape_markdown
from tests.editor.helpers import content_copy
from tests.sitebuild import SLUG

EXTENSIONS = ["admonition", "attr_list", "md_in_html"]


def html_of(page: str) -> str:
    body = page.split("\n---\n", 1)[1]
    return markdown.markdown(body, extensions=EXTENSIONS)


def test_problems_are_escaped_and_shown_literally() -> None:
    hostile = (
        "<script>alert(1)</script> *x* _y_ [link](http://e.com) `code` {: #id } # h \\ & &amp;"
    )
    page = error_page("s", [Problem(Path("content/a.md"), 3, hostile, "fix <b>it</b>")], "en")
    html = html_of(page)
    assert '<div class="admonition failure">' in html
    assert "<script>" not in html and "<b>" not in html and "<em>" not in html and "<a " not in html
    assert (
        "&lt;script&gt;alert(1)&lt;/script&gt; *x* _y_ [link](http://e.com) `code` {: #id } # h \\ &amp; &amp;amp;"
        in html
    )
    assert "content/a.md:3: error:" in html and "(hint: fix &lt;b&gt;it&lt;/b&gt;)" in html


def test_escape_round_trips_through_markdown() -> None:
    for text in ["1. not a list", "- not a list", "> not a quote", "!!! note", "a\\b", "***"]:
        html = markdown.markdown(escape_markdown(text))
        assert html in (f"<p>{text.replace('>', '&gt;')}</p>",), (text, html)


def test_errors_come_first_and_paths_are_relative(tmp_path: Path) -> None:
    root = tmp_path
    problems = [
        Problem(root / "content" / "x.md", 2, "a warning", None, Severity.WARNING),
        Problem(root / "content" / "x.md", 5, "an error"),
    ]
    page = error_page("slug", problems, "ar", root)
    assert page.index("an error") < page.index("a warning")
    assert "content/x\\.md:5: error: an error" in page
    assert str(root) not in page
    assert "تعذّر بناء هذا الشرح" in page


def test_broken_article_gets_error_pages_only_in_preview(tmp_path: Path) -> None:
    content = content_copy(tmp_path / "content")
    article = content / "articles" / SLUG / "article.ar.md"
    article.write_text(
        article.read_text(encoding="utf-8").replace(
            "published: 2022-10-31", "published: 2022-31-10"
        ),
        encoding="utf-8",
    )
    built = generate(content)
    assert f"articles/{SLUG}.ar.md" not in built.pages
    preview = generate(content, error_pages=True)
    for lang in ("ar", "en"):
        page = preview.pages[f"articles/{SLUG}.{lang}.md"]
        assert isinstance(page, str) and "!!! failure" in page
        assert escape_markdown(f"content/articles/{SLUG}/article.ar.md:4: error:") in page
        assert "not an ISO date" in page
    assert f"articles/{SLUG}/" not in str(preview.pages["index.en.md"])


def test_the_arabic_error_page_isolates_its_slug_and_its_english_problems() -> None:
    problem = Problem(Path("content/articles/x/article.ar.md"), 4, "not an ISO date")
    html = html_of(error_page("2022-10-31-sochi-summit", [problem], "ar"))
    assert '<h1><bdi dir="ltr">2022-10-31-sochi-summit</bdi></h1>' in html
    assert (
        '<p dir="ltr" lang="en">content/articles/x/article.ar.md:4: error: not an ISO date</p>'
        in (html)
    )
    english = html_of(error_page("2022-10-31-sochi-summit", [problem], "en"))
    assert '<p dir="ltr"' not in english and "<bdi" in english
