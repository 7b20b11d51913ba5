"""Fitting a profile's lab adaptations from the slide store, and loading them for analysis.

Only cells a person confirmed or corrected teach it: counted cells marked reviewed (accepted with
Enter, relabelled with a key or in the gallery, added by hand). An untouched model answer would
only teach the model its own mistakes. Each stage learns the classes of its own model: a cell's
final label is traced back through the stage's routes to the class that sent it on (a
"neutrophil" teaches a blast-first stage "not_blast").

Refitting changes only what is analysed next: cells already typed keep their labels, and a
signed slide cannot be re-analysed at all.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.core.adaptation.examples import Examples
from app.core.adaptation.feature_cache import Entry, cell_key, load_cache, save_cache
from app.core.adaptation.guard import judge
from app.core.adaptation.head import fit_head
from app.core.adaptation.stored import (
    Adaptation,
    AdaptationError,
    adaptation_path,
    adaptations_dir,
    cache_path,
    load_adaptation,
    save_adaptation,
    shown,
)
from app.core.errors import SmearCountError
from app.core.i18n import _
from app.core.imaging import read_image
from app.core.models.classifier import log_probabilities
from app.core.models.runtime import file_sha256
from app.core.pipeline import Pipeline
from app.core.profiles import find_profile, pipeline_for, read_profile
from app.core.records import CellState, now_iso
from app.core.store import audit
from app.core.store.library import SlideStore

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Confirmed:
    cell_id: int
    slide_id: int
    box: tuple[float, float, float, float]
    label: str
    image: tuple[str, str]  # sha256, extension


def stage_targets(pipeline: Pipeline, stage: str) -> dict[str, int]:
    """Final label -> the index of the stage's class that leads to it. A label two classes lead
    to says nothing about which one the cell took, so it teaches this stage nothing."""
    classes = pipeline.stages[stage].classifier.config.classes
    routes = pipeline.stages[stage].routes
    leads: dict[str, set[int]] = defaultdict(set)
    for index, label in enumerate(classes):
        for final in _finals(pipeline, routes[label]) if label in routes else {label}:
            leads[final].add(index)
    return {final: min(found) for final, found in leads.items() if len(found) == 1}


def _finals(pipeline: Pipeline, stage: str) -> set[str]:
    """Every label a cell entering ``stage`` can end with (routes form no cycle)."""
    spec = pipeline.stages[stage]
    out: set[str] = set()
    for label in spec.classifier.config.classes:
        out |= _finals(pipeline, spec.routes[label]) if label in spec.routes else {label}
    return out


def confirmed_cells(store: SlideStore, profile: str, default_profile: str) -> list[_Confirmed]:
    """The reviewed, counted cells of every slide counted with ``profile`` (a slide stored
    without one counts with ``default_profile``)."""
    rows = store.db.conn.execute(
        "SELECT c.id, f.slide_id, c.x1, c.y1, c.x2, c.y2, c.label, f.image_sha256, f.image_ext "
        "FROM cell c JOIN field f ON f.id = c.field_id JOIN slide s ON s.id = f.slide_id "
        "WHERE COALESCE(s.profile, ?) = ? AND c.reviewed = 1 AND c.state = ? ORDER BY c.id",
        (default_profile, profile, CellState.COUNTED.value),
    ).fetchall()
    return [
        _Confirmed(int(r[0]), int(r[1]), (r[2], r[3], r[4], r[5]), str(r[6]), (r[7], r[8]))
        for r in rows
    ]


def examples_for(
    store: SlideStore,
    pipeline: Pipeline,
    stage: str,
    cells: list[_Confirmed],
    cache: dict[str, Entry],
) -> Examples:
    """The cells of ``stage``'s classes through its (unadapted) model, one field image at a
    time; ``cache`` gives the cells seen before and takes the new ones."""
    targets = stage_targets(pipeline, stage)
    classifier = pipeline.stages[stage].classifier
    by_image: dict[tuple[str, str], list[_Confirmed]] = defaultdict(list)
    for cell in cells:
        if cell.label in targets:
            by_image[cell.image].append(cell)
    kept: list[_Confirmed] = []
    for (sha256, ext), group in by_image.items():
        missing = [c for c in group if cell_key(sha256, c.box) not in cache]
        if missing:
            try:
                image = read_image(store.images.path_for(sha256, ext))
            except SmearCountError as exc:
                log.warning("A field image could not be read for the lab adaptation: %s", exc)
                continue
            boxes = np.array([c.box for c in missing], np.float32)
            result = pipeline.model_answers(stage, image, boxes)
            log_p = log_probabilities(result.probabilities)
            for index, cell in enumerate(missing):
                cache[cell_key(sha256, cell.box)] = (result.features[index], log_p[index])
        kept += group
    if not kept:
        return Examples.empty(len(classifier.config.classes))
    rows = [cache[cell_key(c.image[0], c.box)] for c in kept]
    return Examples(
        np.stack([features for features, _ in rows]),
        np.stack([log_p for _, log_p in rows]),
        np.array([targets[c.label] for c in kept], np.intp),
        np.array([c.slide_id for c in kept], np.int64),
        np.array([c.cell_id for c in kept], np.int64),
    )


def fit_adaptation(examples: Examples, pipeline: Pipeline, profile: str, stage: str) -> Adaptation:
    """Judge by cross-validation over slides, then fit on every cell."""
    classifier = pipeline.stages[stage].classifier
    head = fit_head(examples.features, examples.log_p, examples.targets)
    return Adaptation(
        profile=profile,
        stage=stage,
        model_sha256=classifier.info.sha256,
        classes=classifier.config.classes,
        feature="log_probabilities" if classifier.embedding_name is None else "embedding",
        head=head,
        cell_ids=tuple(int(i) for i in examples.cell_ids),
        slide_ids=tuple(int(i) for i in examples.slide_ids),
        fitted_at=now_iso(),
        judgement=judge(examples),
    )


def refit(
    store: SlideStore, pipeline: Pipeline, profile: str, default_profile: str, user: str
) -> list[Adaptation]:
    """Fit and store every stage's adaptation from the store's confirmed cells; each fit is
    written to the audit trail. A stage with no confirmed cell keeps no adaptation."""
    cells = confirmed_cells(store, profile, default_profile)
    fitted = []
    for stage, spec in pipeline.stages.items():
        sha256 = spec.classifier.info.sha256
        cache = load_cache(cache_path(profile, stage), sha256)
        examples = examples_for(store, pipeline, stage, cells, cache)
        kept = {cell_key(c.image[0], c.box) for c in cells} & set(cache)
        if not len(examples):
            adaptation_path(profile, stage).unlink(missing_ok=True)
            cache_path(profile, stage).unlink(missing_ok=True)
            continue
        adaptation = fit_adaptation(examples, pipeline, profile, stage)
        save_adaptation(adaptation, adaptation_path(profile, stage))
        save_cache(cache_path(profile, stage), sha256, {k: cache[k] for k in kept})
        _audit(store, user, f"lab adaptation fitted: {profile} / {stage}", fit_record(adaptation))
        fitted.append(adaptation)
    return fitted


def fit_record(adaptation: Adaptation) -> dict[str, object]:
    """What the audit trail and Settings show of a fit."""
    verdict = adaptation.judgement
    return {
        "cells": len(adaptation.cell_ids),
        "slides": len(set(adaptation.slide_ids)),
        "model_sha256": adaptation.model_sha256,
        "held_out_unadapted_top1": round(verdict.base_top1, 4),
        "held_out_adapted_top1": round(verdict.adapted_top1, 4),
        "switched_on": adaptation.active,
    }


def reset(store: SlideStore, profile: str, user: str) -> None:
    """Forget the profile's adaptations (audited); the next analyses use the models alone."""
    folder = adaptations_dir(profile)
    for path in folder.iterdir() if folder.is_dir() else ():
        path.unlink()
    _audit(store, user, f"lab adaptation reset: {profile}", None)


def stored_adaptations(pipeline: Pipeline, profile: str) -> tuple[dict[str, Adaptation], list[str]]:
    """Each stage's stored adaptation for these models, and why any was refused."""
    found, refused = {}, []
    for name, stage in pipeline.stages.items():
        try:
            adaptation = load_adaptation(
                adaptation_path(profile, name), stage.classifier.info.sha256
            )
        except AdaptationError as exc:
            log.warning("%s", exc)
            refused.append(str(exc))
            continue
        if adaptation is not None:
            found[name] = adaptation
    return found, refused


def adapted(pipeline: Pipeline, profile: str) -> Pipeline:
    """The pipeline with every stored adaptation that passed its guard."""
    found = stored_adaptations(pipeline, profile)[0]
    active: Mapping[str, Adaptation] = {k: a for k, a in found.items() if a.active}
    return pipeline.with_adaptations(active) if active else pipeline


def _audit(store: SlideStore, user: str, what: str, after: object) -> None:
    with store.db.transaction() as conn:
        audit.append(conn, None, user, what, "lab adaptation", None, after)


def refit_profile(
    data_dir: Path, profile: str, default_profile: str, user: str
) -> list[Adaptation]:
    """``refit`` for a worker thread: its own connection to the store, the profile's models
    loaded afresh (unadapted)."""
    pipeline = pipeline_for(read_profile(find_profile(profile)))
    store = SlideStore(data_dir)
    try:
        return refit(store, pipeline, profile, default_profile, user)
    finally:
        store.close()


def describe_profile(profile: str) -> list[str]:
    """One line per stage for Settings: what its adaptation was fitted on, the figures the guard
    judged it by, and whether it types cells; read without loading the models."""
    spec = read_profile(find_profile(profile))
    lines = []
    for stage in spec.stages:
        try:
            found = load_adaptation(
                adaptation_path(profile, stage.name), file_sha256(stage.model.path)
            )
        except AdaptationError as exc:
            lines.append(f"{stage.name}: {exc}")
            continue
        if found is None:
            said = _("{stage}: not fitted yet (no confirmed cells, or reset)")
            lines.append(said.format(stage=stage.name))
            continue
        judged = found.judgement
        lines.append(
            _("{stage}: {fitted}; {figures}; {verdict}").format(
                stage=stage.name,
                fitted=shown(found.describe()),
                figures=judged.describe(),
                verdict=judged.verdict(),
            )
        )
    return lines
