"""What ``--self-test`` checks without a window: shipped models intact, analysis, a report.

Each check returns a :class:`Check`; a failure carries a plain message saying what is wrong and
what to do, so a lab with no one to call can tell a damaged install from a working one.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from app.core.batch import analyze_sources
from app.core.errors import ModelLoadError, SmearCountError
from app.core.i18n import N_, _, ngettext
from app.core.image_files import ImageSource
from app.core.models.manifest import read_manifest
from app.core.models.runtime import file_sha256
from app.core.paths import models_dir
from app.core.pipeline import Pipeline
from app.core.profiles import find_profile, pipeline_for, read_profile
from app.core.report.batch import write_batch_report
from app.core.report.xlsx import write_report
from app.core.synthetic import render_field

REINSTALL = N_("Reinstall SmearCount to restore the shipped files.")


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    seconds: float = 0.0


def timed(name: str, run: Callable[[], str]) -> Check:
    """Run one check; a SmearCountError or an unexpected fault is a failed check, not a crash."""
    start = time.perf_counter()
    try:
        detail = run()
        ok = True
    except SmearCountError as exc:
        detail, ok = str(exc), False
    except Exception as exc:  # the self-test reports every fault rather than dying on one
        detail, ok = f"unexpected {type(exc).__name__}: {exc}", False
    return Check(name, ok, detail, time.perf_counter() - start)


def check_model_files(folder: Path | None = None) -> str:
    """Every shipped model matches the sha256 its manifest states."""
    folder = folder or models_dir()
    manifests = sorted(folder.glob("*.json"))
    if not manifests:
        raise SmearCountError(
            _("No models were found in {folder}.").format(folder=folder) + " " + _(REINSTALL)
        )
    problems = []
    for manifest in manifests:
        model = manifest.with_suffix(".onnx")
        try:
            stated = read_manifest(manifest).sha256
        except ModelLoadError as exc:  # unreadable or invalid: the engine would refuse it too
            problems.append(str(exc).rstrip("."))
            continue
        if not model.is_file():
            problems.append(_("{name} is missing").format(name=model.name))
        elif not stated:
            problems.append(_("{name} states no sha256").format(name=manifest.name))
        elif file_sha256(model) != stated:
            problems.append(
                _("{name} is damaged (its sha256 differs from the manifest)").format(
                    name=model.name
                )
            )
    if problems:
        raise SmearCountError("; ".join(problems) + ". " + _(REINSTALL))
    n = len(manifests)
    return ngettext("{n} model intact", "{n} models intact", n).format(n=n)


def default_pipeline() -> Pipeline:
    return pipeline_for(read_profile(find_profile("default")))


def check_analysis_and_report(folder: Path) -> str:
    """The default profile on a rendered field, then an Excel report of it."""
    pipeline = default_pipeline()
    field = render_field(seed=1, white_cells=2)
    image_path = folder / "synthetic-field.png"
    Image.fromarray(field.image).save(image_path)
    results = list(analyze_sources(pipeline, [ImageSource(image_path)]))
    if results[0].error:
        raise SmearCountError(results[0].error)
    cells = results[0].cells
    if not cells:
        raise SmearCountError(_("The default models found no cell on the test field."))
    report = folder / "self-test-report.xlsx"
    write_batch_report(results, [lambda data: write_report(data, report)])
    if report.stat().st_size == 0:
        raise SmearCountError(_("The test report came out empty."))
    wbc = sum(c.detector_label == "wbc" for c in cells)
    return ngettext(
        "{n} cell ({white} white) on the test field with {provider}; report written",
        "{n} cells ({white} white) on the test field with {provider}; report written",
        len(cells),
    ).format(n=len(cells), white=wbc, provider=pipeline.provider)
