"""The Jinja2 environment of each language (templates, gettext catalogs, escaping filters) and
the YAML front matter every generated page starts with."""

from __future__ import annotations

from functools import cache
from typing import Any

import yaml
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from builder.render.catalog import translations
from builder.render.markup import inline_md

LANGUAGES = ("ar", "en")
DIRECTION = {"ar": "rtl", "en": "ltr"}


@cache
def environment(lang: str) -> Environment:
    env = Environment(
        loader=PackageLoader("builder.render", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        trim_blocks=False,
        keep_trailing_newline=True,
    )
    env.install_gettext_translations(translations(lang), newstyle=True)  # type: ignore[attr-defined]  # added by jinja2.ext.i18n at run time
    env.filters["md"] = inline_md
    return env


def front_matter(data: dict[str, Any]) -> Markup:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml: same output, 4x faster
    return Markup(yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False).strip())
