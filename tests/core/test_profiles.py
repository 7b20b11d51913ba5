"""Profiles name their models relative to their own file and are validated field by field."""

from __future__ import annotations

import json

import numpy as np
import pytest

from app.core.errors import ProfileError
from app.core.profiles import available_profiles, find_profile, pipeline_for, read_profile
from tests import onnx_graphs as g


def _write(folder, name, data):
    folder.mkdir(exist_ok=True)
    path = folder / f"{name}.json"
    path.write_text(json.dumps(data))
    return path


def test_profile_loads_its_models_relative_to_itself(tmp_path):
    models = tmp_path / "models"
    models.mkdir()
    rows = np.zeros((1, 7), np.float32)
    g.detector(
        models / "det.onnx",
        rows,
        "channels_first",
        (320, 320),
        metadata=g.ultralytics_meta(["wbc", "rbc", "platelet"]),
    )
    g.classifier(models / "cls.onnx", np.array([0.0, 1.0]))
    folder = tmp_path / "profiles"
    _write(
        folder,
        "lab",
        {
            "profile_version": 1,
            "detector": "../models/det.onnx",
            "classifier": "../models/cls.onnx",
            "classify_labels": ["wbc", "rbc"],
            "conf_threshold": 0.4,
        },
    )
    assert available_profiles(folder) == ["lab"]
    profile = read_profile(find_profile("lab", folder))
    pipeline = pipeline_for(profile)
    assert pipeline.detector.config.conf_threshold == pytest.approx(0.4)
    assert pipeline.classifier is not None
    assert pipeline.classify_ids.tolist() == [0, 1]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"detector": "d.onnx"}, "the field 'profile_version' is missing"),
        ({"profile_version": 1}, "the field 'detector' is missing"),
        (
            {"profile_version": 1, "detector": "d.onnx", "clasifier": "c"},
            "Did you mean 'classifier'",
        ),
        (
            {"profile_version": 1, "detector": "d.onnx", "classify_labels": "wbc"},
            "must be a non-empty list",
        ),
    ],
)
def test_invalid_profiles_name_the_problem(tmp_path, data, message):
    path = _write(tmp_path, "p", data)
    with pytest.raises(ProfileError, match=message):
        read_profile(path)


def test_unknown_profile_lists_the_available_ones(tmp_path):
    _write(tmp_path, "lab-a", {"profile_version": 1, "detector": "x.onnx"})
    with pytest.raises(ProfileError, match=r"no profile named 'lab-b' \(available: lab-a\)"):
        find_profile("lab-b", tmp_path)
