"""Measure the shipped models through SmearCount's own engine (the same code the app runs).

    python -m training.evaluate                      # all checks, printed and saved as JSON
    python -m training.evaluate --write-manifests    # also record the figures in the manifests

Detector: AP50 per class, mAP50, mAP50-95 (COCO-style, 101 points) on detect/ val and on the
BCCD fields. Classifier: top-1, balanced accuracy and confusion on the held-out PBC crops, and
cross-microscope top-1 on the typed WBC boxes of the fields, cropped by the engine's crop code.
End to end: per field, the WBC types counted by the default profile against the annotated ones.
Then the "other microscope" suite (training/suite.py): every simulated microscope, camera and stain
on every data set, with the share of wrong white-cell labels marked for review.
"""

from __future__ import annotations

import argparse
import csv
import json
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

import numpy as np

from app.core.imaging import read_image
from app.core.models import Classifier, Detector, load_classifier, load_detector
from app.core.pipeline import Pipeline, Stage
from app.core.review import ReviewRule
from training.classifier_data import CLASSES as WBC_TYPES
from training.classifier_data import held_out
from training.common import DATA, MODELS, REPO, write_json
from training.detector_data import CLASSES as DET_CLASSES
from training.detector_data import class_id
from training.metrics import ImageResult, classification_summary, detection_summary
from training.suite import run_suite, suite_table

#: Scores this low are kept so the precision-recall curve reaches full recall.
EVAL_CONF = 0.001


def read_boxes(csv_path: Path) -> dict[str, list[tuple[np.ndarray, str]]]:
    found: dict[str, list[tuple[np.ndarray, str]]] = defaultdict(list)
    with open(csv_path, newline="") as f:
        for row in csv.DictReader(f):
            box = np.array([float(row[k]) for k in ("x1", "y1", "x2", "y2")], np.float32)
            found[row["image"]].append((box, row["label"]))
    return found


def evaluate_detector(
    detector: Detector, root: Path, images: list[str]
) -> dict[str, float | dict[str, float]]:
    truth = read_boxes(root / "annotations.csv")
    per_class: dict[str, list[ImageResult]] = {name: [] for name in DET_CLASSES}
    seconds = []
    for name in images:
        image = read_image(root / name)
        start = time.perf_counter()
        found = detector.detect(image)
        seconds.append(time.perf_counter() - start)
        for k, cls in enumerate(DET_CLASSES):
            true = [b for b, label in truth.get(name, []) if class_id(label) == k]
            mine = found.class_ids == k
            per_class[cls].append(
                ImageResult(
                    found.boxes[mine],
                    found.scores[mine],
                    np.array(true, np.float32).reshape(-1, 4),
                )
            )
    summary = detection_summary(per_class)
    summary["images"] = len(images)
    summary["median_ms_per_image"] = round(1000 * float(np.median(seconds)), 1)
    return summary


def evaluate_held_out(classifier: Classifier) -> dict[str, object]:
    root = DATA / "classify"
    with open(root / "annotations.csv", newline="") as f:
        rows = [r for r in csv.DictReader(f) if held_out(r["image"])]
    true, pred = [], []
    for start in range(0, len(rows), 64):
        chunk = rows[start : start + 64]
        result = classifier.classify([read_image(root / r["image"]) for r in chunk])
        names = classifier.config.classes
        pred += [WBC_TYPES.index(names[i]) for i in result.class_ids]
        true += [WBC_TYPES.index(r["label"]) for r in chunk]
    return classification_summary(true, pred, WBC_TYPES)


def evaluate_cross_microscope(classifier: Classifier) -> dict[str, object]:
    """Type labels of fields/ are used here only: never for training (see data README)."""
    root = DATA / "fields"
    true, pred = [], []
    for name, boxes in sorted(read_boxes(root / "annotations.csv").items()):
        typed = [(b, label) for b, label in boxes if label in WBC_TYPES]
        if not typed:
            continue
        image = read_image(root / name)
        result = classifier.classify_boxes(image, np.stack([b for b, _ in typed]))
        names = classifier.config.classes
        pred += [WBC_TYPES.index(names[i]) for i in result.class_ids]
        true += [WBC_TYPES.index(label) for _, label in typed]
    return classification_summary(true, pred, WBC_TYPES)


def evaluate_differential(pipeline: Pipeline) -> dict[str, object]:
    """Per field: predicted WBC type counts against the annotated ones (typed fields only)."""
    root = DATA / "fields"
    fields = exact = 0
    abs_error = 0
    totals_true: Counter[str] = Counter()
    totals_pred: Counter[str] = Counter()
    for name, boxes in sorted(read_boxes(root / "annotations.csv").items()):
        annotated = Counter(label for _, label in boxes if label in WBC_TYPES)
        if not annotated or any(label == "wbc" for _, label in boxes):
            continue  # a field with an untyped WBC cannot be compared type by type
        counted = Counter(c.label for c in pipeline.analyze(read_image(root / name)))
        counted = Counter({k: v for k, v in counted.items() if k in WBC_TYPES})
        fields += 1
        exact += counted == annotated
        abs_error += sum(abs(counted[t] - annotated[t]) for t in WBC_TYPES)
        totals_true.update(annotated)
        totals_pred.update(counted)
    return {
        "fields": fields,
        "fields_with_identical_counts": exact,
        "share_identical": round(exact / max(fields, 1), 4),
        "mean_abs_count_error_per_field": round(abs_error / max(fields, 1), 3),
        "annotated_totals": dict(totals_true),
        "counted_totals": dict(totals_pred),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--detector", type=Path, default=MODELS / "cell_detector.onnx")
    parser.add_argument("--classifier", type=Path, default=MODELS / "wbc_classifier.onnx")
    parser.add_argument("--out", type=Path, default=REPO / "training" / "runs" / "evaluation.json")
    parser.add_argument("--write-manifests", action="store_true")
    parser.add_argument("--skip", nargs="*", default=[], help="sections to skip")
    parser.add_argument("--every", type=int, default=2, help="suite: every n-th field and crop")
    parser.add_argument(
        "--review-below",
        type=float,
        default=None,
        help="suite: review threshold (default: the profile's)",
    )
    args = parser.parse_args()

    detector = load_detector(args.detector)
    classifier = load_classifier(args.classifier)
    low = detector.with_conf_threshold(EVAL_CONF)
    report: dict[str, object] = {"detector": str(args.detector), "classifier": str(args.classifier)}
    detect_val = sorted(f"images/val/{p.name}" for p in (DATA / "detect/images/val").glob("*.png"))
    field_images = sorted(read_boxes(DATA / "fields/annotations.csv"))
    sections: dict[str, Callable[[], object]] = {
        "detector_detect_val": lambda: evaluate_detector(low, DATA / "detect", detect_val),
        "detector_fields": lambda: evaluate_detector(low, DATA / "fields", field_images),
        "classifier_held_out": lambda: evaluate_held_out(classifier),
        "classifier_cross_microscope": lambda: evaluate_cross_microscope(classifier),
        "differential_fields": lambda: evaluate_differential(
            Pipeline(detector, [Stage("classifier", classifier)])
        ),
        "suite": lambda: run_suite(
            Pipeline(low, [Stage("classifier", classifier)]),
            "classifier",
            args.review_below if args.review_below is not None else default_review_below(),
            args.every,
        ),
    }
    for name, run in sections.items():
        if name in args.skip:
            continue
        start = time.perf_counter()
        report[name] = run()
        print(f"== {name} ({time.perf_counter() - start:.0f} s)")
        print(json.dumps(report[name], indent=1)[:3000], flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_json(args.out, report)
    if isinstance(report.get("suite"), dict):
        print(suite_table(report["suite"]))  # type: ignore[arg-type]
    if args.write_manifests:
        record(args.detector, report, ("detector_detect_val", "detector_fields"))
        record(args.classifier, report, ("classifier_held_out", "classifier_cross_microscope"))


def default_review_below() -> float:
    """The review threshold the default profile gives the classifier stage (else Settings')."""
    profile = json.loads((MODELS / "profiles" / "default.json").read_text())
    for stage in profile.get("stages", {}).values():
        if "review_below" in stage:
            return float(stage["review_below"])
    return ReviewRule().below


def record(model: Path, report: dict[str, object], keys: tuple[str, ...]) -> None:
    """Store the figures in the model's manifest (``metrics``); the sha256 is unaffected."""
    manifest_path = model.with_suffix(".json")
    manifest = json.loads(manifest_path.read_text())
    for key in keys:
        value = report.get(key)
        if isinstance(value, dict):
            value = {k: v for k, v in value.items() if k != "confusion"}
            manifest.setdefault("metrics", {})[key] = value
    write_json(manifest_path, manifest)


if __name__ == "__main__":
    main()
