"""The models shipped in models_onnx/ load, match their manifests and work out of the box."""

from __future__ import annotations

import csv
import json

import cv2
import numpy as np
import pytest

from app.core.geometry import iou_one_to_many
from app.core.imaging import read_image
from app.core.models import load_model
from app.core.models.manifest import read_manifest
from app.core.paths import models_dir
from app.core.pipeline import Pipeline
from app.core.profiles import find_profile, pipeline_for, read_profile
from app.core.synthetic import render_field
from tests.conftest import SHARED_DATA

MANIFESTS = sorted(models_dir().glob("*.json"))
MAX_MODEL_BYTES = 15 * 1024 * 1024


def test_the_default_models_are_shipped():
    names = {p.stem for p in MANIFESTS}
    assert {"cell_detector", "wbc_classifier"} <= names


@pytest.mark.parametrize("manifest_path", MANIFESTS, ids=lambda p: p.stem)
def test_model_matches_its_manifest_and_loads(manifest_path):
    model_path = manifest_path.with_suffix(".onnx")
    assert model_path.stat().st_size <= MAX_MODEL_BYTES
    manifest = read_manifest(manifest_path)
    model = load_model(model_path)
    # load_model refuses a checksum mismatch; check the manifest really states one.
    assert manifest.sha256 and model.info.sha256 == manifest.sha256
    assert model.info.assumptions == ()  # nothing guessed: the manifest states it all
    raw = json.loads(manifest_path.read_text())
    assert raw["training_data"], "a shipped model names its training data"


@pytest.mark.parametrize("manifest_path", MANIFESTS, ids=lambda p: p.stem)
def test_each_model_has_a_card_citing_its_data(manifest_path):
    card = manifest_path.with_name(f"{manifest_path.stem}.MODEL_CARD.md").read_text()
    kind = json.loads(manifest_path.read_text())["kind"]
    citations = ("TXL-PBC", "MIT") if kind == "detector" else ("Acevedo", "CC BY 4.0")
    for citation in (*citations, "not a diagnosis"):
        assert citation in card


def test_default_profile_returns_well_formed_cells_on_a_rendered_field():
    pipeline = pipeline_for(read_profile(find_profile("default")))
    field = render_field(seed=5, white_cells=2)
    cells = pipeline.analyze(field.image)
    height, width = field.image.shape[:2]
    assert pipeline.detector is not None
    types = pipeline.stages["wbc_type"].classifier.config.classes
    known = set(pipeline.detector.config.classes) | set(types)
    assert cells
    for cell in cells:
        x1, y1, x2, y2 = cell.box
        assert -1 <= x1 < x2 <= width + 1 and -1 <= y1 < y2 <= height + 1
        assert 0.0 <= cell.confidence <= 1.0
        assert cell.label in known
    # A classified white cell keeps the detector's verdict next to the classifier's.
    typed = [c for c in cells if c.detector_label == "wbc"]
    assert all(c.label in types and [s.stage for s in c.path] == ["wbc_type"] for c in typed)


def _annotated_wbc(count: int) -> list[tuple[str, np.ndarray]]:
    table = SHARED_DATA / "fields" / "annotations.csv"
    if not table.is_file():
        pytest.skip("../shared/data/fields is not here")
    boxes: dict[str, list[list[float]]] = {}
    with open(table, newline="") as f:
        for row in csv.DictReader(f):
            if row["label"] not in ("rbc", "platelet"):
                box = [float(row[k]) for k in ("x1", "y1", "x2", "y2")]
                boxes.setdefault(row["image"], []).append(box)
    names = sorted(boxes)[:: max(1, len(boxes) // count)][:count]
    return [(name, np.array(boxes[name], np.float32)) for name in names]


@pytest.mark.parametrize("gain", [1.0, 0.25], ids=["as shot", "a quarter of the size"])
def test_detector_finds_the_annotated_white_cells_on_real_fields(gain):
    """BCCD fields as shot, and shrunk 4x (red cells ~27 px, as a low-magnification camera
    sees them): the engine brings both to the detector's scale and every white cell is found."""
    pipeline = Pipeline(pipeline_for(read_profile(find_profile("default"))).detector)
    missed = []
    for name, truth in _annotated_wbc(12):
        image = read_image(SHARED_DATA / "fields" / name)
        if gain != 1.0:
            size = (round(image.shape[1] * gain), round(image.shape[0] * gain))
            image = cv2.resize(image, size, interpolation=cv2.INTER_AREA)
        cells = pipeline.analyze(image)
        mine = np.array([c.box for c in cells if c.detector_label == "wbc"], np.float32)
        for box in truth * gain:
            if not len(mine) or iou_one_to_many(box, mine).max() < 0.5:
                missed.append((name, box.tolist()))
    assert not missed


def test_analyze_without_model_arguments_uses_the_default_profile(tmp_path):
    from app.cli import main
    from tests.conftest import save_rgb

    image = save_rgb(tmp_path / "field.png", render_field(seed=2).image)
    out = tmp_path / "result.json"
    assert main(["analyze", str(image), "--json", str(out)]) == 0
    result = json.loads(out.read_text())
    assert [m["name"] for m in result["models"]] == [
        "SmearCount cell detector",
        "SmearCount white-cell classifier",
    ]
    assert result["fields"][0]["error"] is None and result["fields"][0]["cells"]


def test_the_analyze_report_states_each_fields_scale(tmp_path):
    """The default detector prepares fields: the workbook of ``analyze`` says at what scale,
    from the red cells of each field (a field shrunk 2x is measured 2x smaller)."""
    import openpyxl

    from app.cli import main
    from tests.conftest import save_rgb

    image = render_field(seed=2).image
    small = cv2.resize(image, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    paths = [save_rgb(tmp_path / "a.png", image), save_rgb(tmp_path / "b.png", small)]
    out, book = tmp_path / "result.json", tmp_path / "report.xlsx"
    assert main(["analyze", *map(str, paths), "--json", str(out), "--xlsx", str(book)]) == 0
    prepared = [f["preparation"] for f in json.loads(out.read_text())["fields"]]
    sizes = [float(p["rbc_px"]) for p in prepared]
    assert sizes[1] / sizes[0] == pytest.approx(0.5, rel=0.1)
    words = [
        str(c.value) for ws in openpyxl.load_workbook(book) for row in ws.iter_rows() for c in row
    ]
    sentence = next(w for w in words if w.startswith("Scale:"))
    assert "measured on the red cells" in sentence and "2 fields" in sentence
