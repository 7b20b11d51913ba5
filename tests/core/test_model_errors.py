"""Bad models and manifests are refused with a typed error whose message names the problem."""

from __future__ import annotations

import json

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper

from app.core.errors import ModelLoadError
from app.core.models import load_classifier, load_detector
from app.core.models.runtime import file_sha256
from tests import onnx_graphs as g

NAMES = ["wbc", "rbc", "platelet"]


def _v8(tmp_path, name="d.onnx", classes=3, meta=True):
    rows = np.zeros((1, 4 + classes), np.float32)
    metadata = (
        g.ultralytics_meta(NAMES[:classes] + [f"x{i}" for i in range(classes - 3)])
        if meta
        else None
    )
    return g.detector(tmp_path / name, rows, "channels_first", (320, 320), metadata=metadata)


def test_missing_file(tmp_path):
    with pytest.raises(ModelLoadError, match="was not found"):
        load_detector(tmp_path / "nope.onnx")


def test_random_bytes_are_not_an_onnx_model(tmp_path, rng):
    path = tmp_path / "junk.onnx"
    path.write_bytes(rng.integers(0, 255, 4096, dtype=np.uint8).tobytes())
    with pytest.raises(ModelLoadError, match="is not an ONNX model file"):
        load_detector(path)


def test_wrong_output_rank_names_what_was_found(tmp_path):
    out = helper.make_tensor_value_info("feat", TensorProto.FLOAT, [1, 3, 8, 8])
    node = helper.make_node("MaxPool", ["images"], ["feat"], kernel_shape=[1, 1], strides=[40, 40])
    graph = helper.make_graph([node], "g", [g._image_input((320, 320))], [out])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    path = tmp_path / "rank4.onnx"
    onnx.save(model, path)
    with pytest.raises(ModelLoadError, match=r"unsupported output layout.*feat \[1, 3, 8, 8\]"):
        load_detector(path)


def test_unknown_detector_layout_says_which_shape(tmp_path):
    path = g.constant_output(tmp_path / "odd.onnx", np.zeros((1, 123, 17), np.float32))
    with pytest.raises(ModelLoadError, match=r"shape \[1, 123, 17\].*matches no known layout"):
        load_detector(path)


def test_manifest_class_count_mismatch(tmp_path):
    path = _v8(tmp_path, meta=False)
    (tmp_path / "d.json").write_text(json.dumps({"classes": ["wbc", "rbc"]}))
    with pytest.raises(ModelLoadError, match="manifest lists 2 classes but the model outputs 3"):
        load_detector(path)


def test_metadata_class_count_mismatch(tmp_path):
    rows = np.zeros((1, 4 + 3), np.float32)
    path = g.detector(
        tmp_path / "d.onnx",
        rows,
        "channels_first",
        (320, 320),
        metadata=g.ultralytics_meta(["a", "b", "c", "d"]),
    )
    with pytest.raises(ModelLoadError, match="metadata lists 4 classes but the model outputs 3"):
        load_detector(path)


@pytest.mark.parametrize(
    ("manifest", "message"),
    [
        ({"clases": ["a"]}, "unknown field 'clases'. Did you mean 'classes'?"),
        ({"conf_threshold": "high"}, "field 'conf_threshold' must be a number, got 'high'"),
        ({"conf_threshold": 2}, "field 'conf_threshold' must be between 0 and 1"),
        ({"color_order": "GBR"}, "field 'color_order' must be one of RGB, BGR"),
        ({"mean": [0.5, 0.5]}, "field 'mean' must be a list of 3 numbers"),
        ({"std": [1, 0, 1]}, "field 'std' must hold 3 positive numbers"),
        ({"format": "yolov99"}, "field 'format' must be one of yolov5, ultralytics"),
        ({"sha256": "abc"}, "field 'sha256' must be 64 hexadecimal digits"),
        ({"manifest_version": 7}, "field 'manifest_version' must be 1"),
        ([1, 2], "must be a JSON object"),
    ],
)
def test_bad_manifests_name_the_field(tmp_path, manifest, message):
    path = _v8(tmp_path)
    (tmp_path / "d.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelLoadError, match=message.replace("(", r"\(").replace("[", r"\[")):
        load_detector(path)


def test_manifest_that_is_not_json(tmp_path):
    path = _v8(tmp_path)
    (tmp_path / "d.json").write_text("{classes: wbc")
    with pytest.raises(ModelLoadError, match="not valid JSON"):
        load_detector(path)


def test_sha256_mismatch_is_refused_and_a_match_accepted(tmp_path):
    path = _v8(tmp_path)
    (tmp_path / "d.json").write_text(json.dumps({"sha256": "0" * 64}))
    with pytest.raises(ModelLoadError, match="does not match its manifest"):
        load_detector(path)
    (tmp_path / "d.json").write_text(json.dumps({"sha256": file_sha256(path)}))
    assert load_detector(path).info.sha256 == file_sha256(path)


def test_detector_and_classifier_are_not_confused(tmp_path):
    detector = _v8(tmp_path)
    classifier = g.classifier(tmp_path / "c.onnx", np.array([1.0, 2.0]))
    with pytest.raises(ModelLoadError, match="is a detector; a cell classifier is needed"):
        load_classifier(detector)
    with pytest.raises(ModelLoadError, match="is a classifier; a cell detector is needed"):
        load_detector(classifier)


def test_segmentation_model_is_named_as_such(tmp_path):
    rows = np.zeros((1, 7), np.float32)
    path = g.detector(
        tmp_path / "seg.onnx",
        rows,
        "channels_first",
        (320, 320),
        metadata=g.ultralytics_meta(NAMES, task="segment"),
    )
    with pytest.raises(ModelLoadError, match="is an Ultralytics segment model"):
        load_detector(path)


def test_end_to_end_without_class_names_asks_for_a_manifest(tmp_path):
    path = g.constant_output(
        tmp_path / "e2e.onnx", np.zeros((1, 300, 6), np.float32), metadata={"end2end": "True"}
    )
    with pytest.raises(ModelLoadError, match="without class names"):
        load_detector(path)
