"""Analysis off the GUI thread: a one-thread pool runs jobs that read images and run the models;
results come back as signals and are applied by the GUI thread, which alone touches the store.

Each task carries a key and a request number; a result whose request is no longer the newest for
its field is dropped (stale), and a cancelled job stops between images.
"""

from __future__ import annotations

import itertools
import logging
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.core.adaptation.fitting import adapted
from app.core.camera.quality import QualityThresholds, assess
from app.core.errors import SmearCountError
from app.core.image_sources import ImageSource
from app.core.imaging import read_image
from app.core.pipeline import Pipeline
from app.core.profiles import find_profile, pipeline_for, read_profile
from app.core.store.images import ImageStore
from app.core.store.inputs import FieldImage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ModelChoice:
    """Which models to run: a profile name or file, an optional score threshold, and whether
    the lab adaptation types cells (``adaptation_revision`` changes after every refit)."""

    profile: str
    conf_threshold: float | None = None
    lab_adaptation: bool = False
    adaptation_revision: int = 0
    micrometres_per_pixel: float | None = None  # Settings: a calibrated camera pins the scale


@dataclass(frozen=True)
class Task:
    key: int  # a field id for re-analysis; a fresh negative number for a new field
    path: Path  # the file to import, or the stored image of the field
    new_field: bool
    frame: NDArray[np.uint8] | None = None  # a camera capture (then ``path`` is its name)
    member: str | None = None  # an image inside the zip at ``path``


class JobSignals(QObject):
    imported = Signal(int, int, object, object)  # request, key, FieldImage, Quality
    analysed = Signal(int, int, object, object)  # request, key, list[Cell], model summaries
    failed = Signal(int, int, str)  # request, key, message for a person
    model_failed = Signal(str)  # the models could not be loaded
    model_ready = Signal(str)  # a description of the loaded models for the status bar
    progress = Signal(int, int, int)  # request, done, total
    finished = Signal(int)  # request


class _Job(QRunnable):
    def __init__(self, analyzer: Analyzer, request: int, tasks: list[Task]) -> None:
        super().__init__()
        self.analyzer, self.request, self.tasks = analyzer, request, tasks
        self.signals = analyzer.signals

    def run(self) -> None:
        try:
            self._run()
        except Exception as exc:  # never let a worker die silently
            log.exception("Analysis job failed")
            self.signals.model_failed.emit(f"Analysis stopped unexpectedly: {exc}")
        finally:
            self.signals.finished.emit(self.request)

    def _run(self) -> None:
        pipeline = self.analyzer.pipeline_for_worker()
        for done, task in enumerate(self.tasks):
            if self.analyzer.cancelled.is_set():
                break
            try:
                if task.new_field:
                    if task.frame is not None:
                        image = FieldImage.from_frame(task.frame, task.path.name)
                    else:
                        image = FieldImage.from_source(ImageSource(task.path, task.member))
                    quality = assess(image.pixels, self.analyzer.quality_limits)
                    if self.analyzer.image_store is not None:
                        # Write (and sync) the image file here, off the GUI thread; the GUI then
                        # only adds the row. Content-addressed, so doing it twice is harmless.
                        self.analyzer.image_store.put(image.data, image.ext)
                    self.signals.imported.emit(self.request, task.key, image, quality)
                    pixels = image.pixels
                else:
                    pixels = read_image(task.path)
                if pipeline is not None:
                    result = pipeline.analyze_field(pixels)
                    self.signals.analysed.emit(self.request, task.key, result.cells, result.models)
            except SmearCountError as exc:
                self.signals.failed.emit(self.request, task.key, str(exc))
            except Exception as exc:
                log.exception("Analysis of %s failed", task.path)
                self.signals.failed.emit(
                    self.request, task.key, f"{task.path.name}: analysis failed ({exc})."
                )
            self.signals.progress.emit(self.request, done + 1, len(self.tasks))


class Analyzer(QObject):
    """Owns the worker pool and the loaded models; lives on the GUI thread."""

    def __init__(self, choice: ModelChoice) -> None:
        super().__init__()
        self.signals = JobSignals()
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(1)  # one model run at a time; the GUI keeps its cores
        self.cancelled = threading.Event()
        self._choice = choice
        self.quality_limits = QualityThresholds()
        self.image_store: ImageStore | None = None  # where new fields' images are written
        self._pipeline: Pipeline | None = None
        self._loaded_for: ModelChoice | None = None
        self._lock = threading.Lock()
        # The camera's live count loads models too: a second caller waits for the first's load
        # instead of seeing "no models" while it runs.
        self._loading = threading.Lock()
        self._requests = itertools.count(1)
        self._new_keys = itertools.count(-1, -1)

    def set_models(self, choice: ModelChoice) -> None:
        with self._lock:
            self._choice = choice

    def new_key(self) -> int:
        return next(self._new_keys)

    def submit(self, tasks: list[Task]) -> int:
        """Queue ``tasks`` as one job; returns its request number."""
        request = next(self._requests)
        self.cancelled.clear()
        self.pool.start(_Job(self, request, tasks))
        return request

    def cancel(self) -> None:
        self.cancelled.set()

    def busy(self) -> bool:
        """Fields are being read or analysed (safe to ask from any thread)."""
        return self.pool.activeThreadCount() > 0

    def shutdown(self) -> None:
        self.cancel()
        self.pool.waitForDone()

    def pipeline_for_worker(self) -> Pipeline | None:
        """Load (once per choice) and return the models; called on a worker thread."""
        with self._loading:
            return self._load_pipeline()

    def _load_pipeline(self) -> Pipeline | None:
        with self._lock:
            choice = self._choice
            if self._loaded_for == choice:
                return self._pipeline
            self._loaded_for = choice
            self._pipeline = None
        try:
            profile = read_profile(find_profile(choice.profile))
            pipeline = pipeline_for(profile, choice.conf_threshold, choice.micrometres_per_pixel)
            if choice.lab_adaptation:
                pipeline = adapted(pipeline, choice.profile)
        except SmearCountError as exc:
            self.signals.model_failed.emit(str(exc))
            return None
        with self._lock:
            if self._loaded_for == choice:
                self._pipeline = pipeline
        names = " + ".join(
            m["name"] + (" (adapted)" if "adaptation" in m else "")
            for m in pipeline.model_summaries()
        )
        self.signals.model_ready.emit(f"{profile.name}: {names} on {pipeline.provider}")
        return pipeline
