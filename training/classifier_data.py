"""Barcelona PBC single-cell crops: a deterministic held-out split and field-like augmentation."""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from app.core.field_prep import flatten
from training.common import DATA, colour_jitter, read_rgb
from training.simulate import capture, random_camera

CLASSES = (
    "neutrophil",
    "lymphocyte",
    "monocyte",
    "eosinophil",
    "basophil",
    "ig",
    "erythroblast",
)
#: The PBC crops show the cell's box about 2.5 times over (box sides measured on the TXL-PBC
#: tiles cut from the same images: median 142 px in a 360 px crop). The engine crops field
#: cells the same way, so a field cell fills the input as much as a training cell did.
CROP_CONTEXT = 2.5
#: Crops are kept in memory at this side; augmentation cuts and resizes from here.
STORE_SIDE = 144
#: A red cell's size in a stored crop (PBC fields: red cells about 82 px in the 360 px image).
STORE_RBC = 82 * STORE_SIDE / 360
HELD_OUT_PERCENT = 12


def held_out(name: str) -> bool:
    """Deterministic split by a hash of the file name (each cell is one file)."""
    digest = hashlib.sha256(Path(name).name.encode()).digest()
    return int.from_bytes(digest[:4], "big") % 100 < HELD_OUT_PERCENT


@dataclass
class CropSet:
    images: np.ndarray  # [K, STORE_SIDE, STORE_SIDE, 3] uint8
    labels: np.ndarray  # [K]
    names: list[str]


def load(part: str, root: Path = DATA / "classify") -> CropSet:
    """``part`` is "train" or "held_out"."""
    images, labels, names = [], [], []
    with open(root / "annotations.csv", newline="") as f:
        rows = sorted(csv.DictReader(f), key=lambda r: r["image"])
    for row in rows:
        if held_out(row["image"]) != (part == "held_out"):
            continue
        image = read_rgb(root / row["image"])
        images.append(cv2.resize(image, (STORE_SIDE, STORE_SIDE), interpolation=cv2.INTER_AREA))
        labels.append(CLASSES.index(row["label"]))
        names.append(row["image"])
    return CropSet(np.stack(images), np.array(labels, np.int64), names)


def augment(image: np.ndarray, side: int, rng: np.random.Generator) -> np.ndarray:
    """A crop as the engine would take it from a field shot by some other camera: the stored
    crop captured by a simulated camera at a red-cell size of 8-40 px, flattened as the engine
    flattens a field, then cut around a detector box that is a little off."""
    if rng.random() < 0.5:  # stain hue varies between slides, independently of the camera
        image = colour_jitter(image, rng, 0.8)
    camera = random_camera(rng, (8.0, STORE_RBC * 1.2))
    image, _ = capture(image, STORE_RBC, camera)
    image, _ = flatten(image)
    store = image.shape[0]
    # Box size error of a detector: context between ~2.0 and ~3.1 instead of 2.5.
    crop = max(4, int(store * rng.uniform(0.8, 1.25)))
    shift = rng.uniform(-0.07, 0.07, size=2) * store
    x0 = round((store - crop) / 2 + shift[0])
    y0 = round((store - crop) / 2 + shift[1])
    pads = (max(-y0, 0), max(y0 + crop - store, 0), max(-x0, 0), max(x0 + crop - store, 0))
    if any(pads):
        image = cv2.copyMakeBorder(image, *pads, borderType=cv2.BORDER_REFLECT)
        x0, y0 = x0 + pads[2], y0 + pads[0]
    image = image[y0 : y0 + crop, x0 : x0 + crop]
    shrink = crop > side
    image = cv2.resize(
        image, (side, side), interpolation=cv2.INTER_AREA if shrink else cv2.INTER_LINEAR
    )
    k = int(rng.integers(4))
    image = np.rot90(image, k)
    if rng.random() < 0.5:
        image = image[:, ::-1]
    return np.ascontiguousarray(image)


def centre(image: np.ndarray, side: int) -> np.ndarray:
    """The evaluation view: the whole stored crop resized to the input."""
    return cv2.resize(image, (side, side), interpolation=cv2.INTER_AREA)
