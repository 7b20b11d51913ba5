"""Classifier outputs (softmax, logits, sigmoid), colour order, batching and crop geometry."""

from __future__ import annotations

import json

import numpy as np
import pytest

from app.core.geometry import square_crop
from app.core.models import ClassifierOutput, load_classifier, load_model
from app.core.models.classifier import BATCH_SIZE
from tests import onnx_graphs as g

RED, GREEN, BLUE = (220, 30, 30), (30, 220, 30), (30, 30, 220)


def _solid(colour, size=(50, 40)) -> np.ndarray:
    return np.full((*size, 3), colour, np.uint8)


def test_ultralytics_softmax_output_is_used_as_is(tmp_path):
    logits = np.array([0.0, 2.0, 1.0])
    path = g.classifier(
        tmp_path / "cls.onnx",
        logits,
        softmax=True,
        metadata=g.ultralytics_meta(["a", "b", "c"], task="classify", imgsz=(224, 224)),
    )
    model = load_model(path)
    assert model.info.kind == "classifier"
    assert model.config.output is ClassifierOutput.PROBABILITIES
    assert model.config.normalisation.mean == (0.0, 0.0, 0.0)  # Ultralytics: /255 only
    result = model.classify([_solid(RED)])
    expected = np.exp(logits) / np.exp(logits).sum()
    np.testing.assert_allclose(result.probabilities[0], expected, rtol=1e-5)
    assert result.class_ids.tolist() == [1]


def test_logits_get_a_softmax_and_unknown_preprocessing_is_reported(tmp_path):
    logits = np.array([1.0, 3.0, 0.0])
    model = load_classifier(g.classifier(tmp_path / "timm.onnx", logits))
    assert model.config.output is ClassifierOutput.LOGITS
    assert model.config.normalisation.mean == pytest.approx((0.485, 0.456, 0.406))
    assert model.config.crop_pct == pytest.approx(0.875)
    notes = " ".join(model.info.assumptions)
    assert "ImageNet" in notes and "class names" in notes and "crop context" in notes
    result = model.classify([_solid(RED), _solid(BLUE)])
    expected = np.exp(logits) / np.exp(logits).sum()
    np.testing.assert_allclose(result.probabilities, [expected, expected], rtol=1e-5)
    assert result.confidences[0] == pytest.approx(expected[1], rel=1e-5)
    assert model.config.classes == ("class 0", "class 1", "class 2")


@pytest.mark.parametrize(
    ("raw", "softmax", "kind", "p_blast"),
    [
        (np.array([2.0]), False, ClassifierOutput.LOGITS, 1 / (1 + np.exp(-2.0))),
        (np.array([0.3]), False, ClassifierOutput.PROBABILITIES, 0.3),
    ],
)
def test_single_output_is_a_binary_sigmoid(tmp_path, raw, softmax, kind, p_blast):
    path = g.classifier(tmp_path / "blast.onnx", raw, softmax=softmax)
    (tmp_path / "blast.json").write_text(json.dumps({"classes": ["not blast", "blast"]}))
    model = load_classifier(path)
    assert model.config.output is kind
    result = model.classify([_solid(GREEN)])
    np.testing.assert_allclose(result.probabilities[0], [1 - p_blast, p_blast], rtol=1e-5)
    expected = "blast" if p_blast >= 0.5 else "not blast"
    assert model.config.classes[result.class_ids[0]] == expected


def test_colour_order_decides_which_channel_the_model_sees(tmp_path):
    # The synthetic classifier scores each class by the mean of one input channel.
    path = g.classifier(tmp_path / "chan.onnx")
    (tmp_path / "chan.json").write_text(json.dumps({"classes": ["first", "second", "third"]}))
    rgb = load_classifier(path)
    assert [rgb.config.classes[i] for i in rgb.classify([_solid(RED), _solid(BLUE)]).class_ids] == [
        "first",
        "third",
    ]
    (tmp_path / "chan.json").write_text(
        json.dumps({"classes": ["first", "second", "third"], "color_order": "BGR"})
    )
    bgr = load_classifier(path)
    assert [bgr.config.classes[i] for i in bgr.classify([_solid(RED), _solid(BLUE)]).class_ids] == [
        "third",
        "first",
    ]


def test_normalisation_values_reach_the_model(tmp_path):
    path = g.classifier(tmp_path / "norm.onnx")
    (tmp_path / "norm.json").write_text(
        json.dumps(
            {
                "classes": ["r", "g", "b"],
                "scale": 0.00392156862745098,
                "mean": [0.5, 0.5, 0.5],
                "std": [0.25, 0.5, 1.0],
                "output": "probabilities",
            }
        )
    )
    model = load_classifier(path)
    grey = np.full((30, 30, 3), 255, np.uint8)
    raw = model.run_fitted(model.fit(grey)[None])
    np.testing.assert_allclose(
        raw[0], [(1 - 0.5) / 0.25, (1 - 0.5) / 0.5, (1 - 0.5) / 1.0], rtol=1e-5
    )


@pytest.mark.parametrize("batch", ["batch", 1])
def test_many_crops_are_batched_and_keep_their_order(tmp_path, batch):
    path = g.classifier(tmp_path / "b.onnx", batch=batch)
    (tmp_path / "b.json").write_text(json.dumps({"classes": ["r", "g", "b"]}))
    model = load_classifier(path)
    colours = [RED, GREEN, BLUE] * (BATCH_SIZE // 2)
    result = model.classify([_solid(c, (20 + i % 7, 30)) for i, c in enumerate(colours)])
    assert [model.config.classes[i] for i in result.class_ids] == ["r", "g", "b"] * (
        BATCH_SIZE // 2
    )


def test_classify_boxes_crops_with_the_manifest_context(tmp_path):
    path = g.classifier(tmp_path / "ctx.onnx")
    (tmp_path / "ctx.json").write_text(
        json.dumps({"classes": ["r", "g", "b"], "crop_context": 3.0, "resize": "stretch"})
    )
    model = load_classifier(path)
    image = np.full((300, 300, 3), GREEN, np.uint8)
    image[140:160, 140:160] = RED
    # A 20 px red cell in green surroundings: the tight box looks red, the 3x crop mostly green.
    box = np.array([[140, 140, 160, 160]], np.float32)
    assert model.classify_boxes(image, box).class_ids.tolist() == [1]
    (tmp_path / "ctx.json").write_text(
        json.dumps({"classes": ["r", "g", "b"], "crop_context": 1.0, "resize": "stretch"})
    )
    assert load_classifier(path).classify_boxes(image, box).class_ids.tolist() == [0]


def test_square_crop_inside_the_image_is_the_image(rng):
    image = rng.integers(0, 255, (100, 120, 3), dtype=np.uint8)
    crop = square_crop(image, np.array([40, 30, 60, 70]), 1.5)  # 20 x 40 box -> 60 px square
    assert crop.shape == (60, 60, 3)
    np.testing.assert_array_equal(crop, image[20:80, 20:80])


def test_square_crop_at_the_corner_keeps_the_cell_centred_on_plasma_beyond_the_edge(rng):
    image = np.full((100, 120, 3), (236, 230, 240), np.uint8)  # plasma, a little lilac
    image[0:20, 0:25] = rng.integers(60, 200, (20, 25, 3), dtype=np.uint8)  # a cell at the corner
    crop = square_crop(image, np.array([0, 0, 20, 10]), 2.0)  # centre (10, 5), side 40
    assert crop.shape == (40, 40, 3)
    # The square spans x -10..30, y -15..25: image pixels sit 10 right and 15 down.
    np.testing.assert_array_equal(crop[15:, 10:], image[0:25, 0:30])
    # Beyond the edge: the field's plasma colour, not the cell mirrored a second time.
    assert (crop[:15] == (236, 230, 240)).all()
    assert (crop[:, :10] == (236, 230, 240)).all()


def test_square_crop_of_a_box_past_the_far_edge(rng):
    image = rng.integers(0, 255, (50, 60, 3), dtype=np.uint8)
    crop = square_crop(image, np.array([50, 40, 60, 50]), 1.0)
    assert crop.shape == (10, 10, 3)
    np.testing.assert_array_equal(crop, image[40:50, 50:60])
