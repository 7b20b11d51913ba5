"""TXL-PBC detection tiles: loading, class folding, simulated cameras, the engine's preparation,
mosaic."""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from app.core.field_prep import BACKGROUND_LEVEL, flatten
from training.common import DATA, read_rgb
from training.simulate import Camera, capture, random_camera, visible

#: A field as training sees it: the image, its boxes (x1, y1, x2, y2) and their class ids.
Part = tuple[np.ndarray, np.ndarray, np.ndarray]

CLASSES = ("wbc", "rbc", "platelet")
#: The canvas around a prepared field is plasma, as the engine pads a flattened field.
PAD = round(BACKGROUND_LEVEL)
#: Red cells are this wide (pixels) in what the detector sees: fields are brought to it.
CANONICAL_RBC = 40.0
#: The side distance (a point to its box's farthest edge, pixels) each stride learns; they overlap
#: so borderline sizes get both. Platelets (about 15 px in a prepared field) have stride 8 to
#: themselves and red cells (40 px) go to stride 16: when both shared stride 8 (ranges up to 40),
#: the box regression, fed some 30 red-cell points for every platelet point, drew platelets 1.6x
#: too large, and platelet AP50 on detect/ val was 0.29 (0.80 once separated; the model card).
LEVEL_RANGES = {8: (0.0, 16.0), 16: (12.0, 48.0), 32: (40.0, 1e9)}
#: This share of the tiles is seen as the microscope shot it (only flattened and scaled): the
#: simulated cameras all lose resolution, and a crisp field must not become a stranger.
AS_SHOT = 0.25
#: The label of a box the loss neither rewards nor punishes: a platelet the simulated camera
#: made too small or too blurred to see, which it would be wrong to call background. (Measured:
#: this alone does not bring back the platelets of version 1.0; AP50 on detect/ val stays 0.28.)
IGNORE = -1
#: A platelet narrower than this at capture (pixels), or blurred over half its width, is unseen.
PLATELET_SEEN_PX = 8.0


def class_id(label: str) -> int:
    """WBC subtypes on the PBC tiles fold into ``wbc``."""
    return CLASSES.index(label) if label in CLASSES else 0


@dataclass
class Sample:
    path: Path
    image: np.ndarray  # RGB uint8
    boxes: np.ndarray  # [K, 4] x1 y1 x2 y2 pixels
    labels: np.ndarray  # [K] class ids


def load_split(split: str, root: Path = DATA / "detect") -> list[Sample]:
    rows: dict[str, list[tuple[list[float], int]]] = defaultdict(list)
    with open(root / "annotations.csv", newline="") as f:
        for row in csv.DictReader(f):
            box = [float(row[k]) for k in ("x1", "y1", "x2", "y2")]
            rows[row["image"]].append((box, class_id(row["label"])))
    names = sorted((root / "images" / split).glob("*.png"))
    samples = []
    for path in names:
        found = rows.get(f"images/{split}/{path.name}", [])
        boxes = np.array([b for b, _ in found], np.float32).reshape(-1, 4)
        labels = np.array([c for _, c in found], np.int64)
        samples.append(Sample(path, read_rgb(path), boxes, labels))
    return samples


def _paste(canvas: np.ndarray, image: np.ndarray, boxes: np.ndarray, x: int, y: int) -> np.ndarray:
    """Paste ``image`` with its top-left at (x, y), clipped to the canvas; boxes shifted."""
    side_h, side_w = canvas.shape[:2]
    h, w = image.shape[:2]
    x0, y0, x1, y1 = max(x, 0), max(y, 0), min(x + w, side_w), min(y + h, side_h)
    if x1 > x0 and y1 > y0:
        canvas[y0:y1, x0:x1] = image[y0 - y : y1 - y, x0 - x : x1 - x]
    return boxes + np.array([x, y, x, y], np.float32)


def _clip(
    boxes: np.ndarray, labels: np.ndarray, region: tuple[float, float, float, float]
) -> tuple[np.ndarray, np.ndarray]:
    """Clip boxes to a region; drop those mostly outside it (a cell cut to a sliver)."""
    if not len(boxes):
        return boxes, labels
    x0, y0, x1, y1 = region
    clipped = boxes.copy()
    clipped[:, [0, 2]] = clipped[:, [0, 2]].clip(x0, x1)
    clipped[:, [1, 3]] = clipped[:, [1, 3]].clip(y0, y1)
    area = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    kept = (clipped[:, 2] - clipped[:, 0]) * (clipped[:, 3] - clipped[:, 1])
    ok = (
        (kept > 0.35 * area)
        & (clipped[:, 2] - clipped[:, 0] > 3)
        & (clipped[:, 3] - clipped[:, 1] > 3)
    )
    return clipped[ok], labels[ok]


def single(
    image: np.ndarray, boxes: np.ndarray, labels: np.ndarray, side: int, rng: np.random.Generator
) -> Part:
    """One prepared field placed at random on the canvas (cut where it is larger)."""
    canvas = np.full((side, side, 3), PAD, np.uint8)
    ih, iw = image.shape[:2]
    x = int(rng.integers(min(0, side - iw), max(0, side - iw) + 1))
    y = int(rng.integers(min(0, side - ih), max(0, side - ih) + 1))
    boxes = _paste(canvas, image, boxes, x, y)
    region = (max(x, 0), max(y, 0), min(x + iw, side), min(y + ih, side))
    boxes, labels = _clip(boxes, labels, region)
    return canvas, boxes, labels


def mosaic(parts: list[Part], side: int, rng: np.random.Generator) -> Part:
    """Four prepared fields around a random centre."""
    canvas = np.full((side, side, 3), PAD, np.uint8)
    cx = int(rng.uniform(0.3, 0.7) * side)
    cy = int(rng.uniform(0.3, 0.7) * side)
    all_boxes, all_labels = [], []
    for quadrant, (image, boxes, labels) in enumerate(parts):
        ih, iw = image.shape[:2]
        right, below = quadrant in (1, 3), quadrant in (2, 3)
        x = cx if right else cx - iw
        y = cy if below else cy - ih
        boxes = _paste(canvas, image, boxes, x, y)
        region = (
            cx if right else max(x, 0),
            cy if below else max(y, 0),
            min(x + iw, side) if right else cx,
            min(y + ih, side) if below else cy,
        )
        boxes, labels = _clip(boxes, labels, region)
        all_boxes.append(boxes)
        all_labels.append(labels)
    return canvas, np.concatenate(all_boxes), np.concatenate(all_labels)


def rbc_size(sample: Sample) -> float:
    """The tile's red-cell box side (median), or the typical one when it shows none."""
    rbc = sample.boxes[sample.labels == CLASSES.index("rbc")]
    if len(rbc) < 2:
        return float(max(sample.image.shape[:2])) / 5.0
    return float(np.median(np.maximum(rbc[:, 2] - rbc[:, 0], rbc[:, 3] - rbc[:, 1])))


def prepared(sample: Sample, rng: np.random.Generator) -> Part:
    """The tile as some camera captured it (or as shot, see AS_SHOT), then as the engine
    prepares it: flattened and resized so red cells are about ``CANONICAL_RBC`` wide, with the
    engine's scale-estimate error (±35 %) applied on purpose."""
    size = rbc_size(sample)
    if rng.random() < AS_SHOT:
        shot, boxes, labels, shot_rbc = sample.image, sample.boxes, sample.labels, size
    else:
        camera = random_camera(rng, (10.0, min(120.0, size * 1.15)))
        shot, gain = capture(sample.image, size, camera)
        boxes, labels = visible(sample.boxes * gain, sample.labels, shot.shape[:2], camera)
        labels = unseen_platelets(boxes, labels, camera)
        shot_rbc = camera.rbc_px
    flat, _ = flatten(shot)
    error = float(np.exp(rng.uniform(np.log(0.72), np.log(1.38))))
    scale = CANONICAL_RBC / (shot_rbc * error)
    h, w = flat.shape[:2]
    out = cv2.resize(
        flat,
        (max(8, round(w * scale)), max(8, round(h * scale))),
        interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR,
    )
    return out, boxes * scale, labels


def unseen_platelets(boxes: np.ndarray, labels: np.ndarray, camera: Camera) -> np.ndarray:
    """``labels`` with the platelets this camera leaves unrecognisable set to ``IGNORE``."""
    side = np.minimum(boxes[:, 2] - boxes[:, 0], boxes[:, 3] - boxes[:, 1])
    blur = max(camera.defocus * 2.0, camera.motion) * camera.rbc_px  # about a blur's width
    unseen = (labels == CLASSES.index("platelet")) & ((side < PLATELET_SEEN_PX) | (blur > side / 2))
    return np.where(unseen, IGNORE, labels)


def flip_rotate(
    image: np.ndarray, boxes: np.ndarray, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    """Smears have no up or left: random flips and quarter turns of a square canvas."""
    side = image.shape[0]
    if rng.random() < 0.5:
        image = image[:, ::-1]
        boxes = np.stack([side - boxes[:, 2], boxes[:, 1], side - boxes[:, 0], boxes[:, 3]], 1)
    if rng.random() < 0.5:
        image = image[::-1]
        boxes = np.stack([boxes[:, 0], side - boxes[:, 3], boxes[:, 2], side - boxes[:, 1]], 1)
    if rng.random() < 0.5:  # transpose = quarter turn combined with the flips above
        image = image.transpose(1, 0, 2)
        boxes = boxes[:, [1, 0, 3, 2]]
    return np.ascontiguousarray(image), boxes.reshape(-1, 4).astype(np.float32)


def augmented(samples: list[Sample], index: int, side: int, rng: np.random.Generator) -> Part:
    if rng.random() < 0.8:
        picks = [index] + [int(i) for i in rng.integers(0, len(samples), 3)]
        image, boxes, labels = mosaic([prepared(samples[i], rng) for i in picks], side, rng)
    else:
        image, boxes, labels = single(*prepared(samples[index], rng), side, rng)
    return (*flip_rotate(image, boxes, rng), labels)
