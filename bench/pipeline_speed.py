"""Time SmearCount's pipeline against the bare model, interleaved in one run.

For each image, each round: (a) ``session.run`` on an already prepared tensor, the bare model;
(b) the detector as SmearCount runs it (field preparation where the model asks for it, fit,
normalise, infer, decode, NMS, map back); (c) with --classifier, the whole cascade; (d) with
--baseline-detector (and --baseline-classifier), another cascade on the same fields, e.g. the
models shipped before, for the ratio of the two. Decoding the image file is timed once, apart.
Prints medians, the ratios and the per-stage breakdown, and saves JSON.

    python bench/pipeline_speed.py --detector D.onnx [--classifier C.onnx] [IMAGES...]
        [--baseline-detector OLD.onnx --baseline-classifier OLD_C.onnx]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.image_files import image_sources  # noqa: E402
from app.core.pipeline import Pipeline, at_model_scale  # noqa: E402
from app.core.profiles import build_pipeline  # noqa: E402
from app.core.timing import StageTimer  # noqa: E402

FIELDS = ROOT.parent / "shared" / "data" / "fields" / "images"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("images", nargs="*", type=Path, help=f"default: 20 images of {FIELDS}")
    parser.add_argument("--detector", type=Path, required=True)
    parser.add_argument("--classifier", type=Path)
    parser.add_argument("--baseline-detector", type=Path)
    parser.add_argument("--baseline-classifier", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--limit", type=int, default=20)
    parser.add_argument(
        "--out", type=Path, default=ROOT / "bench" / "results" / "pipeline_speed.json"
    )
    args = parser.parse_args()

    sources = image_sources(args.images or [FIELDS])[: args.limit]
    if not sources:
        sys.exit("no images: pass some, or provide ../shared/data/fields")
    pipeline = build_pipeline(args.detector, args.classifier)
    detector = pipeline.detector
    if detector is None:
        sys.exit("pipeline_speed times a detector: pass one with --detector")
    detector_only = Pipeline(detector)
    baseline = (
        build_pipeline(args.baseline_detector, args.baseline_classifier)
        if args.baseline_detector
        else None
    )

    decode_s, images = [], []
    for source in sources:
        start = time.perf_counter()
        images.append(source.read())
        decode_s.append(time.perf_counter() - start)
    # The bare model runs on exactly what the pipeline feeds it: for a detector that asks for
    # prepared fields, the flattened field at the model's scale, padded (prepare_native).
    tensors = [
        detector.prepare_native(at_model_scale(p))[0] if p.scale else detector.prepare(p.image)[0]
        for p in map(pipeline.prepare, images)
    ]
    feed_name, out_name = detector.input.name, detector.output_name

    def bare(i: int) -> None:
        detector.session.run([out_name], {feed_name: tensors[i]})

    for i in range(len(images)):  # warm-up: first runs allocate and tune
        bare(i)
        pipeline.analyze(images[i])
        if baseline is not None:
            baseline.analyze(images[i])

    bare_s: list[float] = []
    detect_s: list[float] = []
    full_s: list[float] = []
    baseline_s: list[float] = []
    detect_stages, full_stages = StageTimer(), StageTimer()
    for _ in range(args.rounds):
        for i, image in enumerate(images):
            start = time.perf_counter()
            bare(i)
            bare_s.append(time.perf_counter() - start)
            start = time.perf_counter()
            detector_only.analyze(image, detect_stages)
            detect_s.append(time.perf_counter() - start)
            if pipeline.stages:
                start = time.perf_counter()
                pipeline.analyze(image, full_stages)
                full_s.append(time.perf_counter() - start)
            if baseline is not None:
                start = time.perf_counter()
                baseline.analyze(image)
                baseline_s.append(time.perf_counter() - start)

    runs = len(bare_s)
    result = {
        "detector": str(args.detector),
        "classifier": str(args.classifier) if args.classifier else None,
        "images": len(images),
        "sizes": sorted({f"{im.shape[1]}x{im.shape[0]}" for im in images}),
        "rounds": args.rounds,
        "provider": detector.info.provider,
        "machine": f"{platform.machine()} {platform.processor() or ''}".strip(),
        "median_ms": {
            "decode_file": 1e3 * statistics.median(decode_s),
            "bare_model": 1e3 * statistics.median(bare_s),
            "detector_pipeline": 1e3 * statistics.median(detect_s),
            **({"full_cascade": 1e3 * statistics.median(full_s)} if full_s else {}),
        },
        "ratio_detector_pipeline_to_bare": statistics.median(detect_s) / statistics.median(bare_s),
        "detector_stage_ms_per_image": {
            k: 1e3 * v / runs for k, v in detect_stages.seconds.items()
        },
    }
    if full_s:
        result["ratio_full_cascade_to_bare_detector"] = statistics.median(
            full_s
        ) / statistics.median(bare_s)
        result["cascade_stage_ms_per_image"] = {
            k: 1e3 * v / runs for k, v in full_stages.seconds.items()
        }
        cells = [len(pipeline.analyze(im)) for im in images]
        result["cells_per_image"] = float(np.mean(cells))
    if baseline is not None and baseline_s:
        result["baseline"] = {
            "detector": str(args.baseline_detector),
            "classifier": str(args.baseline_classifier) if args.baseline_classifier else None,
            "median_ms": 1e3 * statistics.median(baseline_s),
            "cells_per_image": float(np.mean([len(baseline.analyze(im)) for im in images])),
        }
        mine = full_s or detect_s
        result["ratio_to_baseline"] = statistics.median(mine) / statistics.median(baseline_s)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1))
    print(json.dumps(result, indent=1))
    print(f"ratio detector pipeline / bare model: {result['ratio_detector_pipeline_to_bare']:.3f}")
    if baseline_s:
        print(f"ratio to the baseline cascade: {result['ratio_to_baseline']:.3f}")


if __name__ == "__main__":
    main()
