"""How the window feels: start-up, the longest GUI stall while a batch is analysed, time to the
first analysed field, and key press -> updated overlay and counts on a 200-cell slide.

Uses the YOLOv8n-cost stand-in detector (bench/synthetic_detector.py) so the worker really works.

    python bench/gui_responsiveness.py
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402

from app.core.pipeline import Detection  # noqa: E402
from app.core.settings import Settings  # noqa: E402
from app.core.store import SlideStore  # noqa: E402
from app.ui.app import the_app  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from bench.stall_meter import StallMeter  # noqa: E402
from bench.synthetic_detector import bench_profile  # noqa: E402

STARTUP = """
import time, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.ui.app import create_window
from app.ui.app import the_app
w = create_window(); w.show(); app.processEvents()
print("ready", flush=True)
"""


def startup_seconds(work: Path) -> float:
    env = dict(
        os.environ, SMEARCOUNT_DATA_DIR=str(work / "d"), SMEARCOUNT_CONFIG_DIR=str(work / "c")
    )
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", STARTUP], cwd=ROOT, env=env, check=True, capture_output=True
    )
    return time.perf_counter() - start


def main() -> None:
    work = Path(tempfile.mkdtemp())
    profile = bench_profile(work)
    rng = np.random.default_rng(0)
    images = []
    for i in range(10):
        path = work / f"f{i}.png"
        Image.fromarray(rng.integers(150, 255, (480, 640, 3), dtype=np.uint8)).save(path)
        images.append(path)

    starts = [startup_seconds(work) for _ in range(3)]

    app = the_app()
    window = MainWindow(
        SlideStore(work / "data"),
        Settings(operator="b", profile=str(profile), target_sound=False),
        work / "config",
    )
    window.show()
    window.create_slide("b", {"sample_id": "BENCH", "target": 500})
    view = window.slide_view
    assert view is not None
    session = view.session

    # Longest gap between 5 ms timer ticks while the worker analyses 10 fields.
    meter = StallMeter()
    meter.start()
    begin = time.perf_counter()
    first_done: list[float] = []
    session.subscribe(
        lambda change: (
            first_done.append(time.perf_counter() - begin)
            if change.kind == "analysis" and not first_done
            else None
        )
    )
    window.open_images(images)
    while not (
        len(session.fields) == 10
        and all(f.analysis_state != "pending" for f in session.fields.values())
    ):
        app.processEvents()
        time.sleep(0.001)
    batch = time.perf_counter() - begin
    meter.stop()

    # Key press -> store -> overlay + count panel, on a field of 200 cells.
    field = session.field_list()[0]
    found = [
        Detection(
            (
                float(10 + (i % 20) * 30),
                float(10 + (i // 20) * 40),
                float(35 + (i % 20) * 30),
                float(45 + (i // 20) * 40),
            ),
            "neutrophil",
            0.5 + (i % 50) / 100,
            "wbc",
            0.9,
        )
        for i in range(200)
    ]
    session.apply_analysis(field.id, found, user_action=True)
    view.show_field(field.id)
    ids = sorted(c.id for c in session.cells_in(field.id))
    presses = []
    for i in range(100):
        view.view.select([ids[i]])
        start = time.perf_counter()
        view.corrections.apply_category("lymphocyte" if i % 2 else "monocyte")
        app.processEvents()
        presses.append(1e3 * (time.perf_counter() - start))
    result = {
        "startup_to_window_s_median": statistics.median(starts),
        "batch_10_fields_s": batch,
        "first_analysed_field_s": first_done[0] if first_done else None,
        "longest_gui_stall_ms": meter.longest(),
        "timer_ticks": len(meter.gaps_ms),
        "key_to_updated_view_ms_median_200_cells": statistics.median(presses),
        "key_to_updated_view_ms_max": max(presses),
    }
    window.close()
    out = ROOT / "bench" / "results" / "gui_responsiveness.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1))
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
