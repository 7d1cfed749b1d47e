"""The GitHub workflows: actionlint finds nothing in either; the Pages workflow builds the way
`make build` does, and the test workflow runs the README's test command on every push and pull
request."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
WORKFLOW = WORKFLOWS / "pages.yml"
TESTS = WORKFLOWS / "test.yml"


def actionlint() -> str | None:
    beside_python = Path(sys.executable).parent / "actionlint"
    if beside_python.is_file() and os.access(beside_python, os.X_OK):
        return str(beside_python)
    return shutil.which("actionlint")


@pytest.mark.parametrize("workflow", [WORKFLOW, TESTS], ids=lambda path: path.name)
def test_actionlint_finds_nothing(workflow: Path) -> None:
    binary = actionlint()
    if binary is None:
        pytest.skip("actionlint is not installed (pip install -e '.[test]' brings it)")
    result = subprocess.run(
        [binary, "-no-color", str(workflow)], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_builds_strictly_and_deploys_to_pages() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert workflow["concurrency"]["group"]
    build = workflow["jobs"]["build"]["steps"]
    uses = [step.get("uses", "").split("@")[0] for step in build]
    runs = "\n".join(step.get("run", "") for step in build)
    assert "pip install -e ." in runs and "mkdocs build --strict" in runs
    assert "actions/configure-pages" in uses and "actions/upload-pages-artifact" in uses
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")


def test_tests_run_the_readme_command_on_push_and_pull_request() -> None:
    workflow = yaml.safe_load(TESTS.read_text(encoding="utf-8"))
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert "push" in triggers and "pull_request" in triggers
    assert workflow["permissions"] == {"contents": "read"}
    steps = workflow["jobs"]["test"]["steps"]
    runs = [step.get("run", "").strip() for step in steps]
    assert "make test" in runs
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make test" in readme  # the command the README gives is the one CI runs
    assert "chromium" in workflow["jobs"]["test"]["steps"][1]["run"]
