"""The README's "Adding an article" walkthrough, step by step, on a copy of the example site:
new (its preview addresses; the same text again refused) → check → draft → edit explainer.yml
(drop one fact, fix one label, add what the build missed with the README's own `add:`) →
make serve's preview at the printed addresses → mkdocs build --strict."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT
from tests.editor.helpers import FIXTURES, uncomment
from tests.sitebuild import MKDOCS, free_port, mkdocs_build, visible_text
from tests.test_serve import fetch, wait_for

pytestmark = pytest.mark.site

TITLE_EN = "Qatar mediates between Sudan and Chad over border tension"
FIXED_EN, FIXED_AR = "troops on the border", "جنود على الحدود"
MISSED = "وشارك في المحادثات خالد الأمين ممثلا عن الجانب السوداني."
"""A sentence whose person the build does not find (no title, no reporting verb)."""


def readme_additions() -> dict[str, list[dict[str, object]]]:
    """The actors, events and mediation efforts of the README's example ``add:``."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Correcting an explainer") :]
    block = section[section.index("```yaml\n") + 8 : section.index("```\n", 8)]
    add = yaml.safe_load(block)["add"]
    return {k: add[k] for k in ("actors", "events", "mediation")}


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


def test_adding_and_correcting_an_article(site_copy: Path, tmp_path: Path) -> None:
    port = free_port()  # the site's dev_addr: where `make serve` serves, and `new` points
    config = site_copy / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8") + f"dev_addr: 127.0.0.1:{port}\n", encoding="utf-8"
    )

    # 1. Paste the article into a text file and add it.
    pasted = site_copy / "article.txt"
    text = (FIXTURES / "pasted.txt").read_text(encoding="utf-8")
    pasted.write_text(f"{text}\n{MISSED}\n", encoding="utf-8")
    new = explainer(
        site_copy, "new", "article.txt", "--published", "2023-04-16", "--title-en", TITLE_EN
    )
    assert new.returncode == 0, new.stderr
    slug = re.search(r"created content/articles/([a-z0-9-]+)/article\.ar\.md", new.stdout)
    assert slug, new.stdout
    assert slug.group(1) == "2023-04-16-qatar-mediates-between-sudan-and-chad"
    slug_name = slug.group(1)
    assert f"explainer draft {slug_name}" in new.stdout
    printed = re.findall(r"(http://\S+)\s+\((Arabic|English)\)", new.stdout)
    base = f"http://127.0.0.1:{port}/explainer/"
    assert printed == [
        (f"{base}articles/{slug_name}/", "Arabic"),
        (f"{base}en/articles/{slug_name}/", "English"),
    ], new.stdout

    # The same article pasted again is refused, naming the folder that holds it.
    again = explainer(site_copy, "new", "article.txt", "--published", "2023-04-16")
    assert again.returncode == 1
    assert f"content/articles/{slug_name}/ holds the same text" in again.stderr
    assert sorted(p.name for p in (site_copy / "content" / "articles").iterdir()) == sorted(
        [slug_name, "2022-10-31-armenia-azerbaijan-sochi-summit"]
    )

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
    # The person the build missed is not in the draft; add it, an event and a mediation
    # effort, exactly as the README shows.
    assert "خالد الأمين" not in text
    text += "\n" + yaml.safe_dump({"add": readme_additions()}, allow_unicode=True, sort_keys=False)
    corrections.write_text(text, encoding="utf-8")
    check = explainer(site_copy, "check", "--strict")
    assert check.returncode == 0, check.stdout + check.stderr

    # 5. Preview it as `make serve` does, at the addresses `explainer new` printed.
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen(
        [*MKDOCS, "serve", "--livereload", "--dirty", "-f", str(config)],
        cwd=site_copy,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        (ar_url, _), (en_url, _) = printed
        assert wait_for(ar_url, "خالد الأمين", 120), (
            "the Arabic preview is not at the printed address"
        )
        assert wait_for(en_url, "Khaled al-Amin", 30), "the English preview lacks the added person"
        preview = fetch(en_url) or ""
        assert "Displacement" in visible_text(preview)
        assert "12,000" in visible_text(preview)
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()

    # 6. Build the site as the publishing workflow does.
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
    en_page = (site / "en" / "articles" / slug_name / "index.html").read_text(encoding="utf-8")
    actors = visible_text(en_page[en_page.index('id="actors"') :])
    assert "Khaled al-Amin" in actors and "representative of the Sudanese side" in actors
    assert 'data-mediation="mediation-united-nations-2"' in en_page
