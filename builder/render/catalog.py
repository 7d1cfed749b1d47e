"""UI strings from the gettext catalogs in ``render/locale`` (managed with pybabel).

The committed ``.po`` files are compiled in memory when first used, so a fresh checkout
needs no compile step; ``pybabel compile`` still works for tools that want ``.mo`` files.
"""

from __future__ import annotations

import gettext
from functools import cache
from importlib import resources
from io import BytesIO

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

DOMAIN = "messages"


@cache
def translations(lang: str) -> gettext.NullTranslations:
    po = resources.files(__package__).joinpath(f"locale/{lang}/LC_MESSAGES/{DOMAIN}.po")
    if not po.is_file():
        return gettext.NullTranslations()  # English msgids are the English strings
    with po.open("rb") as fp:
        catalog = read_po(fp, locale=lang, domain=DOMAIN)
    buf = BytesIO()
    write_mo(buf, catalog)
    buf.seek(0)
    return Translations(fp=buf, domain=DOMAIN)
