"""What the command-line tools read from ``mkdocs.yml`` (``builder.load.siteconfig``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.load.siteconfig import load_site_config
from tests.conftest import ROOT


def config_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mkdocs.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_example_site() -> None:
    config, problems = load_site_config(ROOT / "mkdocs.yml")
    assert problems == []
    assert config.preview_url == "http://127.0.0.1:8000/explainer/"
    assert config.unverified_names == "info"


def test_python_tags_are_read_as_nothing_and_never_run(tmp_path: Path) -> None:
    canary = tmp_path / "ran"
    path = config_file(
        tmp_path,
        "site_url: https://x.org/a/b\n"
        f"hook: !!python/object/apply:os.system ['touch {canary}']\n"
        "plugins:\n  - search\n  - explainer: {unverified_names: warning}\n",
    )
    config, problems = load_site_config(path)
    assert not canary.exists()
    assert problems == []
    assert config.site_path == "/a/b/" and config.unverified_names == "warning"


def test_env_tags_take_the_variable_or_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = config_file(tmp_path, "site_url: !ENV [EXPLAINER_TEST_URL, 'https://d.org/x/']\n")
    monkeypatch.delenv("EXPLAINER_TEST_URL", raising=False)
    assert load_site_config(path)[0].site_path == "/x/"
    monkeypatch.setenv("EXPLAINER_TEST_URL", "https://d.org/y/")
    assert load_site_config(path)[0].site_path == "/y/"


def test_a_bad_setting_is_an_error_with_its_line(tmp_path: Path) -> None:
    path = config_file(tmp_path, "plugins:\n  - explainer:\n      unverified_names: warn\n")
    config, (problem,) = load_site_config(path)
    assert (problem.path, problem.line) == (path, 3)
    assert "unknown unverified_names 'warn' (did you mean 'warning'?)" in problem.message
    assert config.unverified_names == "info"


def test_broken_yaml_names_the_file_and_keeps_the_defaults(tmp_path: Path) -> None:
    path = config_file(tmp_path, "site_url: [unclosed\n")
    config, (problem,) = load_site_config(path)
    assert problem.path == path and "cannot read the site settings" in problem.message
    assert config.preview_url == "http://127.0.0.1:8000/"


def test_no_file_means_mkdocs_defaults() -> None:
    config, problems = load_site_config(None)
    assert (config.preview_url, problems) == ("http://127.0.0.1:8000/", [])
