"""Search in real Chromium on a built site: time from the first keystroke to the first result
link on a cold page (new browser context: nothing cached), and the bytes fetched from the
first keystroke on (the query's index chunks and result fragments; typed at the load event,
also the search runtime if it was still loading)."""

from __future__ import annotations

import functools
import http.server
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench.stats import median

CHROMIUM = Path("/usr/bin/chromium")
QUERIES = {"ar": ["وساطة", "ارمينيا", "الرئيس"], "en": ["mediation", "president", "killed"]}
WATCH = """() => {
  window.__first = null;
  window.__keys = null;
  const list = document.getElementById('ex-search-results');
  const input = document.getElementById('ex-search-input');
  const first = () => { if (window.__keys === null) window.__keys = performance.now(); };
  /* Arabic letters arrive as text input without a keydown: the first of either counts. */
  input.addEventListener('keydown', first, true);
  input.addEventListener('beforeinput', first, true);
  new MutationObserver(() => {
    if (window.__first === null && list.querySelector('a')) window.__first = performance.now();
  }).observe(list, {childList: true, subtree: true});
}"""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def _served(site_dir: Path) -> Iterator[str]:
    handler = functools.partial(_Quiet, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def _one(browser: Any, url: str, query: str, timeout_ms: float, settled: bool) -> dict[str, Any]:
    """One query on a fresh page with an empty cache. ``settled``: typed once the search
    runtime has loaded while the page was idle (a reader starts typing after the page shows);
    else typed at the load event, while the runtime may still be loading."""
    context = browser.new_context()  # cold: empty cache
    page = context.new_page()
    responses: list[Any] = []
    try:
        page.goto(url, wait_until="load")
        if settled:  # the search runtime loaded while the page was idle
            page.wait_for_selector(
                "[data-ex-search][data-ready]", state="attached", timeout=timeout_ms
            )
        page.evaluate(WATCH)
        page.on("response", lambda r: responses.append(r))  # from here on: the query's
        page.locator("#ex-search-input").press_sequentially(query, delay=60)
        page.wait_for_function("() => window.__first !== null", timeout=timeout_ms)
        first = page.evaluate(
            "() => window.__keys === null ? null : window.__first - window.__keys"
        )
        if first is None:
            raise RuntimeError("the first keystroke was not seen")
        page.wait_for_function(
            "q => document.getElementById('ex-search-results').dataset.query === "
            "explainerFold.foldQuery(q).trim()",
            arg=query,
            timeout=timeout_ms,
        )
        results = page.locator("#ex-search-results a").count()
        fetched = 0
        for response in responses:
            try:
                fetched += len(response.body())
            except Exception:  # redirects and aborted requests have no body
                continue
        return {
            "query": query,
            "first_result_ms": round(first, 1),
            "results": results,
            "bytes": fetched,
            "requests": len(responses),
        }
    finally:
        context.close()


def search_latency(site_dir: Path, timeout_s: float = 30.0) -> dict[str, Any]:
    """Each query of :data:`QUERIES` typed on a cold home page of its edition."""
    if not CHROMIUM.exists():
        return {"skipped": f"{CHROMIUM} is absent"}
    from playwright.sync_api import sync_playwright

    out: dict[str, Any] = {"queries": []}
    with _served(site_dir) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            for lang, queries in QUERIES.items():
                url = base + ("" if lang == "ar" else f"{lang}/")
                for query in queries:
                    started = time.monotonic()
                    row = _one(browser, url, query, timeout_s * 1000, settled=True)
                    at_load = _one(browser, url, query, timeout_s * 1000, settled=False)
                    row["lang"] = lang
                    row["at_load_first_result_ms"] = at_load["first_result_ms"]
                    row["at_load_bytes"] = at_load["bytes"]
                    row["wall_s"] = round(time.monotonic() - started, 2)
                    out["queries"].append(row)
        finally:
            browser.close()
    rows = out["queries"]
    out["median_first_result_ms"] = median([r["first_result_ms"] for r in rows])
    out["max_first_result_ms"] = max(r["first_result_ms"] for r in rows)
    out["median_bytes"] = median([r["bytes"] for r in rows])
    out["max_bytes"] = max(r["bytes"] for r in rows)
    out["at_load_median_first_result_ms"] = median([r["at_load_first_result_ms"] for r in rows])
    out["at_load_max_bytes"] = max(r["at_load_bytes"] for r in rows)
    return out
