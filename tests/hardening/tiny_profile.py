"""A fast profile for long-running hardening tests: a constant detector and a channel-mean
classifier (tests/onnx_graphs.py), written to a folder as a version 1 profile."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from tests import onnx_graphs as g


def tiny_profile(folder: Path, wbc_centres: list[tuple[float, float]]) -> Path:
    """White cells of 30 px at ``wbc_centres`` (320 x 320 input pixels), scores falling from
    0.95 in the order given; returns the profile file."""
    folder.mkdir()
    rows = np.zeros((len(wbc_centres), 4 + 3), np.float32)
    for i, (x, y) in enumerate(wbc_centres):
        rows[i] = [x, y, 30, 30, 0.95 - 0.05 * i, 0.0, 0.0]
    meta = g.ultralytics_meta(["wbc", "rbc", "platelet"], imgsz=(320, 320))
    g.detector(folder / "det.onnx", rows, "channels_first", (320, 320), metadata=meta)
    g.classifier(folder / "cls.onnx")
    (folder / "cls.json").write_text(
        json.dumps({"classes": ["neutrophil", "lymphocyte", "monocyte"], "output": "logits"})
    )
    path = folder / "p.json"
    path.write_text(
        json.dumps({"profile_version": 1, "detector": "det.onnx", "classifier": "cls.onnx"})
    )
    return path
