"""What the detector's training is shown: platelets a camera leaves unseen are ignored."""

from __future__ import annotations

import numpy as np

from training.detector_data import CLASSES, IGNORE, unseen_platelets
from training.simulate import Camera

PLATELET, RBC = CLASSES.index("platelet"), CLASSES.index("rbc")


def test_small_or_blurred_platelets_are_ignored_and_nothing_else():
    boxes = np.array([[0, 0, 6, 6], [0, 0, 12, 12], [0, 0, 6, 6]], np.float32)
    labels = np.array([PLATELET, PLATELET, RBC])
    sharp = unseen_platelets(boxes, labels, Camera(rbc_px=40))
    assert sharp.tolist() == [IGNORE, PLATELET, RBC]  # 6 px is too small; a small rbc stays
    # Defocus of 0.08 red-cell widths at 40 px blurs over 6.4 px: a 12 px platelet is gone too.
    blurred = unseen_platelets(boxes, labels, Camera(rbc_px=40, defocus=0.08))
    assert blurred.tolist() == [IGNORE, IGNORE, RBC]
