"""The profile file: its fields, version 1 and 2, and what a profile says (which models run,
how cells flow between them, how their classes count). Schema in docs/PROFILES.md; model paths
are relative to the file, or ``shipped:`` for the models shipped with SmearCount. Version 1
files (one detector, one classifier) are read as the equivalent version 2 profile.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.categories import DEFAULT_CATEGORY_MAP, CategoryMap, parse_categories
from app.core.errors import ProfileError
from app.core.i18n import _, ngettext
from app.core.json_fields import boolean, integer, number, read_json_object, text, texts, validate
from app.core.paths import models_dir
from app.core.review import ReviewRule

PROFILE_VERSION = 2
#: A model path starting with this names a model shipped with SmearCount (``models_onnx/``),
#: wherever it is installed: lab profiles can use the default models.
SHIPPED_PREFIX = "shipped:"


def _model_path(base: Path, value: str) -> Path:
    if value.startswith(SHIPPED_PREFIX):
        return models_dir() / value[len(SHIPPED_PREFIX) :]
    return base / value


def _name_map(value: object) -> dict[str, str]:
    if not isinstance(value, dict) or not value:
        raise TypeError(
            _("must be a non-empty object {{class: name}}, got {value}.").format(value=repr(value))
        )
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


def read_profile(path: Path) -> Profile:
    raw = read_json_object(path, "profile", ProfileError)
    if "profile_version" not in raw:
        raise ProfileError(
            _("{source}: the field '{key}' is missing.").format(
                source=path.name, key="profile_version"
            )
        )
    version = raw["profile_version"]
    if version == 1:
        return _read_v1(raw, path)
    if version != PROFILE_VERSION:
        raise ProfileError(
            _(
                "{name}: profile_version {version} is not one this SmearCount reads (1 or "
                "{current}); it may come from a newer version."
            ).format(name=path.name, version=repr(version), current=PROFILE_VERSION)
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
        raise ProfileError(
            _("{source}: a profile needs a 'detector', 'stages', or both.").format(source=source)
        )
    classify = values.get("classify")
    if stages and classify is None:
        missing = (
            _(
                "{source}: the field 'classify' is missing: say which detector classes go to "
                'which stage, e.g. {{"wbc": "{stage}"}}.'
            )
            if detector
            else _(
                "{source}: the field 'classify' is missing: say which stage classifies the cell "
                'images, e.g. {{"cell": "{stage}"}}.'
            )
        )
        raise ProfileError(missing.format(source=source, stage=stages[0].name))
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
        raise ProfileError(
            _("{where} must be a JSON object {{...}}, got {value}.").format(
                where=where, value=repr(value)
            )
        )
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
                    _(
                        "{source}: stage '{stage}' sends '{label}' to an unknown stage "
                        "'{target}' (stages: {stages})."
                    ).format(
                        source=source,
                        stage=stage.name,
                        label=label,
                        target=target,
                        stages=", ".join(sorted(names)),
                    )
                )
            if stage.model.classes is not None and label not in stage.model.classes:
                raise ProfileError(
                    _(
                        "{source}: stage '{stage}' routes '{label}', which is not one of its "
                        "classes ({classes})."
                    ).format(
                        source=source,
                        stage=stage.name,
                        label=label,
                        classes=", ".join(stage.model.classes),
                    )
                )
        if stage.model.classes is not None:
            check_mapped(
                [c for c in stage.model.classes if c not in stage.routes],
                categories,
                f"{source}: stage '{stage.name}'",
            )


def check_mapped(classes: list[str], categories: CategoryMap, where: str) -> None:
    missing = [c for c in classes if not categories.has_category(c)]
    if missing:
        raise ProfileError(
            ngettext(
                "{where}: the class {classes} has no report category; map it in 'class_map' (to "
                "a differential, per-100-WBC or ignored category).",
                "{where}: the classes {classes} have no report category; map them in "
                "'class_map' (to a differential, per-100-WBC or ignored category).",
                len(missing),
            ).format(where=where, classes=", ".join(map(repr, missing)))
        )
