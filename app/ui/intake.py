"""Bringing worker results into a slide: new fields (opened or captured), analyses, failures.

Results wait in an inbox and are applied one per pass of the event loop, so a burst of them
never holds the window longer than one store write. Each task carries a key and a request
number; a result whose request is not the newest for its field is dropped as stale.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from functools import partial
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QObject, QTimer, Signal

from app.core.camera.quality import Quality
from app.core.errors import InvalidInputError
from app.core.image_sources import ImageSource
from app.core.records import AnalysisState, Field, FieldSource
from app.core.store import SlideSession
from app.core.store.inputs import Detection, FieldImage
from app.ui.analysis import Analyzer, Task
from app.ui.errors import reporter

Command = Callable[[], object]


class FieldIntake(QObject):
    status = Signal(str)
    image_read = Signal(object)  # FieldImage, before it becomes a field (for the view's caches)
    field_added = Signal(int)  # field id

    def __init__(
        self, session: SlideSession, analyzer: Analyzer, run: Callable[[Command], object]
    ) -> None:
        """``run`` executes a store command and shows a refusal instead of raising it."""
        super().__init__()
        self.session, self.analyzer, self._run = session, analyzer, run
        self.applying = False  # True while a worker's result is being written
        self._requests: set[int] = set()
        self._field_of_key: dict[int, int] = {}
        self._latest: dict[int, int] = {}  # field id -> newest request that analyses it
        self._user_asked: set[int] = set()  # fields whose re-analysis a person asked for
        self._captures: set[int] = set()  # keys of tasks that carry a camera frame
        self._failures: dict[int, list[str]] = {}
        self._inbox: deque[Callable[[], None]] = deque()
        signals = analyzer.signals
        # The analyzer outlives every slide: keep the connections to undo them in stop(), or
        # each closed slide would stay alive through them (found by bench/soak.py).
        self._connections = [
            (signal, partial(self._post, handler))
            for signal, handler in (
                (signals.imported, self._imported),
                (signals.analysed, self._analysed),
                (signals.failed, self._failed),
                (signals.finished, self._finished),
            )
        ]
        for signal, slot in self._connections:
            signal.connect(slot)

    @property
    def busy(self) -> bool:
        return bool(self._inbox)

    def stop(self) -> None:
        """Results still to come are for a slide no longer shown: drop them."""
        for signal, slot in self._connections:
            signal.disconnect(slot)
        self._connections.clear()
        self._requests.clear()
        self._inbox.clear()

    # ----- requests --------------------------------------------------------------------------
    def import_sources(self, sources: list[ImageSource]) -> None:
        """Files, or images inside a zip: read, stored and analysed on the worker."""
        if self._refuse_when_signed():
            return
        tasks = [Task(self.analyzer.new_key(), s.path, True, member=s.member) for s in sources]
        if tasks:
            self._requests.add(self.analyzer.submit(tasks))
            self.status.emit(self.tr("Opening {0} image(s)…").replace("{0}", str(len(tasks))))

    def import_frame(self, frame: NDArray[np.uint8], name: str) -> None:
        """A camera capture: stored and analysed in the background like an opened image."""
        if self._refuse_when_signed():
            return
        key = self.analyzer.new_key()
        self._captures.add(key)
        self._requests.add(self.analyzer.submit([Task(key, Path(name), True, frame)]))

    def reanalyse(self, field_id: int) -> None:
        self._user_asked.add(field_id)
        self.analyse_fields([field_id])

    def analyse_fields(self, field_ids: list[int]) -> None:
        fields = self.session.fields
        tasks = [Task(f, self.session.image_path(fields[f]), False) for f in field_ids]
        if tasks:
            request = self.analyzer.submit(tasks)
            self._requests.add(request)
            for field_id in field_ids:
                self._latest[field_id] = request

    def resume_pending(self) -> None:
        """Fields whose analysis never landed (the app was closed or killed): run it now."""
        if not self.session.slide.locked:
            pending = AnalysisState.PENDING.value
            self.analyse_fields(
                [f.id for f in self.session.field_list() if f.analysis_state == pending]
            )

    def _refuse_when_signed(self) -> bool:
        if self.session.slide.locked:
            reporter().report(
                self.tr("Slide signed"), self.tr("This slide is signed; unsign it to add fields.")
            )
        return self.session.slide.locked

    # ----- results ---------------------------------------------------------------------------
    def _post(self, handler: Callable[..., None], *args: object) -> None:
        self._inbox.append(partial(handler, *args))
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

    def _imported(self, request: int, key: int, image: FieldImage, quality: Quality) -> None:
        if request not in self._requests:
            return
        self.image_read.emit(image)
        source = FieldSource.CAMERA if key in self._captures else FieldSource.FILE

        def add() -> Field | None:
            try:
                return self.session.add_field(image, source, quality=quality.focus)
            except InvalidInputError as exc:  # e.g. already a field: said once, with the rest
                self._failures.setdefault(request, []).append(str(exc))
                return None

        field = self._apply(add)
        if not isinstance(field, Field):
            return
        self._field_of_key[key] = field.id
        self._latest[field.id] = request
        if not quality.ok:
            self.status.emit(
                self.tr("Field {0}: {1}. Consider capturing it again.")
                .replace("{0}", str(field.position))
                .replace("{1}", ", ".join(quality.problems))
            )
        self.field_added.emit(field.id)

    def _analysed(
        self, request: int, key: int, cells: list[Detection], models: list[dict[str, str]]
    ) -> None:
        field_id = self._field_for(key)
        if (
            request not in self._requests
            or field_id is None
            or self._latest.get(field_id) != request
        ):
            return  # stale: a newer analysis of this field is on its way, or it is gone
        asked = field_id in self._user_asked
        self._user_asked.discard(field_id)
        self._apply(
            lambda: self.session.apply_analysis(field_id, cells, user_action=asked, models=models)
        )

    def _failed(self, request: int, key: int, message: str) -> None:
        if request not in self._requests:
            return
        field_id = self._field_for(key)
        if field_id is not None and self._latest.get(field_id) == request:
            self._apply(lambda: self.session.record_analysis_failure(field_id, message))
        self._failures.setdefault(request, []).append(message)

    def _finished(self, request: int) -> None:
        if request not in self._requests:
            return
        self._requests.discard(request)
        failures = self._failures.pop(request, [])
        if failures:
            reporter().report(
                self.tr("Some images were not added or not analysed"),
                "\n".join(failures[:20]) + ("\n…" if len(failures) > 20 else ""),
            )
        self.status.emit(self.tr("Analysis finished."))
