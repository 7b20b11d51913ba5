"""Model profiles: which models run, how cells flow between them, and how their classes count.

A profile is a JSON file (schema in docs/PROFILES.md); model paths in it are relative to the
file. Shipped profiles live in ``models_onnx/profiles/``, the lab's own (saved by the model import)
in the user's data folder; templates for common lab setups in ``resources/profile_templates/``.
Version 1 files (one detector, one classifier) are read as the equivalent version 2 profile.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.atomic import write_text_atomic
from app.core.categories import (
    DEFAULT_CATEGORY_MAP,
    CategoryMap,
    parse_categories,
)
from app.core.errors import ProfileError, SmearCountError
from app.core.field_prep import RBC_MICROMETRES
from app.core.models import load_classifier, load_detector
from app.core.paths import models_dir, private_dir, profiles_dir, resources_dir, user_config_dir
from app.core.pipeline import FieldSetup, Pipeline, Stage
from app.core.review import ReviewRule
from app.core.schema import boolean, integer, number, read_json_object, text, texts, validate

PROFILE_VERSION = 2
#: A model path starting with this names a model shipped with SmearCount (``models_onnx/``),
#: wherever it is installed: lab profiles can use the default models.
SHIPPED_PREFIX = "shipped:"

log = logging.getLogger(__name__)


def _model_path(base: Path, value: str) -> Path:
    if value.startswith(SHIPPED_PREFIX):
        return models_dir() / value[len(SHIPPED_PREFIX) :]
    return base / value


def _name_map(value: object) -> dict[str, str]:
    if not isinstance(value, dict) or not value:
        raise TypeError(f"must be a non-empty object {{class: name}}, got {value!r}.")
    return {text(k): text(v) for k, v in value.items()}


def _any(value: object) -> object:
    return value  # checked by its own parser, which names the entry


_V1_FIELDS = {
    "profile_version": integer(1, 1),
    "name": text,
    "description": text,
    "detector": text,
    "classifier": text,
    "classify_labels": texts,
    "conf_threshold": number(0.0, 1.0),
}
_V2_FIELDS = {
    "profile_version": integer(2, 2),
    "name": text,
    "description": text,
    "detector": _any,
    "stages": _any,
    "classify": _name_map,
    "categories": _any,
    "class_map": _name_map,
}
_MODEL_FIELDS = {"model": text, "classes": texts, "conf_threshold": number(0.0, 1.0)}
#: The detector may also say whether fields are prepared for it (its manifest's ``preprocess``).
_DETECTOR_FIELDS = _MODEL_FIELDS | {"prepare_fields": boolean}
_STAGE_FIELDS = {
    "model": text,
    "classes": texts,
    "next": _name_map,
    "review_below": number(0.0, 1.0),
}


@dataclass(frozen=True)
class ModelRef:
    """A model file and, optionally, the class list the profile was written for."""

    path: Path
    classes: tuple[str, ...] | None = None


@dataclass(frozen=True)
class StageSpec:
    name: str
    model: ModelRef
    routes: dict[str, str] = field(default_factory=dict)
    review_below: float | None = None  # this stage's own review threshold


@dataclass(frozen=True)
class Profile:
    name: str
    detector: ModelRef | None
    stages: tuple[StageSpec, ...] = ()
    classify: dict[str, str] | None = None  # detector class -> first stage; None: the default
    categories: CategoryMap = DEFAULT_CATEGORY_MAP
    conf_threshold: float | None = None
    description: str = ""
    strict: bool = True  # every final class must have a category (version 1 files: lenient)
    prepare_fields: bool = True  # off: fields reach the detector as they are, whatever it asks

    @property
    def single_cell(self) -> bool:
        return self.detector is None

    def review_rule(self, below: float) -> ReviewRule:
        """Settings' threshold, with this profile's own per stage where it sets one."""
        stages = {s.name: s.review_below for s in self.stages if s.review_below is not None}
        return ReviewRule(below, stages, dict(self.classify or {}))


def user_profiles_dir() -> Path:
    return user_config_dir() / "profiles"


def profile_folders() -> list[Path]:
    """Where profiles are looked up by name: the shipped ones, then the lab's own."""
    return [profiles_dir(), user_profiles_dir()]


def available_profiles(folder: Path | None = None) -> list[str]:
    folders = [folder] if folder else profile_folders()
    names = {p.stem for f in folders if f.is_dir() for p in f.glob("*.json")}
    return sorted(names)


def find_profile(name_or_path: str, folder: Path | None = None) -> Path:
    """A profile file given by path, or by name among the shipped and the lab's profiles."""
    candidate = Path(name_or_path)
    if candidate.suffix == ".json" or candidate.is_file():
        if not candidate.is_file():
            raise ProfileError(f"The profile file {candidate} was not found.")
        return candidate
    for base in [folder] if folder else profile_folders():
        path = base / f"{name_or_path}.json"
        if path.is_file():
            return path
    names = available_profiles(folder)
    known = ", ".join(names) if names else "none is installed"
    raise ProfileError(f"There is no profile named '{name_or_path}' (available: {known}).")


def read_profile(path: Path) -> Profile:
    raw = read_json_object(path, "profile", ProfileError)
    if "profile_version" not in raw:
        raise ProfileError(f"{path.name}: the field 'profile_version' is missing.")
    version = raw["profile_version"]
    if version == 1:
        return _read_v1(raw, path)
    if version != PROFILE_VERSION:
        raise ProfileError(
            f"{path.name}: profile_version {version!r} is not one this SmearCount reads "
            f"(1 or {PROFILE_VERSION}); it may come from a newer version."
        )
    return _read_v2(raw, path)


def _read_v1(raw: dict[str, Any], path: Path) -> Profile:
    values = validate(raw, _V1_FIELDS, path.name, ProfileError, required=("detector",))
    base = path.parent
    stages: tuple[StageSpec, ...] = ()
    classify = None
    if "classifier" in values:
        stages = (StageSpec("classifier", ModelRef(base / values["classifier"])),)
        if "classify_labels" in values:
            classify = {label: "classifier" for label in values["classify_labels"]}
    return Profile(
        name=values.get("name", path.stem),
        detector=ModelRef(base / values["detector"]),
        stages=stages,
        classify=classify,
        conf_threshold=values.get("conf_threshold"),
        description=values.get("description", ""),
        strict=False,
    )


def _read_v2(raw: dict[str, Any], path: Path) -> Profile:
    source = path.name
    values = validate(raw, _V2_FIELDS, source, ProfileError)
    base = path.parent
    detector, conf, prepare = None, None, True
    if "detector" in values:
        det = _object(values["detector"], f"{source}: field 'detector'")
        det = validate(det, _DETECTOR_FIELDS, f"{source}: detector", ProfileError, ("model",))
        detector = ModelRef(_model_path(base, det["model"]), det.get("classes"))
        conf = det.get("conf_threshold")
        prepare = det.get("prepare_fields", True)
    stages = []
    for name, item in _object(values.get("stages", {}), f"{source}: field 'stages'").items():
        where = f"{source}: stage '{name}'"
        spec = validate(_object(item, where), _STAGE_FIELDS, where, ProfileError, ("model",))
        stages.append(
            StageSpec(
                name,
                ModelRef(_model_path(base, spec["model"]), spec.get("classes")),
                spec.get("next", {}),
                spec.get("review_below"),
            )
        )
    if detector is None and not stages:
        raise ProfileError(f"{source}: a profile needs a 'detector', 'stages', or both.")
    classify = values.get("classify")
    if stages and classify is None:
        raise ProfileError(
            f"{source}: the field 'classify' is missing: say which "
            + (
                'detector classes go to which stage, e.g. {"wbc": "'
                if detector
                else 'stage classifies the cell images, e.g. {"cell": "'
            )
            + f'{stages[0].name}"}}.'
        )
    categories = parse_categories(values.get("categories"), values.get("class_map", {}), source)
    _check_declared(detector, stages, categories, source)
    return Profile(
        name=values.get("name", path.stem),
        detector=detector,
        stages=tuple(stages),
        classify=classify,
        categories=categories,
        conf_threshold=conf,
        description=values.get("description", ""),
        prepare_fields=prepare,
    )


def _object(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ProfileError(f"{where} must be a JSON object {{...}}, got {value!r}.")
    return value


def _check_declared(
    detector: ModelRef | None, stages: list[StageSpec], categories: CategoryMap, source: str
) -> None:
    """What can be checked without the models: routes to unknown stages, and declared final
    classes without a category."""
    names = {s.name for s in stages}
    for stage in stages:
        for label, target in stage.routes.items():
            if target not in names:
                raise ProfileError(
                    f"{source}: stage '{stage.name}' sends '{label}' to an unknown stage "
                    f"'{target}' (stages: {', '.join(sorted(names))})."
                )
            if stage.model.classes is not None and label not in stage.model.classes:
                raise ProfileError(
                    f"{source}: stage '{stage.name}' routes '{label}', which is not one of its "
                    f"classes ({', '.join(stage.model.classes)})."
                )
        if stage.model.classes is not None:
            _check_mapped(
                [c for c in stage.model.classes if c not in stage.routes],
                categories,
                f"{source}: stage '{stage.name}'",
            )


def _check_mapped(classes: list[str], categories: CategoryMap, where: str) -> None:
    missing = [c for c in classes if not categories.has_category(c)]
    if missing:
        raise ProfileError(
            f"{where}: the class {', '.join(map(repr, missing))} has no report category; "
            "map it in 'class_map' (to a differential, per-100-WBC or ignored category)."
        )


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
            _check_mapped([label], profile.categories, f"{profile.name}: {where}")
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


def templates_dir() -> Path:
    return resources_dir() / "profile_templates"


def available_templates() -> list[Path]:
    """Profiles written for common lab setups; their models are the lab's own."""
    folder = templates_dir()
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def install_template(template: Path) -> Path:
    """Copy a template among the lab's profiles (its model paths point at the lab's model
    folder, ``../models``); an installed copy is left as it is, since the lab may have edited it."""
    target = user_profiles_dir() / template.name
    if not target.exists():
        private_dir(user_config_dir())
        target.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(target, template.read_text(encoding="utf-8"))
    return target


def user_models_dir() -> Path:
    """Where imported models and their manifests are kept (templates refer to ``../models``)."""
    return user_config_dir() / "models"


def _readable_profile(profile_name: str | None) -> Profile | None:
    """The profile as its file is now; None when it is gone or unreadable (``read_profile``
    says why when the slide's analysis loads it)."""
    if not profile_name:
        return None
    try:
        return read_profile(find_profile(profile_name))
    except SmearCountError:
        return None


def profile_categories(profile_name: str | None) -> CategoryMap | None:
    """The categories of a profile as its file has them now; None when it cannot be read."""
    profile = _readable_profile(profile_name)
    return profile.categories if profile else None


def review_rule_for(profile_name: str | None, below: float) -> ReviewRule:
    """The review thresholds for slides of this profile (Settings' alone when it is gone)."""
    profile = _readable_profile(profile_name)
    return profile.review_rule(below) if profile else ReviewRule(below)
