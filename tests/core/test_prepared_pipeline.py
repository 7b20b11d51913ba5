"""The engine prepares fields for a detector that asks for it, and answers in original pixels."""

from __future__ import annotations

import json
import shutil

import cv2
import numpy as np
import pytest

from app.core.field_prep import estimate_rbc_diameter, flatten
from app.core.geometry import iou_one_to_many
from app.core.models import load_detector
from app.core.paths import models_dir
from app.core.pipeline import FieldSetup, Pipeline
from app.core.synthetic import render_field


def _detector_asking(tmp_path, preprocess):
    """The shipped detector, its manifest asking for ``preprocess`` (None: the key removed)."""
    source = models_dir() / "cell_detector.onnx"
    shutil.copy(source, tmp_path / source.name)
    manifest = json.loads(source.with_suffix(".json").read_text())
    manifest.pop("preprocess", None)
    if preprocess is not None:
        manifest["preprocess"] = preprocess
    (tmp_path / "cell_detector.json").write_text(json.dumps(manifest))
    return load_detector(tmp_path / source.name)


def _shipped_rbc_px() -> float:
    manifest = json.loads((models_dir() / "cell_detector.json").read_text())
    return float(manifest.get("preprocess", {}).get("rbc_px") or 80.0)


def _small_field(gain: float, seed: int = 1, across: int = 1):
    """Synthetic fields, ``across`` x ``across`` side by side, shrunk by ``gain``: what a
    low-magnification camera sees. Returns the image and its white cells' boxes."""
    rows, boxes = [], []
    for r in range(across):
        row = []
        for c in range(across):
            field = render_field(640, 480, white_cells=2, seed=seed + r * across + c)
            row.append(field.image)
            wbc = field.boxes[[label == "wbc" for label in field.labels]]
            boxes.append(wbc + np.array([640 * c, 480 * r] * 2, np.float32))
        rows.append(np.concatenate(row, axis=1))
    mosaic = np.concatenate(rows, axis=0)
    image = cv2.resize(mosaic, None, fx=gain, fy=gain, interpolation=cv2.INTER_AREA)
    return image, np.concatenate(boxes) * gain


def test_a_low_magnification_field_is_enlarged_tiled_and_mapped_back(tmp_path):
    """Red cells ~14 px: the field is brought to the model's scale (larger than one tile),
    detected tile by tile, and every white cell is found where it is in the original."""
    rbc_px = _shipped_rbc_px()
    detector = _detector_asking(tmp_path, {"flatten": True, "rbc_px": rbc_px})
    image, wbc = _small_field(0.18, across=3)
    pipeline = Pipeline(detector)
    prepared = pipeline.prepare(image)
    assert prepared.scale is not None and prepared.scale.source == "estimated"
    enlarged = (np.array(image.shape[:2]) * prepared.scale.factor).round().astype(int)
    assert len(detector.tiles(int(enlarged[1]), int(enlarged[0]))) > 1
    found = pipeline.analyze_field(image)
    boxes = np.array([c.box for c in found.cells if c.detector_label == "wbc"], np.float32)
    # Boxes land on the cells in original pixels (a wrong mapping or a lost tile finds none).
    hits = [len(boxes) and iou_one_to_many(box, boxes).max() > 0.5 for box in wbc]
    assert np.mean(hits) >= 0.85
    h, w = image.shape[:2]
    assert all(0 <= c.box[0] < c.box[2] <= w and 0 <= c.box[1] < c.box[3] <= h for c in found.cells)
    summary = found.models[0]
    assert summary["scale_source"] == "estimated" and summary["flattened"] == "yes"
    assert float(summary["um_per_px"]) == pytest.approx(
        prepared.scale.micrometres_per_pixel, rel=1e-3
    )


def test_a_calibrated_camera_pins_the_scale_and_a_profile_can_switch_it_off(tmp_path):
    detector = _detector_asking(tmp_path, {"flatten": True, "rbc_px": 40.0})
    image, _ = _small_field(0.5)
    pinned = Pipeline(detector, setup=FieldSetup(rbc_px=25.0)).prepare(image)
    assert pinned.scale is not None
    assert (pinned.scale.source, pinned.scale.factor) == ("calibrated", 40.0 / 25.0)
    off = Pipeline(detector, setup=FieldSetup(prepare=False)).analyze_field(image)
    assert off.prepared.image is image and off.prepared.scale is None
    assert "scale_source" not in off.models[0]


def test_a_detector_that_asks_nothing_sees_the_field_as_it_is(tmp_path):
    detector = _detector_asking(tmp_path, None)
    image, _ = _small_field(0.5)
    result = Pipeline(detector).analyze_field(image)
    assert result.prepared.image is image and result.prepared.illumination is None
    assert "um_per_px" not in result.models[0]


def test_the_classifier_sees_the_same_flattened_field_in_analysis_and_in_explain(tmp_path):
    """model_answers (Explain, the import self-test) prepares the field as analysis does."""
    from app.core.models import load_classifier
    from app.core.pipeline import Stage

    detector = _detector_asking(tmp_path, {"flatten": True, "rbc_px": _shipped_rbc_px()})
    classifier = load_classifier(models_dir() / "wbc_classifier.onnx")
    pipeline = Pipeline(detector, [Stage("wbc_type", classifier)])
    image, _ = _small_field(0.6, seed=4)
    warm = (image * np.array([1.0, 0.9, 0.7])).astype(np.uint8)  # a warm lamp
    cells = [c for c in pipeline.analyze(warm) if c.detector_label == "wbc"]
    assert cells
    boxes = np.array([c.box for c in cells], np.float32)
    again = pipeline.model_answers("wbc_type", warm, boxes)
    assert np.allclose(again.confidences, [c.confidence for c in cells], atol=1e-5)
    direct = classifier.classify_boxes(warm, boxes)  # the unprepared field differs
    assert not np.allclose(direct.probabilities, again.probabilities, atol=1e-3)
    assert estimate_rbc_diameter(flatten(warm)[0]) is not None
