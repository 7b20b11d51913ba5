"""Explaining one cell off the GUI thread: an occlusion map from the cell's own classifier.

The worker takes the analysis's models (the same pipeline that typed the cell, waiting for them
while they load), finds the stage that gave the cell its final label, and computes
``app.core.explain.occlusion_map``. One request at a time: a new request or Escape stops the
running one between batches, and a stopped worker's answer is never shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from app.core.errors import SmearCountError
from app.core.explain import OcclusionMap, occlusion_map
from app.core.imaging import read_image
from app.core.pipeline import Pipeline
from app.core.records import Cell
from app.ui.analysis import ModelLoader
from app.ui.workers import Jobs, Worker


def stage_for(pipeline: Pipeline, cell: Cell) -> str | None:
    """The classifier stage whose answer the cell shows: the last of its path, or the first
    stage its detector class goes to (manual cells: the stage white cells go to)."""
    if cell.stage_path:
        return cell.stage_path[-1][0]
    label = cell.detector_label or next(iter(pipeline.entry), None)
    return pipeline.entry.get(label) if label else None


def _explain(worker: Worker, loader: ModelLoader, image: Path, cell: Cell) -> OcclusionMap | None:
    pipeline = loader.get()
    if pipeline is None:
        raise SmearCountError(
            "The models could not be loaded, so there is nothing to explain with (the status "
            "bar says why)."
        )
    stage = stage_for(pipeline, cell)
    if stage is None or stage not in pipeline.stages:
        raise SmearCountError(
            "This cell was not typed by a classifier (its label is the detector's)."
        )
    return occlusion_map(
        pipeline.stages[stage].classifier,
        read_image(image),
        cell.box,
        should_stop=lambda: worker.abort_requested,
    )


class Explainer(QObject):
    ready = Signal(int, object)  # field id, OcclusionMap
    failed = Signal(str)  # message for a person

    def __init__(self, loader: ModelLoader) -> None:
        super().__init__()
        self.loader = loader
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(1)
        self.jobs = Jobs()
        self._latest = 0  # the request whose answer is wanted (0: none)

    def explain(self, image: Path, cell: Cell) -> None:
        """Start explaining ``cell``; an earlier request still running stops."""
        self.cancel()
        self._latest += 1
        request, loader, field_id = self._latest, self.loader, cell.field_id
        worker = Worker(lambda w: _explain(w, loader, image, cell), "The explanation")
        worker.signals.returned.connect(lambda result: self._returned(request, field_id, result))
        worker.signals.errored.connect(lambda message: self._errored(request, message))
        self.jobs.start(worker, self.pool)

    def _returned(self, request: int, field_id: int, result: object) -> None:
        # An answer that was on its way when the request was replaced is not shown.
        if request == self._latest and isinstance(result, OcclusionMap):
            self.ready.emit(field_id, result)

    def _errored(self, request: int, message: str) -> None:
        if request == self._latest:
            self.failed.emit(message)

    def cancel(self) -> None:
        self._latest += 1
        self.jobs.quit_all()

    def shutdown(self) -> None:
        for worker in self.jobs.quit_all():
            worker.wait()
