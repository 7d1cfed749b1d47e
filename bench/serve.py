"""Preview latency: save an edited article while ``mkdocs serve`` runs, time until the
changed page is served."""

from __future__ import annotations

import random
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from bench.procs import free_port, progress, stop_group
from bench.site import SiteCopy
from bench.stats import median

_SCRIPT = re.compile(r"<script\b.*?</script>", re.S | re.I)
# A free-standing 2- or 3-digit number (not part of a date, a decimal, a range or a longer one).
_NUMBER = re.compile(r"(?<![\d٠-٩.,/:٫٬\-])(\d{3}|\d{2})(?![\d٠-٩.,/:٫٬%\-])")
_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def fetch(url: str, timeout: float) -> str | None:
    """The page without its scripts (the livereload script carries random numbers)."""
    try:
        with urllib.request.urlopen(url, timeout=max(timeout, 0.5)) as response:
            return _SCRIPT.sub(" ", response.read().decode("utf-8", errors="replace"))
    except (OSError, urllib.error.URLError, ValueError):
        return None


def shows(page: str | None, number: str) -> bool:
    if page is None:
        return False
    pattern = rf"(?<![\d٠-٩]){number}(?![\d٠-٩])|(?<![\d٠-٩]){number.translate(_ARABIC_DIGITS)}(?![\d٠-٩])"
    return re.search(pattern, page) is not None


def _body_offset(text: str) -> int:
    if text.startswith("---"):
        end = text.find("\n---", 3)
        if end != -1:
            return text.find("\n", end + 1) + 1 or len(text)
    return 0


def _plan_edit(text: str, page: str, rng: random.Random) -> tuple[str, str] | None:
    """(old, new): a number of the article body that the page shows, and a replacement of the
    same width that appears nowhere in the page or the article."""
    body = text[_body_offset(text) :]
    seen: set[str] = set()
    for match in sorted(_NUMBER.finditer(body), key=lambda m: -len(m.group(1))):
        old = match.group(1)
        if old in seen or not shows(page, old):
            continue
        seen.add(old)
        low, high = (100, 999) if len(old) == 3 else (10, 99)
        for _ in range(200):
            new = str(rng.randint(low, high))
            if new != old and not shows(page, new) and new not in text:
                return old, new
    return None


def _replace(text: str, old: str, new: str) -> str:
    offset = _body_offset(text)
    body = _NUMBER.sub(lambda m: new if m.group(1) == old else m.group(0), text[offset:])
    return text[:offset] + body


def _wait_for(url: str, number: str, seconds: float, poll: float) -> float | None:
    """Seconds until ``url`` shows ``number`` (polled every ``poll`` s), or None on timeout."""
    start = time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        if shows(fetch(url, min(30.0, seconds - elapsed)), number):
            return time.perf_counter() - start
        time.sleep(poll)
    return None


def preview_latency(
    site: SiteCopy,
    *,
    edits: int,
    first_build_timeout: float,
    edit_timeout: float,
    poll: float,
    env: dict[str, str],
    log: Path,
    seed: int = 5,
    extra_args: tuple[str, ...] = (),
) -> dict[str, Any]:
    settings = site.settings()
    port = free_port()
    base = f"http://127.0.0.1:{port}{settings['mount']}"
    result: dict[str, Any] = {
        "articles": len(site.slugs),
        "edits_planned": edits,
        "poll_s": poll,
        "edit_timeout_s": edit_timeout,
        "edits": [],
    }
    cmd = [
        sys.executable,
        "-m",
        "mkdocs",
        "serve",
        "--livereload",
        "-a",
        f"127.0.0.1:{port}",
        "-f",
        str(site.config),
        *extra_args,
    ]
    result["command"] = " ".join(["python", *cmd[1:]])
    result["label"] = " ".join(["mkdocs serve", *extra_args])
    rng = random.Random(seed)
    # Spread the edited articles over the site; skip ones without a usable number.
    order = [site.slugs[(i * len(site.slugs)) // max(edits, 1)] for i in range(edits)]
    order += [s for s in site.slugs if s not in order]
    progress(f"serve: starting mkdocs serve on port {port} ({len(site.slugs)} articles)")
    with log.open("wb") as out:
        started = time.perf_counter()
        proc = subprocess.Popen(
            cmd,
            cwd=site.root,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )
        try:
            probe = f"{base}articles/{order[0]}/"
            while True:
                if proc.poll() is not None:
                    result["error"] = f"mkdocs serve exited with {proc.returncode} before serving"
                    return result
                elapsed = time.perf_counter() - started
                if elapsed > first_build_timeout:
                    result["error"] = f"first build not served within {first_build_timeout:.0f} s"
                    return result
                if fetch(probe, min(30.0, first_build_timeout - elapsed)) is not None:
                    break
                time.sleep(0.25)
            result["first_build_s"] = time.perf_counter() - started
            progress(f"serve: first build served after {result['first_build_s']:.1f} s")
            time.sleep(1.0)  # let the file watcher take its first snapshot

            done = 0
            for slug in order:
                if done >= edits:
                    break
                url_ar = f"{base}articles/{slug}/"
                url_en = f"{base}en/articles/{slug}/"
                page = fetch(url_ar, 30.0)
                path = site.article(slug)
                text = path.read_text(encoding="utf-8")
                plan = _plan_edit(text, page or "", rng) if page else None
                if plan is None:
                    continue
                old, new = plan
                edited = _replace(text, old, new)
                path.write_text(edited, encoding="utf-8")
                saved = time.perf_counter()
                ar = _wait_for(url_ar, new, edit_timeout, poll)
                en = None
                if ar is not None:
                    remaining = edit_timeout - (time.perf_counter() - saved)
                    if _wait_for(url_en, new, max(remaining, 1.0), poll) is not None:
                        en = time.perf_counter() - saved
                edit = {"slug": slug, "old": old, "new": new, "ar_s": ar, "en_s": en}
                edit["timed_out"] = ar is None
                result["edits"].append(edit)
                done += 1
                shown = "timeout" if ar is None else f"{ar:.2f} s"
                progress(f"serve: edit {done}/{edits} ({slug}: {old} -> {new}) served in {shown}")
                if ar is None:
                    result["error"] = (
                        f"edit not served within {edit_timeout:.0f} s; stopped editing"
                    )
                    break
                time.sleep(1.0)
        finally:
            # SIGINT first: mkdocs serve then removes its temp site itself.
            stop_group(proc, first=signal.SIGINT, grace=20.0)
            result["returncode"] = proc.returncode
    served = [e["ar_s"] for e in result["edits"] if e["ar_s"] is not None]
    result["median_s"] = median(served)
    result["min_s"] = min(served) if served else None
    result["max_s"] = max(served) if served else None
    result["timeouts"] = sum(1 for e in result["edits"] if e["timed_out"])
    return result
