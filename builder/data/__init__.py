"""Language knowledge shipped with the tool, as YAML data files next to this module.

Editors extend the per-site glossary in ``content/glossary.yml``; these files hold what is
true for every site (titles, demonyms, month names, counted nouns…). Each loads once per
process.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

import yaml

# libyaml's parser when PyYAML was built with it (five times faster on these files).
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DataLoader(_BaseLoader):  # type: ignore[misc, valid-type]  # base chosen at import time
    """SafeLoader with YAML 1.2 booleans: only true/false are booleans, so country codes
    (NO = Norway, ON) and words such as "no" stay text."""


DataLoader.yaml_implicit_resolvers = {
    first: [r for r in resolvers if r[0] != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
DataLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


@cache
def load(name: str) -> Any:
    """Return the parsed data file ``builder/data/<name>.yml``."""
    text = resources.files(__package__).joinpath(f"{name}.yml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=DataLoader)


@cache
def load_folder(folder: str) -> tuple[Any, ...]:
    """Every data file of ``builder/data/<folder>/``, parsed, in file-name order (a folder
    holds one kind of data from several sources: ``people/``, ``places/``)."""
    root = resources.files(__package__).joinpath(folder)
    files = sorted((f for f in root.iterdir() if f.name.endswith(".yml")), key=lambda f: f.name)
    return tuple(yaml.load(f.read_text(encoding="utf-8"), Loader=DataLoader) for f in files)


@cache
def load_table(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of the tab-separated file ``builder/data/<name>.tsv`` (``#`` lines are
    comments): for large generated tables, which YAML would be slow to read."""
    text = resources.files(__package__).joinpath(f"{name}.tsv").read_text(encoding="utf-8")
    return tuple(
        tuple(line.split("\t")) for line in text.splitlines() if line and not line.startswith("#")
    )
