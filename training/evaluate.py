"""Measure the shipped models through SmearCount's own engine (the same code the app runs).

    python -m training.evaluate                      # all checks, printed and saved as JSON
    python -m training.evaluate --write-manifests    # also record the figures in the manifests

Every figure goes through the pipeline as the app runs it (fields prepared where the detector's
manifest asks for it, cells cut by the engine's crop code). Detector: AP50 per class, mAP50,
mAP50-95 (COCO-style, 101 points) on detect/ val and on the BCCD fields. Classifier: top-1,
balanced accuracy and confusion on the held-out PBC crops, and cross-microscope top-1 on the typed
WBC boxes of the fields.
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
from app.core.models import load_classifier, load_detector
from app.core.pipeline import Pipeline, Stage
from app.core.review import ReviewRule
from training.classifier_data import CLASSES as WBC_TYPES
from training.common import DATA, MODELS, REPO, write_json
from training.metrics import classification_summary
from training.suite import (
    detect_fields,
    held_out_rows,
    load_fields,
    run_suite,
    score_detection,
    suite_figures,
    suite_table,
    typed_fields,
    typed_pbc,
)

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
    pipeline: Pipeline, root: Path, names: list[str] | None = None
) -> dict[str, object]:
    """Every annotated image analysed as the app analyses a field (prepared where the
    detector's manifest asks for it), its boxes scored class by class."""
    fields = load_fields(root, names)
    start = time.perf_counter()
    summary = score_detection(detect_fields(pipeline, fields))
    summary["mean_ms_per_image"] = round(1000 * (time.perf_counter() - start) / len(fields), 1)
    return summary


def evaluate_held_out(pipeline: Pipeline, stage: str) -> dict[str, object]:
    """The held-out PBC crops, each cut by the engine as a field's cell (training/suite.py)."""
    typed = typed_pbc(pipeline, stage, held_out_rows(), None)
    return classification_summary(typed.true, typed.pred, WBC_TYPES)


def evaluate_cross_microscope(pipeline: Pipeline, stage: str) -> dict[str, object]:
    """Type labels of fields/ are used here only: never for training (see data README)."""
    typed = typed_fields(pipeline, stage, load_fields(DATA / "fields"))
    return classification_summary(typed.true, typed.pred, WBC_TYPES)


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
    # Boxes down to EVAL_CONF, so the precision-recall curves reach full recall.
    scoring = Pipeline(detector.with_conf_threshold(EVAL_CONF), [Stage("classifier", classifier)])
    report: dict[str, object] = {"detector": str(args.detector), "classifier": str(args.classifier)}
    detect_val = sorted(f"images/val/{p.name}" for p in (DATA / "detect/images/val").glob("*.png"))
    sections: dict[str, Callable[[], object]] = {
        "detector_detect_val": lambda: evaluate_detector(scoring, DATA / "detect", detect_val),
        "detector_fields": lambda: evaluate_detector(scoring, DATA / "fields"),
        "classifier_held_out": lambda: evaluate_held_out(scoring, "classifier"),
        "classifier_cross_microscope": lambda: evaluate_cross_microscope(scoring, "classifier"),
        "differential_fields": lambda: evaluate_differential(
            Pipeline(detector, [Stage("classifier", classifier)])
        ),
        "suite": lambda: run_suite(
            scoring,
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
        suite = report.get("suite")
        if isinstance(suite, dict):  # each model's manifest carries its part of the suite
            report["detector_suite"] = suite_figures(suite, "detector")
            report["classifier_suite"] = suite_figures(suite, "classifier")
        record(args.detector, report, ("detector_detect_val", "detector_fields", "detector_suite"))
        record(
            args.classifier,
            report,
            ("classifier_held_out", "classifier_cross_microscope", "classifier_suite"),
        )


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
