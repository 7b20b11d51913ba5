"""What a capture would add: the detector run on the live view, on its own thread, on the newest
frame it was offered. It runs the same model in a session of its own limited to one core (the
analysis session takes every core while it runs, which stalled the view), works at most a third
of the time (it rests twice as long as the last run took) and not at all while fields are being
analysed, so a slow CPU gets fewer updates, never a stalled view or a delayed capture."""

from __future__ import annotations

import atexit
import logging
import os
import sys
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass

import onnxruntime as ort

from app.core.camera.sources import Frame
from app.core.i18n import _
from app.core.models.detector import Detector
from app.core.models.runtime import session_options
from app.core.pipeline import Pipeline

log = logging.getLogger(__name__)

Box = tuple[float, float, float, float]  # x1, y1, x2, y2 in the frame's pixels
#: At most this many runs a second, even on a fast machine.
MAX_RATE = 5.0
#: Rest this many times as long as a run took.
REST_FACTOR = 2.0
#: The live count's thread priority: below normal (Unix niceness, and Windows' equivalent).
NICENESS = 10
BELOW_NORMAL_WIN32 = -1


@dataclass(frozen=True)
class LiveCount:
    sequence: int  # the frame the boxes were found in
    boxes: tuple[Box, ...]
    seconds: float  # what the run took


def one_core(detector: Detector) -> Detector:
    """The same model and settings in a new session that uses one thread."""
    options = session_options()
    options.intra_op_num_threads = 1
    session = ort.InferenceSession(
        str(detector.info.path), options, providers=detector.session.get_providers()
    )
    return Detector(session, detector.input, detector.output_name, detector.config, detector.info)


def yield_to_the_view() -> None:
    """Lower the calling thread's priority (best effort): on a busy CPU the scheduler then runs
    the view, the grabber and the analysis first. With one intra-op thread the model runs on
    the calling thread, so this covers the whole live count."""
    try:
        if sys.platform == "win32":
            import ctypes

            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
            kernel32.SetThreadPriority(kernel32.GetCurrentThread(), BELOW_NORMAL_WIN32)
        else:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), NICENESS)
    except (OSError, AttributeError):
        log.info("Live count: the thread priority cannot be lowered here")


def counted_classes(pipeline: Pipeline) -> set[str]:
    """The detector classes the pipeline counts: those it classifies (all without a
    classifier)."""
    return set(pipeline.entry) or set(pipeline.source_classes)


def counted_boxes(finder: Pipeline, wanted: set[str], frame: Frame) -> tuple[Box, ...]:
    """The boxes of the wanted detector classes, the frame prepared as analysis prepares a
    field (``finder`` is a detector-only pipeline)."""
    return tuple(c.box for c in finder.analyze(frame) if c.detector_label in wanted)


def _no_live_count(why: object) -> str:
    return _("No live count: {why}.").format(why=str(why).rstrip("."))


class LiveCounter:
    def __init__(self, pipeline: Callable[[], Pipeline | None], paused: Callable[[], bool]) -> None:
        """``pipeline`` loads the models (on this thread); while ``paused()`` is true (fields
        are being analysed) nothing runs."""
        self._pipeline, self._paused = pipeline, paused
        self._offered = threading.Condition()
        self._frame: tuple[int, Frame] | None = None
        self._stop = False
        self.result: LiveCount | None = None
        self.error: str | None = None
        self._thread = threading.Thread(target=self._run, name="live-count", daemon=True)
        self._thread.start()
        _counters.add(self)

    def offer(self, sequence: int, frame: Frame) -> None:
        """The frame now shown (from the GUI thread); older offers not yet taken are dropped."""
        with self._offered:
            self._frame = (sequence, frame)
            self._offered.notify()

    def stop(self) -> None:
        with self._offered:
            self._stop = True
            self._offered.notify()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def join(self, timeout: float) -> None:
        self._thread.join(timeout)

    def _take(self, timeout: float | None) -> tuple[int, Frame] | None:
        with self._offered:
            self._offered.wait_for(lambda: self._stop or self._frame is not None, timeout)
            if self._stop:
                return None
            taken, self._frame = self._frame, None
            return taken

    def _run(self) -> None:
        try:
            pipeline = self._pipeline()
        except Exception as exc:  # the analysis reports model problems; here only say so
            log.exception("Live count: models failed")
            pipeline, self.error = None, _no_live_count(exc)
        if pipeline is None:
            self.error = self.error or _no_live_count(_("the models could not be loaded"))
            return
        if pipeline.detector is None:
            self.error = _no_live_count(_("the profile has no detector"))
            return
        yield_to_the_view()  # after the shared load, which the analysis may be waiting for
        try:
            finder = Pipeline(one_core(pipeline.detector), setup=pipeline.setup)
        except Exception as exc:  # ORT raises its own untyped exceptions
            log.exception("Live count: no session")
            self.error = _no_live_count(exc)
            return
        wanted = counted_classes(pipeline)
        while (taken := self._take(None)) is not None:
            if self._paused():
                if self._rest(1.0 / MAX_RATE):
                    return
                continue
            sequence, frame = taken
            started = time.monotonic()
            try:
                boxes = counted_boxes(finder, wanted, frame)
            except Exception as exc:
                log.exception("Live count failed")
                self.error = _no_live_count(exc)
                return
            took = time.monotonic() - started
            self.result = LiveCount(sequence, boxes, took)
            if self._rest(max(REST_FACTOR * took, 1.0 / MAX_RATE - took)):
                return

    def _rest(self, seconds: float) -> bool:
        """Wait; True when stopped meanwhile."""
        with self._offered:
            return self._offered.wait_for(lambda: self._stop, seconds)


_counters: weakref.WeakSet[LiveCounter] = weakref.WeakSet()


@atexit.register
def _stop_all() -> None:
    """A run still going when the interpreter ends aborts the process inside onnxruntime: stop
    every counter and let its run end first (a run takes well under a second)."""
    for counter in list(_counters):
        counter.stop()
    for counter in list(_counters):
        counter.join(5.0)
