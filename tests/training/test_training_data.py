"""What the detector's training is shown: platelets a camera leaves unseen are ignored, and
platelets and red cells are learned on pyramid levels of their own."""

from __future__ import annotations

import numpy as np

from training.detector_data import CANONICAL_RBC, CLASSES, IGNORE, LEVEL_RANGES, unseen_platelets
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


def _strides_for_centre(side: float) -> set[int]:
    """The strides that learn a box of this side from its centre point (reach = side / 2)."""
    return {s for s, (lo, hi) in LEVEL_RANGES.items() if lo <= side / 2 <= hi}


#: A platelet's box side over the red cells' (median over the TXL-PBC tiles: 0.39).
PLATELET_PER_RBC = 0.39


def test_platelets_have_the_finest_level_to_themselves():
    for error in (0.72, 1.0, 1.38):  # the engine's scale error, as the training applies it
        assert _strides_for_centre(PLATELET_PER_RBC * CANONICAL_RBC * error) == {8}
    for error in (1.0, 1.38):
        assert 8 not in _strides_for_centre(CANONICAL_RBC * error)
    assert _strides_for_centre(CANONICAL_RBC) == {16}
