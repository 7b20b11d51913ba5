"""OpenCV and the FFmpeg inside it write their warnings straight to the process's stderr (fd 2),
out of reach of Python's logging. Around the calls that warn (opening and releasing devices and
files) fd 2 is pointed at a scratch file whose lines then go to the log file."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager

log = logging.getLogger("opencv")

# fd 2 is one per process: two redirections at once would restore each other's.
_lock = threading.Lock()


@contextmanager
def opencv_log_to_logging() -> Iterator[None]:
    with _lock, tempfile.TemporaryFile() as scratch:
        sys.stderr.flush()
        saved = os.dup(2)
        os.dup2(scratch.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            scratch.seek(0)
            for line in scratch.read().decode("utf-8", "replace").splitlines():
                if line.strip():
                    log.warning("%s", line.strip())
