"""The real MkDocs build of the example site, in --strict mode."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.sitebuild import SLUG, html_tag, mkdocs_build, visible_text

pytestmark = pytest.mark.site


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import shutil

    from tests.conftest import CONTENT, ROOT

    src = tmp_path_factory.mktemp("example")
    shutil.copy(ROOT / "mkdocs.yml", src / "mkdocs.yml")
    shutil.copytree(CONTENT, src / "content")
    shutil.copytree(ROOT / "theme_overrides", src / "theme_overrides")
    result = mkdocs_build(src)
    assert result.returncode == 0, result.stderr
    return src / "site"


def read(site: Path, rel: str) -> str:
    return (site / rel / "index.html").read_text(encoding="utf-8")


def test_both_editions_exist_with_language_and_direction(built: Path) -> None:
    for rel, lang, direction in [
        (f"articles/{SLUG}", "ar", "rtl"),
        (".", "ar", "rtl"),
        (f"en/articles/{SLUG}", "en", "ltr"),
        ("en", "en", "ltr"),
    ]:
        page = read(built, rel)
        tag = html_tag(page)
        assert f'lang="{lang}"' in tag and f'dir="{direction}"' in tag, (rel, tag)
        # mkdocs-material writes the theme's direction on <body>, which the whole page
        # inherits: an Arabic page with <body dir="ltr"> is laid out left to right.
        body = re.search(r"<body\b[^>]*>", page)
        assert body and f'dir="{direction}"' in body.group(0), (rel, body)


def test_switcher_and_hreflang_point_to_the_counterpart(built: Path) -> None:
    ar = read(built, f"articles/{SLUG}")
    en = read(built, f"en/articles/{SLUG}")
    assert f'href="../../en/articles/{SLUG}/" hreflang="en" class="md-select__link"' in ar
    assert f'href="../../../articles/{SLUG}/" hreflang="ar" class="md-select__link"' in en
    for page in (ar, en):
        links = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', page))
        assert links["en"].endswith(f"/en/articles/{SLUG}/") and links["en"].startswith("https://")
        assert links["ar"].endswith(f"/articles/{SLUG}/") and "/en/" not in links["ar"]
        assert links["x-default"] == links["ar"]


def test_home_pages_list_the_explainer(built: Path) -> None:
    assert f'href="articles/{SLUG}/"' in read(built, ".")
    assert f'href="articles/{SLUG}/"' in read(built, "en")


@pytest.mark.parametrize("rel", [f"articles/{SLUG}", f"en/articles/{SLUG}"])
def test_key_figures_appear_on_both_pages(built: Path, rel: str) -> None:
    page = read(built, rel)
    table = re.search(r'<table class="ex-figures".*?</table>', page, re.S)
    assert table, "no key-figures table"
    section = visible_text(table.group())
    for figure in ["286", "6,500", "2,000", "30,000", "20"]:
        assert figure in section, figure


def test_source_section_is_sentence_anchored(built: Path) -> None:
    ar = read(built, f"articles/{SLUG}")
    assert 'id="s1"' in ar and 'id="s4"' in ar
    assert 'href="#s4"' in ar  # a fact links to its sentence
    assert "اترك تعليق" not in ar  # page furniture is not part of the explainer
