"""Replay a lab's corrections slide by slide and score the lab adaptation on the slides to come.

The typed WBC boxes of FIELDS_DIR (laid out like ../shared/data/fields: ``images/`` and
``annotations.csv`` image,x1,y1,x2,y2,label) stand in for cells a technician corrected. Fields are
shuffled once (seed 0) and dealt into slides of 10. After each slide the adaptation is refitted
on every slide so far, judged by the guard (cross-validation over those slides), and the slides
still to come are typed by it where the guard switched it on, else by the unadapted model.

    python bench/adaptation.py FIELDS_DIR [--phone] [--json OUT] [--limit N]

``--phone`` degrades every field as a phone held to the eyepiece would see it (below). Prints the
curve, the fit time for 5,000 cells, the cost of applying the adaptation as a ratio of the
classifier's own time, and one JSON line last.
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

import cv2
import numpy as np
from numpy.typing import NDArray

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.adaptation.examples import Examples  # noqa: E402
from app.core.adaptation.guard import judge  # noqa: E402
from app.core.adaptation.head import Head, fit_head  # noqa: E402
from app.core.geometry import square_crop  # noqa: E402
from app.core.imaging import read_image  # noqa: E402
from app.core.models import Classifier, load_classifier  # noqa: E402
from app.core.models.classifier import log_probabilities  # noqa: E402

FIELDS_PER_SLIDE = 10
MILESTONES = (40, 80, 150)
FIT_CELLS = 5000


def phone_view(image: NDArray[np.uint8], seed: int) -> NDArray[np.uint8]:
    """A field as a phone camera at the eyepiece sees it: fewer real pixels (down- and
    up-sampled), soft focus, a round field stop with vignetting, a warm colour cast, sensor noise
    and the phone's JPEG."""
    rng = np.random.default_rng(seed)
    h, w = image.shape[:2]
    small = cv2.resize(image, (w * 2 // 5, h * 2 // 5), interpolation=cv2.INTER_AREA)
    out = cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR).astype(np.float32)
    out = cv2.GaussianBlur(out, (0, 0), 1.2)
    ys, xs = np.mgrid[0:h, 0:w]
    radius = np.hypot(xs - w / 2, ys - h / 2) / (0.62 * np.hypot(w, h) / 2)
    light = np.clip(1.0 - 0.35 * radius**2, 0.0, 1.0) * (radius < 1.0)
    out *= light[..., None] * np.array([1.06, 1.0, 0.86], np.float32)
    out += rng.normal(0.0, 4.0, out.shape).astype(np.float32)
    ok, jpeg = cv2.imencode(
        ".jpg", np.clip(out, 0, 255).astype(np.uint8), [cv2.IMWRITE_JPEG_QUALITY, 70]
    )
    assert ok
    return np.asarray(cv2.imdecode(jpeg, cv2.IMREAD_UNCHANGED), np.uint8)


def read_fields(folder: Path, classes: tuple[str, ...]) -> dict[str, list[tuple[list[float], int]]]:
    """Image -> its typed WBC boxes (box, class index), for the classifier's classes."""
    fields: dict[str, list[tuple[list[float], int]]] = defaultdict(list)
    with (folder / "annotations.csv").open(newline="") as stream:
        for row in csv.DictReader(stream):
            if row["label"] in classes:
                box = [float(row[k]) for k in ("x1", "y1", "x2", "y2")]
                fields[row["image"]].append((box, classes.index(row["label"])))
    return dict(fields)


def cells_of(
    classifier: Classifier,
    folder: Path,
    names: list[str],
    fields: dict[str, list[tuple[list[float], int]]],
    phone: bool,
) -> tuple[Examples, list[NDArray[np.uint8]]]:
    """Every typed cell through the classifier, each field its own slide-to-be, and the crops."""
    feats, log_ps, targets, field_ids, crops = [], [], [], [], []
    for index, name in enumerate(names):
        image = read_image(folder / name)
        if phone:
            image = phone_view(image, index)
        boxes = np.array([b for b, _ in fields[name]], np.float32)
        result = classifier.classify_boxes(image, boxes)
        feats.append(result.features)
        log_ps.append(log_probabilities(result.probabilities))
        targets += [t for _, t in fields[name]]
        field_ids += [index] * len(boxes)
        crops += [square_crop(image, box, classifier.config.crop_context) for box in boxes]
    slide_ids = np.array(field_ids, np.int64) // FIELDS_PER_SLIDE
    examples = Examples(
        np.concatenate(feats),
        np.concatenate(log_ps),
        np.array(targets, np.intp),
        slide_ids,
        np.arange(len(targets), dtype=np.int64),
    )
    return examples, crops


def top1(scores: NDArray[np.float32], targets: NDArray[np.intp]) -> float:
    return float((scores.argmax(axis=1) == targets).mean()) if len(targets) else 0.0


def curve(examples: Examples) -> list[dict[str, float | int | bool]]:
    rows: list[dict[str, float | int | bool]] = []
    slides = int(examples.slide_ids.max()) + 1
    for seen in range(1, slides):
        train = examples.subset(examples.slide_ids < seen)
        rest = examples.subset(examples.slide_ids >= seen)
        verdict = judge(train)
        head = fit_head(train.features, train.log_p, train.targets)
        adapted = top1(rest.log_p + head.offsets(rest.features), rest.targets)
        base = top1(rest.log_p, rest.targets)
        rows.append(
            {
                "slides": seen,
                "cells": len(train),
                "unadapted": base,
                "adapted": adapted,
                "on": verdict.passed,
                "used": adapted if verdict.passed else base,
                "cv_unadapted": verdict.base_top1,
                "cv_adapted": verdict.adapted_top1,
            }
        )
    return rows


def median_seconds(action: object, repeat: int) -> float:
    assert callable(action)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def apply_cost(
    classifier: Classifier, head: Head, crops: list[NDArray[np.uint8]], rounds: int = 15
) -> tuple[float, float, float]:
    """Fastest of ``rounds`` (a shared machine only ever adds time): the classifier on the crops
    without the embedding output, the extra time the embedding output costs on one prepared
    batch (interleaved with the same batch without it), and the head applied to the result."""
    plain = Classifier(
        classifier.session,
        classifier.input,
        classifier.output_name,
        classifier.config,
        classifier.info,
    )
    batch = np.stack([classifier.fit(c) for c in crops[: classifier.batch_size]])
    without, with_embedding = [], []
    for _ in range(rounds):
        without.append(median_seconds(lambda: plain.run_outputs(batch), 1))
        with_embedding.append(median_seconds(lambda: classifier.run_outputs(batch), 1))
    batches = -(-len(crops) // len(batch))
    extra = max(0.0, min(with_embedding) - min(without)) * batches
    classify = min(median_seconds(lambda: plain.classify(crops), 1) for _ in range(3))
    result = classifier.classify(crops)
    apply = min(median_seconds(lambda: head.adapt(result), 1) for _ in range(rounds))
    return classify, extra, apply


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("fields", type=Path, help="a folder with images/ and annotations.csv")
    parser.add_argument(
        "--classifier", type=Path, default=ROOT / "models_onnx" / "wbc_classifier.onnx"
    )
    parser.add_argument("--phone", action="store_true", help="degrade fields as a phone would")
    parser.add_argument("--limit", type=int, help="use the first N shuffled fields (smoke run)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    classifier = load_classifier(args.classifier)
    fields = read_fields(args.fields, classifier.config.classes)
    names = sorted(fields)
    order = np.random.default_rng(0).permutation(len(names))
    names = [names[i] for i in order][: args.limit]
    examples, crops = cells_of(classifier, args.fields, names, fields, args.phone)
    rows = curve(examples)
    print(
        f"{len(names)} fields, {len(examples)} typed WBC, "
        f"{examples.slides} slides of {FIELDS_PER_SLIDE}"
    )
    print("slides cells | unseen: unadapted adapted used guard | slide-CV: unadapted adapted")
    for r in rows:
        print(
            f"{r['slides']:>6} {r['cells']:>5} | {r['unadapted']:.3f} {r['adapted']:.3f} "
            f"{r['used']:.3f} {'on ' if r['on'] else 'off'} | "
            f"{r['cv_unadapted']:.3f} {r['cv_adapted']:.3f}"
        )
    after = {
        f"top1_after_{n}": next((r["used"] for r in rows if int(r["cells"]) >= n), None)
        for n in MILESTONES
    }
    worst = max((float(r["unadapted"]) - float(r["used"]) for r in rows), default=0.0)

    rng = np.random.default_rng(1)
    pick = rng.integers(0, len(examples), FIT_CELLS)
    many = examples.subset(pick)
    noisy = many.features + rng.normal(0, 0.05, many.features.shape).astype(
        np.float32
    ) * many.features.std(axis=0)
    fit_s = median_seconds(lambda: fit_head(noisy, many.log_p, many.targets), 3)
    refit_s = median_seconds(
        lambda: judge(Examples(noisy, many.log_p, many.targets, many.slide_ids, many.cell_ids)), 1
    )
    head = fit_head(examples.features, examples.log_p, examples.targets)
    classify_s, extra_s, head_s = apply_cost(classifier, head, crops)
    overhead = (extra_s + head_s) / classify_s
    summary = {
        "fields": len(names),
        "cells": len(examples),
        "phone": args.phone,
        "unadapted_top1": top1(examples.log_p, examples.targets),
        **after,
        "worst_drop": max(0.0, worst),
        "fit_seconds_5000": fit_s,
        "refit_with_cv_seconds_5000": refit_s,
        "apply_overhead_ratio": overhead,
        "curve": rows,
    }
    print(
        f"fit on {FIT_CELLS} cells: {fit_s:.3f} s; with the slide cross-validation: {refit_s:.3f} s"
    )
    print(
        f"classifying {len(crops)} cells: {classify_s:.3f} s; the embedding output adds "
        f"{extra_s * 1e3:.2f} ms, the head {head_s * 1e3:.2f} ms: overhead ratio {overhead:.4f}"
    )
    if args.json:
        args.json.write_text(json.dumps(summary, indent=1), encoding="utf-8")
    print(json.dumps({k: v for k, v in summary.items() if k != "curve"}))


if __name__ == "__main__":
    main()
