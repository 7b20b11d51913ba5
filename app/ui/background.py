"""One piece of long work on the shared thread pool, its answer delivered on the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.core.errors import SmearCountError

log = logging.getLogger(__name__)


class JobSignals(QObject):
    done = Signal(object)  # what the work returned
    failed = Signal(str)  # a message for a person


class BackgroundJob(QRunnable):
    """Runs ``work`` off the GUI thread; the caller keeps the job until a signal arrived."""

    def __init__(self, work: Callable[[], object], what: str) -> None:
        super().__init__()
        self.work, self.what = work, what
        self.signals = JobSignals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.work()
        except SmearCountError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # a library fault must reach the person, not kill the worker
            log.exception("%s failed", self.what)
            self.signals.failed.emit(f"{self.what} failed ({exc}).")
        else:
            self.signals.done.emit(result)


_running: list[BackgroundJob] = []


def start(
    work: Callable[[], object],
    what: str,
    done: Callable[[object], None],
    failed: Callable[[str], None],
) -> BackgroundJob:
    """Start ``work`` on the global pool (the window waits for it when closing)."""
    job = BackgroundJob(work, what)

    def finish(handler: Callable[[object], None], value: object) -> None:
        if job in _running:
            _running.remove(job)
        handler(value)

    job.signals.done.connect(lambda value: finish(done, value))
    job.signals.failed.connect(lambda message: finish(failed, message))  # type: ignore[arg-type]
    _running.append(job)
    QThreadPool.globalInstance().start(job)
    return job
