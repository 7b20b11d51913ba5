"""Hostile or broken models, manifests and profiles: each is refused with a typed error naming
the problem, or its output is handled (no crash, no hang, no nonsense cell)."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.errors import ModelLoadError, ProfileError, SmearCountError
from app.core.models import load_classifier, load_detector
from app.core.models.manifest import parse_manifest
from app.core.pipeline import Pipeline
from app.core.profiles import pipeline_for, read_profile
from tests import onnx_graphs as g
from tests.hardening.limits import time_limit

FIELD = np.full((320, 320, 3), 200, np.uint8)


def _ultralytics(tmp_path, rows, name="d.onnx"):
    return g.detector(
        tmp_path / name,
        np.asarray(rows, np.float32),
        "channels_first",
        (320, 320),
        metadata=g.ultralytics_meta(["wbc", "rbc"], imgsz=(320, 320)),
    )


def test_nan_and_inf_outputs_give_no_cells_from_them(tmp_path):
    rows = [
        [np.nan, 100, 20, 20, 0.9, 0.0],
        [100, 100, np.inf, 20, 0.9, 0.0],
        [200, 200, 20, 20, np.nan, 0.0],
        [250, 250, 20, 20, np.inf, 0.0],
        [60, 60, 20, 20, 0.9, 0.0],  # the one real cell
    ]
    cells = Pipeline(load_detector(_ultralytics(tmp_path, rows))).analyze(FIELD)
    assert [tuple(round(v) for v in c.box) for c in cells] == [(50, 50, 70, 70)]
    assert all(np.isfinite(c.confidence) and 0 <= c.confidence <= 1 for c in cells)


def test_nan_classifier_output_is_not_a_confident_answer(tmp_path):
    path = g.classifier(tmp_path / "c.onnx", np.array([np.nan, np.nan, np.nan]))
    result = load_classifier(path).classify([FIELD])
    assert np.isfinite(result.confidences).all()


def test_zero_detections(tmp_path):
    assert (
        Pipeline(load_detector(_ultralytics(tmp_path, [[0, 0, 0, 0, 0, 0]]))).analyze(FIELD) == []
    )


def test_ten_thousand_detections_are_capped_quickly(tmp_path):
    rng = np.random.default_rng(0)
    n = 2100  # every anchor of a 320 x 320 input fires (the layout's maximum)
    xy = rng.uniform(10, 310, (n, 2))
    rows = np.column_stack([xy, np.full((n, 2), 8.0), rng.uniform(0.5, 1, n), np.zeros(n)])
    detector = load_detector(_ultralytics(tmp_path, rows))
    cells = Pipeline(detector).analyze(FIELD)
    assert 0 < len(cells) <= detector.config.max_detections
    # End to end: 10,000 rows of [x1 y1 x2 y2 score class].
    many = np.zeros((1, 10_000, 6), np.float32)
    many[0, :, :2] = rng.uniform(0, 300, (10_000, 2))
    many[0, :, 2:4] = many[0, :, :2] + 10
    many[0, :, 4] = rng.uniform(0.3, 1, 10_000)
    path = g.constant_output(tmp_path / "e2e.onnx", many, (320, 320))
    path.with_suffix(".json").write_text(json.dumps({"format": "end2end", "classes": ["wbc"]}))
    e2e = load_detector(path)
    assert len(Pipeline(e2e).analyze(FIELD)) <= e2e.config.max_detections


def test_class_ids_out_of_range_are_dropped(tmp_path):
    rows = np.array([[[10, 10, 40, 40, 0.9, 0], [60, 60, 90, 90, 0.9, 7], [5, 5, 9, 9, 0.9, -1]]])
    path = g.constant_output(tmp_path / "e2e.onnx", rows.astype(np.float32), (320, 320))
    path.with_suffix(".json").write_text(json.dumps({"format": "end2end", "classes": ["wbc"]}))
    cells = Pipeline(load_detector(path)).analyze(FIELD)
    assert [c.label for c in cells] == ["wbc"]


@settings(max_examples=200, deadline=None, derandomize=True)
@given(
    st.dictionaries(
        st.sampled_from(["kind", "format", "classes", "input_size", "color_order", "scale",
                         "mean", "std", "crop_context", "conf_threshold", "sha256", "nme"]),
        st.one_of(st.none(), st.booleans(), st.integers(-5, 5000), st.floats(allow_nan=True),
                  st.text(max_size=5), st.lists(st.integers(-1, 3), max_size=4)),
        max_size=5,
    )
)  # fmt: skip
def test_random_manifests_are_accepted_or_refused_by_name(values):
    try:
        with time_limit(30):  # a hang bound, not a speed claim
            parse_manifest(values, "m.json")
    except ModelLoadError as exc:
        assert "m.json" in str(exc) and "field" in str(exc)


def test_a_profile_naming_a_missing_model(tmp_path):
    profile = tmp_path / "p.json"
    profile.write_text(json.dumps({"profile_version": 2, "detector": {"model": "gone.onnx"}}))
    with pytest.raises(ModelLoadError, match=r"gone\.onnx was not found"):
        pipeline_for(read_profile(profile))


@pytest.mark.parametrize(
    "text",
    ["", "[]", "{", "null", '{"profile_version": "2"}', '{"profile_version": 2, "stages": []}',
     '{"profile_version": 2, "detector": {"model": 5}}', "\x00\x01binary"],
)  # fmt: skip
def test_broken_profiles_are_refused_plainly(tmp_path, text):
    path = tmp_path / "p.json"
    path.write_text(text)
    with pytest.raises(ProfileError):
        read_profile(path)


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.binary(max_size=512))
def test_random_bytes_as_a_model(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "m.onnx"
    path.write_bytes(data)
    with pytest.raises(SmearCountError), time_limit(30):  # a hang bound, not a speed claim
        load_detector(path)
