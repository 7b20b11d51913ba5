"""Tiny ONNX models built in code that emit known tensors in each export layout.

Detector graphs take a real image input (fixed or dynamic) and output a known constant block of
anchor rows, zero-padded to the anchor count the layout implies for the actual input size, so
format detection sees exactly what a real export would produce.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OPSET = 17


def _save(nodes, inputs, outputs, inits, path: Path, metadata: dict[str, str] | None) -> Path:
    graph = helper.make_graph(nodes, "g", inputs, outputs, initializer=inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)])
    model.ir_version = 8
    for key, value in (metadata or {}).items():
        entry = model.metadata_props.add()
        entry.key, entry.value = key, value
    onnx.checker.check_model(model)
    path.write_bytes(model.SerializeToString())
    return path


def _image_input(hw: tuple[int, int] | None, batch: int | str = 1) -> onnx.ValueInfoProto:
    h, w = hw if hw else ("height", "width")
    return helper.make_tensor_value_info("images", TensorProto.FLOAT, [batch, 3, h, w])


def grid_cells(h: int, w: int, strides=(8, 16, 32)) -> int:
    return sum(-(-h // s) * -(-w // s) for s in strides)


def detector(
    path: Path,
    rows: np.ndarray,
    layout: str,
    input_hw: tuple[int, int] | None = (640, 640),
    anchors_per_cell: int = 1,
    metadata: dict[str, str] | None = None,
) -> Path:
    """``rows`` (K, A): the first K anchors' values; the rest are zero.

    layout "channels_first" emits [1, A, N] (Ultralytics), "anchors_first" [1, N, A] (YOLOv5,
    YOLOX) where N = anchors_per_cell x grid cells for the input given at run time.
    """
    k, a = rows.shape
    block = rows.T[None] if layout == "channels_first" else rows[None]
    anchor_axis = 2 if layout == "channels_first" else 1
    nodes = [helper.make_node("Shape", ["images"], ["shape"])]
    inits = [numpy_helper.from_array(block.astype(np.float32), "block")]
    for name, index in (("h", 2), ("w", 3)):
        inits.append(numpy_helper.from_array(np.array(index, np.int64), f"i_{name}"))
        nodes.append(helper.make_node("Gather", ["shape", f"i_{name}"], [name]))
    cell_names = []
    for s in (8, 16, 32):
        inits += [
            numpy_helper.from_array(np.array(s - 1, np.int64), f"sm1_{s}"),
            numpy_helper.from_array(np.array(s, np.int64), f"s_{s}"),
        ]
        for dim in ("h", "w"):
            nodes += [
                helper.make_node("Add", [dim, f"sm1_{s}"], [f"{dim}p_{s}"]),
                helper.make_node("Div", [f"{dim}p_{s}", f"s_{s}"], [f"g{dim}_{s}"]),
            ]
        nodes.append(helper.make_node("Mul", [f"gh_{s}", f"gw_{s}"], [f"cells_{s}"]))
        cell_names.append(f"cells_{s}")
    inits += [
        numpy_helper.from_array(np.array(anchors_per_cell, np.int64), "per_cell"),
        numpy_helper.from_array(np.array(k, np.int64), "k"),
        numpy_helper.from_array(np.array([0], np.int64), "zero1"),
        numpy_helper.from_array(np.array([0], np.int64), "axes0"),
    ]
    nodes += [
        helper.make_node("Add", cell_names[:2], ["cells_2"]),
        helper.make_node("Add", ["cells_2", cell_names[2]], ["cells"]),
        helper.make_node("Mul", ["cells", "per_cell"], ["n"]),
        helper.make_node("Sub", ["n", "k"], ["padlen"]),
        helper.make_node("Unsqueeze", ["padlen", "axes0"], ["padlen1"]),
    ]
    # Pad after the block along the anchor axis: pads = [b0, b1, b2, e0, e1, e2].
    after = ["zero1", "zero1", "zero1"]
    after[anchor_axis] = "padlen1"
    nodes += [
        helper.make_node("Concat", ["zero1", "zero1", "zero1", *after], ["pads"], axis=0),
        helper.make_node("Pad", ["block", "pads"], ["output0"], mode="constant"),
    ]
    dims = [1, a, "anchors"] if layout == "channels_first" else [1, "anchors", a]
    out = helper.make_tensor_value_info("output0", TensorProto.FLOAT, dims)
    return _save(nodes, [_image_input(input_hw)], [out], inits, path, metadata)


def constant_output(
    path: Path,
    values: np.ndarray,
    input_hw: tuple[int, int] | None = (640, 640),
    metadata: dict[str, str] | None = None,
    output_name: str = "output0",
) -> Path:
    """A model whose output is ``values`` whatever the input (e.g. an end-to-end [1, K, 6])."""
    inits = [numpy_helper.from_array(values.astype(np.float32), "values")]
    nodes = [helper.make_node("Identity", ["values"], [output_name])]
    # Keep the image input consumed so runtimes that prune unused inputs still accept it.
    nodes.insert(0, helper.make_node("Shape", ["images"], ["unused_shape"]))
    out = helper.make_tensor_value_info(output_name, TensorProto.FLOAT, list(values.shape))
    return _save(nodes, [_image_input(input_hw)], [out], inits, path, metadata)


def classifier(
    path: Path,
    logits: np.ndarray | None = None,
    softmax: bool = False,
    input_hw: tuple[int, int] | None = (224, 224),
    batch: int | str = "batch",
    metadata: dict[str, str] | None = None,
) -> Path:
    """[B, C] output. With ``logits`` None the scores are the input's per-channel means (C = 3),
    so the answer depends on colour order and normalisation; else every row is ``logits``."""
    nodes = [helper.make_node("ReduceMean", ["images"], ["means"], axes=[2, 3], keepdims=0)]
    inits = []
    if logits is None:
        last, count = "means", 3
    else:
        count = len(logits)
        inits = [
            numpy_helper.from_array(logits.astype(np.float32)[None], "logits"),
            numpy_helper.from_array(np.zeros((3, count), np.float32), "zero_w"),
        ]
        # means @ zeros keeps the batch dimension; adding the logits broadcasts them per row.
        nodes += [
            helper.make_node("MatMul", ["means", "zero_w"], ["zeros"]),
            helper.make_node("Add", ["zeros", "logits"], ["scores"]),
        ]
        last = "scores"
    if softmax:
        nodes.append(helper.make_node("Softmax", [last], ["probs"], axis=1))
        last = "probs"
    nodes.append(helper.make_node("Identity", [last], ["output0"]))
    out = helper.make_tensor_value_info("output0", TensorProto.FLOAT, [batch, count])
    return _save(nodes, [_image_input(input_hw, batch)], [out], inits, path, metadata)


def ultralytics_meta(
    names: list[str], task: str = "detect", imgsz=(640, 640), **extra
) -> dict[str, str]:
    meta = {
        "task": task,
        "names": str(dict(enumerate(names))),
        "imgsz": str(list(imgsz)),
        "stride": "32",
        "author": "Ultralytics",
    }
    meta.update({k: str(v) for k, v in extra.items()})
    return meta


def colour_classifier(
    path: Path,
    weights: np.ndarray,
    region: tuple[float, float, float, float] | None = None,
    input_hw: tuple[int, int] = (64, 64),
    metadata: dict[str, str] | None = None,
) -> Path:
    """Logits = (mean of each input channel) @ ``weights`` (3 x C): the class follows the colour
    of the crop. With ``region`` (top, bottom, left, right as fractions of the input) only that
    part of the image is looked at."""
    inits = [numpy_helper.from_array(weights.astype(np.float32), "w")]
    source = "images"
    nodes = []
    if region is not None:
        h, w = input_hw
        top, bottom, left, right = region
        starts = np.array([round(top * h), round(left * w)], np.int64)
        ends = np.array([round(bottom * h), round(right * w)], np.int64)
        inits += [
            numpy_helper.from_array(starts, "starts"),
            numpy_helper.from_array(ends, "ends"),
            numpy_helper.from_array(np.array([2, 3], np.int64), "axes"),
        ]
        nodes.append(helper.make_node("Slice", ["images", "starts", "ends", "axes"], ["region"]))
        source = "region"
    nodes += [
        helper.make_node("ReduceMean", [source], ["means"], axes=[2, 3], keepdims=0),
        helper.make_node("MatMul", ["means", "w"], ["output0"]),
    ]
    out = helper.make_tensor_value_info("output0", TensorProto.FLOAT, ["batch", weights.shape[1]])
    return _save(nodes, [_image_input(input_hw, "batch")], [out], inits, path, metadata)


def channel_gated_detector(
    path: Path,
    rows: np.ndarray,
    input_hw: tuple[int, int] = (320, 320),
    gain: float = 200.0,
    metadata: dict[str, str] | None = None,
) -> Path:
    """An Ultralytics-layout detector ([1, 4+C, N], fixed input) whose class scores are ``rows``'
    times sigmoid(gain x (mean of input channel 0 - mean of channel 2)): it only fires when the
    first channel is the brighter, i.e. on pinkish smears fed as RGB, not as BGR."""
    k, a = rows.shape
    n = grid_cells(*input_hw)
    block = np.zeros((1, a, n), np.float32)
    block[0, :, :k] = rows.T
    onehot = np.zeros((a, 1), np.float32)
    onehot[4:] = 1.0
    inits = [
        numpy_helper.from_array(block, "block"),
        numpy_helper.from_array(np.array([[gain], [0.0], [-gain]], np.float32), "diff"),
        numpy_helper.from_array(onehot, "onehot"),
        numpy_helper.from_array(np.ones((a, 1), np.float32), "ones"),
        numpy_helper.from_array(np.array(1.0, np.float32), "one"),
    ]
    nodes = [
        helper.make_node("ReduceMean", ["images"], ["means"], axes=[2, 3], keepdims=0),
        helper.make_node("MatMul", ["means", "diff"], ["d"]),  # [1, 1]
        helper.make_node("Sigmoid", ["d"], ["gate"]),
        helper.make_node("Sub", ["gate", "one"], ["gate_m1"]),
        helper.make_node("Mul", ["onehot", "gate_m1"], ["delta"]),  # [a, 1]
        helper.make_node("Add", ["ones", "delta"], ["scale"]),
        helper.make_node("Mul", ["block", "scale"], ["output0"]),
    ]
    out = helper.make_tensor_value_info("output0", TensorProto.FLOAT, [1, a, n])
    return _save(nodes, [_image_input(input_hw)], [out], inits, path, metadata)
