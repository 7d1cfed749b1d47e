"""Language knowledge shipped with the tool, as YAML data files next to this module.

Editors extend the per-site glossary in ``content/glossary.yml``; these files hold what is
true for every site (titles, demonyms, month names, counted nouns…). Each loads once per
process.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def load(name: str) -> Any:
    """Return the parsed data file ``builder/data/<name>.yml``."""
    text = resources.files(__package__).joinpath(f"{name}.yml").read_text(encoding="utf-8")
    return yaml.safe_load(text)
