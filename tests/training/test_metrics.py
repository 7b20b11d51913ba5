"""The evaluation metrics the model figures rest on, checked against hand-worked cases."""

from __future__ import annotations

import numpy as np
import pytest

from training.metrics import (
    ImageResult,
    average_precision,
    classification_summary,
    detection_summary,
)


def _boxes(*rows):
    return np.array(rows, np.float32).reshape(-1, 4)


def test_perfect_predictions_score_one_at_every_threshold():
    truth = _boxes([0, 0, 10, 10], [20, 20, 40, 40])
    images = [ImageResult(truth.copy(), np.array([0.9, 0.8]), truth)]
    summary = detection_summary({"wbc": images})
    assert summary["map50"] == 1.0 and summary["map50_95"] == 1.0


def test_a_false_positive_ranked_between_two_hits():
    truth = _boxes([0, 0, 10, 10], [20, 20, 40, 40])
    pred = _boxes([0, 0, 10, 10], [100, 100, 110, 110], [20, 20, 40, 40])
    images = [ImageResult(pred, np.array([0.9, 0.8, 0.7]), truth)]
    # Recall 0..0.5 at precision 1 (51 of the 101 points), then 0.5..1 at precision 2/3.
    assert average_precision(images, 0.5) == pytest.approx((51 + 50 * 2 / 3) / 101)


def test_a_second_box_on_the_same_cell_is_a_false_positive():
    truth = _boxes([0, 0, 10, 10])
    pred = _boxes([0, 0, 10, 10], [0, 0, 10, 10])
    images = [ImageResult(pred, np.array([0.9, 0.8]), truth)]
    assert average_precision(images, 0.5) == 1.0  # the duplicate ranks after full recall
    images = [ImageResult(pred, np.array([0.8, 0.9]), truth)]
    assert average_precision(images, 0.5) == 1.0
    missed = [ImageResult(_boxes([50, 50, 60, 60]), np.array([0.9]), truth)]
    assert average_precision(missed, 0.5) == 0.0


def test_the_iou_threshold_decides_a_loose_box():
    truth = _boxes([0, 0, 10, 10])
    loose = _boxes([0, 0, 10, 16])  # IoU 100 / 160 = 0.625
    images = [ImageResult(loose, np.array([0.9]), truth)]
    assert average_precision(images, 0.5) == 1.0
    assert average_precision(images, 0.75) == 0.0


def test_classes_without_ground_truth_are_left_out_of_the_mean():
    truth = _boxes([0, 0, 10, 10])
    summary = detection_summary(
        {
            "wbc": [ImageResult(truth, np.array([0.9]), truth)],
            "basophil": [ImageResult(_boxes(), np.array([]), _boxes())],
        }
    )
    assert "basophil" not in summary["ap50"] and summary["map50"] == 1.0


def test_balanced_accuracy_weighs_every_class_alike():
    true = [0, 0, 0, 0, 1]
    pred = [0, 0, 0, 0, 0]
    summary = classification_summary(true, pred, ["neutrophil", "basophil", "monocyte"])
    assert summary["top1"] == 0.8
    assert summary["balanced_accuracy"] == 0.5  # (4/4 + 0/1) / 2, monocyte absent
    assert summary["confusion"]["rows_true_cols_predicted"][1] == [1, 0, 0]
