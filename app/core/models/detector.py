"""Running a detector on a field image: fit, infer, decode the export's layout, NMS, map back."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np
import onnxruntime as ort
from numpy.typing import NDArray

from app.core.field_prep import PrepSpec
from app.core.geometry import Boxes, Fit, Placement, cxcywh_to_xyxy, fit_image, nms, to_original
from app.core.models.formats import DetectorFormat, yolox_grid
from app.core.models.spec import InputSpec, ModelInfo, Normalisation
from app.core.tiling import Tile, plan_tiles
from app.core.timing import StageTimer, maybe

#: Candidates kept before NMS, best first (as Ultralytics' max_nms), so a broken model that
#: fires everywhere costs bounded time.
MAX_CANDIDATES = 30_000


@dataclass(frozen=True)
class DetectorConfig:
    format: DetectorFormat
    classes: tuple[str, ...]
    input_size: tuple[int, int]  # height, width: fixed input, or the target for a dynamic one
    stride: int
    normalisation: Normalisation
    fit: Fit
    pad_value: int
    conf_threshold: float
    iou_threshold: float
    max_detections: int
    max_downscale: float  # beyond this, a large image is tiled rather than shrunk
    tile_overlap: float  # fraction of a tile shared with its neighbour
    preparation: PrepSpec = field(default_factory=PrepSpec)  # how fields are prepared for it


@dataclass(frozen=True)
class Detections:
    """Boxes in original image pixels, best score first within each tile."""

    boxes: Boxes
    scores: NDArray[np.float32]
    class_ids: NDArray[np.intp]

    @classmethod
    def empty(cls) -> Detections:
        return cls(np.zeros((0, 4), np.float32), np.zeros(0, np.float32), np.zeros(0, np.intp))

    def __len__(self) -> int:
        return len(self.scores)

    def select(self, index: NDArray[np.intp] | NDArray[np.bool_]) -> Detections:
        return Detections(self.boxes[index], self.scores[index], self.class_ids[index])


class Detector:
    def __init__(
        self,
        session: ort.InferenceSession,
        input_spec: InputSpec,
        output_name: str,
        config: DetectorConfig,
        info: ModelInfo,
    ) -> None:
        self.session = session
        self.input = input_spec
        self.output_name = output_name
        self.config = config
        self.info = info

    def with_conf_threshold(self, conf: float) -> Detector:
        """The same model and session with another score threshold."""
        config = replace(self.config, conf_threshold=conf)
        return Detector(self.session, self.input, self.output_name, config, self.info)

    def with_normalisation(self, norm: Normalisation) -> Detector:
        """The same model fed another colour order or value range (the import self-test)."""
        config = replace(self.config, normalisation=norm)
        info = replace(self.info, normalisation=norm)
        return Detector(self.session, self.input, self.output_name, config, info)

    @property
    def tile_side(self) -> int:
        return round(max(self.config.input_size) * self.config.max_downscale)

    def tiles(self, width: int, height: int) -> list[Tile]:
        """How an image of this size is cut for the model: one tile unless it is large."""
        side = self.tile_side
        if max(width, height) <= side:
            return [Tile(0, 0, width, height, (0.0, 0.0, math.inf, math.inf))]
        return plan_tiles(width, height, side, round(side * self.config.tile_overlap))

    def detect(
        self, image: NDArray[np.uint8], timer: StageTimer | None = None, native: bool = False
    ) -> Detections:
        """Detect cells in an RGB image; large images are tiled (see app.core.tiling).

        ``native``: the image is already at the model's scale (a prepared field), so it is never
        resized, only padded, and tiled beyond the tile side instead of shrunk.
        """
        h, w = image.shape[:2]
        tiles = self.tiles(w, h)
        if len(tiles) == 1:
            return self._detect_whole(image, timer, native)
        parts = []
        for tile in tiles:
            found = self._detect_whole(image[tile.y0 : tile.y1, tile.x0 : tile.x1], timer, native)
            boxes = found.boxes + np.array([tile.x0, tile.y0, tile.x0, tile.y0], np.float32)
            centres = (boxes[:, :2] + boxes[:, 2:]) / 2
            owned = np.array([tile.owns(float(x), float(y)) for x, y in centres], dtype=bool)
            parts.append(Detections(boxes, found.scores, found.class_ids).select(owned))
        with maybe(timer, "postprocess"):
            merged = Detections(
                np.concatenate([p.boxes for p in parts]),
                np.concatenate([p.scores for p in parts]),
                np.concatenate([p.class_ids for p in parts]),
            )
            # Safety net for cells larger than the overlap, seen whole in one tile, cut in another.
            keep = nms(
                merged.boxes,
                merged.scores,
                merged.class_ids,
                self.config.iou_threshold,
                # The model's cap is per input: a frame of many tiles holds that many times more.
                self.config.max_detections * len(tiles),
            )
            return merged.select(keep)

    def _detect_whole(
        self, image: NDArray[np.uint8], timer: StageTimer | None, native: bool = False
    ) -> Detections:
        h, w = image.shape[:2]
        with maybe(timer, "preprocess"):
            tensor, placement = self.prepare_native(image) if native else self.prepare(image)
        with maybe(timer, "inference"):
            output = self.session.run([self.output_name], {self.input.name: tensor})[0]
        with maybe(timer, "postprocess"):
            input_hw = (tensor.shape[2], tensor.shape[3])
            return self.decode(np.asarray(output, dtype=np.float32), input_hw, placement, w, h)

    def input_hw(self, width: int, height: int) -> tuple[int, int]:
        """The model input size for an image: fixed, or the smallest stride-aligned rectangle."""
        if not self.input.dynamic:
            return self.config.input_size
        target = max(self.config.input_size)
        gain = min(target / height, target / width)
        stride = self.config.stride
        return (
            max(stride, math.ceil(round(height * gain) / stride) * stride),
            max(stride, math.ceil(round(width * gain) / stride) * stride),
        )

    def prepare(self, image: NDArray[np.uint8]) -> tuple[NDArray[np.floating], Placement]:
        """The input tensor for ``image`` and where the image sits in it."""
        in_h, in_w = self.input_hw(image.shape[1], image.shape[0])
        canvas, placement = fit_image(image, in_h, in_w, self.config.fit, self.config.pad_value)
        return self.config.normalisation.to_tensor(canvas[None], self.input.dtype), placement

    def prepare_native(self, image: NDArray[np.uint8]) -> tuple[NDArray[np.floating], Placement]:
        """The input tensor for an image already at the model's scale: padded at the right and
        bottom (to the stride for a dynamic model, to the input for a fixed one), never resized."""
        h, w = image.shape[:2]
        stride = self.config.stride
        if self.input.dynamic:
            in_h, in_w = -(-h // stride) * stride, -(-w // stride) * stride
        else:
            in_h, in_w = self.config.input_size
        canvas = np.full((in_h, in_w, 3), self.config.pad_value, np.uint8)
        canvas[: min(h, in_h), : min(w, in_w)] = image[:in_h, :in_w]
        tensor = self.config.normalisation.to_tensor(canvas[None], self.input.dtype)
        return tensor, Placement(1.0, 1.0, 0.0, 0.0)

    def decode(
        self,
        output: NDArray[np.float32],
        input_hw: tuple[int, int],
        placement: Placement,
        width: int,
        height: int,
    ) -> Detections:
        """Turn the raw output for one image into detections in original pixels."""
        cfg = self.config
        n_classes = len(cfg.classes)
        if cfg.format is DetectorFormat.END2END:
            rows = output[0]
            rows = rows[rows[:, 4] > cfg.conf_threshold]
            class_ids = rows[:, 5].astype(np.intp)
            finite = np.isfinite(rows[:, :5]).all(1)
            valid = (class_ids >= 0) & (class_ids < n_classes) & finite
            rows, class_ids = rows[valid], class_ids[valid]
            order = np.argsort(-rows[:, 4], kind="stable")[: cfg.max_detections]
            boxes, scores, class_ids = rows[order, :4], rows[order, 4], class_ids[order]
        else:
            boxes, scores, class_ids = self._candidates(output, input_hw)
            # NaN or infinite values are a broken export, never a cell.
            finite = np.isfinite(boxes).all(axis=1) & np.isfinite(scores)
            boxes, scores, class_ids = boxes[finite], scores[finite], class_ids[finite]
            keep = nms(boxes, scores, class_ids, cfg.iou_threshold, cfg.max_detections)
            boxes, scores, class_ids = boxes[keep], scores[keep], class_ids[keep]
        boxes = to_original(boxes.astype(np.float32), placement, width, height)
        visible = (boxes[:, 2] > boxes[:, 0]) & (boxes[:, 3] > boxes[:, 1])
        scores = np.clip(scores[visible], 0.0, 1.0).astype(np.float32)
        return Detections(boxes[visible], scores, class_ids[visible])

    def _candidates(
        self, output: NDArray[np.float32], input_hw: tuple[int, int]
    ) -> tuple[Boxes, NDArray[np.float32], NDArray[np.intp]]:
        """Boxes (input pixels, xyxy), scores and classes above the threshold, before NMS."""
        cfg = self.config
        conf = cfg.conf_threshold
        if cfg.format is DetectorFormat.ULTRALYTICS:
            pred = output[0]  # (4 + C, N): scores are read along rows, without a transpose
            class_scores = pred[4:]
            scores = class_scores.max(axis=0)
            index = np.flatnonzero(scores > conf)
            index = _best(index, scores[index])
            class_ids = class_scores[:, index].argmax(axis=0)
            return cxcywh_to_xyxy(pred[:4, index].T), scores[index], class_ids
        pred = output[0]  # (N, 5 + C): YOLOv5 and YOLOX
        index = np.flatnonzero(pred[:, 4] > conf)
        rows = pred[index]
        class_scores = rows[:, 5:] * rows[:, 4:5]
        class_ids = class_scores.argmax(axis=1)
        scores = class_scores[np.arange(len(rows)), class_ids]
        passed = np.flatnonzero(scores > conf)
        passed = _best(passed, scores[passed])
        rows, scores, class_ids = rows[passed], scores[passed], class_ids[passed]
        xywh = rows[:, :4].astype(np.float32)
        if cfg.format is DetectorFormat.YOLOX:
            grid, strides = _yolox_grid(*input_hw)
            anchors = index[passed]
            xywh[:, :2] = (xywh[:, :2] + grid[anchors]) * strides[anchors]
            # Clamp before exp so a wild raw value cannot overflow to infinity.
            xywh[:, 2:] = np.exp(np.minimum(xywh[:, 2:], 20.0)) * strides[anchors]
        finite = np.isfinite(xywh).all(axis=1)
        return cxcywh_to_xyxy(xywh[finite]), scores[finite], class_ids[finite]


def _best(index: NDArray[np.intp], scores: NDArray[np.float32]) -> NDArray[np.intp]:
    """At most MAX_CANDIDATES of ``index``, the highest ``scores`` first."""
    if len(index) <= MAX_CANDIDATES:
        return index
    return index[np.argsort(-scores, kind="stable")[:MAX_CANDIDATES]]


@lru_cache(maxsize=8)
def _yolox_grid(height: int, width: int) -> tuple[NDArray[np.float32], NDArray[np.float32]]:
    return yolox_grid(height, width)
