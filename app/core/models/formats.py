"""The export layouts SmearCount understands, and how to tell them apart without a manifest.

See docs/MODELS.md for each layout's conventions and the exporting code they come from.
"""

from __future__ import annotations

import ast
from enum import Enum

import numpy as np
from numpy.typing import NDArray

from app.core.errors import ModelLoadError
from app.core.i18n import _


class DetectorFormat(str, Enum):
    YOLOV5 = "yolov5"  # [1, N, 5+C] cxcywh px, objectness, class scores; N = 3 anchors per cell
    ULTRALYTICS = "ultralytics"  # [1, 4+C, N] cxcywh px, class scores, no objectness
    END2END = "end2end"  # [1, K, 6] x1 y1 x2 y2 score class, NMS already done
    YOLOX = "yolox"  # [1, N, 5+C] raw grid: decode (xy+grid)*stride, exp(wh)*stride
    YOLOX_DECODED = "yolox_decoded"  # [1, N, 5+C] decoded in the graph (--decode_in_inference)


class ClassifierOutput(str, Enum):
    PROBABILITIES = "probabilities"  # softmax (or sigmoid for one output) already in the graph
    LOGITS = "logits"  # raw scores: softmax (or sigmoid for one output) is applied here


STRIDE_SETS: tuple[tuple[int, ...], ...] = ((8, 16, 32), (8, 16, 32, 64))


def grid_cells(height: int, width: int, strides: tuple[int, ...]) -> int:
    """Number of grid cells over all detection heads (Ultralytics/YOLOX anchor points)."""
    return sum(-(-height // s) * -(-width // s) for s in strides)


def parse_metadata(props: dict[str, str]) -> dict[str, object]:
    """Parse the ONNX ``metadata_props`` written by Ultralytics and YOLOv5 into Python values."""
    parsed: dict[str, object] = {}
    for key, text in props.items():
        try:
            parsed[key] = ast.literal_eval(text)
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            parsed[key] = text
    return parsed


def metadata_names(meta: dict[str, object]) -> tuple[str, ...] | None:
    """Class names from ``names`` metadata: a dict {index: name} or a list."""
    names = meta.get("names")
    if isinstance(names, dict):
        try:
            return tuple(str(names[i]) for i in range(len(names)))
        except KeyError:
            return None
    if isinstance(names, (list, tuple)):
        return tuple(str(n) for n in names)
    return None


def metadata_imgsz(meta: dict[str, object]) -> tuple[int, int] | None:
    imgsz = meta.get("imgsz")
    if isinstance(imgsz, int):
        return imgsz, imgsz
    if (
        isinstance(imgsz, (list, tuple))
        and len(imgsz) == 2
        and all(isinstance(v, int) for v in imgsz)
    ):
        return int(imgsz[0]), int(imgsz[1])
    return None


def is_ultralytics(meta: dict[str, object]) -> bool:
    return "task" in meta or "imgsz" in meta


def identify_detector(
    shape: tuple[int, ...],
    input_hw: tuple[int, int],
    meta: dict[str, object],
    probe: NDArray[np.float32],
) -> DetectorFormat:
    """Name the layout of a rank-3 detector output ``shape`` produced for an input of ``input_hw``.

    ``probe`` is that output for a plain grey image; it separates raw from decoded YOLOX grids.
    """
    rows, cols = shape[1:]
    h, w = input_hw
    grids = {grid_cells(h, w, s) for s in STRIDE_SETS}
    if str(meta.get("end2end", "")).lower() == "true":
        return DetectorFormat.END2END
    if rows < cols and cols in grids:
        return DetectorFormat.ULTRALYTICS
    if cols >= 6 and rows in {3 * g for g in grids}:
        return DetectorFormat.YOLOV5
    if cols >= 6 and rows in grids:
        return _yolox_kind(probe)
    if cols == 6:
        return DetectorFormat.END2END
    raise ModelLoadError(
        _(
            "The detector's output has shape {shape} for a {width} x {height} input, which "
            "matches no known layout ([1, 4+C, N] Ultralytics, [1, N, 5+C] YOLOv5/YOLOX, "
            "[1, K, 6] end-to-end). State the format in the model's manifest."
        ).format(shape=list(shape), width=w, height=h)
    )


def _yolox_kind(probe: NDArray[np.float32]) -> DetectorFormat:
    # A raw YOLOX grid holds offsets of about one cell in x/y; a decoded one holds pixel centres
    # spread over the whole input, so their typical size is far above a few cells.
    centres = np.abs(probe[0, :, :2])
    return DetectorFormat.YOLOX_DECODED if float(np.median(centres)) > 4.0 else DetectorFormat.YOLOX


def yolox_grid(
    height: int, width: int, strides: tuple[int, ...] = (8, 16, 32)
) -> tuple[NDArray[np.float32], NDArray[np.float32]]:
    """Per-anchor grid offsets (x, y) and strides in YOLOX's head order."""
    grids, steps = [], []
    for s in strides:
        gh, gw = -(-height // s), -(-width // s)
        ys, xs = np.meshgrid(np.arange(gh), np.arange(gw), indexing="ij")
        grids.append(np.stack([xs, ys], axis=-1).reshape(-1, 2))
        steps.append(np.full((gh * gw, 1), s))
    return np.concatenate(grids).astype(np.float32), np.concatenate(steps).astype(np.float32)
