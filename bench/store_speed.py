"""Slide store costs: one relabel on a 10,000-cell slide against a bare committed SQLite insert
(same disk, same durability settings), and opening a 50-field, 5,000-cell slide.

    python bench/store_speed.py [--folder DIR]   (DIR: the disk to measure; default: a temp dir)
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.categories import DEFAULT_CATEGORY_MAP  # noqa: E402
from app.core.pipeline import Detection  # noqa: E402
from app.core.store import SlideStore  # noqa: E402


def fill(store: SlideStore, folder: Path, fields: int, per_field: int, tag: str) -> int:
    session = store.create_slide("bench", f"{tag}-{fields}x{per_field}")
    rng = np.random.default_rng(fields)
    for i in range(fields):
        image = folder / f"{tag}{i}.png"
        Image.fromarray(rng.integers(0, 255, (48, 64, 3), dtype=np.uint8)).save(image)
        field = session.add_field(image)
        found = [
            Detection((float(j), 0.0, j + 5.0, 5.0), "neutrophil", 0.9, "wbc", 0.9)
            for j in range(per_field)
        ]
        session.apply_analysis(field.id, found)
    return session.slide_id


def bare_connection(folder: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(folder / "bare.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, label TEXT)")
    return conn


def bare_insert_ms(conn: sqlite3.Connection, label: str) -> float:
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO t (label) VALUES (?)", (label,))
    conn.execute("COMMIT")
    return 1e3 * (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "store_speed.json")
    args = parser.parse_args()
    folder = args.folder or Path(tempfile.mkdtemp())
    store = SlideStore(folder / "data")
    big = fill(store, folder, 100, 100, "big")
    medium = fill(store, folder, 50, 100, "medium")

    session = store.open(big, "bench")
    ids = sorted(session.cells)
    labels = ("lymphocyte", "monocyte")
    conn = bare_connection(folder)
    relabel, bare = [], []
    for i in range(args.runs):  # interleaved, so both see the same disk and load
        start = time.perf_counter()
        session.relabel([ids[i * 37 % len(ids)]], labels[i % 2])
        relabel.append(1e3 * (time.perf_counter() - start))
        bare.append(bare_insert_ms(conn, f"x{i}"))
    conn.close()

    opens, counts = [], []
    for _ in range(10):
        start = time.perf_counter()
        opened = store.open(medium, "bench")
        middle = time.perf_counter()
        opened.differential(DEFAULT_CATEGORY_MAP)
        opens.append(1e3 * (middle - start))
        counts.append(1e3 * (time.perf_counter() - middle))
    result = {
        "cells_on_relabelled_slide": len(ids),
        "relabel_median_ms": statistics.median(relabel),
        "bare_insert_median_ms": statistics.median(bare),
        "ratio_relabel_to_bare_insert": statistics.median(relabel) / statistics.median(bare),
        "open_50_fields_5000_cells_median_ms": statistics.median(opens),
        "differential_5000_cells_median_ms": statistics.median(counts),
        "opened_cells": len(opened.cells),
    }
    store.close()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1))
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
