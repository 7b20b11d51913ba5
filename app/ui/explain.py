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
from app.core.store import SlideSession
from app.ui.analysis import ModelLoader
from app.ui.field_view import FieldView
from app.ui.translations import tr as _tr
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
            _tr(
                "The models could not be loaded, so there is nothing to explain with (the "
                "status bar says why)."
            )
        )
    stage = stage_for(pipeline, cell)
    if stage is None or stage not in pipeline.stages:
        raise SmearCountError(
            _tr("This cell was not typed by a classifier (its label is the detector's).")
        )
    return occlusion_map(
        pipeline.stages[stage].classifier,
        # The field as analysis showed it to the models (flattened), so the map explains the
        # confidence the cell was given.
        pipeline.prepare(read_image(image)).image,
        cell.box,
        should_stop=lambda: worker.abort_requested,
    )


class Explainer(QObject):
    """E on the selected cell: the worker, then the heat map over the cell and its words."""

    status = Signal(str)  # what the status bar says

    def __init__(self, loader: ModelLoader) -> None:
        super().__init__()
        self.loader = loader
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(1)
        self.jobs = Jobs()
        self._latest = 0  # the request whose answer is wanted (0: none)

    def explain_selected(self, session: SlideSession, view: FieldView) -> None:
        ids = view.selected_ids()
        if len(ids) != 1 or ids[0] not in session.cells:
            self.status.emit(self.tr("Select one cell to explain."))
            return
        cell = session.cells[ids[0]]
        view.clear_heat()
        self.explain(session.image_path(session.fields[cell.field_id]), cell, view)
        self.status.emit(self.tr("Explaining the selected cell…"))

    def explain(self, image: Path, cell: Cell, view: FieldView) -> None:
        """Start explaining ``cell``; an earlier request still running stops."""
        self.cancel()
        self._latest += 1
        request, loader = self._latest, self.loader
        worker = Worker(lambda w: _explain(w, loader, image, cell), self.tr("The explanation"))
        worker.signals.returned.connect(
            lambda result: self._show(request, cell.field_id, result, view)
        )
        worker.signals.errored.connect(lambda message: self._errored(request, message))
        self.jobs.start(worker, self.pool)

    def _show(self, request: int, field_id: int, result: object, view: FieldView) -> None:
        # An answer on its way when the request was replaced, or for a field the technician
        # has left, is not shown.
        if request != self._latest or field_id != view.field_id:
            return
        if not isinstance(result, OcclusionMap):
            return
        view.show_heat(result)
        self.status.emit(
            self.tr("Bright = what mattered for '{0}' ({1}); {2} forward passes, {3} s.")
            .replace("{0}", result.label)
            .replace("{1}", f"{result.probability:.0%}")
            .replace("{2}", str(result.passes))
            .replace("{3}", f"{result.seconds:.2f}")
        )

    def _errored(self, request: int, message: str) -> None:
        if request == self._latest:
            self.status.emit(message)

    def cancel(self) -> None:
        self._latest += 1
        self.jobs.quit_all()

    def shutdown(self) -> None:
        for worker in self.jobs.quit_all():
            worker.wait()
