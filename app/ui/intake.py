"""Bringing worker results into a slide: new fields (opened or captured), analyses, failures.

Each request is one analysis worker that this slide owns (``Jobs``). What a worker sends waits
in an inbox and is applied one item per pass of the event loop, so a burst of results never
holds the window longer than one store write. A result whose request is not the newest for its
field is dropped as stale. Closing the slide (``stop``) stops its workers between images and
stores what they had already read, so a field's image is never left in the store without its
field.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QObject, QTimer, Signal

from app.core.errors import InvalidInputError
from app.core.image_files import ImageSource
from app.core.records import AnalysisState, Field, FieldSource
from app.core.store import SlideSession
from app.ui.analysis import Analysed, Analyzer, Failed, Imported, Progress, Task
from app.ui.errors import reporter
from app.ui.workers import Jobs, Worker

Command = Callable[[], object]


class FieldIntake(QObject):
    status = Signal(str)
    image_read = Signal(object)  # FieldImage, before it becomes a field (for the view's caches)
    field_added = Signal(int)  # field id
    progress = Signal(int, int)  # images done, of how many (done == total: idle)

    def __init__(
        self, session: SlideSession, analyzer: Analyzer, run: Callable[[Command], object]
    ) -> None:
        """``run`` executes a store command and shows a refusal instead of raising it."""
        super().__init__()
        self.session, self.analyzer, self._run = session, analyzer, run
        self.applying = False  # True while a worker's result is being written
        self.jobs = Jobs()
        self._tasks: dict[int, int] = {}  # request -> how many images it reads or analyses
        self._read: dict[int, int] = {}  # request -> how many new fields it stored so far
        self._field_of_key: dict[int, int] = {}
        self._latest: dict[int, int] = {}  # field id -> newest request that analyses it
        self._user_asked: set[int] = set()  # fields whose re-analysis a person asked for
        self._captures: set[int] = set()  # keys of tasks that carry a camera frame
        self._failures: dict[int, list[str]] = {}
        self._inbox: deque[Callable[[], None]] = deque()
        self._requests = iter(range(1, 1 << 62))
        self._workers: dict[int, Worker] = {}  # request -> its worker, until it finished
        self._done: dict[int, int] = {}  # request -> images it got through
        self._stopped = False

    @property
    def busy(self) -> bool:
        """A worker of this slide runs, or what it sent is not applied yet."""
        return bool(self._inbox) or bool(self._workers)

    def cancel(self) -> None:
        """Stop this slide's analyses between images (what they read is kept)."""
        self.jobs.quit_all()

    def stop(self) -> str:
        """The slide closes: its workers stop between images, and what they read is stored
        now. Returns what a person should know about an import cut short ("" when none was)."""
        workers = self.jobs.quit_all()
        cut: dict[int, int] = {}  # request -> images it did not get to
        for worker in workers:
            worker.wait()
        for request, worker in self._workers.items():
            if worker in workers:
                for item in worker.take():
                    self._post(request, item, pump=False)
        while self._inbox:
            self._inbox.popleft()()
        for request, worker in self._workers.items():
            if worker in workers and self._tasks.get(request, 0) > self._done.get(request, 0):
                cut[request] = self._tasks[request] - self._done.get(request, 0)
        self._stopped = True
        self._workers.clear()
        if not cut:
            return ""
        stored = sum(self._read.get(r, 0) for r in cut)
        return (
            self.tr(
                "Import stopped when the slide was closed: {0} image(s) stored as fields "
                "(analysed when the slide is opened again), {1} not read."
            )
            .replace("{0}", str(stored))
            .replace("{1}", str(sum(cut.values())))
        )

    # ----- requests --------------------------------------------------------------------------
    def import_sources(self, sources: list[ImageSource]) -> None:
        """Files, or images inside a zip: read, stored and analysed on the worker."""
        if self._refuse_when_signed():
            return
        tasks = [Task(self.analyzer.new_key(), s.path, True, member=s.member) for s in sources]
        if tasks:
            self._submit(tasks)
            self.status.emit(self.tr("Opening {0} image(s)…").replace("{0}", str(len(tasks))))

    def import_frame(self, frame: NDArray[np.uint8], name: str) -> None:
        """A camera capture: stored and analysed in the background like an opened image."""
        if self._refuse_when_signed():
            return
        key = self.analyzer.new_key()
        self._captures.add(key)
        self._submit([Task(key, Path(name), True, frame)])

    def reanalyse(self, field_id: int) -> None:
        self._user_asked.add(field_id)
        self.analyzer.loader.retry()  # the profile's files may have been fixed meanwhile
        self.analyse_fields([field_id])

    def analyse_fields(self, field_ids: list[int]) -> None:
        fields = self.session.fields
        tasks = [Task(f, self.session.image_path(fields[f]), False) for f in field_ids]
        if tasks:
            request = self._submit(tasks)
            for field_id in field_ids:
                self._latest[field_id] = request

    def resume_pending(self) -> None:
        """Fields whose analysis never landed (the app was closed or killed): run it now."""
        if not self.session.slide.locked:
            pending = AnalysisState.PENDING.value
            self.analyse_fields(
                [f.id for f in self.session.field_list() if f.analysis_state == pending]
            )

    def _submit(self, tasks: list[Task]) -> int:
        request = next(self._requests)
        worker = self.analyzer.worker(tasks)
        self._workers[request] = worker
        self._tasks[request] = len(tasks)
        worker.signals.sent.connect(partial(self._take, request, worker))
        worker.signals.errored.connect(partial(self._errored, request))
        worker.signals.finished.connect(partial(self._post_finished, request))
        self.jobs.start(worker, self.analyzer.pool)
        return request

    def _refuse_when_signed(self) -> bool:
        if self.session.slide.locked:
            reporter().report(
                self.tr("Slide signed"), self.tr("This slide is signed; unsign it to add fields.")
            )
        return self.session.slide.locked

    # ----- results ---------------------------------------------------------------------------
    def _take(self, request: int, worker: Worker) -> None:
        for item in worker.take():
            self._post(request, item)

    def _post(self, request: int, item: object, pump: bool = True) -> None:
        if self._stopped:
            return  # the slide is closed; what its workers read was stored in stop()
        handlers: dict[type, Callable[[int, Any], None]] = {
            Imported: self._imported,
            Analysed: self._analysed,
            Failed: self._failed,
            Progress: self._progress,
        }
        self._inbox.append(partial(handlers[type(item)], request, item))
        if pump and len(self._inbox) == 1:
            QTimer.singleShot(0, self._pump)

    def _post_finished(self, request: int) -> None:
        if not self._stopped:
            self._inbox.append(partial(self._finished, request))
            if len(self._inbox) == 1:
                QTimer.singleShot(0, self._pump)

    def _pump(self) -> None:
        if self._inbox:
            self._inbox.popleft()()
        if self._inbox:
            QTimer.singleShot(0, self._pump)

    def _apply(self, command: Command) -> object:
        self.applying = True
        try:
            return self._run(command)
        finally:
            self.applying = False

    def _field_for(self, key: int) -> int | None:
        field_id = key if key > 0 else self._field_of_key.get(key)
        return field_id if field_id in self.session.fields else None

    def _imported(self, request: int, item: Imported) -> None:
        if request not in self._workers:
            return
        image, quality = item.image, item.quality
        self.image_read.emit(image)
        source = FieldSource.CAMERA if item.key in self._captures else FieldSource.FILE

        def add() -> Field | None:
            try:
                return self.session.add_field(image, source, quality=quality.focus)
            except InvalidInputError as exc:  # e.g. already a field: said once, with the rest
                self._failures.setdefault(request, []).append(str(exc))
                return None

        field = self._apply(add)
        if not isinstance(field, Field):
            return
        self._read[request] = self._read.get(request, 0) + 1
        self._field_of_key[item.key] = field.id
        self._latest[field.id] = request
        if not quality.ok:
            self.status.emit(
                self.tr("Field {0}: {1}. Consider capturing it again.")
                .replace("{0}", str(field.position))
                .replace("{1}", ", ".join(quality.problems))
            )
        self.field_added.emit(field.id)

    def _analysed(self, request: int, item: Analysed) -> None:
        field_id = self._field_for(item.key)
        if (
            request not in self._workers
            or field_id is None
            or self._latest.get(field_id) != request
        ):
            return  # stale: a newer analysis of this field is on its way, or it is gone
        asked = field_id in self._user_asked
        self._user_asked.discard(field_id)
        cells, models = item.cells, item.models
        self._apply(
            lambda: self.session.apply_analysis(field_id, cells, user_action=asked, models=models)
        )

    def _failed(self, request: int, item: Failed) -> None:
        if request not in self._workers:
            return
        field_id = self._field_for(item.key)
        if field_id is not None and self._latest.get(field_id) == request:
            message = item.message
            self._apply(lambda: self.session.record_analysis_failure(field_id, message))
        self._failures.setdefault(request, []).append(item.message)

    def _progress(self, request: int, item: Progress) -> None:
        self._done[request] = item.done
        self.progress.emit(item.done, item.total)

    def _errored(self, request: int, message: str) -> None:
        """The worker itself stopped on a fault (not one image: each of those is a Failed)."""
        self._failures.setdefault(request, []).append(message)

    def _finished(self, request: int) -> None:
        if self._workers.pop(request, None) is None:
            return
        failures = self._failures.pop(request, [])
        total = self._tasks.pop(request, 0)
        self.progress.emit(total, total)
        if failures:
            reporter().report(
                self.tr("Some images were not added or not analysed"),
                "\n".join(failures[:20]) + ("\n…" if len(failures) > 20 else ""),
            )
        self.status.emit(self.tr("Analysis finished."))
