"""The search index of ``mkdocs serve``, written after each rebuild in a thread."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from builder import search
from builder.errors import printable

# The plugin's logger: these lines belong to its build log (and its --strict counting).
log = logging.getLogger("mkdocs.plugins.builder.plugin")


class BackgroundIndex:
    """In ``mkdocs serve``, the search index is written after the rebuild, in a thread: the
    changed page is served as soon as it is built (Pagefind takes seconds at 1,000 articles)
    and search catches up. One run at a time; a newer rebuild's records replace a waiting
    run's. ``mkdocs build`` writes the index before the site is swapped in, never here."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: tuple[Path, list[search.Record]] | None = None
        self._thread: threading.Thread | None = None

    def submit(self, site: Path, records: list[search.Record]) -> None:
        with self._lock:
            self._pending = (site, records)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="explainer-search-index", daemon=True
                )
                self._thread.start()

    def _run(self) -> None:
        while True:
            with self._lock:
                job, self._pending = self._pending, None
                if job is None:
                    self._thread = None
                    return
            site, records = job
            try:
                count = search.write_index(site, records, background=True)
            except Exception as exc:  # the preview goes on; its search is stale until the next
                log.warning(printable(f"Search index (Pagefind) failed: {exc}"))
                continue
            log.info(f"Search: {count} pages indexed (Pagefind, one index per language)")
