"""The shipped templates for the four lab setups run end to end with tiny models of the same
shapes as the labs' (built in code), installed where the model import puts them."""

from __future__ import annotations

import json

import numpy as np
import pytest
from openpyxl import load_workbook
from PIL import Image

from app.cli import main
from app.core.models import DetectorFormat
from app.core.profiles import (
    available_templates,
    install_template,
    model_slots,
    pipeline_for,
    read_profile,
    user_models_dir,
)
from app.core.synthetic import render_field
from tests import onnx_graphs as g

# Where the lab's detector output puts a white cell on the 416 x 416 field rendered below.
BOX = (200.0, 200.0, 60.0, 60.0)  # cx, cy, w, h


def _detector_like_the_labs(path, classes, template_name):
    """YOLOv5: 3 anchors per grid cell, objectness; YOLOX-nano: 1 anchor per cell, decoded."""
    scores = np.zeros(len(classes), np.float32)
    scores[0] = 0.9
    rows = np.array([[*BOX, 0.95, *scores]], np.float32)
    per_cell = 3 if "yolov5" in template_name else 1
    g.detector(path, rows, "anchors_first", (416, 416), anchors_per_cell=per_cell)
    if per_cell == 1:
        # A file of constant rows cannot show it is decoded; the import writes this manifest.
        path.with_suffix(".json").write_text('{"format": "yolox_decoded"}')


def _fill_slots(template):
    profile = read_profile(install_template(template))
    rng = np.random.default_rng(7)
    user_models_dir().mkdir(parents=True, exist_ok=True)
    for slot in model_slots(profile):
        assert slot.path.parent.resolve() == user_models_dir().resolve()
        assert slot.classes is not None, "a template states the classes it was written for"
        if slot.role == "detector":
            _detector_like_the_labs(slot.path, slot.classes, template.name)
        else:
            weights = rng.normal(0, 4, (3, len(slot.classes)))
            g.colour_classifier(slot.path, weights)
            slot.path.with_suffix(".json").write_text('{"scale": 0.00392156862745098}')
    return profile


@pytest.mark.parametrize("template", available_templates(), ids=lambda p: p.stem)
def test_template_runs_with_models_of_the_labs_shapes(template):
    profile = _fill_slots(template)
    pipeline = pipeline_for(profile)  # every final class has a category, or this refuses
    image = render_field(416, 416, white_cells=1, seed=3).image
    cells = pipeline.analyze(image)
    assert cells
    for cell in cells:
        assert profile.categories.has_category(cell.label)
        assert [s.stage for s in cell.path] == _expected_path(profile, cell)
    if pipeline.detector is not None:
        expected = (
            DetectorFormat.YOLOV5 if "yolov5" in template.name else DetectorFormat.YOLOX_DECODED
        )
        assert pipeline.detector.config.format is expected
        box = cells[0].box
        assert box == pytest.approx((170, 170, 230, 230), abs=1)
    else:
        assert profile.single_cell and len(cells) == 1


def _expected_path(profile, cell):
    """Follow the profile's routes from the first stage by the labels the cell was given."""
    stage = (profile.classify or {}).get(cell.detector_label)
    path, labels = [], iter(s.label for s in cell.path)
    stages = {s.name: s for s in profile.stages}
    while stage is not None:
        path.append(stage)
        stage = stages[stage].routes.get(next(labels))
    return path


def test_there_are_templates_for_the_four_lab_setups():
    names = {read_profile(t).name for t in available_templates()}
    assert names == {
        "leukaemia-yolov5-12class",
        "blast-first-yolox",
        "all-vs-normal-cells",
        "bone-marrow-lineage-tree",
    }
    bone_marrow = read_profile(next(t for t in available_templates() if "bone" in t.name))
    leaves = [c for s in bone_marrow.stages for c in (s.model.classes or ()) if c not in s.routes]
    assert len(leaves) == 21


def test_analyze_with_a_profile_counts_in_its_own_categories(tmp_path):
    """`analyze --profile` reports in the profile's categories, not the default list (where a
    lab's "atypical_lymphocyte" would only count as Other)."""
    template = next(t for t in available_templates() if "yolov5" in t.name)
    _fill_slots(template)
    image = tmp_path / "field.png"
    Image.fromarray(render_field(416, 416, white_cells=1, seed=3).image).save(image)
    out_json, out_xlsx = tmp_path / "r.json", tmp_path / "r.xlsx"
    argv = ["analyze", str(image), "--profile", template.stem]
    assert main([*argv, "--json", str(out_json), "--xlsx", str(out_xlsx)]) == 0
    assert json.loads(out_json.read_text())["counts"] == {"atypical_lymphocyte": 1}
    summary = load_workbook(out_xlsx)["Summary"]
    rows = {row[0].value: row[1].value for row in summary.iter_rows() if row[0].value}
    assert rows["Atypical lymphocytes"] == 1 and rows["Other"] == 0
    assert rows["Profile"] == template.stem
