"""The sidecar manifest ``<model>.json``: every field optional, each one overriding detection.

The schema is documented in docs/MODELS.md. Values are checked here so that a misspelt key or a
wrong type is refused with the field's name, never silently ignored.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.errors import ModelLoadError
from app.core.field_prep import PrepSpec
from app.core.geometry import Fit
from app.core.i18n import _
from app.core.json_fields import (
    choice,
    equals,
    integer,
    number,
    read_json_object,
    text,
    texts,
    validate,
)
from app.core.models.formats import ClassifierOutput, DetectorFormat

MANIFEST_VERSION = 1


@dataclass(frozen=True)
class Manifest:
    """What a manifest states; ``None`` means "not stated: detect or use the format's default"."""

    kind: str | None = None  # "detector" or "classifier"
    format: DetectorFormat | None = None
    output: ClassifierOutput | None = None
    classes: tuple[str, ...] | None = None
    input_size: tuple[int, int] | None = None  # height, width
    color_order: str | None = None  # "RGB" or "BGR"
    scale: float | None = None
    mean: tuple[float, float, float] | None = None
    std: tuple[float, float, float] | None = None
    fit: Fit | None = None
    pad_value: int | None = None
    resize: str | None = None  # classifiers: "stretch" or "center_crop"
    crop_pct: float | None = None
    crop_context: float | None = None
    conf_threshold: float | None = None
    iou_threshold: float | None = None
    max_detections: int | None = None
    max_downscale: float | None = None
    tile_overlap: float | None = None
    name: str | None = None
    version: str | None = None
    licence: str | None = None
    sha256: str | None = None
    description: str | None = None
    training_data: tuple[str, ...] | None = None
    metrics: dict[str, Any] = field(default_factory=dict)
    outputs: dict[str, str] | None = None  # role ("scores", "embedding") -> graph output name
    preprocess: PrepSpec | None = None  # detectors: how a field is prepared before detection


def sidecar_path(model_path: Path) -> Path:
    return model_path.with_suffix(".json")


def read_manifest(path: Path) -> Manifest:
    """Read and validate a manifest file."""
    return parse_manifest(read_json_object(path, "manifest", ModelLoadError), path.name)


def parse_manifest(raw: dict[str, Any], source: str) -> Manifest:
    values = validate(raw, _FIELDS, source, ModelLoadError)
    values.pop("manifest_version", None)
    return Manifest(**values)


def _triple(value: object) -> tuple[float, float, float]:
    if not isinstance(value, list) or len(value) != 3:
        raise TypeError(
            _("must be a list of 3 numbers (one per colour channel), got {value}.").format(
                value=repr(value)
            )
        )
    a, b, c = (number(-1e4, 1e4)(v) for v in value)
    return a, b, c


def _positive_triple(value: object) -> tuple[float, float, float]:
    triple = _triple(value)
    if min(triple) <= 0:
        raise ValueError(_("must hold 3 positive numbers, got {value}.").format(value=repr(value)))
    return triple


def _size(value: object) -> tuple[int, int]:
    """[height, width], or one number for a square input."""
    side = integer(8, 8192)
    if isinstance(value, int) and not isinstance(value, bool):
        return side(value), side(value)
    if not isinstance(value, list) or len(value) != 2:
        raise TypeError(
            _("must be [height, width] in pixels, got {value}.").format(value=repr(value))
        )
    return side(value[0]), side(value[1])


def _sha256(value: object) -> str:
    digest = text(value).lower()
    if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise ValueError(_("must be 64 hexadecimal digits."))
    return digest


def _object(value: object) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TypeError(_("must be a JSON object, got {value}.").format(value=repr(value)))
    return value


#: What a classifier's named outputs can be: its class scores, and the pooled features before its
#: last layer (read by the lab adaptation).
OUTPUT_ROLES = ("scores", "embedding")


def _outputs(value: object) -> dict[str, str]:
    roles = _object(value)
    unknown = sorted(set(roles) - set(OUTPUT_ROLES))
    if unknown:
        raise ValueError(
            _("knows the roles {roles}, not {unknown}.").format(
                roles=", ".join(OUTPUT_ROLES), unknown=", ".join(unknown)
            )
        )
    if "scores" not in roles:
        raise ValueError(_("must name the 'scores' output."))
    return {role: text(name) for role, name in roles.items()}


def _preprocess(value: object) -> PrepSpec:
    raw = _object(value)
    unknown = sorted(set(raw) - {"flatten", "rbc_px"})
    if unknown:
        raise ValueError(
            _("knows 'flatten' and 'rbc_px', not {unknown}.").format(unknown=", ".join(unknown))
        )
    flat = raw.get("flatten", False)
    if not isinstance(flat, bool):
        raise TypeError(_("'flatten' must be true or false, got {value}.").format(value=repr(flat)))
    rbc = raw.get("rbc_px")
    return PrepSpec(flat, None if rbc is None else number(4.0, 400.0)(rbc))


def _texts_or_text(value: object) -> tuple[str, ...]:
    return (text(value),) if isinstance(value, str) else texts(value)


_FIELDS: dict[str, Callable[[object], Any]] = {
    "manifest_version": equals(MANIFEST_VERSION),
    "kind": choice("detector", "classifier"),
    "format": lambda v: DetectorFormat(choice(*(f.value for f in DetectorFormat))(v)),
    "output": lambda v: ClassifierOutput(choice(*(o.value for o in ClassifierOutput))(v)),
    "classes": texts,
    "input_size": _size,
    "color_order": choice("RGB", "BGR"),
    "scale": number(1e-6, 1.0),
    "mean": _triple,
    "std": _positive_triple,
    "fit": lambda v: Fit(choice(*(f.value for f in Fit))(v)),
    "pad_value": integer(0, 255),
    "resize": choice("stretch", "center_crop"),
    "crop_pct": number(0.1, 1.0),
    "crop_context": number(0.5, 5.0),
    "conf_threshold": number(0.0, 1.0),
    "iou_threshold": number(0.0, 1.0),
    "max_detections": integer(1, 100_000),
    "max_downscale": number(1.0, 64.0),
    "tile_overlap": number(0.0, 0.5),
    "name": text,
    "version": text,
    "licence": text,
    "sha256": _sha256,
    "description": text,
    "training_data": _texts_or_text,
    "metrics": _object,
    "outputs": _outputs,
    "preprocess": _preprocess,
}
