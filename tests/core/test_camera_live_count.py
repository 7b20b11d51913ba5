"""The live count: the newest frame offered, the counted classes only, never while fields are
being analysed."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from app.core.camera import live_count
from app.core.camera.live_count import LiveCounter, counted_boxes, one_core
from app.core.field_prep import PrepSpec
from app.core.models import load_detector
from app.core.models.detector import Detections
from app.core.pipeline import FieldSetup, Pipeline
from tests import onnx_graphs as g


@pytest.fixture(autouse=True)
def _fakes_need_no_session(monkeypatch):
    monkeypatch.setattr(live_count, "one_core", lambda detector: detector)


class FakeDetector:
    config = SimpleNamespace(classes=("wbc", "rbc"), preparation=PrepSpec())
    info = SimpleNamespace(summary=dict)

    def __init__(self) -> None:
        self.frames: list[int] = []

    def detect(self, frame, timer=None, native=False):
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
    pipeline = SimpleNamespace(detector=detector, entry={"wbc": "classifier"}, setup=FieldSetup())
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
    no_detector = SimpleNamespace(detector=None, entry={}, source_classes=("cell",))
    live = LiveCounter(lambda: no_detector, lambda: False)
    _wait(lambda: not live.running)
    assert live.error == "No live count: the profile has no detector."
    models_failed = LiveCounter(lambda: None, lambda: False)
    _wait(lambda: not models_failed.running)
    assert "could not be loaded" in models_failed.error


def test_the_live_count_runs_the_same_model_on_one_core(tmp_path):
    rows = np.zeros((2, 4 + 3), np.float32)
    rows[0] = [100, 120, 40, 40, 0.9, 0.0, 0.0]  # wbc at 160,120,240,200 of a 640 x 480 frame
    rows[1] = [200, 150, 20, 20, 0.0, 0.8, 0.0]  # rbc
    path = g.detector(
        tmp_path / "det.onnx",
        rows,
        "channels_first",
        (320, 320),
        metadata=g.ultralytics_meta(["wbc", "rbc", "platelet"], imgsz=(320, 320)),
    )
    shared = load_detector(path)
    own = one_core(shared)
    assert own.session is not shared.session
    assert own.session.get_session_options().intra_op_num_threads == 1
    frame = np.full((480, 640, 3), 200, np.uint8)
    mine, theirs = Pipeline(own), Pipeline(shared)
    assert counted_boxes(mine, {"wbc"}, frame) == counted_boxes(theirs, {"wbc"}, frame)
    assert counted_boxes(mine, {"wbc"}, frame) == ((160.0, 120.0, 240.0, 200.0),)


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="Unix thread niceness")
def test_the_live_count_thread_yields_to_the_view():
    seen = []

    def run():
        before = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
        live_count.yield_to_the_view()
        seen.append((before, os.getpriority(os.PRIO_PROCESS, threading.get_native_id())))

    worker = threading.Thread(target=run)
    worker.start()
    worker.join()
    before, after = seen[0]
    assert after == min(19, max(before, live_count.NICENESS))
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == before  # only it


def test_a_run_still_going_ends_before_the_interpreter_does(tmp_path):
    """A live count running inference when the process ends used to abort it inside
    onnxruntime (a benchmark's exit code -6): the counters are stopped and their runs waited
    for at exit. Here the 'run' is a model load that takes a moment and then says so."""
    import subprocess
    import sys

    ended = tmp_path / "ended"
    script = (
        "import sys, time; from pathlib import Path\n"
        "from app.core.camera.live_count import LiveCounter\n"
        "def load():\n"
        "    time.sleep(0.5); Path(sys.argv[1]).write_text('ended'); return None\n"
        "LiveCounter(load, lambda: False)\n"
        "time.sleep(0.1)\n"  # the run has started; the interpreter now ends
    )
    root = Path(__file__).resolve().parents[2]
    run = subprocess.run([sys.executable, "-c", script, str(ended)], capture_output=True, cwd=root)
    assert run.returncode == 0, run.stderr
    assert ended.is_file()  # the run was let finish before the interpreter went
