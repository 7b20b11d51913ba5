"""Analysis off the GUI thread: workers (app/ui/workers.py) on a one-thread pool read images and
run the models; what they find goes back to the GUI thread, which alone touches the store.

The models are loaded by a ``ModelLoader``, once per choice, by whichever worker needs them first
(an analysis, an explanation, the camera's live count); the others wait for that load. A load
that failed stays failed until ``retry()`` (Re-analyse) or another choice: the live count asks
many times a second and must not load a broken profile each time.
"""

from __future__ import annotations

import itertools
import logging
import threading
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QObject, QThreadPool, Signal

from app.core.adaptation.fitting import adapted
from app.core.camera.quality import Quality, QualityThresholds, assess
from app.core.errors import SmearCountError
from app.core.image_files import ImageSource
from app.core.imaging import read_image
from app.core.pipeline import Detection, Pipeline
from app.core.profiles import find_profile, pipeline_for, read_profile
from app.core.store.images import ImageStore
from app.core.store.inputs import FieldImage
from app.ui.translations import tr as _tr
from app.ui.workers import Worker, failure_message

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


class ModelState(Enum):
    NOT_LOADED = "not loaded"
    LOADING = "loading"
    READY = "ready"
    FAILED = "failed"


class ModelLoader(QObject):
    """The models of the current choice, loaded on the first worker that asks."""

    changed = Signal(object, str)  # ModelState; the models' description, or why they failed

    def __init__(self, choice: ModelChoice) -> None:
        super().__init__()
        self._choice = choice
        self._state = ModelState.NOT_LOADED
        self._pipeline: Pipeline | None = None
        self._lock = threading.Lock()  # guards the fields above
        self._loading = threading.Lock()  # one load at a time; other callers wait for it

    @property
    def choice(self) -> ModelChoice:
        with self._lock:
            return self._choice

    @property
    def state(self) -> ModelState:
        with self._lock:
            return self._state

    def choose(self, choice: ModelChoice) -> None:
        with self._lock:
            if choice != self._choice:
                self._choice, self._state, self._pipeline = choice, ModelState.NOT_LOADED, None

    def retry(self) -> None:
        """A failed load is tried again by the next worker that asks (the files may be fixed)."""
        with self._lock:
            if self._state is ModelState.FAILED:
                self._state = ModelState.NOT_LOADED

    def get(self) -> Pipeline | None:
        """The loaded models, or None when they cannot be loaded; called on a worker thread.
        Blocks while another worker loads them."""
        with self._loading:
            with self._lock:
                choice = self._choice
                if self._state in (ModelState.READY, ModelState.FAILED):
                    return self._pipeline
                self._state = ModelState.LOADING
            self.changed.emit(ModelState.LOADING, Path(choice.profile).stem)
            try:
                pipeline, text = _load(choice)
            except Exception as exc:  # an unexpected fault is named as one, and logged
                if not isinstance(exc, SmearCountError):
                    log.exception("Loading the models of %s failed", choice.profile)
                pipeline, text = None, failure_message(_tr("Loading the models"), exc)
            state = ModelState.FAILED if pipeline is None else ModelState.READY
            with self._lock:
                if self._choice != choice:  # chosen again meanwhile: the next caller loads that
                    return pipeline
                self._state, self._pipeline = state, pipeline
            self.changed.emit(state, text)
            return pipeline


def _load(choice: ModelChoice) -> tuple[Pipeline, str]:
    profile = read_profile(find_profile(choice.profile))
    pipeline = pipeline_for(profile, choice.conf_threshold, choice.micrometres_per_pixel)
    if choice.lab_adaptation:
        pipeline = adapted(pipeline, choice.profile)
    adapted_mark = _tr(" (adapted)")
    names = " + ".join(
        m["name"] + (adapted_mark if "adaptation" in m else "") for m in pipeline.model_summaries()
    )
    said = _tr("{0}: {1} on {2}").replace("{0}", profile.name).replace("{1}", names)
    return pipeline, said.replace("{2}", pipeline.provider)


@dataclass(frozen=True)
class Task:
    key: int  # a field id for re-analysis; a fresh negative number for a new field
    path: Path  # the file to import, or the stored image of the field
    new_field: bool
    frame: NDArray[np.uint8] | None = None  # a camera capture (then ``path`` is its name)
    member: str | None = None  # an image inside the zip at ``path``


# What an analysis worker sends, in order, for each task:
@dataclass(frozen=True)
class Imported:
    key: int
    image: FieldImage
    quality: Quality


@dataclass(frozen=True)
class Analysed:
    key: int
    cells: list[Detection]
    models: list[dict[str, str]]


@dataclass(frozen=True)
class Failed:
    key: int
    message: str


@dataclass(frozen=True)
class Progress:
    done: int
    total: int


class Analyzer(QObject):
    """The analysis pool and the models; lives on the GUI thread, outlives every slide."""

    def __init__(self, choice: ModelChoice) -> None:
        super().__init__()
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(1)  # one model run at a time; the GUI keeps its cores
        self.loader = ModelLoader(choice)
        self.quality_limits = QualityThresholds()
        self.image_store: ImageStore | None = None  # where new fields' images are written
        self._new_keys = itertools.count(-1, -1)

    def new_key(self) -> int:
        return next(self._new_keys)

    def worker(self, tasks: list[Task]) -> Worker:
        """A worker for ``tasks`` (not started: the slide that owns it starts it)."""
        limits, images, loader = self.quality_limits, self.image_store, self.loader
        return Worker(
            lambda worker: _run(worker, tasks, loader, limits, images), _tr("The analysis")
        )

    def busy(self) -> bool:
        """Fields are being read or analysed (safe to ask from any thread)."""
        return self.pool.activeThreadCount() > 0

    def shutdown(self) -> None:
        self.pool.waitForDone()


def _run(
    worker: Worker,
    tasks: list[Task],
    loader: ModelLoader,
    limits: QualityThresholds,
    images: ImageStore | None,
) -> None:
    if worker.abort_requested:  # stopped while it waited for the pool: load nothing
        return
    pipeline = loader.get()
    for done, task in enumerate(tasks):
        if worker.abort_requested:
            return
        try:
            if task.new_field:
                if task.frame is not None:
                    image = FieldImage.from_frame(task.frame, task.path.name)
                else:
                    image = FieldImage.from_source(ImageSource(task.path, task.member))
                quality = assess(image.pixels, limits)
                if images is not None:
                    # Write (and sync) the image file here, off the GUI thread; the GUI then
                    # only adds the row. Content-addressed, so doing it twice is harmless.
                    images.put(image.data, image.ext, image.sha256)
                worker.send(Imported(task.key, image, quality))
                pixels = image.pixels
            else:
                pixels = read_image(task.path)
            if pipeline is not None:
                result = pipeline.analyze_field(pixels)
                worker.send(Analysed(task.key, result.cells, result.models))
        except Exception as exc:  # one bad image stops nothing but itself
            if not isinstance(exc, SmearCountError):
                log.exception("Analysis of %s failed", task.path)
            what = _tr("{0}: the analysis").replace("{0}", task.path.name)
            worker.send(Failed(task.key, failure_message(what, exc)))
        worker.send(Progress(done + 1, len(tasks)))
