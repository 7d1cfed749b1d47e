"""One module per ``explainer`` sub-command (like ``mkdocs/commands``).

Each module defines ``NAME``, ``HELP``, ``add_arguments(parser)`` and ``run(args) -> int``;
:data:`COMMANDS` lists them in the order ``explainer --help`` shows them.
"""

from __future__ import annotations

from types import ModuleType

from builder.commands import build, check, draft, extract, new

COMMANDS: list[ModuleType] = [new, draft, check, extract, build]
