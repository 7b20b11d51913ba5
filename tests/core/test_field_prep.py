"""Bringing fields to the models' look and scale: red-cell size, flat field, contrast."""

from __future__ import annotations

import csv

import cv2
import numpy as np
import pytest

from app.core.errors import ModelLoadError
from app.core.field_prep import (
    BACKGROUND_LEVEL,
    RBC_MICROMETRES,
    cell_mask,
    estimate_rbc_diameter,
    field_scale,
    flatten,
)
from app.core.models.manifest import parse_manifest
from app.core.synthetic import render_field
from tests.conftest import SHARED_DATA


def _resized(image: np.ndarray, gain: float) -> np.ndarray:
    method = cv2.INTER_AREA if gain < 1 else cv2.INTER_LINEAR
    return cv2.resize(image, None, fx=gain, fy=gain, interpolation=method)


def _cast_and_vignette(image: np.ndarray) -> np.ndarray:
    """A warm lamp, a green sensor tint and 45 % of the light lost at the corners."""
    h, w = image.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    r2 = ((xx - w / 2) ** 2 + (yy - h / 2) ** 2) / ((w / 2) ** 2 + (h / 2) ** 2)
    light = (1 - 0.45 * r2)[..., None] * np.array([1.0, 0.93, 0.72], np.float32)
    return np.clip(image * light, 0, 255).astype(np.uint8)


@pytest.mark.parametrize("seed", [0, 1])
def test_the_scale_follows_the_magnification(seed):
    """The same field at red cells of ~12 to ~110 px: the measured size scales with it."""
    field = render_field(640, 480, white_cells=2, seed=seed)
    reference = estimate_rbc_diameter(flatten(field.image)[0])
    assert reference is not None
    for gain in (0.16, 0.3, 0.5, 1.5):
        found = estimate_rbc_diameter(flatten(_resized(field.image, gain))[0])
        assert found is not None
        assert found / reference == pytest.approx(gain, rel=0.1), gain


def test_the_factor_brings_red_cells_to_the_target_and_says_how():
    field = render_field(640, 480, seed=3)
    flat, _ = flatten(_resized(field.image, 0.25))
    scale = field_scale(flat, 40.0)
    assert scale.source == "estimated"
    assert scale.factor * scale.rbc_px == pytest.approx(40.0)
    assert scale.micrometres_per_pixel == pytest.approx(RBC_MICROMETRES / scale.rbc_px)
    pinned = field_scale(flat, 40.0, calibrated_rbc_px=20.0)
    assert (pinned.source, pinned.factor) == ("calibrated", 2.0)


def test_a_field_without_red_cells_is_assumed_and_says_so():
    plasma = np.full((300, 400, 3), 230, np.uint8)
    scale = field_scale(flatten(plasma)[0], 40.0)
    assert scale.source == "assumed"
    assert scale.rbc_px == pytest.approx(400 / 6, abs=0.01)


def test_flattening_undoes_a_colour_cast_and_vignetting():
    field = render_field(640, 480, white_cells=2, seed=4)
    clean, _ = flatten(field.image)
    cast, info = flatten(_cast_and_vignette(field.image))
    assert info.background_rgb[2] < info.background_rgb[0] - 20  # the cast was seen
    plasma = ~cell_mask(clean)
    # Plasma comes back neutral and even: the same level at the corners as in the middle.
    corner = cast[:60, :60][plasma[:60, :60]].mean(axis=0)
    middle = cast[210:270, 290:350][plasma[210:270, 290:350]].mean(axis=0)
    assert np.abs(corner - BACKGROUND_LEVEL).max() < 8
    assert np.abs(middle - BACKGROUND_LEVEL).max() < 8
    # And the cells look as they did without the cast: mean colour within a few grey levels.
    cells = ~plasma
    assert np.abs(cast[cells].mean(axis=0) - clean[cells].mean(axis=0)).max() < 10
    # Without flattening, the degraded field is far from the clean one.
    raw = _cast_and_vignette(field.image)
    assert np.abs(raw[cells].mean(axis=0) - field.image[cells].mean(axis=0)).max() > 25


def test_a_washed_out_camera_gets_its_contrast_back():
    field = render_field(640, 480, white_cells=1, seed=6)
    clean, _ = flatten(field.image)
    washed = (field.image * 0.55 + 0.45 * 235).astype(np.uint8)  # veiling light
    restored, info = flatten(washed)
    assert info.contrast_gain > 1.5
    density = lambda im: -np.log(im.mean(axis=2) / BACKGROUND_LEVEL + 1e-3)  # noqa: E731
    cells = cell_mask(clean)
    assert density(restored)[cells].mean() == pytest.approx(density(clean)[cells].mean(), rel=0.2)


def test_a_round_field_stop_is_painted_as_plasma():
    field = render_field(640, 480, seed=2)
    h, w = field.image.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    outside = (xx - w / 2) ** 2 + (yy - h / 2) ** 2 > (0.45 * w) ** 2
    phone = field.image.copy()
    phone[outside] = 8
    flat, info = flatten(phone)
    assert info.field_stop
    assert np.abs(flat[:20, :20].astype(int) - round(BACKGROUND_LEVEL)).max() <= 1
    assert not flatten(field.image)[1].field_stop


def test_a_manifest_states_the_preparation_or_is_refused():
    spec = parse_manifest({"preprocess": {"flatten": True, "rbc_px": 40}}, "m.json").preprocess
    assert spec is not None and spec.flatten and spec.rbc_px == 40.0
    for bad in ({"flaten": True}, {"rbc_px": 0.5}, {"flatten": "yes"}):
        with pytest.raises(ModelLoadError, match="preprocess"):
            parse_manifest({"preprocess": bad}, "m.json")


def _annotated_fields(every: int) -> list[tuple[np.ndarray, float]]:
    table = SHARED_DATA / "fields" / "annotations.csv"
    if not table.is_file():
        pytest.skip("../shared/data/fields is not here")
    sizes: dict[str, list[float]] = {}
    with open(table, newline="") as f:
        for row in csv.DictReader(f):
            if row["label"] == "rbc":
                side = max(float(row["x2"]) - float(row["x1"]), float(row["y2"]) - float(row["y1"]))
                sizes.setdefault(row["image"], []).append(side)
    names = sorted(n for n, s in sizes.items() if len(s) >= 5)[::every]
    out = []
    for name in names:
        image = cv2.cvtColor(cv2.imread(str(SHARED_DATA / "fields" / name)), cv2.COLOR_BGR2RGB)
        out.append((image, float(np.median(sizes[name]))))
    return out


@pytest.mark.parametrize("gain", [1.0, 0.25])
def test_the_red_cell_size_of_real_fields_is_measured(gain):
    """BCCD fields as shot and at a quarter of their size: the annotated red cells' median box
    side, within 15 % for the typical field and within 25 % for four fields in five (crowded,
    overlapping red cells and specks included)."""
    ratios = []
    for image, size in _annotated_fields(every=6):
        found = estimate_rbc_diameter(flatten(_resized(image, gain))[0])
        ratios.append(np.nan if found is None else found / (size * gain))
    ratios = np.array(ratios)
    assert np.isnan(ratios).mean() < 0.05
    assert np.nanmedian(ratios) == pytest.approx(1.0, abs=0.15)
    assert np.mean(np.abs(ratios - 1) < 0.25) >= 0.8
