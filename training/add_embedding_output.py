"""Expose the classifier's pooled embedding as a second graph output, without retraining.

The lab adaptation (app/core/adaptation) fits a small head on the features the network already
computes before its last layer. This adds the global-pooled tensor feeding the final ``Gemm`` as
the output ``embedding`` (via an ``Identity``, so the computation of ``output0`` is untouched),
checks that the probabilities are bit-identical before and after, and updates the manifest's
sha256 and output declaration.

    python -m training.add_embedding_output [models_onnx/wbc_classifier.onnx]

Running it again on a model that already has the output changes nothing; the model is replaced
only when the probabilities match.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

import numpy as np

SCORES = "output0"
EMBEDDING = "embedding"


def pooled_tensor(model: object) -> tuple[str, int]:
    """The input of the last ``Gemm`` (the pooled features) and its width."""
    import onnx
    from onnx import numpy_helper

    assert isinstance(model, onnx.ModelProto)
    gemms = [n for n in model.graph.node if n.op_type == "Gemm"]
    if not gemms:
        raise SystemExit("no final Gemm (fully connected layer) found in the graph")
    last = gemms[-1]
    weights = {i.name: i for i in model.graph.initializer}
    weight = numpy_helper.to_array(weights[last.input[1]])
    trans_b = next((a.i for a in last.attribute if a.name == "transB"), 0)
    width = weight.shape[1] if trans_b else weight.shape[0]
    return last.input[0], int(width)


def add_embedding(path: Path, out: Path) -> bool:
    """Write the model with the output to ``out``; False when it has it already."""
    import onnx
    from onnx import TensorProto, helper

    model = onnx.load(path)
    if any(o.name == EMBEDDING for o in model.graph.output):
        return False
    source, width = pooled_tensor(model)
    model.graph.node.append(helper.make_node("Identity", [source], [EMBEDDING], "embedding_out"))
    batch = model.graph.output[0].type.tensor_type.shape.dim[0].dim_param or "batch"
    model.graph.output.append(
        helper.make_tensor_value_info(EMBEDDING, TensorProto.FLOAT, [batch, width])
    )
    onnx.checker.check_model(model)
    onnx.save(model, out)
    return True


def probabilities(path: Path, images: np.ndarray) -> np.ndarray:
    import onnxruntime as ort

    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    return np.asarray(session.run([SCORES], {session.get_inputs()[0].name: images})[0])


def update_manifest(model_path: Path) -> None:
    manifest_path = model_path.with_suffix(".json")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["sha256"] = hashlib.sha256(model_path.read_bytes()).hexdigest()
    manifest["outputs"] = {"scores": SCORES, "embedding": EMBEDDING}
    manifest_path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "model", type=Path, nargs="?", default=Path("models_onnx/wbc_classifier.onnx")
    )
    args = parser.parse_args(argv)
    height, width = json.loads(args.model.with_suffix(".json").read_text())["input_size"]
    images = np.random.default_rng(0).random((16, 3, height, width), dtype=np.float32)
    staged = args.model.with_suffix(".staged.onnx")
    if not add_embedding(args.model, staged):
        print(f"{args.model} already has the output '{EMBEDDING}'")
        return 0
    if not np.array_equal(probabilities(args.model, images), probabilities(staged, images)):
        staged.unlink()
        print("the probabilities changed: the model was left as it was", file=sys.stderr)
        return 1
    os.replace(staged, args.model)
    update_manifest(args.model)
    print(f"{args.model}: output '{EMBEDDING}' added; probabilities bit-identical on 16 images")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
