"""Calibrate the classifier's confidence, and choose the review threshold, on data it never saw.

    python -m training.calibrate                     # fit, print, save runs/calibration.json
    python -m training.calibrate --export            # then re-export the classifier with it

The calibration half of the held-out PBC crops (training/suite.calibration_part; the suite scores
the other half) is shown as simulated cameras of every kind show it (training/simulate
.random_camera, other seeds than training), through the engine's own preparation and crops. On
those answers:

* the **temperature** T that minimises the negative log-likelihood of softmax(logits / T) — the
  network was trained on clean-ish crops and is overconfident on cameras it did not see; T is
  baked into the exported graph, so every program that runs the model gets the same confidences;
* the **review threshold**: the lowest confidence under which at least ``--recall`` of the wrong
  labels fall, so "R, next to review" visits them. The default profile carries it.
"""

from __future__ import annotations

import argparse
import itertools
import json
from pathlib import Path

import numpy as np

from app.core.imaging import read_image
from app.core.models import load_classifier, load_detector
from app.core.pipeline import Pipeline, Stage
from training.classifier_data import CLASSES
from training.common import DATA, MODELS, REPO, write_json
from training.simulate import capture, random_camera
from training.suite import PBC_CROP_RBC, calibration_part, crop_box, held_out_rows

RUNS = REPO / "training" / "runs"


def answers(
    pipeline: Pipeline, rows: list[dict[str, str]], seed: int
) -> tuple[np.ndarray, np.ndarray]:
    """Log-probabilities [n, C] and true class ids, each crop under one random camera."""
    rng = np.random.default_rng(seed)
    names = pipeline.stages["wbc_type"].classifier.config.classes
    order = [names.index(c) for c in CLASSES]
    logp, true = [], []
    for row in rows:
        image = read_image(DATA / "classify" / row["image"])
        image, _ = capture(image, PBC_CROP_RBC, random_camera(rng, (8.0, 60.0)))
        result = pipeline.model_answers("wbc_type", image, crop_box(image))
        logp.append(np.log(np.maximum(result.probabilities[0][order], 1e-7)))
        true.append(CLASSES.index(row["label"]))
    return np.array(logp), np.array(true)


def softmax(x: np.ndarray) -> np.ndarray:
    e = np.exp(x - x.max(1, keepdims=True))
    return np.asarray(e / e.sum(1, keepdims=True))


def fit_temperature(logp: np.ndarray, true: np.ndarray) -> float:
    """The T in 0.5..6 with the lowest mean negative log-likelihood (a fine grid is enough)."""
    grid = np.exp(np.linspace(np.log(0.5), np.log(6.0), 200))
    nll = [-np.log(softmax(logp / t)[np.arange(len(true)), true] + 1e-12).mean() for t in grid]
    return float(grid[int(np.argmin(nll))])


def review_threshold(confidence: np.ndarray, wrong: np.ndarray, recall: float) -> float:
    """The lowest threshold with ``recall`` of the wrong answers below it."""
    if not wrong.any():
        return 0.0
    # "higher": the quantile is one of the answers, so at least ``recall`` of them lie under it
    # once nudged up (a cell is marked when its confidence is strictly below the threshold).
    return float(np.quantile(confidence[wrong], recall, method="higher") + 1e-4)


def expected_calibration_error(prob: np.ndarray, true: np.ndarray, bins: int = 10) -> float:
    conf, pred = prob.max(1), prob.argmax(1)
    edges = np.linspace(0, 1, bins + 1)
    error = 0.0
    for lo, hi in itertools.pairwise(edges):
        inside = (conf > lo) & (conf <= hi)
        if inside.any():
            error += inside.mean() * abs(
                (pred[inside] == true[inside]).mean() - conf[inside].mean()
            )
    return float(error)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--classifier", type=Path, default=MODELS / "wbc_classifier.onnx")
    parser.add_argument("--detector", type=Path, default=MODELS / "cell_detector.onnx")
    parser.add_argument("--recall", type=float, default=0.9)
    parser.add_argument("--seed", type=int, default=101)
    parser.add_argument("--export", action="store_true", help="re-export with the temperature")
    args = parser.parse_args()
    rows = [r for r in held_out_rows() if calibration_part(r["image"])]
    classifier = load_classifier(args.classifier)
    pipeline = Pipeline(load_detector(args.detector), [Stage("wbc_type", classifier)])
    logp, true = answers(pipeline, rows, args.seed)
    before = softmax(logp)
    temperature = fit_temperature(logp, true)
    after = softmax(logp / temperature)
    wrong = after.argmax(1) != true
    threshold = review_threshold(after.max(1), wrong, args.recall)
    report = {
        "crops": len(true),
        "top1": round(float((~wrong).mean()), 4),
        "temperature": round(temperature, 3),
        "ece_before": round(expected_calibration_error(before, true), 4),
        "ece_after": round(expected_calibration_error(after, true), 4),
        "review_below": round(threshold, 3),
        "wrong_marked": round(float((after.max(1)[wrong] < threshold).mean()), 4),
        "share_marked": round(float((after.max(1) < threshold).mean()), 4),
    }
    print(json.dumps(report, indent=1))
    write_json(RUNS / "calibration.json", report)
    if args.export:
        from training.train_classifier import export

        export(args.classifier, temperature)


if __name__ == "__main__":
    main()
