"""One window per data folder. Two windows on the same slides each kept their own view of them
(one could edit a slide the other had signed, or undo the other's change while both showed
their own); so the window holds a lock on the folder, and a second window is refused with a
plain message naming the holder. The command line does not take it: its writes (importing a
bundle) add new slides and go through the same journal rules."""

from __future__ import annotations

import json
import os
import socket
import sys
from pathlib import Path

from app.core.errors import StorageError
from app.core.i18n import _
from app.core.records import now_iso

LOCK_NAME = "smearcount.lock"

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


class FolderLock:
    """Held from ``acquire`` until ``release`` (or the process ends: the system drops it)."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise StorageError(
                _(
                    "SmearCount cannot count in {folder} ({problem}): the folder is read-only or "
                    "not yours. Its slides can still be listed and exported with python -m app "
                    "slides."
                ).format(folder=self.path.parent, problem=exc.strerror)
            ) from exc
        if not _try_lock(fd):
            holder = _read_holder(fd)
            os.close(fd)
            raise StorageError(
                _(
                    "SmearCount is already open on these slides ({holder}). Use that window, or "
                    "close it first: two windows on one data folder would each miss the other's "
                    "changes."
                ).format(holder=holder)
            )
        os.ftruncate(fd, 0)
        who = {"pid": os.getpid(), "host": socket.gethostname(), "since": now_iso()}
        os.write(fd, json.dumps(who).encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the lock
            self._fd = None


def _read_holder(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        who = json.loads(os.read(fd, 4096) or b"{}")
        since = who["since"][:16]
        said = _("process {pid} on {host}, since {since} UTC")
        return said.format(pid=who["pid"], host=who["host"], since=since)
    except (OSError, ValueError, KeyError, TypeError):
        return _("another window")
