"""Cost of an occlusion map for one cell, as a ratio to classifying that cell once.

    python bench/explain_speed.py [--classifier C.onnx]   # → bench/results/explain_speed.json

Cells: the white cells of fields rendered in code (no dataset needed), with the shipped WBC
classifier unless another is given. Both timings are taken in this run, interleaved.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.explain import occlusion_map  # noqa: E402
from app.core.models import load_classifier  # noqa: E402
from app.core.synthetic import render_field  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--classifier", type=Path, default=ROOT / "models_onnx/wbc_classifier.onnx")
    args = parser.parse_args()
    model = load_classifier(args.classifier)
    cells: list[tuple[np.ndarray, tuple[float, float, float, float]]] = []
    for seed in range(6):
        field = render_field(white_cells=2, seed=seed)
        cells += [
            (field.image, (float(b[0]), float(b[1]), float(b[2]), float(b[3])))
            for b, lab in zip(field.boxes, field.labels, strict=True)
            if lab == "wbc"
        ]
    occlusion_map(model, *cells[0])  # warm-up
    single, maps, passes = [], [], 0
    for image, box in cells:
        start = time.perf_counter()
        model.classify_boxes(image, np.array([box], np.float32))
        single.append(time.perf_counter() - start)
        result = occlusion_map(model, image, box)
        assert result is not None
        maps.append(result.seconds)
        passes = result.passes
    out = {
        "classifier": args.classifier.name,
        "cells": len(cells),
        "forward_passes_per_map": passes,
        "classify_one_cell_ms": 1000 * statistics.median(single),
        "occlusion_map_ms": 1000 * statistics.median(maps),
        "ratio_map_to_one_classification": statistics.median(maps) / statistics.median(single),
    }
    print(json.dumps(out, indent=1))
    target = ROOT / "bench/results/explain_speed.json"
    target.parent.mkdir(exist_ok=True)
    target.write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
