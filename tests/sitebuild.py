"""Helpers for tests that run the real MkDocs build or server."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
from pathlib import Path

MKDOCS = [sys.executable, "-m", "mkdocs"]
SLUG = "2022-10-31-armenia-azerbaijan-sochi-summit"


def mkdocs_build(src: Path, *extra: str, strict: bool = True) -> subprocess.CompletedProcess[str]:
    cmd = [*MKDOCS, "build", "-f", str(src / "mkdocs.yml"), "-d", str(src / "site"), *extra]
    if strict:
        cmd.append("--strict")
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300, cwd=src)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def html_tag(html: str) -> str:
    match = re.search(r"<html\b[^>]*>", html)
    assert match, "no <html> tag"
    return match.group(0)


def visible_text(html: str) -> str:
    """Rough text of a page: tags removed, entities left, for 'does the reader see X' checks."""
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", html)
