"""Importing a lab's model: what SmearCount read from the file, the settings a person corrects,
and saving the checked result as a model (with its manifest) and a profile.

The window drives this (File > Import a model): open, show ``settings_of``, let the person edit,
``load_with`` the edited settings and run ``app.core.model_check`` on them, then ``save_import``.
Imported models are copied into the lab's model folder, so a profile never points at a USB
stick; the manifest written beside the copy pins every setting and the file's sha256.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.atomic import write_bytes_atomic, write_text_atomic
from app.core.categories import DEFAULT_CATEGORY_MAP
from app.core.errors import ModelLoadError, ProfileError
from app.core.i18n import _
from app.core.models import Classifier, Detector, load_model
from app.core.models.loader import file_date_version
from app.core.models.manifest import MANIFEST_VERSION, parse_manifest
from app.core.models.runtime import file_sha256
from app.core.paths import private_dir, profiles_dir, user_config_dir
from app.core.profiles import (
    PROFILE_VERSION,
    SHIPPED_PREFIX,
    ModelRef,
    find_profile,
    install_template,
    model_slots,
    read_profile,
    user_models_dir,
    user_profiles_dir,
)

#: How an imported model is used. Templates add one use per model slot ("template", path, role).
DETECTOR_ONLY = "detector"
DETECTOR_WITH_DEFAULT_CLASSIFIER = "detector+default-classifier"
SINGLE_CELL = "single-cell"
CLASSIFIER_ON_DEFAULT_DETECTOR = "classifier+default-detector"


def settings_of(model: Detector | Classifier) -> dict[str, Any]:
    """Every setting SmearCount resolved for the model, as manifest fields a person can edit."""
    norm = model.config.normalisation
    values: dict[str, Any] = {
        "kind": model.info.kind,
        "classes": list(model.config.classes),
        "input_size": list(model.config.input_size),
        "color_order": norm.color_order,
        "scale": norm.scale,
        "mean": list(norm.mean),
        "std": list(norm.std),
    }
    if isinstance(model, Detector):
        values |= {
            "format": model.config.format.value,
            "conf_threshold": model.config.conf_threshold,
        }
    else:
        values |= {
            "output": model.config.output.value,
            "resize": model.config.resize,
            "crop_pct": model.config.crop_pct,
            "crop_context": model.config.crop_context,
        }
    return values


def load_with(path: Path, settings: dict[str, Any]) -> Detector | Classifier:
    """The model loaded with the edited settings (validated like a manifest file)."""
    return load_model(path, manifest=parse_manifest(settings, f"settings for {path.name}"))


def unmapped_classes(model: Detector | Classifier) -> list[str]:
    """The model's classes the default report categories do not know: a person maps them."""
    return [c for c in model.config.classes if not DEFAULT_CATEGORY_MAP.has_category(c)]


@dataclass(frozen=True)
class TemplateSlot:
    template: Path
    role: str  # "detector" or the stage's name
    file_name: str
    classes: tuple[str, ...] | None


def template_slots(templates: list[Path]) -> list[TemplateSlot]:
    return [
        TemplateSlot(t, slot.role, slot.path.name, slot.classes)
        for t in templates
        for slot in model_slots(read_profile(t))
    ]


@dataclass(frozen=True)
class ImportPlan:
    source: Path  # the lab's .onnx
    settings: dict[str, Any]  # checked settings, written as the manifest
    use: str  # one of the uses above, or "template"
    profile_name: str = ""
    class_map: dict[str, str] = field(default_factory=dict)  # class -> default category key
    slot: TemplateSlot | None = None


def save_import(plan: ImportPlan) -> Path:
    """Copy the model and its manifest into the lab's model folder, write the profile (or
    install the template the model fills); returns the profile's path."""
    kind = plan.settings.get("kind")
    if plan.slot is not None:
        wanted = plan.slot.classes
        if wanted is not None and tuple(plan.settings["classes"]) != wanted:
            raise ProfileError(
                _(
                    "The template's {role} model must have the classes {wanted} (in this "
                    "order); this one has {classes}."
                ).format(
                    role=plan.slot.role,
                    wanted=", ".join(wanted),
                    classes=", ".join(plan.settings["classes"]),
                )
            )
        _copy_model(plan, plan.slot.file_name)
        return install_template(plan.slot.template)
    if plan.use in (DETECTOR_ONLY, DETECTOR_WITH_DEFAULT_CLASSIFIER) and kind != "detector":
        raise ProfileError(_("This use needs a detector; the model is a classifier."))
    if plan.use in (SINGLE_CELL, CLASSIFIER_ON_DEFAULT_DETECTOR) and kind != "classifier":
        raise ProfileError(_("This use needs a classifier; the model is a detector."))
    name = plan.profile_name.strip()
    if not name or any(c in name for c in '\\/:*?"<>|') or name.startswith("."):
        raise ProfileError(_('Give the profile a name without \\ / : * ? " < > |.'))
    path = user_profiles_dir() / f"{name}.json"
    if path.exists():
        raise ProfileError(
            _("A profile named '{name}' already exists; choose another name.").format(name=name)
        )
    target = _copy_model(plan, Path(plan.source).name)
    classes = list(plan.settings["classes"])
    own = {"model": f"../models/{target.name}", "classes": classes}
    # SmearCount's own models, as its default profile names them (one source of truth).
    default = read_profile(find_profile("default", profiles_dir()))
    assert default.detector is not None and default.stages
    default_detector = _shipped(default.detector)
    default_stage = _shipped(default.stages[0].model)
    profile: dict[str, Any] = {"profile_version": PROFILE_VERSION, "name": name}
    if plan.use == DETECTOR_ONLY:
        profile["detector"] = own
    elif plan.use == DETECTOR_WITH_DEFAULT_CLASSIFIER:
        if "wbc" not in classes:
            raise ProfileError(
                _(
                    "SmearCount's classifier types the detector's 'wbc' boxes; this detector "
                    "has no class 'wbc' ({classes})."
                ).format(classes=", ".join(classes))
            )
        profile |= {
            "detector": own,
            "stages": {"wbc_type": default_stage},
            "classify": {"wbc": "wbc_type"},
        }
    elif plan.use == SINGLE_CELL:
        profile |= {"stages": {"cells": own}, "classify": {"cell": "cells"}}
    elif plan.use == CLASSIFIER_ON_DEFAULT_DETECTOR:
        profile |= {
            "detector": default_detector,
            "stages": {"wbc_type": own},
            "classify": {"wbc": "wbc_type"},
        }
    else:
        raise ProfileError(_("Unknown use '{use}'.").format(use=plan.use))
    if plan.class_map:
        profile["class_map"] = dict(plan.class_map)
    private_dir(user_config_dir())
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, json.dumps(profile, indent=2))
    try:
        read_profile(path)
    except ProfileError:
        path.unlink()  # never leave a profile behind that cannot be read
        raise
    return path


def _shipped(ref: ModelRef) -> dict[str, Any]:
    """A shipped model as a lab profile refers to it, wherever SmearCount is installed."""
    return {"model": SHIPPED_PREFIX + ref.path.name, "classes": list(ref.classes or ())}


def _copy_model(plan: ImportPlan, file_name: str) -> Path:
    """The model and its manifest in the lab's model folder; an existing different file of the
    same name is refused rather than replaced (profiles may use it)."""
    private_dir(user_config_dir())
    folder = user_models_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / file_name
    digest = file_sha256(plan.source)
    if target.exists() and file_sha256(target) != digest:
        raise ModelLoadError(
            _(
                "A different model named {name} is already imported. Rename the file (or, for a "
                "template, remove the old model from the models folder) and import again."
            ).format(name=file_name)
        )
    if not target.exists():
        write_bytes_atomic(target, plan.source.read_bytes())
    manifest = {"manifest_version": MANIFEST_VERSION, **plan.settings, "sha256": digest}
    # The copy's own date is the import's: keep the original file's as its version.
    manifest["version"] = manifest.get("version") or file_date_version(plan.source)
    parse_manifest(manifest, target.with_suffix(".json").name)  # refuse before writing
    write_text_atomic(target.with_suffix(".json"), json.dumps(manifest, indent=2))
    return target
