"""Replay a lab's corrections slide by slide and score the lab adaptation on the slides to come.

The typed WBC boxes of FIELDS_DIR (laid out like ../shared/data/fields: ``images/`` and
``annotations.csv`` image,x1,y1,x2,y2,label) stand in for cells a technician corrected. Fields are
shuffled once (seed 0) and dealt into slides of 10. After each slide the adaptation is refitted
on every slide so far, judged by the guard (cross-validation over those slides), and the slides
still to come are typed by it where the guard switched it on, else by the unadapted model.

    python bench/adaptation.py FIELDS_DIR [--phone] [--json OUT] [--limit N]

``--phone`` degrades every field as a phone held to the eyepiece would see it (below). Prints the
curve, the fit time for 5,000 cells, a refit from a slide store holding these cells as the window
runs it, the cost of applying the adaptation as a ratio of the classifier's own time, and one
JSON line last. Rows stop when fewer than 10 cells are left to score.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
from numpy.typing import NDArray

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.adaptation.examples import Examples  # noqa: E402
from app.core.adaptation.fitting import refit  # noqa: E402
from app.core.adaptation.guard import judge  # noqa: E402
from app.core.adaptation.head import Head, fit_head  # noqa: E402
from app.core.geometry import square_crop  # noqa: E402
from app.core.imaging import read_image  # noqa: E402
from app.core.models import Classifier, load_classifier  # noqa: E402
from app.core.models.classifier import log_probabilities  # noqa: E402
from app.core.paths import CONFIG_DIR_ENV  # noqa: E402
from app.core.pipeline import Pipeline, Stage  # noqa: E402
from app.core.store import SlideStore  # noqa: E402

FIELDS_PER_SLIDE = 10
#: image -> its typed WBC boxes (x1, y1, x2, y2 in pixels, class index)
Fields = dict[str, list[tuple[list[float], int]]]
MILESTONES = (40, 80, 150)
FIT_CELLS = 5000


def phone_view(image: NDArray[np.uint8], seed: int) -> NDArray[np.uint8]:
    """A field as a phone camera at the eyepiece sees it: fewer real pixels (down- and
    up-sampled), soft focus, a round field stop with vignetting, a warm colour cast, sensor noise
    and the phone's JPEG."""
    rng = np.random.default_rng(seed)
    h, w = image.shape[:2]
    small = cv2.resize(image, (w * 2 // 5, h * 2 // 5), interpolation=cv2.INTER_AREA)
    soft = cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR).astype(np.float32)
    out = np.asarray(cv2.GaussianBlur(soft, (0, 0), 1.2), np.float32)
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


def read_fields(folder: Path, classes: tuple[str, ...]) -> Fields:
    """Image -> its typed WBC boxes (box, class index), for the classifier's classes."""
    fields: Fields = defaultdict(list)
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
    fields: Fields,
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
        if len(rest) < FIELDS_PER_SLIDE:
            break  # too few cells left to score
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


def store_refit_seconds(
    classifier: Classifier, folder: Path, names: list[str], fields: Fields
) -> tuple[float, float]:
    """The window's refit end to end, in throw-away folders: the fields stored as slides of 10,
    every typed WBC added by hand (a confirmed cell). Seconds for the first refit (every cell
    through the classifier) and for the next (their features cached)."""
    with tempfile.TemporaryDirectory(prefix="smearcount-bench-") as tmp:
        os.environ[CONFIG_DIR_ENV] = str(Path(tmp) / "config")  # where adaptations are kept
        store = SlideStore(Path(tmp) / "data")
        try:
            for start in range(0, len(names), FIELDS_PER_SLIDE):
                session = store.create_slide("bench", f"bench-{start}", profile="bench")
                for name in names[start : start + FIELDS_PER_SLIDE]:
                    field = session.add_field(folder / name)
                    for box, label in fields[name]:
                        x1, y1, x2, y2 = box
                        session.add_cell(
                            field.id, (x1, y1, x2, y2), classifier.config.classes[label]
                        )
            pipeline = Pipeline(None, [Stage("wbc_type", classifier)])
            first = fastest(lambda: refit(store, pipeline, "bench", "bench", "bench"), 1)
            again = fastest(lambda: refit(store, pipeline, "bench", "bench", "bench"), 1)
        finally:
            store.close()
    return first, again


def fastest(
    action: object, repeat: int = 5, clock: Callable[[], float] = time.perf_counter
) -> float:
    """Seconds of the fastest of ``repeat`` runs: other work on a shared machine only adds."""
    assert callable(action)
    times = []
    for _ in range(repeat):
        start = clock()
        action()
        times.append(clock() - start)
    return min(times)


def apply_cost(
    classifier: Classifier, head: Head, crops: list[NDArray[np.uint8]], rounds: int = 40
) -> tuple[float, float, float]:
    """CPU seconds of this process (all its threads) per batch of crops, least of ``rounds``
    interleaved runs: the classifier without its embedding output, the extra that output
    costs, and the head applied to the result. CPU time, not wall time: on a machine shared
    with other work the wall time of a 60 ms run varies by more than the cost measured."""
    plain = Classifier(
        classifier.session,
        classifier.input,
        classifier.output_name,
        classifier.config,
        classifier.info,
    )
    batch = crops[: classifier.batch_size]
    without: list[float] = []
    with_embedding: list[float] = []
    for round_ in range(rounds):
        pair = [(without, plain), (with_embedding, classifier)]
        for times, model in pair if round_ % 2 else pair[::-1]:  # neither always runs first
            times.append(fastest(lambda model=model: model.classify(batch), 1, time.process_time))
    result = classifier.classify(batch)
    head_s = fastest(lambda: head.adapt(result), 20, time.process_time)
    return min(without), min(with_embedding) - min(without), head_s


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
    fit_s = fastest(lambda: fit_head(noisy, many.log_p, many.targets))
    lab = Examples(noisy, many.log_p, many.targets, many.slide_ids, many.cell_ids)
    refit_s = fastest(lambda: (judge(lab), fit_head(noisy, many.log_p, many.targets)), 3)
    store_first_s, store_again_s = store_refit_seconds(classifier, args.fields, names, fields)
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
        "fit_with_cv_seconds_5000": refit_s,
        "store_refit_seconds": store_first_s,
        "store_refit_cached_seconds": store_again_s,
        "apply_overhead_ratio": overhead,
        "curve": rows,
    }
    print(
        f"fit on {FIT_CELLS} cells: {fit_s:.3f} s; with the guard's slide cross-validation: "
        f"{refit_s:.3f} s"
    )
    print(
        f"refit from a slide store of these {len(examples)} cells (as captured): "
        f"{store_first_s:.2f} s the first time, {store_again_s:.2f} s with their features cached"
    )
    print(
        f"classifying a batch of {classifier.batch_size} cells: {classify_s * 1e3:.1f} ms; the "
        f"embedding output adds {extra_s * 1e3:+.2f} ms, the head {head_s * 1e3:.3f} ms: "
        f"overhead ratio {overhead:+.4f} (CPU time, least of 40 interleaved runs)"
    )
    if args.json:
        args.json.write_text(json.dumps(summary, indent=1), encoding="utf-8")
    print(json.dumps({k: v for k, v in summary.items() if k != "curve"}))


if __name__ == "__main__":
    main()
