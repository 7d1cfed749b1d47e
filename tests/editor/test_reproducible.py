"""Two builds of the same content are byte-identical (with SOURCE_DATE_EPOCH set)."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import CONTENT, ROOT
from tests.sitebuild import MKDOCS

pytestmark = pytest.mark.site

EPOCH = "1667174400"  # 2022-10-31


def build_copy(dest: Path, content: Path) -> Path:
    dest.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(content, dest / "content")
    shutil.copytree(ROOT / "theme_overrides", dest / "theme_overrides")
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    result = subprocess.run(
        [*MKDOCS, "build", "--strict", "-f", str(dest / "mkdocs.yml")],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=dest,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    return dest / "site"


def tree(site: Path) -> dict[str, str]:
    return {
        p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    content = shutil.copytree(CONTENT, tmp_path / "snapshot")  # one snapshot for both builds
    first = tree(build_copy(tmp_path / "one", content))
    second = tree(build_copy(tmp_path / "two", content))
    only = sorted(set(first) ^ set(second))
    differ = sorted(k for k in set(first) & set(second) if first[k] != second[k])
    assert not only and not differ, f"files in one build only: {only}; files that differ: {differ}"
