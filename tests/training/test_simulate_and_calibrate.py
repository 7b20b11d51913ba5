"""The simulated cameras and the calibration that the shipped models' figures rest on."""

from __future__ import annotations

import numpy as np
import pytest

from app.core.field_prep import estimate_rbc_diameter, flatten
from app.core.synthetic import render_field
from training.calibrate import fit_temperature, review_threshold, softmax
from training.simulate import CONDITIONS, Camera, capture, random_camera, visible


def _rbc_size(field) -> float:
    rbc = field.boxes[[label == "rbc" for label in field.labels]]
    return float(np.median(np.maximum(rbc[:, 2] - rbc[:, 0], rbc[:, 3] - rbc[:, 1])))


def test_a_capture_puts_red_cells_at_the_cameras_size():
    field = render_field(640, 480, white_cells=2, seed=1)
    size = _rbc_size(field)
    reference = estimate_rbc_diameter(flatten(field.image)[0])
    for camera in (Camera(rbc_px=20), Camera(rbc_px=35, flare=0.3, noise=5, jpeg=70)):
        image, gain = capture(field.image, size, camera)
        assert gain == pytest.approx(camera.rbc_px / size)
        assert image.shape[1] == round(640 * gain)
        found = estimate_rbc_diameter(flatten(image)[0])
        assert found / reference == pytest.approx(gain, rel=0.15)


def test_conditions_are_fixed_and_random_cameras_vary():
    assert CONDITIONS["as shot"] is None
    again = capture(np.full((64, 64, 3), 200, np.uint8), 20, CONDITIONS["phone at the eyepiece"])
    once = capture(np.full((64, 64, 3), 200, np.uint8), 20, CONDITIONS["phone at the eyepiece"])
    assert np.array_equal(again[0], once[0])  # seeded: the suite scores the same pictures
    rng = np.random.default_rng(0)
    sizes = [random_camera(rng, (10, 120)).rbc_px for _ in range(200)]
    assert 10 <= min(sizes) < 15 and 90 < max(sizes) <= 120


def test_a_field_stop_hides_the_cells_outside_it():
    boxes = np.array([[45, 45, 55, 55], [0, 0, 8, 8]], np.float32)  # centre, corner
    _, labels = visible(boxes, np.array([0, 1]), (100, 100), Camera(rbc_px=20, field_stop=0.8))
    assert labels.tolist() == [0]
    assert len(visible(boxes, np.array([0, 1]), (100, 100), Camera(rbc_px=20))[0]) == 2


def test_the_temperature_undoes_overconfidence():
    """Answers drawn from a calibrated model at T=1, shown 2.5x too sharp: T comes back ~2.5."""
    rng = np.random.default_rng(3)
    logits = rng.normal(0, 1.5, (4000, 7))
    probs = softmax(logits)
    true = np.array([rng.choice(7, p=p) for p in probs])
    sharp = np.log(probs) * 2.5
    assert fit_temperature(sharp, true) == pytest.approx(2.5, rel=0.1)


def test_the_review_threshold_catches_the_asked_share_of_wrong_answers():
    confidence = np.linspace(0.2, 1.0, 100)
    wrong = confidence < 0.5  # the unsure ones are the wrong ones here
    threshold = review_threshold(confidence, wrong, 0.9)
    assert (confidence[wrong] < threshold).mean() >= 0.9
    assert review_threshold(confidence, np.zeros(100, bool), 0.9) == 0.0


@pytest.mark.parametrize(
    "condition",
    ["phone photo, low resolution (RBC 12 px)", "40x objective, USB camera (RBC 20 px)"],
)
def test_the_red_cells_of_the_suites_low_magnification_frames_are_measured(condition):
    """The suite's frames of many BCCD fields seen small: the plasma between crowded small
    cells is not filled as central pallor (the frame would be one blob), so the red-cell size
    is measured within 20 % on most frames."""
    from training.common import DATA
    from training.suite import condition_fields, load_fields

    if not (DATA / "fields" / "annotations.csv").is_file():
        pytest.skip("../shared/data/fields is not here")
    frames = condition_fields(load_fields(DATA / "fields", every=8), CONDITIONS[condition])[:8]
    errors = []
    for frame in frames:
        found = estimate_rbc_diameter(flatten(frame.image)[0])
        errors.append(np.inf if found is None else abs(found / frame.rbc_px - 1))
    assert np.mean(np.array(errors) < 0.2) >= 0.75


def test_a_suite_frame_of_many_fields_has_one_lamp():
    """Fields tiled into one frame are brought to one plasma colour first (as one lamp lights a
    real frame); their cells keep their contrast."""
    from training.suite import Field, mosaics, plasma_colour

    casts = [(1.0, 1.0, 1.0), (1.0, 0.85, 0.9), (0.8, 0.8, 0.95), (0.95, 1.0, 0.8)]
    fields = []
    for seed, cast in enumerate(casts):
        image = (render_field(200, 150, seed=seed).image * np.array(cast)).astype(np.uint8)
        fields.append(Field(image, np.zeros((0, 4), np.float32), [], 30.0))
    (frame, *_) = mosaics(fields, 2, seed=0)
    tiles = [frame.image[y : y + 150, x : x + 200] for y in (0, 150) for x in (0, 200)]
    colours = np.array([plasma_colour(t) for t in tiles])
    assert np.ptp(colours, axis=0).max() <= 6  # before: up to 20 % of the level apart
    darkest = [np.percentile(t.mean(axis=2), 5) / plasma_colour(t).mean() for t in tiles]
    assert np.ptp(darkest) < 0.1
