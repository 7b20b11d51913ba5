"""Atomic writes: the target is the old file or the new one, and what a crash left behind is
cleaned up by the next write once it is clearly abandoned."""

from __future__ import annotations

import os
import time

from app.core.atomic import STALE_SECONDS, write_bytes_atomic


def test_leftovers_of_a_cut_write_are_removed_later_not_while_fresh(tmp_path):
    target = tmp_path / "report.xlsx"
    old = tmp_path / ".report.xlsx.abc123.tmp"  # a write the power cut short
    fresh = tmp_path / ".report.xlsx.def456.tmp"  # a write that may still be running
    other = tmp_path / ".other.xlsx.abc123.tmp"  # another file's: not ours to touch
    for leftover in (old, fresh, other):
        leftover.write_bytes(b"half")
    long_ago = time.time() - STALE_SECONDS - 60
    os.utime(old, (long_ago, long_ago))
    os.utime(other, (long_ago, long_ago))
    write_bytes_atomic(target, b"whole")
    assert target.read_bytes() == b"whole"
    assert not old.exists() and fresh.exists() and other.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".tmp") == [
        ".other.xlsx.abc123.tmp",
        ".report.xlsx.def456.tmp",
    ]
