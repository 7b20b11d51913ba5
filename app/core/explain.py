"""What a classifier looked at: occlusion sensitivity computed with its own forward passes.

A patch of the cell image's mean colour slides over the image the classifier sees; where
covering the image lowers the probability of the class it chose, the map is hot. It needs nothing
from the model but its output, so it works with any ONNX classifier. Cost: one forward pass per
patch position (``passes``), in batches; ``should_stop`` is checked between batches.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from app.core.geometry import square_crop
from app.core.models import Classifier

#: Patch side as a fraction of the input side, and the step between patches (half a patch).
PATCH_FRACTION = 1 / 6
STEPS_PER_PATCH = 2


@dataclass(frozen=True)
class OcclusionMap:
    heat: NDArray[np.float32]  # (H, W) 0-1 over the image the classifier saw, 1 = mattered most
    region: tuple[float, float, float, float]  # that image's square in field pixels
    label: str
    probability: float
    largest_drop: float  # probability lost when the most important patch is covered
    passes: int
    seconds: float

    def peak(self) -> tuple[float, float]:
        """Where the map is hottest, as x, y in field pixels."""
        row, col = np.unravel_index(int(np.argmax(self.heat)), self.heat.shape)
        x1, y1, x2, y2 = self.region
        h, w = self.heat.shape
        return x1 + (col + 0.5) * (x2 - x1) / w, y1 + (row + 0.5) * (y2 - y1) / h


def seen_region(
    classifier: Classifier, box: tuple[float, float, float, float]
) -> tuple[float, float, float, float]:
    """The part of the field the classifier's input shows for a cell (see ``square_crop`` and
    ``Classifier.fit``: a square around the box, centre-cut by ``crop_pct``)."""
    config = classifier.config
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    side = max(1.0, round(max(box[2] - box[0], box[3] - box[1], 1.0) * config.crop_context))
    if config.resize == "center_crop":
        side *= config.crop_pct
    return cx - side / 2, cy - side / 2, cx + side / 2, cy + side / 2


def occlusion_map(
    classifier: Classifier,
    image: NDArray[np.uint8],
    box: tuple[float, float, float, float],
    should_stop: Callable[[], bool] = lambda: False,
) -> OcclusionMap | None:
    """The map for the cell in ``box`` of an RGB field; None when stopped."""
    start = time.perf_counter()
    crop = square_crop(image, np.asarray(box, np.float32), classifier.config.crop_context)
    seen = classifier.fit(crop)
    h, w = seen.shape[:2]
    base = classifier.to_probabilities(classifier.run_fitted(seen[None]))[0]
    target = int(np.argmax(base))
    patch = max(2, round(max(h, w) * PATCH_FRACTION))
    step = max(1, patch // STEPS_PER_PATCH)
    fill = seen.reshape(-1, 3).mean(axis=0).astype(np.uint8)
    positions = [
        (y, x)
        for y in range(0, max(h - patch, 0) + step, step)
        for x in range(0, max(w - patch, 0) + step, step)
    ]
    drop = np.zeros((h, w), np.float64)
    cover = np.zeros((h, w), np.float64)
    for first in range(0, len(positions), classifier.batch_size):
        if should_stop():
            return None
        chunk = positions[first : first + classifier.batch_size]
        batch = np.repeat(seen[None], len(chunk), axis=0)
        for i, (y, x) in enumerate(chunk):
            batch[i, y : y + patch, x : x + patch] = fill
        probs = classifier.to_probabilities(classifier.run_fitted(batch))[:, target]
        for (y, x), p in zip(chunk, probs, strict=True):
            drop[y : y + patch, x : x + patch] += max(0.0, float(base[target] - p))
            cover[y : y + patch, x : x + patch] += 1
    mean_drop = drop / np.maximum(cover, 1)
    largest = float(mean_drop.max())
    heat = (mean_drop / largest if largest > 0 else mean_drop).astype(np.float32)
    return OcclusionMap(
        heat=heat,
        region=seen_region(classifier, box),
        label=classifier.config.classes[target],
        probability=float(base[target]),
        largest_drop=largest,
        passes=len(positions) + 1,
        seconds=time.perf_counter() - start,
    )
