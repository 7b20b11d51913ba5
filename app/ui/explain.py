"""Explaining one cell off the GUI thread: an occlusion map from the cell's own classifier.

The worker takes the analysis's loaded models (the same pipeline that typed the cell), finds the
stage that gave the cell its final label, and computes ``app.core.explain.occlusion_map``. One
request at a time: a new request or Escape cancels the running one between batches.
"""

from __future__ import annotations

import itertools
import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.core.errors import SmearCountError
from app.core.explain import occlusion_map
from app.core.imaging import read_image
from app.core.pipeline import Pipeline
from app.core.records import Cell
from app.ui.analysis import Analyzer

log = logging.getLogger(__name__)


def stage_for(pipeline: Pipeline, cell: Cell) -> str | None:
    """The classifier stage whose answer the cell shows: the last of its path, or the first
    stage its detector class goes to (manual cells: the stage white cells go to)."""
    if cell.stage_path:
        return cell.stage_path[-1][0]
    label = cell.detector_label or next(iter(pipeline.entry), None)
    return pipeline.entry.get(label) if label else None


class ExplainSignals(QObject):
    ready = Signal(int, int, object)  # request, field id, OcclusionMap
    failed = Signal(int, str)  # request, message for a person


class _Job(QRunnable):
    def __init__(self, explainer: Explainer, request: int, image: Path, cell: Cell) -> None:
        super().__init__()
        self.explainer, self.request, self.image, self.cell = explainer, request, image, cell

    def run(self) -> None:
        signals = self.explainer.signals
        try:
            pipeline = self.explainer.analyzer.pipeline_for_worker()
            if pipeline is None:
                raise SmearCountError("The models could not be loaded; nothing to explain with.")
            stage = stage_for(pipeline, self.cell)
            if stage is None or stage not in pipeline.stages:
                raise SmearCountError(
                    "This cell was not typed by a classifier (its label is the detector's)."
                )
            result = occlusion_map(
                pipeline.stages[stage].classifier,
                # The field as analysis showed it to the models (flattened), so the map explains
                # the confidence the cell was given.
                pipeline.prepare(read_image(self.image)).image,
                self.cell.box,
                should_stop=lambda: self.explainer.current != self.request,
            )
            if result is not None:
                signals.ready.emit(self.request, self.cell.field_id, result)
        except SmearCountError as exc:
            signals.failed.emit(self.request, str(exc))
        except Exception as exc:  # never let a worker die silently
            log.exception("Explanation failed")
            signals.failed.emit(self.request, f"The explanation failed ({exc}).")


class Explainer(QObject):
    def __init__(self, analyzer: Analyzer) -> None:
        super().__init__()
        self.analyzer = analyzer
        self.signals = ExplainSignals()
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(1)
        self._requests = itertools.count(1)
        self._lock = threading.Lock()
        self._current = 0

    @property
    def current(self) -> int:
        with self._lock:
            return self._current

    def explain(self, image: Path, cell: Cell) -> int:
        """Start explaining ``cell``; an earlier request still running stops."""
        request = next(self._requests)
        with self._lock:
            self._current = request
        self.pool.start(_Job(self, request, image, cell))
        return request

    def cancel(self) -> None:
        with self._lock:
            self._current = 0

    def shutdown(self) -> None:
        self.cancel()
        self.pool.waitForDone()
