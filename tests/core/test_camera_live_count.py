"""The live count: the newest frame offered, the counted classes only, never while fields are
being analysed."""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace

import numpy as np

from app.core.camera.live_count import LiveCounter
from app.core.models.detector import Detections


class FakeDetector:
    config = SimpleNamespace(classes=("wbc", "rbc"))

    def __init__(self) -> None:
        self.frames: list[int] = []

    def detect(self, frame):
        self.frames.append(int(frame[0, 0, 0]))
        boxes = np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 9, 12, 12]], np.float32)
        return Detections(boxes, np.ones(3, np.float32), np.array([0, 1, 0], np.intp))


def _wait(condition, timeout=10.0):
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert condition()


def _frame(value):
    return np.full((8, 8, 3), value, np.uint8)


def test_it_counts_the_classified_classes_and_waits_while_fields_are_analysed():
    detector = FakeDetector()
    pipeline = SimpleNamespace(detector=detector, entry={"wbc": "classifier"})
    analysing = threading.Event()
    analysing.set()
    live = LiveCounter(lambda: pipeline, analysing.is_set)
    for sequence in range(10):
        live.offer(sequence, _frame(sequence))
        time.sleep(0.02)
    assert detector.frames == [] and live.result is None  # a capture is being analysed
    analysing.clear()
    live.offer(10, _frame(10))
    _wait(lambda: live.result is not None)
    assert live.result.sequence == 10 and detector.frames[0] == 10
    assert live.result.boxes == ((1, 2, 3, 4), (9, 9, 12, 12))  # the RBC is not counted
    live.stop()
    _wait(lambda: not live.running)


def test_without_a_detector_it_says_so():
    live = LiveCounter(lambda: SimpleNamespace(detector=None, entry={}), lambda: False)
    _wait(lambda: not live.running)
    assert live.error == "No live count: the profile has no detector."
    models_failed = LiveCounter(lambda: None, lambda: False)
    _wait(lambda: not models_failed.running)
    assert "could not be loaded" in models_failed.error
