"""Bringing a field to the look and the scale the models were trained at, before anything runs.

Two steps, the same in training (``training/simulate.py`` calls these functions) and here:

* **Illumination** (``flatten``): the plasma between the cells is the one thing in every smear that
  should be white. A smooth surface is fitted to it per channel (an upper envelope: iteratively
  keeping the pixels brighter than the fit), and the field is divided by it. That removes
  vignetting, uneven lamps and the colour cast of the lamp, sensor or a yellowish rapid stain in
  one step. Contrast is then set in optical density: the median density of the cell pixels (red
  cells, present in every smear) is brought to a fixed value, which undoes a washed-out camera or a
  pale stain as Beer-Lambert says the stain would. A round field stop (a phone at the eyepiece) is
  found as the dark region outside the fit and painted as plasma.
* **Scale** (``estimate_rbc_diameter``): the red cell is a ruler every smear carries (about
  7.5 µm). Cell pixels are segmented by density, holes (central pallor) filled unless that would
  fill the plasma of a crowded field, and each cell's inscribed circle found as a local maximum
  of the distance to plasma; their radius-weighted median is the red cell's diameter. Touching
  and overlapping red cells count one by one, white cells are too few to move the median, and
  specks and platelets weigh little.

Everything is Qt-free numpy/OpenCV: flattening and the ruler take some 8-10 ms per 640 x 480
field on the 2-core development CPU.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import cv2
import numpy as np
from numpy.typing import NDArray

#: The size a red cell is assumed to have, for micrometres per pixel.
RBC_MICROMETRES = 7.5
#: Plasma is brought to this grey level in every channel.
BACKGROUND_LEVEL = 236.0
#: The median optical density of cell pixels after normalisation (a typical red cell of the
#: training images; measured over TXL-PBC tiles, see training/simulate.py).
CELL_DENSITY = 0.32
#: Contrast is changed at most this much either way, so a field of nothing but plasma and dust
#: is not stretched into cells.
MAX_CONTRAST_GAIN = 3.0
#: Pixels this much denser than plasma are cell pixels (optical density, natural log).
CELL_THRESHOLD = 0.09
#: The working side for the illumination fit (the surface is smooth; a small copy is enough).
FIT_SIDE = 96
#: A red cell's box side is this many times the cells' typical inscribed diameter (the mask
#: misses the faint rim, overlapping cells are not round): 1 / 0.84, measured on every TXL-PBC
#: source and the BCCD fields alike, at full size and at 0.3x.
BOX_PER_INSCRIBED = 1.19
#: The scale is first measured roughly on a copy this wide (red cells of 12 px in a 640 px
#: frame must stay measurable), then on a copy where a red cell is about WORK_RBC_PX wide.
ROUGH_SIDE = 640
#: ... and before that on one half as wide, a quarter of the work, whose answer is kept when its
#: red cells are at least this wide there (smaller ones are not measured reliably at that size).
GLANCE_RBC_PX = 20.0
#: The scale is measured on a copy where a red cell is about this wide.
WORK_RBC_PX = 24.0
#: ... enlarging a field of small cells at most this much for it.
MAX_ENLARGE = 3.0


@dataclass(frozen=True)
class PrepSpec:
    """What a detector's manifest asks of a field (``preprocess``): flattened first, and resized
    so its red cells are ``rbc_px`` wide (None: the field's own scale, as older models want)."""

    flatten: bool = False
    rbc_px: float | None = None


@dataclass(frozen=True)
class Illumination:
    """What ``flatten`` did: the plasma colour it removed, the contrast gain, the field stop."""

    background_rgb: tuple[float, float, float]
    contrast_gain: float
    field_stop: bool  # a dark region outside a round aperture was found and painted as plasma


def flatten(image: NDArray[np.uint8]) -> tuple[NDArray[np.uint8], Illumination]:
    """The field with plasma at an even neutral grey and red-cell contrast at a fixed density."""
    h, w = image.shape[:2]
    small = _shrunk(image, max(1, min(h // 8, w // 8, round(max(h, w) / FIT_SIDE))))
    lum = small.mean(axis=2)
    inside = lum > 0.3 * np.percentile(lum, 99)
    stop = bool(inside.mean() < 0.97 and _touches_border(~inside))
    if stop:  # the aperture's soft edge is dark too: paint a little inside it as well
        inside = cv2.erode(inside.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
    surface = _background_surface(small, inside)
    density = -np.log(
        np.clip(small.mean(axis=2), 1.0, None) / np.clip(surface.mean(axis=2), 8.0, None)
    )
    cells = density[inside & (density > CELL_THRESHOLD)]
    contrast = 1.0
    if cells.size > 0.005 * density.size:
        median = float(np.median(cells))
        contrast = float(np.clip(CELL_DENSITY / median, 1 / MAX_CONTRAST_GAIN, MAX_CONTRAST_GAIN))
    # Beer-Lambert: density times the gain is (transmission ** gain); brighter than plasma is
    # plasma (density 0). (pixel / surface) ** gain is written pixel ** gain (a table of 256) times
    # surface ** -gain (on the small copy: the surface is smooth), so no power is taken per pixel.
    powers = np.arange(256, dtype=np.float32) ** np.float32(contrast)
    scale = BACKGROUND_LEVEL * np.maximum(surface, 8.0) ** np.float32(-contrast)
    full = cv2.resize(scale.astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR)
    out = cv2.multiply(cv2.LUT(image, powers), full)
    np.minimum(out, BACKGROUND_LEVEL, out=out)
    if stop:
        outside = cv2.resize((~inside).astype(np.uint8), (w, h), interpolation=cv2.INTER_NEAREST)
        out[outside > 0] = BACKGROUND_LEVEL
    r, g, b = (float(v) for v in np.median(surface[inside], axis=0))
    info = Illumination((r, g, b), round(contrast, 3), stop)
    return np.asarray(cv2.convertScaleAbs(out), dtype=np.uint8), info


def _shrunk(image: NDArray[np.uint8], k: int) -> NDArray[np.float32]:
    """Means of k x k blocks (the few pixels past the last whole block left out): OpenCV averages
    whole blocks several times faster than any other shrink."""
    h, w = image.shape[:2]
    whole = image[: h - h % k, : w - w % k]
    return np.asarray(
        cv2.resize(whole, (w // k, h // k), interpolation=cv2.INTER_AREA), dtype=np.float32
    )


def _touches_border(mask: NDArray[np.bool_]) -> bool:
    return bool(mask[0].any() or mask[-1].any() or mask[:, 0].any() or mask[:, -1].any())


def _background_surface(
    small: NDArray[np.float32], inside: NDArray[np.bool_]
) -> NDArray[np.float32]:
    """Per channel, a smooth upper envelope of the plasma: a quadratic-in-x-and-y surface fitted,
    then refitted to the pixels brighter than it (cells are darker than plasma), three times."""
    basis = _basis(*small.shape[:2])
    lum = small.mean(axis=2)
    keep = inside & (lum >= np.percentile(lum[inside], 40)) if inside.any() else inside
    slack = 0.02 * float(np.median(lum[inside])) if inside.any() else 0.0
    for _ in range(3):
        if keep.sum() < basis.shape[-1] * 4:
            break
        fitted = basis @ _fit(basis[keep], lum[keep])
        keep = inside & (lum >= fitted - slack)
    if keep.sum() < basis.shape[-1] * 4:  # no plasma to speak of: one colour, the brightest
        return np.broadcast_to(np.percentile(small.reshape(-1, 3), 95, axis=0), small.shape).astype(
            np.float32
        )
    surface = (basis @ _fit(basis[keep], small[keep])).astype(np.float32)  # the three at once
    return np.clip(surface, 1.0, 255.0)


@lru_cache(maxsize=8)
def _basis(h: int, w: int) -> NDArray[np.float32]:
    """The surface's terms at each pixel of an h x w copy (the same for every field of a camera)."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    xx, yy = (xx - w / 2) / max(h, w), (yy - h / 2) / max(h, w)
    r2 = xx * xx + yy * yy
    basis = np.stack([np.ones_like(xx), xx, yy, xx * yy, xx * xx, yy * yy, r2 * r2], -1)
    basis.flags.writeable = False
    return basis


def _fit(a: NDArray[np.float32], b: NDArray[np.float32]) -> NDArray[np.floating]:
    """Least squares through the normal equations (7 unknowns: far cheaper than an SVD)."""
    a64 = a.astype(np.float64)
    return np.linalg.solve(a64.T @ a64 + 1e-6 * np.eye(a.shape[1]), a64.T @ b.astype(np.float64))


#: Filled cell blobs covering more of the field than this are crowded cells whose plasma gaps
#: were taken for central pallor: the unfilled mask is used.
MAX_FILLED_SHARE = 0.8
_MEAN_OF_CHANNELS = np.full((1, 3), 1 / 3, np.float32)


def cell_mask(image: NDArray[np.uint8]) -> NDArray[np.bool_]:
    """Cell pixels of a flattened field (denser than plasma), holes filled."""
    lum = cv2.transform(image.astype(np.float32), _MEAN_OF_CHANNELS)
    lum = cv2.GaussianBlur(lum, (0, 0), 1.0)  # sensor noise
    # Optical density above CELL_THRESHOLD, written as a level (no logarithm per pixel).
    mask = (lum < BACKGROUND_LEVEL * np.exp(-CELL_THRESHOLD)).astype(np.uint8)
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    filled = np.zeros_like(mask)
    cv2.drawContours(filled, contours, -1, 1, thickness=cv2.FILLED)
    if filled.mean() > MAX_FILLED_SHARE:  # the plasma between crowded small cells was filled
        return mask.astype(bool)
    return filled.astype(bool)


def estimate_rbc_diameter(flat: NDArray[np.uint8]) -> float | None:
    """The red cell's box side in pixels of a flattened field, or None when too few cells.

    Measured twice: roughly on a copy at most 640 px wide, then on a copy where a red cell is about
    24 px across (shrunk, or enlarged up to 3x), so the answer is the same at any magnification.
    """
    h, w = flat.shape[:2]
    glance = min(1.0, ROUGH_SIDE / 2 / max(h, w))
    rough = _inscribed_diameter(flat, glance, None)
    if rough is None or rough * glance < GLANCE_RBC_PX:
        rough = _inscribed_diameter(flat, min(1.0, ROUGH_SIDE / max(h, w)), None)
    if rough is None:
        return None
    shrink = min(MAX_ENLARGE, WORK_RBC_PX / rough)  # small cells are enlarged to be measured
    fine = _inscribed_diameter(flat, shrink, rough * shrink)
    return None if fine is None else fine * BOX_PER_INSCRIBED


def _inscribed_diameter(
    flat: NDArray[np.uint8], shrink: float, expected: float | None
) -> float | None:
    """The typical inscribed-circle diameter of the cells, in pixels of ``flat``.

    Each cell is a local maximum of the distance to the plasma, so cells that touch or overlap
    in one blob still count one by one (the median over blobs was fooled by crowded fields and
    by specks). Circles cut by the frame do not count. The median is weighted by the radius:
    specks and cell fragments weigh little, and the rare white cell does not outweigh the many
    red ones, as it would if weighted by area.
    """
    h, w = flat.shape[:2]
    work = flat
    if shrink != 1.0:
        size = (max(8, round(w * shrink)), max(8, round(h * shrink)))
        method = cv2.INTER_AREA if shrink < 1.0 else cv2.INTER_LINEAR
        work = np.asarray(cv2.resize(flat, size, interpolation=method), dtype=np.uint8)
    mask = cell_mask(work).astype(np.uint8)
    distance = np.asarray(cv2.distanceTransform(mask, cv2.DIST_L2, 5), dtype=np.float32)
    # Neighbourhood for the maxima: most of a red cell's radius (2 % of the side when unknown).
    radius = expected / 2 if expected else max(3.0, 0.02 * max(mask.shape))
    # A square neighbourhood (its maximum is taken separably, many times faster than a disc's)
    # of the disc's area.
    side = 2 * max(1, round(0.62 * radius)) + 1
    kernel = np.ones((side, side), np.uint8)
    peaks = (distance >= cv2.dilate(distance, kernel)) & (distance >= 1.5)  # 1.5: specks
    ys, xs = np.nonzero(peaks)
    r = distance[ys, xs]
    height, width = mask.shape
    whole = (xs >= r) & (ys >= r) & (xs + r < width) & (ys + r < height)
    r = np.sort(r[whole])
    if len(r) < 3:
        return None
    weight = np.cumsum(r)
    return 2.0 * float(r[np.searchsorted(weight, weight[-1] / 2)]) / shrink


@dataclass(frozen=True)
class FieldScale:
    """How a field was brought to the models' scale, kept with the field and shown in reports."""

    rbc_px: float  # the red cell's size in the original image, pixels
    factor: float  # the field was resized by this before detection
    source: str  # "estimated", "calibrated", or "assumed" (no red cells found)

    @property
    def micrometres_per_pixel(self) -> float:
        return RBC_MICROMETRES / self.rbc_px


def field_scale(
    flat: NDArray[np.uint8], target_rbc_px: float, calibrated_rbc_px: float | None = None
) -> FieldScale:
    """The factor that makes the field's red cells ``target_rbc_px`` wide.

    A calibration (Settings or the capture device) pins the size; without red cells to measure,
    the field is assumed to be six red cells across (a 100x oil field on a typical camera).
    """
    if calibrated_rbc_px:
        rbc, source = calibrated_rbc_px, "calibrated"
    else:
        found = estimate_rbc_diameter(flat)
        rbc, source = (found, "estimated") if found else (max(flat.shape[:2]) / 6.0, "assumed")
    rbc = round(rbc, 2)
    return FieldScale(rbc, target_rbc_px / rbc, source)
