"""A slide of thousands of fields: how fast fields go in (at the start and at the end), memory
as it grows, and what the window costs with it open (opening the slide, a class key until the
counts are redrawn), and how fast the window takes in a folder of images (File → Open folder).

    python bench/big_slide.py [--fields 5000] [--cells 20] [--window-fields 1000] [--json OUT]
Fields are small generated images with --cells model cells each, stored and analysed the way
the window does it (one transaction each); the window parts run offscreen, the folder with
the default models.
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

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.pipeline import Detection  # noqa: E402
from app.core.settings import Settings  # noqa: E402
from app.core.store import SlideStore  # noqa: E402
from app.ui.app import the_app  # noqa: E402


def rss_mb() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def fill(store: SlideStore, folder: Path, fields: int, cells: int) -> tuple[int, list[float]]:
    """The slide's id and the seconds each field took (stored, then its cells written)."""
    session = store.create_slide("bench", f"big-{fields}")
    rng = np.random.default_rng(0)
    took = []
    for i in range(fields):
        image = folder / f"f{i}.png"
        Image.fromarray(rng.integers(0, 255, (48, 64, 3), dtype=np.uint8)).save(image)
        found = [
            Detection((float(3 * j), 0.0, 3 * j + 2.0, 2.0), "neutrophil", 0.9, "wbc", 0.9)
            for j in range(cells)
        ]
        start = time.perf_counter()
        field = session.add_field(image)
        session.apply_analysis(field.id, found)
        took.append(time.perf_counter() - start)
        image.unlink()
    return session.slide_id, took


def window_costs(store: SlideStore, slide_id: int, config: Path, presses: int) -> dict[str, float]:

    from app.ui.main_window import MainWindow

    app = the_app()
    window = MainWindow(store, Settings(operator="bench", target_sound=False), config)
    window.show()
    start = time.perf_counter()
    window.open_slide(slide_id)
    app.processEvents()
    opened = time.perf_counter() - start
    view = window.slide_view
    assert view is not None
    keys = sorted(view.keymap)
    stalls = []
    for i in range(presses):
        cells = [c for c in view.session.cells_in(view.view.field_id or -1)]
        view.view.select([cells[i % len(cells)].id])
        start = time.perf_counter()
        view.corrections.apply_category(keys[i % len(keys)])
        app.processEvents()
        stalls.append(time.perf_counter() - start)
    window.close()
    return {
        "open_slide_s": opened,
        "key_to_screen_ms_median": 1e3 * statistics.median(stalls),
        "key_to_screen_ms_max": 1e3 * max(stalls),
    }


def window_import(folder: Path, count: int) -> dict[str, float]:
    """Fields per second while the window opens a folder of ``count`` images."""

    from app.ui.main_window import MainWindow

    images = folder / "to-open"
    images.mkdir()
    rng = np.random.default_rng(1)
    for i in range(count):
        pixels = rng.integers(0, 255, (48, 64, 3), dtype=np.uint8)
        Image.fromarray(pixels).save(images / f"f{i:05d}.png")
    app = the_app()
    store = SlideStore(folder / "import-data")
    window = MainWindow(store, Settings(operator="bench", target_sound=False), folder / "c2")
    window.show()
    window.create_slide("bench", {"sample_id": "IMPORT"})
    view = window.slide_view
    assert view is not None
    added: list[float] = []
    view.intake.field_added.connect(lambda _field_id: added.append(time.perf_counter()))
    start = time.perf_counter()
    window.open_images([images])
    while len(added) < count and time.perf_counter() - start < 1800:
        app.processEvents()
    edge = min(100, max(2, count // 4))
    window.close()
    store.close()
    return {
        "window_fields_added": len(added),
        "window_fields_per_s_first": (edge - 1) / (added[edge - 1] - added[0]),
        "window_fields_per_s_last": (edge - 1) / (added[-1] - added[-edge]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fields", type=int, default=5000)
    parser.add_argument("--cells", type=int, default=20)
    parser.add_argument("--presses", type=int, default=30)
    parser.add_argument("--window-fields", type=int, default=1000)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        store = SlideStore(work / "data")
        start_rss = rss_mb()
        slide_id, took = fill(store, work, args.fields, args.cells)
        filled_rss = rss_mb()
        window = window_costs(store, slide_id, work / "config", args.presses)
        store.close()
        window |= window_import(work, args.window_fields)
    edge = min(100, max(1, len(took) // 2))
    figures = {
        "fields": args.fields,
        "cells_per_field": args.cells,
        "fields_per_s_first_100": edge / sum(took[:edge]),
        "fields_per_s_last_100": edge / sum(took[-edge:]),
        "last_over_first_time_per_field": (sum(took[-edge:]) / sum(took[:edge])),
        "rss_mb_before": start_rss,
        "rss_mb_filled": filled_rss,
        "rss_kb_per_field": 1024 * (filled_rss - start_rss) / max(1, args.fields),
        **window,
    }
    for key, value in figures.items():
        print(f"{key:32} {value:.3f}" if isinstance(value, float) else f"{key:32} {value}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
