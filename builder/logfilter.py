"""A quiet MkDocs log: what is left is the editor's business.

MkDocs and mkdocs-static-i18n report things that are true of a generic site and noise for
this one, on every run:

- mkdocs-static-i18n's progress lines (building each language, the settings it overrides);
- the dirty-build warning and "stale files" note of ``mkdocs serve --dirty``: the plugin keeps
  the preview's output accurate itself (a deleted article's page goes, a theme or
  ``mkdocs.yml`` edit re-renders every page), so the warning no longer applies;
- the preview server's line for the redirect from ``/`` to the site's path.

With ``mkdocs -v`` (debug logging) nothing is filtered. MkDocs' own warnings and errors, and
every problem of the content, pass unchanged.
"""

from __future__ import annotations

import logging

I18N_LOGGER = "mkdocs.plugins.mkdocs_static_i18n"
BUILD_LOGGER = "mkdocs.commands.build"
SERVER_LOGGER = "mkdocs.livereload"

DIRTY_NOTES = (
    "A 'dirty' build is being performed",
    "The directory contains stale files",
)


class _DropPrefixes(logging.Filter):
    def __init__(self, prefixes: tuple[str, ...]) -> None:
        super().__init__()
        self.prefixes = prefixes

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.getMessage()).startswith(self.prefixes)


class _DropRedirects(logging.Filter):
    """The server's ``"GET / HTTP/1.1" code 302`` line (logged as a warning)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.getMessage()).endswith('" code 302')


_DIRTY = _DropPrefixes(DIRTY_NOTES)
_REDIRECTS = _DropRedirects()


def verbose() -> bool:
    """``mkdocs … -v``: the user asked for everything."""
    return logging.getLogger("mkdocs").getEffectiveLevel() <= logging.DEBUG


def quiet_build_log() -> None:
    """Progress lines of mkdocs-static-i18n only show with ``-v``; its warnings still show."""
    if verbose():
        return
    logger = logging.getLogger(I18N_LOGGER)
    if logger.level < logging.WARNING:
        logger.setLevel(logging.WARNING)


def quiet_preview_log() -> None:
    """For ``mkdocs serve`` (idempotent): no dirty-build notes, no redirect lines."""
    if verbose():
        return
    build = logging.getLogger(BUILD_LOGGER)
    if _DIRTY not in build.filters:
        build.addFilter(_DIRTY)
    server = logging.getLogger(SERVER_LOGGER)
    if _REDIRECTS not in server.filters:
        server.addFilter(_REDIRECTS)
