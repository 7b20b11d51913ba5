"""The headless command line (``analyze``, ``slides``): the window's core, without a window
(Qt's painter is loaded only to draw a PDF summary)."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from app import __version__, cli_server, cli_slides
from app.core.atomic import write_text_atomic
from app.core.batch import FieldResult, analyze_sources, count_labels, results_to_json
from app.core.categories import DEFAULT_CATEGORY_MAP, CategoryMap
from app.core.errors import ProfileError, SmearCountError
from app.core.field_prep import RBC_MICROMETRES
from app.core.i18n import LANGUAGES, _, ngettext, resolve_language, set_language
from app.core.image_files import image_sources
from app.core.offline import remove_telemetry_cache
from app.core.paths import user_config_dir
from app.core.pipeline import FieldSetup, Pipeline
from app.core.profiles import (
    available_profiles,
    build_pipeline,
    find_profile,
    pipeline_for,
    read_profile,
)
from app.core.report import LabInfo, ReportData
from app.core.settings import PAPERS, check_scale, load_settings

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
DEFAULT_PROFILE = "default"
#: The command line's language for one run or a script (a code: "th", "ru", ...), over Settings'.
LANGUAGE_ENV = "SMEARCOUNT_LANGUAGE"


def command_line_language() -> str:
    """$SMEARCOUNT_LANGUAGE, else Settings → Language as the window reads it (the system's
    language, else English)."""
    chosen = os.environ.get(LANGUAGE_ENV, "").strip()
    return (
        chosen
        if chosen in LANGUAGES
        else resolve_language(load_settings(user_config_dir()).language)
    )


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
    analyze.add_argument(
        "--um-per-px",
        type=float,
        dest="micrometres_per_pixel",
        help="a calibrated camera's scale; default: measured on each field's red cells",
    )
    _outputs(analyze)
    classify = commands.add_parser(
        "classify",
        help="classify single-cell images (a folder, a zip or files), without a detector",
    )
    classify.add_argument("inputs", nargs="+", metavar="FOLDER_OR_ZIP")
    chosen = classify.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--classifier", type=Path, help="classifier .onnx (manifest beside it)")
    chosen.add_argument("--profile", help="a single-cell profile name or .json file")
    _outputs(classify)
    cli_slides.add_parser(commands)
    cli_server.add_parser(commands)
    return parser


def _outputs(command: argparse.ArgumentParser) -> None:
    command.add_argument("--json", type=Path, dest="json_out", help="write results as JSON here")
    command.add_argument(
        "--xlsx",
        type=Path,
        dest="xlsx_out",
        help="write an Excel report of the batch as one slide (uncorrected)",
    )
    command.add_argument(
        "--pdf",
        type=Path,
        dest="pdf_out",
        help="write the one-page PDF summary of the batch as one slide (uncorrected)",
    )
    command.add_argument(
        "--paper",
        choices=PAPERS,
        help="paper size of the PDF and the workbook's print setup (default: Settings')",
    )
    command.add_argument(
        "--language",
        choices=list(LANGUAGES),
        help="language of the reports (default: Settings'; en when Settings write reports in "
        "English for a referral lab)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    remove_telemetry_cache()
    set_language(command_line_language())
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra and not cli_slides.take_trailing(args, extra):
        parser.error(_("unrecognized arguments: {args}").format(args=" ".join(extra)))
    try:
        if args.command == "slides":
            return cli_slides.run(args)
        if args.command == "server":
            return cli_server.run(args)
        if args.command == "classify":
            return _classify(args)
        return _analyze(args)
    except SmearCountError as exc:
        # "error:" and the other line tags (ok, FAILED, total...) stay English: scripts grep them.
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _analyze(args: argparse.Namespace) -> int:
    """Whole fields: models given on the command line count in the default categories; a
    profile's cells count in the profile's own categories."""
    if args.conf is not None and not 0.0 <= args.conf <= 1.0:
        raise SmearCountError(_("--conf must be between 0 and 1."))
    scale = args.micrometres_per_pixel
    if scale is not None:
        try:
            check_scale(scale)
        except ValueError as exc:
            raise SmearCountError(f"--um-per-px: {exc}") from None
    labels = (
        tuple(s.strip() for s in args.classify_labels.split(",")) if args.classify_labels else None
    )
    if args.detector:
        pipeline = build_pipeline(args.detector, args.classifier, labels, args.conf)
        if scale is not None:
            pipeline = pipeline.with_setup(FieldSetup(rbc_px=RBC_MICROMETRES / scale))
        return _run_batch(args, pipeline, DEFAULT_CATEGORY_MAP)
    if args.classifier or labels:
        raise SmearCountError(_("--classifier and --classify-labels need --detector."))
    name = args.profile or DEFAULT_PROFILE
    if args.profile is None and DEFAULT_PROFILE not in available_profiles():
        raise SmearCountError(
            _(
                "No default models are installed yet: pass --detector MODEL.onnx "
                "(and --classifier MODEL.onnx) or --profile FILE.json."
            )
        )
    profile = read_profile(find_profile(name))
    pipeline = pipeline_for(profile, args.conf, scale)
    return _run_batch(args, pipeline, profile.categories, name)


def _classify(args: argparse.Namespace) -> int:
    """Single-cell mode: every image is one cell, classified whole."""
    if args.classifier:
        return _run_batch(args, build_pipeline(None, args.classifier), DEFAULT_CATEGORY_MAP)
    profile = read_profile(find_profile(args.profile))
    if not profile.single_cell:
        raise ProfileError(
            _(
                "The profile '{name}' has a detector; classify needs a single-cell profile "
                "(no detector). Use analyze for whole fields."
            ).format(name=profile.name)
        )
    return _run_batch(args, pipeline_for(profile), profile.categories, profile.name)


def _run_batch(
    args: argparse.Namespace,
    pipeline: Pipeline,
    categories: CategoryMap,
    profile: str | None = None,
) -> int:
    """Analyse the inputs; ``profile`` (its name) goes into the report."""
    for info in pipeline.models:
        print(f"model  {info.describe()}")
        for note in info.assumptions:
            print(f"warning: {info.name}: {note}", file=sys.stderr)
    sources = image_sources(args.inputs)
    if not sources:
        raise SmearCountError(_("No images found in the given folders or archives."))
    results = []
    for result in analyze_sources(pipeline, sources):
        results.append(result)
        if result.same_as:
            print(
                "skipped "
                + _("{name}: the same image as {other} (counted once)").format(
                    name=result.source.name, other=result.same_as
                )
            )
        elif result.error:
            print(f"FAILED {result.error}")
        elif (
            pipeline.detector
            # Tiled is what the detector did at its own scale, not the file's size.
            and len(tiles := pipeline.detector.tiles(*result.detector_size)) > 1
        ):
            side = pipeline.detector.tile_side
            print(
                "ok     "
                + _(
                    "{name}: {n} cells; the image is {width} x {height}, so it was analysed in "
                    "{tiles} tiles of {side} px rather than shrunk (small cells stay visible)"
                ).format(
                    name=result.source.name,
                    n=len(result.cells),
                    width=result.width,
                    height=result.height,
                    tiles=len(tiles),
                    side=side,
                )
            )
        elif pipeline.single_cell:
            cell = result.cells[0]
            print(f"ok     {result.source.name}: {cell.label} {cell.confidence:.2f}")
        else:
            n = len(result.cells)
            summary = ", ".join(f"{k} {v}" for k, v in count_labels([result]).items())
            said = ngettext("{name}: {n} cell ({summary})", "{name}: {n} cells ({summary})", n)
            print(
                "ok     "
                + said.format(name=result.source.name, n=n, summary=summary or _("no cells"))
            )
    totals = count_labels(results)
    print("total  " + (", ".join(f"{k} {v}" for k, v in totals.items()) or _("no cells")))
    if args.json_out:
        write_text_atomic(args.json_out, json.dumps(results_to_json(results, pipeline), indent=1))
    if args.xlsx_out or args.pdf_out:
        _write_reports(args, results, pipeline, categories, profile)
    return EXIT_SOME_FAILED if any(r.error for r in results) else EXIT_OK


def _write_reports(
    args: argparse.Namespace,
    results: list[FieldResult],
    pipeline: Pipeline,
    categories: CategoryMap,
    profile: str | None,
) -> None:
    # openpyxl and Qt's painter load only when a report is asked for.
    from app.core.report.batch import write_batch_report

    settings = load_settings(user_config_dir())
    paper = args.paper or settings.paper
    language = args.language or settings.report_language(resolve_language(settings.language))
    writers: list[Callable[[ReportData], None]] = []
    if args.xlsx_out:
        from app.core.report.xlsx import write_report

        writers.append(lambda data: write_report(data, args.xlsx_out))
    if args.pdf_out:
        from app.core.report.summary_page import build_summary
        from app.printing import write_summary_pdf

        writers.append(lambda data: write_summary_pdf(build_summary(data), args.pdf_out, paper))
    left_out = write_batch_report(
        results,
        writers,
        LabInfo(settings.lab_name, settings.lab_address),
        categories,
        profile,
        settings.count_rules(),
        paper,
        language,
    )
    for note in left_out:
        print(f"warning: {note}", file=sys.stderr)
    for path in (args.xlsx_out, args.pdf_out):
        if path:
            print(f"report {path}")


if __name__ == "__main__":
    sys.exit(main())
