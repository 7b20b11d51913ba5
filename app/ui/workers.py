"""The one kind of background job, modelled on superqt's ``WorkerBase``.

A ``Worker`` runs ``work(worker)`` on a thread pool and tells the GUI thread what happened:
``started``, then ``returned`` (the work's value) or ``errored`` (a message for a person that
says what went wrong), then always ``finished``. ``quit()`` asks it to stop: the work checks
``worker.abort_requested`` between its steps, and a worker asked to stop never emits
``returned`` or ``errored``: nobody wants that answer any more, only ``finished`` comes.

What the work hands over while it runs (``send``) is queued in the worker, thread-safely, and
``sent`` says there is something to ``take()``. A queue rather than signal arguments: a slide
that closes while its import runs waits for the worker and then takes what the worker had read,
which queued signal arguments could not give it (they wait for the event loop).

``Jobs`` is the set of workers one owner (a slide, a dialog, a window) started: closing the owner
quits them. A worker counts as running there until its ``finished`` reached the GUI thread, so
its answer has been handled by then: its thread ends before the queued answer arrives, and "not
running" as soon as the thread ended let a second job start, or a test look, before the answer
of the first was applied. A module registry keeps every running worker alive until it finished,
so an owner may go away without waiting, and ``wait_all`` lets the application end cleanly.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.core.errors import SmearCountError
from app.ui.translations import tr as _tr

log = logging.getLogger(__name__)


class WorkerSignals(QObject):
    started = Signal()
    sent = Signal()  # something is waiting in ``take()``
    returned = Signal(object)  # the work's value (never after quit())
    errored = Signal(str)  # a message for a person (never after quit())
    finished = Signal()  # always last


def failure_message(what: str, exc: BaseException) -> str:
    """What a person reads when ``what`` failed: our own errors say themselves; anything else
    is named as the unexpected fault it is (the log has the traceback)."""
    if isinstance(exc, SmearCountError):
        return str(exc)
    said = _tr("{0} stopped on an unexpected error ({1}). See the log.")
    return said.replace("{0}", what).replace("{1}", f"{type(exc).__name__}: {exc}")


class Worker(QRunnable):
    def __init__(self, work: Callable[[Worker], Any], what: str) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the registry owns it until ``finished``
        self._work: Callable[[Worker], Any] | None = work
        self.what = what
        self.signals = WorkerSignals()
        self._abort = threading.Event()
        self._done = threading.Event()
        self.delivered = False  # its ``finished`` reached the GUI thread (set there)
        self._sent: deque[Any] = deque()

    # ----- from the owner (GUI thread) ---------------------------------------------------------
    def quit(self) -> None:
        self._abort.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work ended (or ``timeout`` seconds passed); True when it ended."""
        return self._done.wait(timeout)

    def take(self) -> list[Any]:
        """What the work sent and nobody took yet, oldest first."""
        out = []
        while self._sent:
            out.append(self._sent.popleft())
        return out

    # ----- from the work (worker thread) -------------------------------------------------------
    @property
    def abort_requested(self) -> bool:
        return self._abort.is_set()

    def send(self, value: Any) -> None:
        self._sent.append(value)
        self.signals.sent.emit()

    def run(self) -> None:
        work, self._work = self._work, None  # a finished worker holds nothing of its owner
        self.signals.started.emit()
        try:
            assert work is not None, "a worker runs once"
            result = work(self)
        except Exception as exc:  # a fault must reach the person, never kill the thread
            if not isinstance(exc, SmearCountError):
                log.exception("%s failed", self.what)
            if not self.abort_requested:
                self.signals.errored.emit(failure_message(self.what, exc))
        else:
            if not self.abort_requested:
                self.signals.returned.emit(result)
        finally:
            self._done.set()
            self.signals.finished.emit()


class _Registry(QObject):
    """Every started worker until its ``finished`` was delivered."""

    def __init__(self) -> None:
        super().__init__()
        self.running: dict[WorkerSignals, Worker] = {}

    def add(self, worker: Worker) -> None:
        self.running[worker.signals] = worker
        worker.signals.finished.connect(self._finished)

    def _finished(self) -> None:
        sender = self.sender()
        if isinstance(sender, WorkerSignals):
            worker = self.running.pop(sender, None)
            if worker is not None:
                worker.delivered = True
            # Gone once every slot of ``finished`` ran, and its connections with it: no
            # connection's closure keeps a worker, or what it captured, alive.
            sender.deleteLater()


_registry: _Registry | None = None


def _the_registry() -> _Registry:
    global _registry
    if _registry is None:
        _registry = _Registry()
    return _registry


def start(worker: Worker, pool: QThreadPool | None = None) -> Worker:
    """Run ``worker`` on ``pool`` (the global pool by default); connect to its signals first."""
    _the_registry().add(worker)
    (pool or QThreadPool.globalInstance()).start(worker)
    return worker


def running() -> list[Worker]:
    return list(_the_registry().running.values())


def wait_all() -> None:
    """Ask every worker to stop and wait for them (the application is ending)."""
    workers = running()
    for worker in workers:
        worker.quit()
    for worker in workers:
        worker.wait()


class Jobs:
    """The workers one owner started; ``quit_all`` when the owner closes."""

    def __init__(self) -> None:
        self._workers: list[Worker] = []

    def start(self, worker: Worker, pool: QThreadPool | None = None) -> Worker:
        self._workers = self.running()
        self._workers.append(start(worker, pool))
        return worker

    def running(self) -> list[Worker]:
        """The workers whose ``finished`` has not reached the GUI thread yet."""
        self._workers = [w for w in self._workers if not w.delivered]
        return list(self._workers)

    def quit_all(self) -> list[Worker]:
        """Ask every running worker to stop; returns them (to wait for, where that matters)."""
        workers = self.running()
        for worker in workers:
            worker.quit()
        return workers


def start_call(
    work: Callable[[], object],
    what: str,
    returned: Callable[[object], None],
    errored: Callable[[str], None],
) -> Worker:
    """Run ``work`` (which needs no abort: a refit, a training-data export) on the global pool;
    the application waits for it at exit (``wait_all``)."""
    worker = Worker(lambda _w: work(), what)
    worker.signals.returned.connect(returned)
    worker.signals.errored.connect(errored)
    return start(worker)
