"""A profile's models, loaded: the pipeline that runs them, and the slots its models fill (for
the model import)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.core.field_prep import RBC_MICROMETRES
from app.core.models import load_classifier, load_detector
from app.core.pipeline import FieldSetup, Pipeline, Stage
from app.core.profiles.format import Profile, check_mapped


def build_pipeline(
    detector: Path | None,
    classifier: Path | None = None,
    classify_labels: tuple[str, ...] | None = None,
    conf_threshold: float | None = None,
) -> Pipeline:
    """Models given one by one (the command line): a detector and/or one classifier."""
    loaded = load_detector(detector) if detector else None
    if loaded is not None and conf_threshold is not None:
        loaded = loaded.with_conf_threshold(conf_threshold)
    return Pipeline.simple(
        loaded, load_classifier(classifier) if classifier else None, classify_labels
    )


def pipeline_for(
    profile: Profile,
    conf_threshold: float | None = None,
    micrometres_per_pixel: float | None = None,
) -> Pipeline:
    """Load the profile's models and check them against it; ``conf_threshold`` (a person's
    choice) overrides the profile's; ``micrometres_per_pixel`` (a calibrated camera) pins the
    field scale instead of measuring it on each field's red cells."""
    detector = None
    if profile.detector is not None:
        detector = load_detector(profile.detector.path, classes=profile.detector.classes)
        conf = conf_threshold if conf_threshold is not None else profile.conf_threshold
        if conf is not None:
            detector = detector.with_conf_threshold(conf)
    stages = [
        Stage(s.name, load_classifier(s.model.path, classes=s.model.classes), s.routes)
        for s in profile.stages
    ]
    rbc_px = RBC_MICROMETRES / micrometres_per_pixel if micrometres_per_pixel else None
    setup = FieldSetup(profile.prepare_fields, rbc_px)
    pipeline = Pipeline(detector, stages, profile.classify, setup)
    if profile.strict:
        for where, label in pipeline.final_classes():
            check_mapped([label], profile.categories, f"{profile.name}: {where}")
    return pipeline


@dataclass(frozen=True)
class ModelSlot:
    """A model a profile needs: the detector or a stage, where it goes, what classes it has."""

    role: str  # "detector" or the stage's name
    path: Path
    classes: tuple[str, ...] | None


def model_slots(profile: Profile) -> list[ModelSlot]:
    det = profile.detector
    slots = [ModelSlot("detector", det.path, det.classes)] if det else []
    return slots + [ModelSlot(s.name, s.model.path, s.model.classes) for s in profile.stages]
