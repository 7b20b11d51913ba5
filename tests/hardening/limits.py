"""Bounds for hardening tests: wall time (no hang), memory and open files (Linux /proc)."""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

PROC = Path("/proc/self")
needs_proc = pytest.mark.skipif(not PROC.is_dir(), reason="needs Linux /proc")


@contextlib.contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Fail instead of hanging (POSIX alarm; the main thread only)."""
    if not hasattr(signal, "SIGALRM") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(_signum: int, _frame: object) -> None:
        raise TimeoutError(f"still running after {seconds} s: a hang")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def status_kb(field: str) -> int:
    """A /proc/self/status value in kB (VmRSS, VmHWM) or count (Threads)."""
    for line in (PROC / "status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise KeyError(field)


def reset_peak() -> None:
    """Start VmHWM (peak RSS) again from the current RSS (Linux >= 4.0)."""
    with contextlib.suppress(OSError):
        (PROC / "clear_refs").write_text("5")


def open_files() -> int:
    return len(os.listdir(PROC / "fd"))
