"""The Pagefind index as the build writes it: one index per edition, every page in it, also
after a ``--dirty`` build (which renders only changed pages and reads the others back)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from builder import search
from tests.sitebuild import SLUG, mkdocs_build

pytestmark = pytest.mark.site


def indexed(site: Path) -> dict[str, dict[str, object]]:
    """URL -> Pagefind fragment (meta, content) of every indexed page (its URL is the
    ``href`` metadata)."""
    out = {}
    for path in (site / "pagefind" / "fragment").glob("*.pf_fragment"):
        data = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8")[len("pagefind_dcd") :])
        out["/" + data["meta"]["href"]] = data
    return out


def test_every_page_in_its_edition_also_after_a_dirty_build(site_copy: Path) -> None:
    result = mkdocs_build(site_copy, strict=False)
    assert result.returncode == 0, result.stderr
    site = site_copy / "site"
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert {lang: v["page_count"] for lang, v in entry["languages"].items()} == {"ar": 2, "en": 2}
    full = indexed(site)
    assert set(full) == {"/", "/en/", f"/articles/{SLUG}/", f"/en/articles/{SLUG}/"}
    page = full[f"/articles/{SLUG}/"]
    assert page["meta"]["title"].startswith("بوساطة الدب الروسي")  # as written, not folded
    assert "وساطه" in page["content"].split()  # بوساطة, folded and without its clitic
    assert (site / search.SCRIPT).is_file()
    assert not list((site / "pagefind").glob("pagefind-ui.js"))  # Pagefind's own UI: unused

    again = mkdocs_build(site_copy, "--dirty", strict=False)
    assert again.returncode == 0, again.stderr
    dirty = indexed(site)
    assert set(dirty) == set(full)
    assert dirty[f"/articles/{SLUG}/"]["meta"]["title"] == page["meta"]["title"]
    assert "وساطه" in dirty[f"/articles/{SLUG}/"]["content"].split()
