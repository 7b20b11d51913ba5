"""Detection AP (COCO-style, 101-point interpolation) and classification scores, in numpy."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

IOU_THRESHOLDS = np.round(np.arange(0.5, 0.96, 0.05), 2)


def iou_matrix(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """IoU of every box in ``a`` [N, 4] with every box in ``b`` [M, 4] (x1 y1 x2 y2)."""
    lt = np.maximum(a[:, None, :2], b[None, :, :2])
    rb = np.minimum(a[:, None, 2:], b[None, :, 2:])
    inter = np.clip(rb - lt, 0, None).prod(-1)
    area_a = (a[:, 2:] - a[:, :2]).prod(-1)
    area_b = (b[:, 2:] - b[:, :2]).prod(-1)
    return np.asarray(inter / np.maximum(area_a[:, None] + area_b[None] - inter, 1e-9))


@dataclass
class ImageResult:
    """One image's predictions and ground truth for one class."""

    pred_boxes: np.ndarray
    scores: np.ndarray
    true_boxes: np.ndarray


def average_precision(images: Sequence[ImageResult], iou_threshold: float) -> float:
    """COCO AP at one IoU threshold: greedy matching by score, 101-point interpolated."""
    total = sum(len(r.true_boxes) for r in images)
    if total == 0:
        return float("nan")
    scores, hits = [], []
    for r in images:
        order = np.argsort(-r.scores, kind="stable")
        taken = np.zeros(len(r.true_boxes), bool)
        ious = iou_matrix(r.pred_boxes[order], r.true_boxes) if len(r.true_boxes) else None
        for rank, index in enumerate(order):
            scores.append(r.scores[index])
            if ious is None:
                hits.append(False)
                continue
            candidates = np.where(~taken, ious[rank], -1.0)
            best = int(np.argmax(candidates))
            hit = candidates[best] >= iou_threshold
            if hit:
                taken[best] = True
            hits.append(bool(hit))
    if not scores:
        return 0.0
    order = np.argsort(-np.array(scores), kind="stable")
    tp = np.cumsum(np.array(hits)[order])
    fp = np.cumsum(~np.array(hits)[order])
    recall = tp / total
    precision = tp / np.maximum(tp + fp, 1e-9)
    # Precision envelope (monotone from the right), sampled at 101 recall points.
    precision = np.maximum.accumulate(precision[::-1])[::-1]
    points = np.linspace(0, 1, 101)
    index = np.searchsorted(recall, points, side="left")
    sampled = np.where(index < len(precision), precision[np.minimum(index, len(precision) - 1)], 0)
    return float(sampled.mean())


def scalar(summary: Mapping[str, object], key: str) -> float:
    """One figure of a summary (``detection_summary``'s mAPs, say), checked to be a number."""
    value = summary[key]
    if not isinstance(value, (int, float)):
        raise TypeError(f"{key} is not a number: {value!r}")
    return float(value)


def detection_summary(
    per_class: dict[str, list[ImageResult]],
) -> dict[str, float | dict[str, float]]:
    """AP50 per class, mAP50 and mAP50-95 over the classes that have ground truth."""
    ap50: dict[str, float] = {}
    ap50_95: dict[str, float] = {}
    for name, images in per_class.items():
        if sum(len(r.true_boxes) for r in images) == 0:
            continue
        per_threshold = [average_precision(images, float(t)) for t in IOU_THRESHOLDS]
        ap50[name] = round(per_threshold[0], 4)
        ap50_95[name] = round(float(np.mean(per_threshold)), 4)
    return {
        "ap50": ap50,
        "ap50_95": ap50_95,
        "map50": round(float(np.mean(list(ap50.values()))), 4),
        "map50_95": round(float(np.mean(list(ap50_95.values()))), 4),
    }


def classification_summary(
    true: Sequence[int], pred: Sequence[int], classes: Sequence[str]
) -> dict[str, object]:
    """Top-1, balanced accuracy (mean recall over classes present) and the confusion matrix."""
    t, p = np.asarray(true), np.asarray(pred)
    n = len(classes)
    confusion = np.zeros((n, n), np.int64)
    np.add.at(confusion, (t, p), 1)
    present = confusion.sum(1) > 0
    recall = np.diag(confusion)[present] / confusion.sum(1)[present]
    return {
        "n": len(t),
        "top1": round(float((t == p).mean()), 4) if len(t) else float("nan"),
        "balanced_accuracy": round(float(recall.mean()), 4) if len(recall) else float("nan"),
        "recall": {
            classes[i]: round(float(confusion[i, i] / confusion[i].sum()), 4)
            for i in range(n)
            if present[i]
        },
        "confusion": {"classes": list(classes), "rows_true_cols_predicted": confusion.tolist()},
    }
