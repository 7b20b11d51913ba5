"""The headless command line (``analyze``, ``slides``): the window's core, without Qt."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from app import __version__, cli_slides
from app.core.atomic import write_text_atomic
from app.core.batch import analyze_files, collect_images, count_labels, results_to_json
from app.core.errors import SmearCountError
from app.core.paths import user_config_dir
from app.core.pipeline import Pipeline
from app.core.profiles import (
    available_profiles,
    build_pipeline,
    find_profile,
    pipeline_for,
    read_profile,
)
from app.core.report import LabInfo
from app.core.settings import load_settings

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
DEFAULT_PROFILE = "default"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m app", description="SmearCount")
    parser.add_argument("--version", action="version", version=f"SmearCount {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    analyze = commands.add_parser(
        "analyze", help="detect and classify cells in images, without a window"
    )
    analyze.add_argument("inputs", nargs="+", metavar="IMAGE_OR_FOLDER")
    models = analyze.add_mutually_exclusive_group()
    models.add_argument("--profile", help="profile name or profile .json file")
    models.add_argument("--detector", type=Path, help="detector .onnx (manifest beside it)")
    analyze.add_argument("--classifier", type=Path, help="classifier .onnx for detected cells")
    analyze.add_argument(
        "--classify-labels",
        help="comma-separated detector classes to classify (default: wbc, else all)",
    )
    analyze.add_argument("--conf", type=float, help="detector score threshold, 0-1")
    analyze.add_argument("--json", type=Path, dest="json_out", help="write results as JSON here")
    analyze.add_argument(
        "--xlsx",
        type=Path,
        dest="xlsx_out",
        help="write an Excel report of the batch as one slide (uncorrected)",
    )
    cli_slides.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        return cli_slides.run(args) if args.command == "slides" else _analyze(args)
    except SmearCountError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _pipeline(args: argparse.Namespace) -> Pipeline:
    if args.conf is not None and not 0.0 <= args.conf <= 1.0:
        raise SmearCountError("--conf must be between 0 and 1.")
    labels = (
        tuple(s.strip() for s in args.classify_labels.split(",")) if args.classify_labels else None
    )
    if args.detector:
        return build_pipeline(args.detector, args.classifier, labels, args.conf)
    if args.classifier or labels:
        raise SmearCountError("--classifier and --classify-labels need --detector.")
    name = args.profile or DEFAULT_PROFILE
    if args.profile is None and DEFAULT_PROFILE not in available_profiles():
        raise SmearCountError(
            "No default models are installed yet: pass --detector MODEL.onnx "
            "(and --classifier MODEL.onnx) or --profile FILE.json."
        )
    return pipeline_for(read_profile(find_profile(name)), args.conf)


def _analyze(args: argparse.Namespace) -> int:
    pipeline = _pipeline(args)
    for info in pipeline.models:
        print(f"model  {info.describe()}")
        for note in info.assumptions:
            print(f"warning: {info.name}: {note}", file=sys.stderr)
    paths = collect_images(args.inputs)
    if not paths:
        raise SmearCountError("No images found in the given folders.")
    results = []
    for result in analyze_files(pipeline, paths):
        results.append(result)
        if result.error:
            print(f"FAILED {result.error}")
        else:
            summary = ", ".join(f"{k} {v}" for k, v in count_labels([result]).items()) or "no cells"
            print(f"ok     {result.image.name}: {len(result.cells)} cells ({summary})")
    totals = count_labels(results)
    print("total  " + (", ".join(f"{k} {v}" for k, v in totals.items()) or "no cells"))
    if args.json_out:
        write_text_atomic(args.json_out, json.dumps(results_to_json(results, pipeline), indent=1))
    if args.xlsx_out:
        from app.core.report.batch import write_batch_report  # openpyxl only when needed

        settings = load_settings(user_config_dir())
        lab = LabInfo(settings.lab_name, settings.lab_address)
        write_batch_report(results, pipeline, args.xlsx_out, lab)
        print(f"report {args.xlsx_out}")
    return EXIT_SOME_FAILED if any(r.error for r in results) else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
