"""Occlusion maps: computed with the classifier's own forward passes, they light up where the
model looks."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import pytest

from app.core.explain import occlusion_map, seen_region
from app.core.models import load_classifier
from tests import onnx_graphs as g

BOX = (100.0, 60.0, 164.0, 124.0)  # a 64 x 64 cell in a 240 x 200 field


@pytest.fixture
def field():
    image = np.zeros((200, 240, 3), np.uint8)
    image[..., 2] = 200  # blue everywhere
    x1, y1 = int(BOX[0]), int(BOX[1])
    image[y1 : y1 + 16, x1 : x1 + 16] = (230, 30, 30)  # a red corner at the cell's top left
    return image


def _model(tmp_path, region):
    path = g.colour_classifier(
        tmp_path / "m.onnx", np.array([[8.0, -8.0], [0, 0], [-8.0, 8.0]]), region=region
    )
    manifest = {"classes": ["red", "blue"], "scale": 1 / 255, "mean": [0, 0, 0],
                "std": [1, 1, 1], "resize": "stretch", "crop_context": 1.0}  # fmt: skip
    path.with_suffix(".json").write_text(json.dumps(manifest))
    return load_classifier(path)


def test_the_map_peaks_where_the_model_looks(tmp_path, field):
    model = _model(tmp_path, region=(0.0, 0.25, 0.0, 0.25))  # only the top-left quarter
    result = occlusion_map(model, field, BOX)
    assert result is not None
    assert result.label == "red" and result.probability > 0.9
    assert result.region == pytest.approx(BOX)
    x, y = result.peak()
    assert BOX[0] <= x <= BOX[0] + 20 and BOX[1] <= y <= BOX[1] + 20
    h, w = result.heat.shape
    assert result.heat[h // 2 :, :].max() == 0.0 and result.heat[:, w // 2 :].max() == 0.0
    assert result.largest_drop > 0.1
    assert result.passes == 1 + len(range(0, 64 - 11 + 5, 5)) ** 2


def test_a_model_looking_elsewhere_gives_another_map(tmp_path, field):
    model = _model(tmp_path, region=(0.75, 1.0, 0.75, 1.0))  # the bottom-right quarter
    result = occlusion_map(model, field, BOX)
    assert result is not None and result.label == "blue"
    x, y = result.peak()
    assert x > BOX[0] + 40 and y > BOX[1] + 40


def test_it_stops_when_asked(tmp_path, field):
    model = _model(tmp_path, region=None)
    assert occlusion_map(model, field, BOX, should_stop=lambda: True) is None


def test_seen_region_follows_context_and_centre_crop(tmp_path):
    model = _model(tmp_path, region=None)
    model.config = replace(model.config, crop_context=2.0, resize="center_crop", crop_pct=0.5)
    assert seen_region(model, BOX) == pytest.approx(BOX)  # 2 x 64, then the central half
