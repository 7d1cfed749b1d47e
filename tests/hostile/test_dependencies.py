"""The pinned dependencies: every pin says why it is where it is, the installed versions are
the pinned ones, and no pin is below a release that fixes a disclosed hole in what the site
uses (mkdocs-material < 9.7.7: DOM XSS in search suggestions, and mkdocs.yml enables
``search.suggest``)."""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import version

from tests.conftest import ROOT

PYPROJECT = ROOT / "pyproject.toml"
FIXED_IN = {"mkdocs-material": (9, 7, 7)}
"""The first release without a disclosed vulnerability that affects this site."""


def _pins() -> dict[str, str]:
    data = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    project = data["project"]
    lines = [*project["dependencies"], *project["optional-dependencies"]["test"]]
    pins = {}
    for line in lines:
        name, _, pinned = line.partition("==")
        assert pinned, f"{line!r} is not pinned to one version (name==version)"
        pins[name.strip().lower()] = pinned.strip()  # pagefind[bin]: the extra stays in the key
    return pins


def _release(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in re.findall(r"\d+", text)[:3])


def test_every_pin_says_why() -> None:
    """A comment on the pin's line, or the comment lines right above it."""
    lines = PYPROJECT.read_text(encoding="utf-8").splitlines()
    for name, pinned in _pins().items():
        at = next(i for i, ln in enumerate(lines) if f'"{name}=={pinned}"' in ln.lower())
        why = [lines[at].partition("#")[2].strip()]
        above = at - 1
        while above >= 0 and lines[above].strip().startswith("#"):
            why.insert(0, lines[above].strip().lstrip("#").strip())
            above -= 1
        text = " ".join(w for w in why if w)
        assert len(text.split()) >= 4, f"the pin of {name} has no comment saying why"


def test_no_pin_below_a_security_fix() -> None:
    pins = _pins()
    for name, first in FIXED_IN.items():
        assert _release(pins[name]) >= first, f"{name}=={pins[name]} is older than {first}"


def test_installed_versions_are_the_pinned_ones() -> None:
    def installed(name: str) -> str:
        return version(name.split("[")[0])

    wrong = {
        name: (pinned, installed(name))
        for name, pinned in _pins().items()
        if installed(name) != pinned
    }
    assert not wrong, f"installed versions differ from pyproject.toml (run make): {wrong}"
