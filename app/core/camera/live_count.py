"""What a capture would add: the detector run on the live view, on its own thread, on the newest
frame it was offered. It works at most a third of the time (it rests twice as long as the last
run took: the model's threads take every core while they run) and not at all while fields are
being analysed, so a slow CPU gets fewer updates, never a stalled view or a delayed capture."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from app.core.camera.sources import Frame
from app.core.pipeline import Pipeline

log = logging.getLogger(__name__)

Box = tuple[float, float, float, float]  # x1, y1, x2, y2 in the frame's pixels
#: At most this many runs a second, even on a fast machine.
MAX_RATE = 5.0
#: Rest this many times as long as a run took.
REST_FACTOR = 2.0


@dataclass(frozen=True)
class LiveCount:
    sequence: int  # the frame the boxes were found in
    boxes: tuple[Box, ...]
    seconds: float  # what the run took


def counted_boxes(pipeline: Pipeline, frame: Frame) -> tuple[Box, ...]:
    """The boxes of the detector classes the pipeline counts (those it classifies; all of
    them when it has no classifier)."""
    detector = pipeline.detector
    if detector is None:
        return ()
    classes = detector.config.classes
    wanted = set(pipeline.entry) or set(classes)
    found = detector.detect(frame)
    return tuple(
        (float(b[0]), float(b[1]), float(b[2]), float(b[3]))
        for b, c in zip(found.boxes, found.class_ids, strict=True)
        if classes[int(c)] in wanted
    )


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
            pipeline, self.error = None, f"No live count: {exc}"
        if pipeline is None:
            self.error = self.error or "No live count: the models could not be loaded."
            return
        if pipeline.detector is None:
            self.error = "No live count: the profile has no detector."
            return
        while (taken := self._take(None)) is not None:
            if self._paused():
                if self._rest(1.0 / MAX_RATE):
                    return
                continue
            sequence, frame = taken
            started = time.monotonic()
            try:
                boxes = counted_boxes(pipeline, frame)
            except Exception as exc:
                log.exception("Live count failed")
                self.error = f"No live count: {exc}"
                return
            took = time.monotonic() - started
            self.result = LiveCount(sequence, boxes, took)
            if self._rest(max(REST_FACTOR * took, 1.0 / MAX_RATE - took)):
                return

    def _rest(self, seconds: float) -> bool:
        """Wait; True when stopped meanwhile."""
        with self._offered:
            return self._offered.wait_for(lambda: self._stop, seconds)
