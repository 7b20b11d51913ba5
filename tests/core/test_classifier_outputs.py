"""A classifier's named outputs: scores picked by the manifest's declaration, the embedding read
beside them in the same run, and log-probabilities as features for a model without one."""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

from app.core.errors import ModelLoadError
from app.core.models import load_classifier
from app.core.models.classifier import log_probabilities
from app.core.models.manifest import parse_manifest, read_manifest
from app.core.paths import models_dir
from tests import onnx_graphs as g

SHIPPED = models_dir() / "wbc_classifier.onnx"


@pytest.fixture(scope="module")
def crops():
    rng = np.random.default_rng(3)
    return [rng.integers(0, 255, (60, 60, 3), dtype=np.uint8) for _ in range(5)]


def test_the_shipped_classifier_declares_and_exposes_its_embedding(crops):
    model = load_classifier(SHIPPED)
    assert model.output_name == "output0" and model.embedding_name == "embedding"
    result = model.classify(crops)
    assert result.features.shape == (5, 160)
    # The probabilities are those of the scores output read alone.
    alone = dataclasses.replace(model.config)
    plain = type(model)(model.session, model.input, model.output_name, alone, model.info)
    np.testing.assert_array_equal(plain.classify(crops).probabilities, result.probabilities)
    assert plain.classify(crops).features.shape == (5, 7)


def test_a_declared_output_the_model_lacks_is_refused_by_name():
    manifest = dataclasses.replace(
        read_manifest(SHIPPED.with_suffix(".json")), outputs={"scores": "probs"}
    )
    with pytest.raises(ModelLoadError, match=r"names the output 'probs'.*output0, embedding"):
        load_classifier(SHIPPED, manifest=manifest)


def test_an_embedding_must_be_one_row_per_image(tmp_path):
    import onnx
    from onnx import TensorProto, helper

    path = g.classifier(tmp_path / "c.onnx")
    model = onnx.load(path)  # a second output: the input image itself, 4-D
    model.graph.node.append(helper.make_node("Identity", ["images"], ["pixels"]))
    model.graph.output.append(
        helper.make_tensor_value_info("pixels", TensorProto.FLOAT, ["batch", 3, 224, 224])
    )
    onnx.save(model, path)
    manifest = parse_manifest({"outputs": {"scores": "output0", "embedding": "pixels"}}, "m")
    with pytest.raises(ModelLoadError, match=r"embedding output 'pixels' has shape \[.*, 3, 224"):
        load_classifier(path, manifest=manifest)


@pytest.mark.parametrize(
    "outputs, problem",
    [({"scores": "a", "pooled": "b"}, "not pooled"), ({"embedding": "b"}, "'scores'")],
)
def test_output_roles_are_checked(outputs, problem):
    with pytest.raises(ModelLoadError, match=problem):
        parse_manifest({"outputs": outputs}, "m.json")


def test_without_an_embedding_the_features_are_the_log_probabilities(tmp_path, crops):
    path = g.classifier(tmp_path / "c.onnx")
    path.with_suffix(".json").write_text(json.dumps({"classes": ["a", "b", "c"]}))
    result = load_classifier(path).classify(crops)
    np.testing.assert_array_equal(result.features, log_probabilities(result.probabilities))
