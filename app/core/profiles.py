"""Model profiles: which detector, which classifier, which detector classes it classifies.

A profile is a JSON file (schema in docs/MODELS.md); model paths in it are relative to the file.
Shipped profiles live in ``models_onnx/profiles/``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.core.errors import ProfileError
from app.core.models import load_classifier, load_detector
from app.core.paths import profiles_dir
from app.core.pipeline import Pipeline
from app.core.schema import equals, number, read_json_object, text, texts, validate

PROFILE_VERSION = 1

_FIELDS = {
    "profile_version": equals(PROFILE_VERSION),
    "name": text,
    "description": text,
    "detector": text,
    "classifier": text,
    "classify_labels": texts,
    "conf_threshold": number(0.0, 1.0),
}


@dataclass(frozen=True)
class Profile:
    name: str
    detector: Path
    classifier: Path | None = None
    classify_labels: tuple[str, ...] | None = None
    conf_threshold: float | None = None
    description: str = ""


def available_profiles(folder: Path | None = None) -> list[str]:
    folder = folder or profiles_dir()
    return sorted(p.stem for p in folder.glob("*.json")) if folder.is_dir() else []


def find_profile(name_or_path: str, folder: Path | None = None) -> Path:
    """A profile file given by path, or by name among the shipped profiles."""
    candidate = Path(name_or_path)
    if candidate.suffix == ".json" or candidate.is_file():
        if not candidate.is_file():
            raise ProfileError(f"The profile file {candidate} was not found.")
        return candidate
    folder = folder or profiles_dir()
    path = folder / f"{name_or_path}.json"
    if not path.is_file():
        names = available_profiles(folder)
        known = ", ".join(names) if names else "none is installed"
        raise ProfileError(f"There is no profile named '{name_or_path}' (available: {known}).")
    return path


def read_profile(path: Path) -> Profile:
    values = validate(
        read_json_object(path, "profile", ProfileError),
        _FIELDS,
        path.name,
        ProfileError,
        required=("profile_version", "detector"),
    )
    base = path.parent
    return Profile(
        name=values.get("name", path.stem),
        detector=base / values["detector"],
        classifier=base / values["classifier"] if "classifier" in values else None,
        classify_labels=values.get("classify_labels"),
        conf_threshold=values.get("conf_threshold"),
        description=values.get("description", ""),
    )


def build_pipeline(
    detector: Path,
    classifier: Path | None = None,
    classify_labels: tuple[str, ...] | None = None,
    conf_threshold: float | None = None,
) -> Pipeline:
    """Load the models and assemble the cascade."""
    loaded = load_detector(detector)
    if conf_threshold is not None:
        loaded = loaded.with_conf_threshold(conf_threshold)
    return Pipeline(loaded, load_classifier(classifier) if classifier else None, classify_labels)


def pipeline_for(profile: Profile, conf_threshold: float | None = None) -> Pipeline:
    """The profile's models; ``conf_threshold`` (a person's choice) overrides the profile's."""
    conf = conf_threshold if conf_threshold is not None else profile.conf_threshold
    return build_pipeline(profile.detector, profile.classifier, profile.classify_labels, conf)
