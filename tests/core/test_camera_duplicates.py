"""Same place or a new one? Noisy and nudged copies of a field are the same place; another field,
or the same field after the stage moved by a quarter of it or more, is a new one."""

from __future__ import annotations

import itertools

import cv2
import numpy as np
import pytest

from app.core.camera.duplicates import SAME_PLACE, FieldIndex, fingerprint, similarity
from app.core.imaging import read_image
from tests.conftest import SHARED_DATA
from tests.core.test_camera_sources import smear

#: BloodImage_00037 and _00038 are one place focused twice (the data set holds such pairs):
#: a true duplicate, left out of the "different fields" here.
FIELDS = [f"BloodImage_{i:05d}.jpg" for i in (0, 1, 2, 3, 4, 5, 10, 20, 37, 50, 70, 99)]


def noisy(rng, image, sigma=8.0):
    return np.clip(image + rng.normal(0, sigma, image.shape), 0, 255).astype(np.uint8)


def shifted(image, dx, dy):
    """The stage moved by (dx, dy) px: what leaves the view is replaced by unseen smear."""
    matrix = np.float32([[1, 0, dx], [0, 1, dy]])
    return cv2.warpAffine(image, matrix, image.shape[1::-1], borderMode=cv2.BORDER_REFLECT)


@pytest.fixture(scope="module")
def fields():
    folder = SHARED_DATA / "fields" / "images"
    if not folder.is_dir():
        pytest.skip("../shared/data/fields is not here")
    return [read_image(folder / name) for name in FIELDS]


# Up to 5 % of the width and height: the nudge of a stage knob, or a settling stage.
NUDGES = [(0, 0), (8, -6), (-20, 12), (32, 24), (-32, -24)]


def test_noisy_and_nudged_copies_of_real_fields_are_the_same_place(fields, rng):
    index = FieldIndex()
    for key, image in enumerate(fields):
        index.add(key, fingerprint(image))
    for key, image in enumerate(fields):
        for dx, dy in NUDGES:
            copy = noisy(rng, shifted(image, dx, dy))
            assert index.match(fingerprint(copy), range(len(fields))) == key, (key, dx, dy)


def test_different_fields_and_a_moved_stage_are_new_places(fields):
    prints = [fingerprint(image) for image in fields]
    for a, b in itertools.combinations(range(len(fields)), 2):
        assert similarity(prints[a], prints[b]) < SAME_PLACE, (FIELDS[a], FIELDS[b])
    for key, image in enumerate(fields):
        h, w = image.shape[:2]
        for dx, dy in [(w // 4, 0), (0, h // 4), (w // 2, h // 3), (-w // 3, h // 4)]:
            moved = fingerprint(shifted(image, dx, dy))
            assert similarity(moved, prints[key]) < SAME_PLACE, (FIELDS[key], dx, dy)


def test_exposure_drift_and_another_resolution_are_still_the_same_place(fields):
    image = fields[0]
    brighter = np.clip(image.astype(int) * 1.15 + 10, 0, 255).astype(np.uint8)
    bigger = cv2.resize(image, (1280, 960), interpolation=cv2.INTER_LINEAR)
    assert similarity(fingerprint(brighter), fingerprint(image)) > 0.95
    assert similarity(fingerprint(bigger), fingerprint(image)) > 0.95


def test_synthetic_smears_without_the_shared_data(rng):
    place, other = smear(rng), smear(rng)
    index = FieldIndex()
    index.add("place", fingerprint(place))
    index.add("other", fingerprint(other))
    nudged = noisy(rng, np.roll(place, (10, -15), axis=(0, 1)))
    assert index.match(fingerprint(nudged), ["place", "other"]) == "place"
    assert index.match(fingerprint(nudged), ["other"]) is None  # only among the keys given
    assert index.match(fingerprint(np.roll(place, 200, axis=1)), ["place", "other"]) is None


def test_a_featureless_frame_matches_nothing(rng):
    blank = np.full((480, 640, 3), 210, np.uint8)
    index = FieldIndex()
    index.add("blank", fingerprint(noisy(rng, blank, 0.5)))
    assert index.match(fingerprint(blank), ["blank"]) is None


def test_renamed_and_discarded_keys(rng):
    place = smear(rng)
    index = FieldIndex()
    index.add("capture.png", fingerprint(place))
    assert index.rename("capture.png", "sha") and not index.rename("capture.png", "x")
    assert index.match(fingerprint(place), ["sha"]) == "sha"
    index.discard(["sha"])
    assert len(index) == 0
