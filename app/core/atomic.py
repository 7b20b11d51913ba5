"""Writing files so that a crash or a full disk never leaves a half-written one behind."""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import tempfile
import time
from pathlib import Path

from app.core.errors import ExportError
from app.core.i18n import N_, _

#: A temporary file this old was left by a write that never finished (the power went).
STALE_SECONDS = 600


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename."""
    path = Path(path)
    _remove_stale(path)
    try:
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise ExportError(_why(path, exc)) from exc
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(tmp_name, path)
    except OSError as exc:
        Path(tmp_name).unlink(missing_ok=True)
        raise ExportError(_why(path, exc)) from exc
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself survive a power cut (POSIX; Windows has no folder handles)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove_stale(path: Path) -> None:
    """Temporary files of earlier writes of ``path`` cut short by a crash (best effort; a write
    still running elsewhere is younger than STALE_SECONDS and left alone)."""
    now = time.time()
    with contextlib.suppress(OSError):
        for leftover in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
            with contextlib.suppress(OSError):
                if now - leftover.stat().st_mtime > STALE_SECONDS:
                    leftover.unlink()


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def _why(path: Path, exc: OSError) -> str:
    """A reason a person can act on; the previous file, if any, is untouched in every case."""
    reasons = {
        errno.ENOSPC: N_("the disk is full"),
        errno.ENAMETOOLONG: N_("the path is too long: choose a shorter name or folder"),
        errno.ENOENT: N_("the folder does not exist"),
        errno.EROFS: N_("the folder is read-only"),
    }
    reason = reasons.get(exc.errno or 0)
    if reason is None and isinstance(exc, PermissionError):
        reason = N_("it is open in another program (e.g. Excel) or the folder is read-only")
    said = _(reason) if reason else exc.strerror or str(exc)
    return _(
        "{file} could not be written: {reason}. The previous file, if any, is unchanged."
    ).format(file=path.name, reason=said)
