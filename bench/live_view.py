"""Live view under load: a 1920 x 1080, 30 fps source shown in the window while a capture is
stored and analysed, once with the live count (detector overlay) off and once with it on.
Reports displayed fps, the longest GUI stall, live-count updates per second, and
capture-to-analysed-field time as a ratio to the bare model time (same run).

    python bench/live_view.py [--seconds 6]     (--seconds 2: a smoke run)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import cv2  # noqa: E402
import numpy as np  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.core.models import load_detector  # noqa: E402
from app.core.settings import Settings  # noqa: E402
from app.core.store import SlideStore  # noqa: E402
from app.ui.app import the_app  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from bench.stall_meter import StallMeter  # noqa: E402
from bench.synthetic_detector import bench_profile  # noqa: E402


class SyntheticCamera:
    """1080p frames at 30 fps from memory, so the source itself costs nothing."""

    name = "synthetic 1080p30"

    def __init__(self) -> None:
        rng = np.random.default_rng(0)
        self.pool = []
        for _ in range(8):
            frame = np.full((1080, 1920, 3), 225, np.uint8)
            for _ in range(200):
                x, y = int(rng.integers(30, 1890)), int(rng.integers(30, 1050))
                cv2.circle(frame, (x, y), int(rng.integers(10, 30)), (150, 80, 160), -1)
            self.pool.append(frame)
        self.index, self.next_at = 0, 0.0
        self.ended_message = "The synthetic camera stopped."

    def open(self) -> None:
        self.next_at = time.monotonic()

    def read(self) -> np.ndarray:
        delay = self.next_at - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        self.next_at += 1 / 30
        self.index += 1
        return self.pool[self.index % len(self.pool)]

    def interrupt(self) -> None:
        pass  # a read waits at most one frame

    def close(self) -> None:
        pass


def phase(
    app: QApplication, window: MainWindow, overlay: bool, seconds: float
) -> dict[str, object]:
    """One slide, one capture after a third of ``seconds``, the live count on or off."""
    window.create_slide("b", {"sample_id": f"LIVE-{'overlay' if overlay else 'plain'}"})
    view = window.slide_view
    assert view is not None
    view.tabs.setCurrentWidget(view.camera)
    view.camera.overlay.setChecked(overlay)
    view.camera.start_source(SyntheticCamera())

    shown: list[float] = []
    counts: dict[int, float] = {}  # live-count runs: frame -> seconds the run took
    original_tick = view.camera._tick

    def tick() -> None:
        before = view.camera._shown
        original_tick()
        if view.camera._shown != before:
            shown.append(time.monotonic())
        live = view.camera.live
        if live is not None and live.result is not None:
            counts[live.result.sequence] = live.result.seconds

    view.camera.timer.timeout.disconnect()
    view.camera.timer.timeout.connect(tick)
    meter = StallMeter()
    meter.start()
    start = time.monotonic()
    captured_at = analysed_at = None
    while time.monotonic() - start < seconds:
        app.processEvents()
        now = time.monotonic()
        if captured_at is None and now - start > seconds / 3:
            view.camera.capture()
            captured_at = now
        fields = view.session.field_list()
        if analysed_at is None and fields and fields[0].analysis_state == "done":
            analysed_at = now
        time.sleep(0.001)
    meter.stop()
    grabber_fps = view.camera.grabber.fps if view.camera.grabber else None
    view.camera.stop()
    steady = [t for t in shown if t - start > 0.5]
    return {
        "live_count": overlay,
        "displayed_fps": (len(steady) - 1) / (steady[-1] - steady[0]) if len(steady) > 1 else 0,
        "grabber_fps": grabber_fps,
        "live_count_updates_per_s": len(counts) / (seconds - 0.5) if overlay else None,
        "live_count_run_s": statistics.median(counts.values()) if counts else None,
        "longest_gui_stall_ms": meter.longest(skip=20),  # after the view has started
        "median_gui_tick_ms": statistics.median(meter.gaps_ms) if meter.gaps_ms else None,
        "capture_to_analysed_field_s": (
            analysed_at - captured_at if analysed_at and captured_at else None
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=6.0, help="per phase (2: a smoke run)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp())
    profile = bench_profile(work)
    app = the_app()
    window = MainWindow(
        SlideStore(work / "data"), Settings(operator="b", profile=str(profile)), work / "config"
    )
    window.resize(1400, 860)
    window.show()
    phases = [phase(app, window, overlay, args.seconds) for overlay in (False, True)]
    window.close()

    det = load_detector(json.loads(profile.read_text())["detector"])
    tensor, _ = det.prepare(SyntheticCamera().pool[0])
    bare = []
    for _ in range(5):
        t = time.perf_counter()
        det.session.run([det.output_name], {det.input.name: tensor})
        bare.append(time.perf_counter() - t)
    model_s = statistics.median(bare)
    for result in phases:
        capture_s = result["capture_to_analysed_field_s"]
        ratio = capture_s / model_s if isinstance(capture_s, float) else None
        result["ratio_capture_to_bare_model"] = ratio
    result = {"source": "1920x1080 @ 30 fps", "bare_model_s": model_s, "phases": phases}
    out = ROOT / "bench" / "results" / "live_view.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1))
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
