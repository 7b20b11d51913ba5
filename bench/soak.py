"""A long day at the microscope: thousands of fields through the same pipeline and store
(headless) and hundreds through the window (offscreen), slide after slide, watching memory (RSS),
open files and threads, then checking the database.

    python bench/soak.py [--fields 3000] [--window-fields 300]   # → bench/results/soak.json

Fields are rendered in code (unique per field, so every one is stored); a new slide is started
every SLIDE_FIELDS fields, as a lab would. Memory is sampled after every slide; the slope is fitted
over the second half (after warm-up) and given in kB per 100 fields. Open files and threads are
compared between the end of the first slide (pools started) and the end. Linux only (/proc).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from app.core.pipeline import Pipeline  # noqa: E402
from app.core.store import SlideSession, SlideStore  # noqa: E402
from app.core.store.inputs import FieldImage  # noqa: E402
from app.core.synthetic import render_field  # noqa: E402
from app.ui.app import the_app  # noqa: E402

SLIDE_FIELDS = 30
PROC = Path("/proc/self")


def rss_kb() -> int:
    for line in (PROC / "status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def open_files() -> int:
    return len(os.listdir(PROC / "fd"))


def threads() -> int:
    """Operating-system threads of the process (Qt's included, not only Python's)."""
    for line in (PROC / "status").read_text().splitlines():
        if line.startswith("Threads:"):
            return int(line.split()[1])
    raise RuntimeError("no Threads")


class Fields:
    """Unique fields from a few rendered ones: one pixel row marks each with its number."""

    def __init__(self, width: int = 320, height: int = 240) -> None:
        self.base = [render_field(width, height, white_cells=2, seed=s).image for s in range(8)]

    def __call__(self, n: int) -> np.ndarray:
        image = self.base[n % len(self.base)].copy()
        image[0, :32] = np.unpackbits(np.array([n], dtype=">u4").view(np.uint8))[:, None] * 255
        return image


def slope_kb_per_100(samples: list[tuple[int, int]]) -> float:
    """Least-squares slope of RSS over fields, on the second half of the samples."""
    half = samples[len(samples) // 2 :]
    x = np.array([s[0] for s in half], float)
    y = np.array([s[1] for s in half], float)
    if len(half) < 2 or np.ptp(x) == 0:
        return 0.0
    return float(np.polyfit(x, y, 1)[0] * 100)


def headless_soak(pipeline: Pipeline, data: Path, fields: int) -> dict[str, object]:
    make = Fields()
    store = SlideStore(data)
    samples: list[tuple[int, int]] = []
    start_files = start_threads = 0
    started = time.perf_counter()
    session = None
    for n in range(fields):
        if n % SLIDE_FIELDS == 0:
            session = store.create_slide("soak", f"SOAK-{n // SLIDE_FIELDS}")
        assert session is not None
        image = FieldImage.from_frame(make(n), f"field{n}.png")
        field = session.add_field(image)
        session.apply_analysis(field.id, pipeline.analyze(image.pixels))
        cells = session.cells_in(field.id)
        if cells:  # a technician's correction on every field
            session.relabel([cells[0].id], "lymphocyte")
        if n % SLIDE_FIELDS == SLIDE_FIELDS - 1:
            session.finish("soak done")
            gc.collect()
            samples.append((n + 1, rss_kb()))
            if n + 1 == SLIDE_FIELDS:  # after warm-up, as in the window soak
                start_files, start_threads = open_files(), threads()
    seconds = time.perf_counter() - started
    result = _check(store, samples, start_files, start_threads)
    store.close()
    return {**result, "fields": fields, "seconds": round(seconds, 1)}


def window_soak(profile: str, data: Path, config: Path, fields: int) -> dict[str, object]:
    """The same through the window: open images slide by slide, let the worker analyse them."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent

    from app.core.settings import Settings
    from app.ui.main_window import MainWindow
    from app.ui.slide_view import SlideView

    app = the_app()
    make = Fields()
    images = data / "incoming"
    images.mkdir(parents=True, exist_ok=True)
    store = SlideStore(data / "store")
    window = MainWindow(
        store, Settings(operator="soak", profile=profile, target_sound=False), config
    )
    window.show()

    def wait(done: Callable[[], bool]) -> None:
        deadline = time.monotonic() + 300
        while not done() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.002)

    samples: list[tuple[int, int]] = []
    start_files = start_threads = 0
    for first in range(0, fields, SLIDE_FIELDS):
        window.create_slide("soak", {"sample_id": f"WIN-{first // SLIDE_FIELDS}"})
        view = window.slide_view
        assert view is not None
        paths = []
        for n in range(first, min(fields, first + SLIDE_FIELDS)):
            path = images / f"f{n}.png"
            path.write_bytes(FieldImage.from_frame(make(n), path.name).data)
            paths.append(path)
        window.open_images(paths)
        session, count = view.session, len(paths)

        def analysed(s: SlideSession = session, v: SlideView = view, k: int = count) -> bool:
            pending = any(f.analysis_state == "pending" for f in s.fields.values())
            return len(s.fields) == k and not pending and not v.busy

        wait(analysed)
        for path in paths:
            path.unlink()
        window.show_start()
        # Closed views are deleted by the event loop (deleteLater), which exec() would run.
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
        gc.collect()
        samples.append((min(fields, first + SLIDE_FIELDS), rss_kb()))
        if first == 0:  # after warm-up: the worker pools have started their threads
            start_files, start_threads = open_files(), threads()
    window.close()  # closes the store too
    window.deleteLater()  # no window left behind in the process that called the soak
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    store = SlideStore(data / "store")
    result = _check(store, samples, start_files, start_threads)
    store.close()
    return {**result, "fields": fields}


def _check(
    store: SlideStore, samples: list[tuple[int, int]], files: int, thread_count: int
) -> dict[str, object]:
    gc.collect()
    return {
        "rss_mb_first_last": [round(samples[0][1] / 1024, 1), round(samples[-1][1] / 1024, 1)],
        "rss_slope_kb_per_100_fields": round(slope_kb_per_100(samples), 1),
        "samples": samples,
        "open_files_before_after": [files, open_files()],
        "threads_before_after": [thread_count, threads()],
        "integrity_ok": store.db.integrity_ok(),
        "audit_ok": store.verify_audit().ok,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fields", type=int, default=3000)
    parser.add_argument("--window-fields", type=int, default=300)
    parser.add_argument("--profile", default="default")
    args = parser.parse_args()
    from app.core.profiles import find_profile, pipeline_for, read_profile

    pipeline = pipeline_for(read_profile(find_profile(args.profile)))
    with tempfile.TemporaryDirectory(prefix="smearcount-soak-") as folder:
        work = Path(folder)
        out = {
            "profile": args.profile,
            "headless": headless_soak(pipeline, work / "headless", args.fields),
            "window": window_soak(
                args.profile, work / "window", work / "config", args.window_fields
            ),
        }
    for part in ("headless", "window"):
        summary = {k: v for k, v in out[part].items() if k != "samples"}
        print(part, json.dumps(summary))
    target = ROOT / "bench" / "results" / "soak.json"
    target.parent.mkdir(exist_ok=True)
    target.write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
