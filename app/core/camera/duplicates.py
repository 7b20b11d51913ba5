"""Is this the same place as a field already in the slide? Decided on content, not bytes: two
frames of an unchanged view differ by sensor noise, and a nudged stage shifts them a little.

A fingerprint is the field in grey, shrunk to FINGERPRINT_SIDE px and smoothed (noise averages
out); two fingerprints show the same place when the centre of one, slid over the other by up to
MAX_SHIFT of each side, correlates above SAME_PLACE (normalised, so exposure drift does not
matter). Different places of a smear correlate near 0: the cells lie elsewhere.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Hashable
from dataclasses import dataclass

import cv2
import numpy as np
from numpy.typing import NDArray

FINGERPRINT_SIDE = 128
MAX_SHIFT = 0.1
#: On the 292 BCCD fields (bench/duplicates.py): noisy copies nudged by up to 5 % score 0.99 or
#: more; other fields and a stage moved by a quarter of the view, 0.75 at most. Sideways, every
#: field moved by 10 % is the same place, and all but one moved by 15 % are new.
SAME_PLACE = 0.88
#: A fingerprint flatter than this (grey levels, 0-255) shows nothing to recognise a place by.
MIN_CONTRAST = 2.0


@dataclass(frozen=True)
class Fingerprint:
    grey: NDArray[np.float32]

    @property
    def featureless(self) -> bool:
        return float(self.grey.std()) < MIN_CONTRAST


def fingerprint(image: NDArray[np.uint8]) -> Fingerprint:
    h, w = image.shape[:2]
    scale = FINGERPRINT_SIDE / max(h, w)
    size = (max(8, round(w * scale)), max(8, round(h * scale)))
    small = cv2.resize(image, size, interpolation=cv2.INTER_AREA)
    grey = cv2.cvtColor(small, cv2.COLOR_RGB2GRAY) if small.ndim == 3 else small
    smooth = cv2.GaussianBlur(grey.astype(np.float32), (0, 0), 1.0)
    return Fingerprint(np.asarray(smooth, dtype=np.float32))


def similarity(a: Fingerprint, b: Fingerprint) -> float:
    """Best normalised correlation of ``a``'s centre over ``b`` within the shift allowed
    (-1 to 1); 0 when either shows nothing to compare."""
    if a.featureless or b.featureless:
        return 0.0
    other = b.grey
    if other.shape != a.grey.shape:  # another resolution of the same camera, or another camera
        size = (a.grey.shape[1], a.grey.shape[0])
        other = np.asarray(cv2.resize(other, size, interpolation=cv2.INTER_AREA), np.float32)
    h, w = a.grey.shape
    dy, dx = max(1, round(h * MAX_SHIFT)), max(1, round(w * MAX_SHIFT))
    scores = cv2.matchTemplate(other, a.grey[dy : h - dy, dx : w - dx], cv2.TM_CCOEFF_NORMED)
    return float(np.nan_to_num(scores).max())


class FieldIndex:
    """Fingerprints by key (thread-safe: learned on any thread, matched on the GUI thread)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._prints: dict[Hashable, Fingerprint] = {}

    def __len__(self) -> int:
        with self._lock:
            return len(self._prints)

    def __contains__(self, key: Hashable) -> bool:
        with self._lock:
            return key in self._prints

    def add(self, key: Hashable, print_: Fingerprint) -> None:
        with self._lock:
            self._prints[key] = print_

    def rename(self, old: Hashable, new: Hashable) -> bool:
        with self._lock:
            if old not in self._prints:
                return False
            self._prints[new] = self._prints.pop(old)
            return True

    def discard(self, keys: Collection[Hashable]) -> None:
        with self._lock:
            for key in keys:
                self._prints.pop(key, None)

    def match(self, print_: Fingerprint, among: Collection[Hashable]) -> Hashable | None:
        """The key among ``among`` that shows the same place (the most similar), or None."""
        with self._lock:
            candidates = [(k, self._prints[k]) for k in among if k in self._prints]
        best, best_key = SAME_PLACE, None
        for key, known in candidates:
            score = similarity(print_, known)
            if score >= best:
                best, best_key = score, key
        return best_key
