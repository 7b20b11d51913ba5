"""Letterbox placement and NMS against plain reference implementations."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.geometry import Fit, fit_image, iou_one_to_many, nms, to_original


def _reference_nms(boxes, scores, classes, threshold):
    order = sorted(range(len(boxes)), key=lambda i: -scores[i])
    keep = []
    for i in order:
        if all(
            classes[i] != classes[k] or iou_one_to_many(boxes[k], boxes[i : i + 1])[0] <= threshold
            for k in keep
        ):
            keep.append(i)
    return keep


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 60), st.floats(0.1, 0.9), st.integers(0, 2**31 - 1))
def test_nms_matches_greedy_reference(n, threshold, seed):
    rng = np.random.default_rng(seed)
    xy = rng.uniform(0, 200, (n, 2))
    boxes = np.concatenate([xy, xy + rng.uniform(1, 80, (n, 2))], 1).astype(np.float32)
    scores = rng.permutation(n).astype(np.float32) / n + 0.01  # distinct: no tie-order ambiguity
    classes = rng.integers(0, 3, n)
    kept = nms(boxes, scores, classes, threshold, 1000).tolist()
    assert kept == _reference_nms(boxes, scores, classes, threshold)
    assert nms(boxes, scores, classes, threshold, 2).tolist() == kept[:2]


def test_centre_letterbox_pads_evenly_with_the_pad_value():
    image = np.zeros((100, 200, 3), np.uint8)
    canvas, placement = fit_image(image, 64, 64, Fit.CENTER, 114)
    assert canvas.shape == (64, 64, 3)
    assert (placement.gain_x, placement.pad_x, placement.pad_y) == (0.32, 0.0, 16.0)
    assert (canvas[:16] == 114).all() and (canvas[48:] == 114).all() and (canvas[16:48] == 0).all()


def test_top_left_letterbox_pads_right_and_bottom():
    image = np.zeros((100, 200, 3), np.uint8)
    canvas, placement = fit_image(image, 64, 64, Fit.TOP_LEFT, 114)
    assert (placement.pad_x, placement.pad_y) == (0.0, 0.0)
    assert (canvas[:32] == 0).all() and (canvas[32:] == 114).all()


def test_stretch_scales_each_axis():
    image = np.zeros((100, 200, 3), np.uint8)
    canvas, placement = fit_image(image, 50, 50, Fit.STRETCH, 114)
    assert canvas.shape == (50, 50, 3)
    boxes = np.array([[25, 25, 50, 50]], np.float32)
    np.testing.assert_allclose(to_original(boxes, placement, 200, 100), [[100, 50, 200, 100]])


def test_boxes_are_clipped_to_the_image():
    _, placement = fit_image(np.zeros((100, 200, 3), np.uint8), 64, 64, Fit.CENTER, 114)
    boxes = np.array([[-10, 0, 70, 70]], np.float32)
    np.testing.assert_allclose(to_original(boxes, placement, 200, 100), [[0, 0, 200, 100]])
