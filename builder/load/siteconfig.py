"""What the command-line tools need from ``mkdocs.yml``: where the preview is served, and the
explainer plugin's options (``explainer check`` honours the same settings as the build).

MkDocs itself reads the file for builds; this reader only looks at a few keys and never runs
anything: tags such as ``!!python/name:…`` (Markdown extensions' options) are read as nothing,
and ``!ENV`` takes the environment variable or its default, as MkDocs does.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from builder.errors import ExplainerError, Problem, did_you_mean
from builder.load.files import read_bytes

CONFIG_FILE = "mkdocs.yml"
PLUGIN = "explainer"
DEFAULT_DEV_ADDR = "127.0.0.1:8000"
"""MkDocs' own default for ``dev_addr`` (and the Makefile's ``ADDR``)."""

UNVERIFIED_NAMES = ("info", "warning")
"""``unverified_names``: ``info`` lists names with no checked English spelling (never fails a
build); ``warning`` makes each one a warning, so ``--strict`` fails until they are checked."""


class _Loader(yaml.SafeLoader):
    """SafeLoader that builds nothing from tags it does not know (they become None)."""


def _unknown(_loader: _Loader, _suffix: str, _node: yaml.Node) -> None:
    """A PyYAML multi-constructor (called with all three): every unknown tag reads as None."""
    return None


def _env(loader: _Loader, node: yaml.Node) -> Any:
    """``!ENV NAME`` or ``!ENV [NAME, OTHER, default]``: the first variable set, else the last
    item (as the ``pyyaml-env-tag`` that MkDocs uses)."""
    if isinstance(node, yaml.ScalarNode):
        return os.environ.get(str(loader.construct_scalar(node)))
    if isinstance(node, yaml.SequenceNode):
        items = [loader.construct_object(child) for child in node.value]
        for name in items[:-1]:
            if isinstance(name, str) and name in os.environ:
                return os.environ[name]
        return items[-1] if len(items) > 1 else None
    return None


_Loader.add_constructor("!ENV", _env)
_Loader.add_multi_constructor("", _unknown)


@dataclass(frozen=True)
class SiteConfig:
    """The parts of ``mkdocs.yml`` the tools use, with MkDocs' defaults where it is silent."""

    path: Path | None = None
    """The file read (None: there is none, defaults apply)."""
    site_url: str | None = None
    dev_addr: str = DEFAULT_DEV_ADDR
    options: dict[str, Any] = field(default_factory=dict)
    """The explainer plugin's options as written."""

    @property
    def site_path(self) -> str:
        """The path the site is served under, from ``site_url``: ``/explainer/``, or ``/``."""
        path = urlsplit(self.site_url or "/").path or "/"
        return "/" + path.strip("/") + "/" if path.strip("/") else "/"

    @property
    def preview_url(self) -> str:
        """Where ``mkdocs serve`` (``make serve``) shows the site: ``dev_addr`` and the path of
        ``site_url``, as MkDocs builds its address."""
        return f"http://{self.dev_addr}{self.site_path}"

    @property
    def unverified_names(self) -> str:
        value = self.options.get("unverified_names", UNVERIFIED_NAMES[0])
        return value if value in UNVERIFIED_NAMES else UNVERIFIED_NAMES[0]


def find_site_config(content: Path) -> Path | None:
    """``mkdocs.yml`` next to the content folder, else in the current folder."""
    for candidate in (content.parent / CONFIG_FILE, Path(CONFIG_FILE)):
        if candidate.is_file():
            return candidate
    return None


def load_site_config(path: Path | None) -> tuple[SiteConfig, list[Problem]]:
    """The settings in ``path`` (defaults when None) and what is wrong with them.

    A file that cannot be read or parsed is an error naming it; the defaults are used."""
    if path is None:
        return SiteConfig(), []
    try:
        text = read_bytes(path, 1024 * 1024, path.parent).decode("utf-8-sig")
        data = yaml.load(text, Loader=_Loader)  # constructs plain data only
    except (ExplainerError, UnicodeDecodeError, yaml.YAMLError) as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        return SiteConfig(path), [
            Problem(
                path,
                line + 1 if line is not None else None,
                f"cannot read the site settings: {_reason(exc)}",
                "fix mkdocs.yml (`mkdocs build` names the problem too); defaults are used meanwhile",
            )
        ]
    if not isinstance(data, dict):
        data = {}
    options = _plugin_options(data.get("plugins"))
    dev_addr = data.get("dev_addr")
    config = SiteConfig(
        path=path,
        site_url=str(data["site_url"]) if data.get("site_url") else None,
        dev_addr=str(dev_addr) if dev_addr else DEFAULT_DEV_ADDR,
        options=options,
    )
    problems = []
    value = options.get("unverified_names")
    if value is not None and value not in UNVERIFIED_NAMES:
        problems.append(
            Problem(
                path,
                _line_of(text, "unverified_names"),
                f"unknown unverified_names {value!r}{did_you_mean(str(value), UNVERIFIED_NAMES)}",
                f"use one of {', '.join(UNVERIFIED_NAMES)}",
            )
        )
    return config, problems


def site_config_for(content: Path) -> tuple[SiteConfig, list[Problem]]:
    """The settings of the site whose content folder is ``content``."""
    return load_site_config(find_site_config(content))


def _plugin_options(plugins: Any) -> dict[str, Any]:
    """The explainer plugin's options, from the list form (``- explainer: {…}``) or the
    mapping form (``explainer: {…}``) of ``plugins``."""
    if isinstance(plugins, dict):
        found = plugins.get(PLUGIN)
        return dict(found) if isinstance(found, dict) else {}
    for item in plugins if isinstance(plugins, list) else []:
        if isinstance(item, dict) and isinstance(item.get(PLUGIN), dict):
            return dict(item[PLUGIN])
    return {}


def _line_of(text: str, key: str) -> int | None:
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip().startswith(f"{key}:"):
            return number
    return None


def _reason(exc: Exception) -> str:
    if isinstance(exc, ExplainerError) and exc.problems:
        return exc.problems[0].message
    if isinstance(exc, yaml.YAMLError):
        return str(getattr(exc, "problem", None) or "invalid YAML")
    return "it is not valid UTF-8"
