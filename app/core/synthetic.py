"""A blood-smear field rendered in code: for self-tests and demos, with no dataset shipped.

Pale pink red cells with a lighter centre, a few platelets, and one white cell per requested
type-like look (a lobed purple nucleus in pale cytoplasm), softened a little like a real
microscope image. The ground truth boxes come with it, so a self-test can check a detector
found what was drawn.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from numpy.typing import NDArray

BACKGROUND = (236, 222, 226)
RBC_RIM = (212, 150, 160)
RBC_CENTRE = (228, 190, 196)
CYTOPLASM = (214, 196, 222)
NUCLEUS = (112, 52, 140)
PLATELET = (150, 90, 170)


@dataclass(frozen=True)
class SyntheticField:
    image: NDArray[np.uint8]  # RGB
    boxes: NDArray[np.float32]  # [K, 4] x1 y1 x2 y2
    labels: tuple[str, ...]  # "wbc", "rbc" or "platelet" per box


def render_field(
    width: int = 640, height: int = 480, white_cells: int = 1, seed: int = 0
) -> SyntheticField:
    rng = np.random.default_rng(seed)
    image = np.empty((height, width, 3), np.float32)
    image[:] = BACKGROUND
    boxes: list[tuple[float, float, float, float]] = []
    labels: list[str] = []
    scale = min(width, height) / 480

    wbc_radius = 52 * scale
    wbc_centres = []
    for _ in range(white_cells):
        cx = rng.uniform(wbc_radius, width - wbc_radius)
        cy = rng.uniform(wbc_radius, height - wbc_radius)
        wbc_centres.append((cx, cy))

    def free(x: float, y: float, r: float) -> bool:
        return all(np.hypot(x - cx, y - cy) > r + wbc_radius for cx, cy in wbc_centres)

    for _ in range(int(30 * width * height / (640 * 480))):
        r = rng.uniform(34, 42) * scale
        x, y = rng.uniform(r, width - r), rng.uniform(r, height - r)
        if not free(x, y, r):
            continue
        cv2.circle(image, (round(x), round(y)), round(r), RBC_RIM, -1, cv2.LINE_AA)
        cv2.circle(image, (round(x), round(y)), round(r * 0.5), RBC_CENTRE, -1, cv2.LINE_AA)
        boxes.append((x - r, y - r, x + r, y + r))
        labels.append("rbc")

    for cx, cy in wbc_centres:
        r = wbc_radius * rng.uniform(0.9, 1.05)
        cv2.circle(image, (round(cx), round(cy)), round(r), CYTOPLASM, -1, cv2.LINE_AA)
        for _ in range(3):  # a lobed nucleus
            ox, oy = rng.uniform(-0.3, 0.3, 2) * r
            axes = (round(r * rng.uniform(0.42, 0.55)), round(r * rng.uniform(0.28, 0.38)))
            angle = float(rng.uniform(0, 180))
            centre = (round(cx + ox), round(cy + oy))
            cv2.ellipse(image, centre, axes, angle, 0, 360, NUCLEUS, -1, cv2.LINE_AA)
        boxes.append((cx - r, cy - r, cx + r, cy + r))
        labels.append("wbc")

    for _ in range(4):
        r = rng.uniform(6, 9) * scale
        x, y = rng.uniform(r, width - r), rng.uniform(r, height - r)
        if not free(x, y, r):
            continue
        cv2.circle(image, (round(x), round(y)), round(r), PLATELET, -1, cv2.LINE_AA)
        boxes.append((x - r, y - r, x + r, y + r))
        labels.append("platelet")

    soft = cv2.GaussianBlur(image, (0, 0), 1.2 * scale) + rng.normal(0, 2.0, image.shape)
    rgb = np.clip(soft, 0, 255).astype(np.uint8)
    box_array = np.array(boxes, np.float32).reshape(-1, 4)
    box_array[:, [0, 2]] = box_array[:, [0, 2]].clip(0, width)
    box_array[:, [1, 3]] = box_array[:, [1, 3]].clip(0, height)
    return SyntheticField(rgb, box_array, tuple(labels))
