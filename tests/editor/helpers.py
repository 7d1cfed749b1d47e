"""Small helpers shared by the editor tests: a content folder, an editor's edits."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from tests.conftest import CONTENT

FIXTURES = Path(__file__).parent / "fixtures"


def content_copy(dest: Path) -> Path:
    """A copy of the example content folder."""
    shutil.copytree(CONTENT, dest)
    return dest


def write_article(content: Path, slug: str, text: str) -> Path:
    folder = content / "articles" / slug
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "article.ar.md"
    path.write_text(text, encoding="utf-8")
    return path


def uncomment(text: str, section: str, keep: Callable[[str], bool]) -> str:
    """What an editor does to a drafted explainer.yml: delete the '# ' in front of a section
    line ('# drop:') and of the lines under it for which ``keep`` is true; a changed line
    may be returned by ``keep`` as text instead of True."""
    out = []
    inside = False
    for line in text.split("\n"):
        if line.startswith(f"# {section}:"):
            inside = True
            out.append(line[2:])
            continue
        if inside and not line.startswith("#  "):
            inside = False
        if inside:
            kept = keep(line[2:])
            if kept:
                out.append(kept if isinstance(kept, str) else line[2:])
                continue
        out.append(line)
    return "\n".join(out)
