"""Build a detector ONNX with the compute of a YOLOv8n-class model (~8 GFLOPs at 640 x 640) and
the Ultralytics [1, 4+C, 8400] output, for timing the engine before a trained model exists.

Weights are random; a fixed per-anchor pattern makes ~150 anchors around 30 "cells" pass the
score threshold, so decoding and NMS do realistic work.

    python bench/synthetic_detector.py bench/results/synthetic_v8n.onnx
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

CLASSES = ["wbc", "rbc", "platelet"]
SIDE = 640


class Builder:
    def __init__(self, seed: int = 0) -> None:
        self.rng = np.random.default_rng(seed)
        self.nodes: list[onnx.NodeProto] = []
        self.inits: list[onnx.TensorProto] = []
        self.flops = 0
        self.count = 0

    def _name(self, stem: str) -> str:
        self.count += 1
        return f"{stem}{self.count}"

    def const(self, value: np.ndarray, stem: str = "c") -> str:
        name = self._name(stem)
        self.inits.append(numpy_helper.from_array(value.astype(value.dtype), name))
        return name

    def conv(
        self,
        x: str,
        cin: int,
        cout: int,
        k: int,
        stride: int,
        size: int,
        act: bool = True,
        gain: float = 1.0,
    ) -> str:
        w = self.rng.normal(0, gain * np.sqrt(2 / (cin * k * k)), (cout, cin, k, k))
        out = self._name("conv")
        self.nodes.append(
            helper.make_node(
                "Conv",
                [x, self.const(w.astype(np.float32)), self.const(np.zeros(cout, np.float32))],
                [out],
                kernel_shape=[k, k],
                strides=[stride, stride],
                pads=[k // 2] * 4,
            )
        )
        self.flops += 2 * cin * cout * k * k * (size // stride) ** 2
        if not act:
            return out
        sig, silu = self._name("sig"), self._name("silu")
        self.nodes += [
            helper.make_node("Sigmoid", [out], [sig]),
            helper.make_node("Mul", [out, sig], [silu]),
        ]
        return silu


def build(path: Path) -> float:
    b = Builder()
    x = b.conv("images", 3, 16, 3, 2, 640)
    x = b.conv(x, 16, 32, 3, 2, 320)
    x = b.conv(b.conv(x, 32, 32, 3, 1, 160), 32, 32, 3, 1, 160)
    p3 = b.conv(b.conv(b.conv(x, 32, 64, 3, 2, 160), 64, 64, 3, 1, 80), 64, 64, 3, 1, 80)
    p4 = b.conv(b.conv(b.conv(p3, 64, 128, 3, 2, 80), 128, 128, 3, 1, 40), 128, 128, 3, 1, 40)
    p5 = b.conv(b.conv(b.conv(p4, 128, 256, 3, 2, 40), 256, 256, 3, 1, 20), 256, 256, 3, 1, 20)
    heads = []
    for feat, ch, size in ((p3, 64, 80), (p4, 128, 40), (p5, 256, 20)):
        h = b.conv(b.conv(feat, ch, 64, 3, 1, size), 64, 64, 3, 1, size)
        raw = b.conv(h, 64, 4 + len(CLASSES), 1, 1, size, act=False, gain=0.01)
        flat = b._name("flat")
        b.nodes.append(
            helper.make_node(
                "Reshape", [raw, b.const(np.array([1, 4 + len(CLASSES), -1], np.int64))], [flat]
            )
        )
        heads.append(flat)
    cat = b._name("cat")
    b.nodes.append(helper.make_node("Concat", heads, [cat], axis=2))
    box_raw, cls_raw = b._name("box"), b._name("cls")
    b.nodes.append(
        helper.make_node(
            "Split",
            [cat, b.const(np.array([4, len(CLASSES)], np.int64))],
            [box_raw, cls_raw],
            axis=1,
        )
    )
    box_pattern, cls_pattern = _patterns(np.random.default_rng(1))
    boxes, logits, scores = b._name("boxes"), b._name("logits"), b._name("scores")
    b.nodes += [
        helper.make_node("Add", [box_raw, b.const(box_pattern)], [boxes]),
        helper.make_node("Add", [cls_raw, b.const(cls_pattern)], [logits]),
        helper.make_node("Sigmoid", [logits], [scores]),
        helper.make_node("Concat", [boxes, scores], ["output0"], axis=1),
    ]
    graph = helper.make_graph(
        b.nodes,
        "synthetic_v8n",
        [helper.make_tensor_value_info("images", TensorProto.FLOAT, [1, 3, SIDE, SIDE])],
        [helper.make_tensor_value_info("output0", TensorProto.FLOAT, [1, 4 + len(CLASSES), 8400])],
        initializer=b.inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    for key, value in {
        "task": "detect",
        "names": str(dict(enumerate(CLASSES))),
        "imgsz": str([SIDE, SIDE]),
        "stride": "32",
    }.items():
        entry = model.metadata_props.add()
        entry.key, entry.value = key, value
    onnx.checker.check_model(model)
    path.parent.mkdir(parents=True, exist_ok=True)
    onnx.save(model, path)
    return b.flops / 1e9


def _patterns(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Anchor centres on their grid, and ~5 passing anchors around each of 30 cells."""
    centres, sizes = [], []
    for stride in (8, 16, 32):
        n = SIDE // stride
        ys, xs = np.meshgrid(np.arange(n), np.arange(n), indexing="ij")
        centres.append(np.stack([xs.ravel() + 0.5, ys.ravel() + 0.5], 1) * stride)
        sizes.append(np.full((n * n, 2), 4.0 * stride))
    box = np.concatenate([np.concatenate(centres), np.concatenate(sizes)], 1).T[None]
    cls = np.full((1, len(CLASSES), box.shape[2]), -6.0)
    level3 = SIDE // 8
    for _ in range(30):
        gx, gy = rng.integers(2, level3 - 2, 2)
        label = int(rng.integers(0, len(CLASSES)))
        for dx, dy in ((0, 0), (1, 0), (0, 1), (-1, 0), (0, -1)):
            cls[0, label, (gy + dy) * level3 + gx + dx] = rng.uniform(0.0, 3.0)
    return box.astype(np.float32), cls.astype(np.float32)


def bench_profile(folder: Path) -> Path:
    """A profile (in ``folder``) running the stand-in detector, built once under bench/results."""
    detector = Path(__file__).resolve().parent / "results" / "synthetic_v8n.onnx"
    if not detector.exists():
        build(detector)
    profile = folder / "bench-profile.json"
    profile.write_text(json.dumps({"profile_version": 1, "detector": str(detector)}))
    return profile


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    gflops = build(parser.parse_args().out)
    print(f"wrote synthetic detector, {gflops:.2f} GFLOPs at {SIDE} x {SIDE}")
