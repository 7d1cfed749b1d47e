"""The loader: front matter errors name the file and line; page furniture is left out."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from builder.errors import ExplainerError
from builder.load.article import load_article, paragraphs_of
from builder.load.boilerplate import is_boilerplate
from tests.conftest import EXAMPLE


def write(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "2020-01-01-test"
    folder.mkdir(exist_ok=True)
    path = folder / "article.ar.md"
    path.write_text(text, encoding="utf-8")
    return path


def problem_of(path: Path) -> str:
    with pytest.raises(ExplainerError) as info:
        load_article(path)
    return str(info.value)


def test_example_article_loads_with_headline_and_furniture_dropped() -> None:
    article = load_article(EXAMPLE)
    assert article.published == date(2022, 10, 31)
    kept = [article.body[p.span.start : p.span.end] for p in article.paragraphs]
    dropped = [article.body[p.span.start : p.span.end] for p in article.dropped]
    assert kept[0].startswith("اتفقت أرمينيا وأذربيجان")
    assert dropped[0] == article.title
    assert any("اترك تعليق" in d for d in dropped)
    assert any("زر الذهاب" in d for d in dropped)
    assert not any("لن يتم نشر" in k for k in kept)
    # The file on disk still holds what the editor pasted.
    assert "اترك تعليقاً" in EXAMPLE.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("no front matter\n", 1, "does not start with YAML front matter"),
        ("---\ntitle: x\npublished: 2022-01-01\n", 1, "not closed"),
        ("---\ntitle: عنوان\n---\nنص\n", 1, "missing 'published'"),
        ("---\npublished: 2022-01-01\n---\nنص\n", 1, "missing 'title'"),
        ("---\ntitle: عنوان\npublished: 2022-13-45\n---\nنص\n", 3, "not an ISO date"),
        ("---\ntitle: عنوان\npublished: [1, 2\n---\nنص\n", 3, "invalid YAML"),
        ("---\n- a\n- b\n---\nنص\n", 2, "mapping"),
        ("---\ntitle: &a عنوان\nother: *a\npublished: 2022-01-01\n---\nنص\n", 3, "aliases"),
        ("---\ntitle: عنوان\npublished: 2022-01-01\n---\n\n\n", 5, "no text"),
    ],
)
def test_front_matter_errors_name_file_and_line(
    tmp_path: Path, text: str, line: int, words: str
) -> None:
    path = write(tmp_path, text)
    message = problem_of(path)
    assert f"{path}:{line}:" in message
    assert words in message


def test_future_date_and_unknown_key(tmp_path: Path) -> None:
    path = write(
        tmp_path, "---\ntitle: عنوان\npublished: 2022-01-01\ntitel_en: x\n---\nنص المقال.\n"
    )
    article = load_article(path)
    assert any("did you mean 'title_en'" in str(w) for w in article.warnings)
    future = write(tmp_path, "---\ntitle: عنوان\npublished: 2999-01-01\n---\nنص\n")
    with pytest.raises(ExplainerError, match="in the future"):
        load_article(future, today=date(2026, 1, 1))


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "a" / "article.ar.md"
    path.parent.mkdir()
    path.write_bytes(b"---\ntitle: x\npublished: 2022-01-01\n---\n\n\xff\xfe bad\n")
    assert f"{path}:6:" in problem_of(path)


def test_bom_and_crlf_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "a" / "article.ar.md"
    path.parent.mkdir()
    path.write_bytes(
        "\ufeff---\r\ntitle: عنوان\r\npublished: 2022-01-01\r\n---\r\n\r\nفقرة أولى.\r\n\r\nفقرة ثانية.\r\n".encode()
    )
    article = load_article(path)
    assert len(article.paragraphs) == 2


def test_paragraph_spans_index_the_body() -> None:
    body = "\n\nأولى.\n\n  ثانية  \n\n\nثالثة"
    spans = paragraphs_of(body)
    assert [body[p.span.start : p.span.end] for p in spans] == ["أولى.", "ثانية", "ثالثة"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("اترك تعليقاً", True),
        ("اترك تعليقا", True),  # without tanween
        ("لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", True),
        ("زر الذهاب إلى الأعلى", True),
        ("اتفقت الدولتان على ترك التعليق على الاتفاق لوقت لاحق.", False),
    ],
)
def test_boilerplate_lines(line: str, expected: bool) -> None:
    assert is_boilerplate(line) is expected


def test_headline_repeat_only_counts_as_furniture_first() -> None:
    assert is_boilerplate("عنوان الخبر", title="عنوان الخبر", first=True)
    assert not is_boilerplate("عنوان الخبر", title="عنوان الخبر", first=False)
