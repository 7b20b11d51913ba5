"""Is a field worth counting? Focus (variance of the Laplacian) and exposure checks.

Scores are computed on a copy scaled to a fixed size, so a 4000 x 3000 capture and a 640 x 480
field of the same smear score alike, and a check costs a few milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from numpy.typing import NDArray

from app.core.geometry import resize
from app.core.i18n import _

ANALYSIS_SIDE = 640


@dataclass(frozen=True)
class QualityThresholds:
    # Variance of the Laplacian at 640 px. Calibrated on real fields: BCCD fields score 6.5-9
    # (5th-95th percentile), TXL-PBC tiles 3.5-10; a BCCD field blurred by sigma 1 px scores 3.3.
    min_focus: float = 4.0
    max_clipped: float = 0.05  # share of pixels at white or black
    min_brightness: float = 60.0  # mean grey level, 0-255


DEFAULT_LIMITS = QualityThresholds()


@dataclass(frozen=True)
class Quality:
    focus: float
    brightness: float
    clipped_high: float
    clipped_low: float
    problems: tuple[str, ...]  # in the technician's language; empty when the field is fine

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def light(self) -> str:
        """Traffic light for the live view: green, amber (one problem), red."""
        return "green" if self.ok else "amber" if len(self.problems) == 1 else "red"


def grey_small(image: NDArray[np.uint8]) -> NDArray[np.uint8]:
    h, w = image.shape[:2]
    scale = ANALYSIS_SIDE / max(h, w)
    small = resize(image, max(1, round(w * scale)), max(1, round(h * scale)), antialias=True)
    return np.asarray(cv2.cvtColor(small, cv2.COLOR_RGB2GRAY), dtype=np.uint8)


def assess(image: NDArray[np.uint8], limits: QualityThresholds = DEFAULT_LIMITS) -> Quality:
    grey = grey_small(image)
    focus = float(cv2.Laplacian(grey, cv2.CV_64F).var())
    brightness = float(grey.mean())
    high = float((grey >= 250).mean())
    low = float((grey <= 5).mean())
    problems = []
    if focus < limits.min_focus:
        problems.append(_("blurred"))
    if brightness < limits.min_brightness:
        problems.append(_("too dark"))
    if high > limits.max_clipped:
        problems.append(_("overexposed"))
    if low > limits.max_clipped:
        problems.append(_("clipped shadows"))
    return Quality(focus, brightness, high, low, tuple(problems))


def motion(previous: NDArray[np.uint8], current: NDArray[np.uint8]) -> float:
    """Mean absolute grey-level change between two small grey frames (0 = still)."""
    if previous.shape != current.shape:
        return 255.0
    return float(cv2.absdiff(previous, current).mean())
