"""The README's "Adding an article" walkthrough, step by step, on a copy of the example site:
new → check → draft → edit explainer.yml (drop one fact, fix one label) → mkdocs build --strict."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.editor.helpers import FIXTURES, uncomment
from tests.sitebuild import mkdocs_build, visible_text

pytestmark = pytest.mark.site

TITLE_EN = "Qatar mediates between Sudan and Chad over border tension"
FIXED_EN, FIXED_AR = "troops on the border", "جنود على الحدود"


def explainer(site: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "builder", *args],
        cwd=site,
        capture_output=True,
        text=True,
        timeout=120,
    )


def figures_section(html: str) -> str:
    """The visible text of the key figures table."""
    start = html.index('id="key-figures"')
    end = html.find("<h2", start)
    return visible_text(html[start : end if end != -1 else len(html)])


def test_adding_and_correcting_an_article(site_copy: Path) -> None:
    # 1. Paste the article into a text file and add it.
    pasted = site_copy / "article.txt"
    pasted.write_text((FIXTURES / "pasted.txt").read_text(encoding="utf-8"), encoding="utf-8")
    new = explainer(
        site_copy, "new", "article.txt", "--published", "2023-04-16", "--title-en", TITLE_EN
    )
    assert new.returncode == 0, new.stderr
    slug = re.search(r"created content/articles/([a-z0-9-]+)/article\.ar\.md", new.stdout)
    assert slug, new.stdout
    assert slug.group(1) == "2023-04-16-qatar-mediates-between-sudan-and-chad"
    slug_name = slug.group(1)
    assert f"explainer draft {slug_name}" in new.stdout

    # 2. Check the content.
    check = explainer(site_copy, "check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "checked 2 articles: 0 error(s)" in check.stdout

    # 3. Draft the corrections file.
    draft = explainer(site_copy, "draft", slug_name)
    assert draft.returncode == 0, draft.stderr
    corrections = site_copy / "content" / "articles" / slug_name / "explainer.yml"
    text = corrections.read_text(encoding="utf-8")

    # 4. Edit it: drop one figure, fix the label of another (both picked from the draft).
    figures = re.findall(r"^#   - (\S+)\s+# figure: (.+)$", text, flags=re.M)
    found = re.findall(
        r'^#   (\S+):\s+#.*\n#     label: \{en: "([^"]*)", ar: "([^"]*)"', text, flags=re.M
    )
    labels = {fid: en for fid, en, _ in found}
    labels_ar = {fid: ar for fid, _, ar in found}
    assert len(figures) >= 2, text
    unique = [
        fid
        for fid, _ in figures
        if list(labels.values()).count(labels[fid]) == 1
        and list(labels_ar.values()).count(labels_ar[fid]) == 1
    ]
    dropped, fixed = unique[-1], figures[0][0]
    assert dropped != fixed
    text = uncomment(text, "drop", lambda line: line.startswith(f"  - {dropped} "))
    in_fixed = False

    def fix_label(line: str) -> str | bool:
        nonlocal in_fixed
        if line.startswith("  ") and not line.startswith("    "):
            in_fixed = line.startswith(f"  {fixed}:")
            return in_fixed
        if in_fixed and line.startswith("    label:"):
            return f'    label: {{en: "{FIXED_EN}", ar: "{FIXED_AR}"}}'
        return False

    text = uncomment(text, "figures", fix_label)
    corrections.write_text(text, encoding="utf-8")
    check = explainer(site_copy, "check", "--strict")
    assert check.returncode == 0, check.stdout + check.stderr

    # 5. Build the site as the publishing workflow does.
    build = mkdocs_build(site_copy)
    assert build.returncode == 0, build.stderr

    # The second explainer is in both editions, listed on both home pages, with the fix.
    site = site_copy / "site"
    for prefix, label, gone in (
        ("", FIXED_AR, labels_ar[dropped]),
        ("en/", FIXED_EN, labels[dropped]),
    ):
        page = (site / prefix / "articles" / slug_name / "index.html").read_text(encoding="utf-8")
        home = (site / prefix / "index.html").read_text(encoding="utf-8")
        assert f'href="articles/{slug_name}/"' in home
        section = figures_section(page)
        assert label in section, (prefix, section)
        assert gone not in section, (prefix, gone, section)
    ar_page = (site / "articles" / slug_name / "index.html").read_text(encoding="utf-8")
    assert TITLE_EN in (site / "en" / "articles" / slug_name / "index.html").read_text(
        encoding="utf-8"
    )
    assert "وساطة قطرية" in ar_page
