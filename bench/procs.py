"""Child processes with a wall clock, peak memory, a hard timeout and process-group cleanup."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

GNU_TIME = "/usr/bin/time"


def progress(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


@cache
def gnu_time() -> str | None:
    """``/usr/bin/time`` when it is GNU time (``-v`` reports the peak RSS), else None."""
    if not os.access(GNU_TIME, os.X_OK):
        return None
    with tempfile.NamedTemporaryFile("r", suffix=".time") as out:
        try:
            done = subprocess.run(
                [GNU_TIME, "-v", "-o", out.name, "true"], capture_output=True, timeout=10
            )
        except (OSError, subprocess.SubprocessError):
            return None
        text = Path(out.name).read_text(errors="replace")
    return GNU_TIME if done.returncode == 0 and "Maximum resident set size" in text else None


def memory_method() -> str:
    return f"{GNU_TIME} -v" if gnu_time() else "os.wait4 ru_maxrss (per child)"


@dataclass
class Run:
    cmd: list[str]
    wall_s: float
    peak_rss_kib: int | None
    returncode: int | None
    timed_out: bool
    log: str
    rusage_peak_kib: int | None = None
    """ru_maxrss from wait4 (the largest process in the child's tree), as a cross-check."""

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.timed_out

    def tail(self, lines: int = 15) -> str:
        try:
            text = Path(self.log).read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])


def stop_group(proc: subprocess.Popen, first: int = signal.SIGTERM, grace: float = 15.0) -> None:
    """Signal the child's whole process group (only while its leader is not yet reaped, so
    the group id cannot have been reused), escalating to SIGKILL; never raises."""
    for sig, wait in ((first, grace), (signal.SIGTERM, 5.0), (signal.SIGKILL, 5.0)):
        if proc.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, sig)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=wait)


def _time_report(path: Path) -> int | None:
    try:
        for line in path.read_text(errors="replace").splitlines():
            if "Maximum resident set size" in line:
                return int(line.rsplit(":", 1)[1].strip())
    except (OSError, ValueError):
        return None
    return None


def run_measured(
    cmd: Sequence[str],
    *,
    cwd: Path,
    timeout: float,
    log: Path,
    env: dict[str, str] | None = None,
    stdout: Path | None = None,
) -> Run:
    """Run ``cmd`` in its own process group; wall time, peak RSS of the child, its stderr in
    ``log``. On timeout the whole group is killed and the run is marked ``timed_out``."""
    cmd = [str(c) for c in cmd]
    report = log.with_suffix(".time")
    wrapper = [gnu_time() or "", "-v", "-o", str(report)] if gnu_time() else []
    timed_out = False
    with log.open("wb") as err, open(stdout or os.devnull, "wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [*wrapper, *cmd],
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            env=env,
            start_new_session=True,
        )
        try:
            while True:
                pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
                if pid:
                    break
                if time.perf_counter() - start > timeout:
                    timed_out = True
                    with contextlib.suppress(ProcessLookupError, PermissionError):
                        os.killpg(proc.pid, signal.SIGTERM)
                    deadline = time.monotonic() + 10
                    while time.monotonic() < deadline:
                        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
                        if pid:
                            break
                        time.sleep(0.1)
                    else:
                        with contextlib.suppress(ProcessLookupError, PermissionError):
                            os.killpg(proc.pid, signal.SIGKILL)
                        pid, status, usage = os.wait4(proc.pid, 0)
                    break
                time.sleep(0.02)
        except BaseException:
            stop_group(proc)
            raise
        wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    rusage_peak = int(usage.ru_maxrss) or None
    peak = (_time_report(report) if wrapper else None) or rusage_peak
    return Run(cmd, wall, peak, proc.returncode, timed_out, str(log), rusage_peak)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
