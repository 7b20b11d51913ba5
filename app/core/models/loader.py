"""Loading any supported ONNX export: read its manifest and metadata, probe it, resolve settings.

Order of authority for every setting: the sidecar manifest, then what the file itself says
(input shape, Ultralytics/YOLOv5 ``metadata_props``), then the exporting tool's documented
default. Whatever had to be assumed is listed in ``ModelInfo.assumptions`` so it can be shown.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from app.core.errors import ModelLoadError
from app.core.field_prep import PrepSpec
from app.core.geometry import Fit
from app.core.i18n import _
from app.core.models.class_names import agreed_classes
from app.core.models.classifier import Classifier, ClassifierConfig
from app.core.models.detector import Detector, DetectorConfig
from app.core.models.formats import (
    ClassifierOutput,
    DetectorFormat,
    identify_detector,
    is_ultralytics,
    metadata_imgsz,
    metadata_names,
    parse_metadata,
)
from app.core.models.manifest import Manifest, read_manifest, sidecar_path
from app.core.models.outputs import embedding_output, pick_output
from app.core.models.runtime import create_session, file_sha256, provider_name
from app.core.models.spec import IMAGENET_MEAN, IMAGENET_STD, InputSpec, ModelInfo, Normalisation

DEFAULT_DETECTOR_SIDE = 640
DEFAULT_CLASSIFIER_SIDE = 224

# What each exporter feeds its detector, and its own NMS IoU default (docs/MODELS.md).
_DETECTOR_DEFAULTS: dict[DetectorFormat, tuple[Normalisation, Fit, float]] = {
    DetectorFormat.YOLOV5: (Normalisation("RGB", 1 / 255), Fit.CENTER, 0.45),
    DetectorFormat.ULTRALYTICS: (Normalisation("RGB", 1 / 255), Fit.CENTER, 0.7),
    DetectorFormat.END2END: (Normalisation("RGB", 1 / 255), Fit.CENTER, 0.7),
    DetectorFormat.YOLOX: (Normalisation("BGR", 1.0), Fit.TOP_LEFT, 0.45),
    DetectorFormat.YOLOX_DECODED: (Normalisation("BGR", 1.0), Fit.TOP_LEFT, 0.45),
}


class _Loaded:
    """Everything read from the file before deciding what kind of model it is."""

    def __init__(
        self,
        path: Path,
        manifest_path: Path | None,
        manifest: Manifest | None = None,
        classes: tuple[str, ...] | None = None,
    ) -> None:
        if not path.is_file():
            raise ModelLoadError(_("The model file {path} was not found.").format(path=path))
        self.path = path
        self.name = path.name
        manifest_file = manifest_path or sidecar_path(path)
        if manifest_path is not None and not manifest_path.is_file():
            raise ModelLoadError(_("The manifest {path} was not found.").format(path=manifest_path))
        if manifest is None:
            manifest = read_manifest(manifest_file) if manifest_file.is_file() else Manifest()
        self.manifest = manifest
        self.expected_classes = classes  # what a profile says the model must have
        self.sha256 = file_sha256(path)
        if self.manifest.sha256 and self.manifest.sha256 != self.sha256:
            raise ModelLoadError(
                _(
                    "{name} does not match its manifest (sha256 differs): the file may be "
                    "damaged or replaced. Reinstall the model or fix the manifest."
                ).format(name=self.name)
            )
        self.session = create_session(path)
        self.meta = parse_metadata(dict(self.session.get_modelmeta().custom_metadata_map))
        self.input = InputSpec.of(self.session, self.name)
        self.output = pick_output(self.session, self.name, self.manifest.outputs)
        self.assumptions: list[str] = []

    def run(self, tensor: NDArray[np.floating]) -> NDArray[np.float32]:
        try:
            out = self.session.run(
                [self.output.name], {self.input.name: tensor.astype(self.input.dtype)}
            )
        except Exception as exc:  # ORT's own exception types
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ModelLoadError(
                _("{name}: a test run of the model failed: {problem}").format(
                    name=self.name, problem=first
                )
            ) from exc
        return np.asarray(out[0], dtype=np.float32)

    def input_size(self, default_side: int) -> tuple[int, int]:
        if self.manifest.input_size:
            return self.manifest.input_size
        if not self.input.dynamic:
            assert self.input.height is not None and self.input.width is not None
            return self.input.height, self.input.width
        from_meta = metadata_imgsz(self.meta)
        if from_meta:
            return from_meta
        self.assumptions.append(
            _("input size not stated: used {side} x {side} (set input_size)").format(
                side=default_side
            )
        )
        return default_side, default_side

    def classes(self, count: int, fallback: tuple[str, ...] | None = None) -> tuple[str, ...]:
        stated, in_manifest = self.manifest.classes, True
        if stated is None:
            stated, in_manifest = metadata_names(self.meta), False
        agreed = agreed_classes(self.name, count, self.expected_classes, stated, in_manifest)
        if agreed is not None:
            return agreed
        names = fallback if fallback is not None else tuple(f"class {i}" for i in range(count))
        said = _("class names not stated: called them {names}")
        self.assumptions.append(said.format(names=", ".join(names)))
        return names

    def normalisation(self, default: Normalisation) -> Normalisation:
        m = self.manifest
        return Normalisation(
            color_order=m.color_order or default.color_order,
            scale=m.scale if m.scale is not None else default.scale,
            mean=m.mean or default.mean,
            std=m.std or default.std,
        )

    def info(
        self,
        kind: str,
        fmt: str,
        classes: tuple[str, ...],
        size: tuple[int, int],
        norm: Normalisation,
    ) -> ModelInfo:
        return ModelInfo(
            path=self.path,
            kind=kind,
            format=fmt,
            sha256=self.sha256,
            provider=provider_name(self.session),
            classes=classes,
            input_size=size,
            dynamic_input=self.input.dynamic,
            normalisation=norm,
            name=self.manifest.name or self.path.stem,
            version=self.manifest.version
            or _text_or_none(self.meta.get("version"))
            or file_date_version(self.path),
            licence=self.manifest.licence or _text_or_none(self.meta.get("license")),
            assumptions=tuple(self.assumptions),
        )


def file_date_version(path: Path) -> str:
    """A model without a version of its own is known by its file's date (a report then still
    tells two models of the same name apart)."""
    try:
        stamp = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
    except OSError:
        return "unknown"
    return f"file of {stamp:%Y-%m-%d}"


def load_model(
    path: str | Path,
    manifest_path: str | Path | None = None,
    *,
    manifest: Manifest | None = None,
    classes: tuple[str, ...] | None = None,
) -> Detector | Classifier:
    """Load a detector or classifier, whichever ``path`` holds. ``manifest`` (settings being
    tried before they are saved) replaces the sidecar file; ``classes`` is the class list a
    profile expects, names the model if it states none, and is refused if it disagrees."""
    loaded = _Loaded(Path(path), Path(manifest_path) if manifest_path else None, manifest, classes)
    kind = loaded.manifest.kind or _kind_of(loaded)
    return _build_detector(loaded) if kind == "detector" else _build_classifier(loaded)


def load_detector(
    path: str | Path, manifest_path: str | Path | None = None, **options: Any
) -> Detector:
    model = load_model(path, manifest_path, **options)
    if not isinstance(model, Detector):
        raise ModelLoadError(
            _("{name} is a classifier; a cell detector is needed here.").format(
                name=Path(path).name
            )
        )
    return model


def load_classifier(
    path: str | Path, manifest_path: str | Path | None = None, **options: Any
) -> Classifier:
    model = load_model(path, manifest_path, **options)
    if not isinstance(model, Classifier):
        raise ModelLoadError(
            _("{name} is a detector; a cell classifier is needed here.").format(
                name=Path(path).name
            )
        )
    return model


def _kind_of(loaded: _Loaded) -> str:
    task = loaded.meta.get("task")
    if task in ("segment", "pose", "obb"):
        raise ModelLoadError(
            _(
                "{name} is an Ultralytics {task} model; SmearCount needs a detection or "
                "classification model."
            ).format(name=loaded.name, task=task)
        )
    if task == "classify":
        return "classifier"
    if task == "detect":
        return "detector"
    return "classifier" if len(loaded.output.shape) == 2 else "detector"


def _build_detector(loaded: _Loaded) -> Detector:
    m = loaded.manifest
    size = loaded.input_size(DEFAULT_DETECTOR_SIDE)
    stride = _stride(loaded.meta)
    if loaded.input.dynamic:
        size = (_align(size[0], stride), _align(size[1], stride))
    probe = loaded.run(np.full((1, 3, *size), 0.5, dtype=np.float32))
    if probe.ndim != 3:
        raise ModelLoadError(
            _("{name}: the detector output has shape {shape}.").format(
                name=loaded.name, shape=list(probe.shape)
            )
        )
    fmt = m.format or identify_detector(tuple(probe.shape), size, loaded.meta, probe)
    rows, cols = probe.shape[1:]
    if fmt is DetectorFormat.ULTRALYTICS:
        count = rows - 4
    elif fmt is DetectorFormat.END2END:
        if m.classes is None and metadata_names(loaded.meta) is None:
            raise ModelLoadError(
                _(
                    "{name} is an end-to-end detector without class names; add 'classes' to its "
                    "manifest."
                ).format(name=loaded.name)
            )
        count = len(m.classes or metadata_names(loaded.meta) or ())
    else:
        count = cols - 5
    if count < 1:
        raise ModelLoadError(
            _("{name}: the output {shape} holds no classes.").format(
                name=loaded.name, shape=list(probe.shape)
            )
        )
    classes = loaded.classes(count)
    default_norm, default_fit, default_iou = _DETECTOR_DEFAULTS[fmt]
    if fmt in (DetectorFormat.YOLOX, DetectorFormat.YOLOX_DECODED) and not (
        m.color_order and m.fit
    ):
        loaded.assumptions.append(
            _(
                "YOLOX files carry no preprocessing: assumed the YOLOX default, BGR 0-255, "
                "padded at the top-left"
            )
        )
    norm = loaded.normalisation(default_norm)
    config = DetectorConfig(
        format=fmt,
        classes=classes,
        input_size=size,
        stride=stride,
        normalisation=norm,
        fit=m.fit or default_fit,
        pad_value=m.pad_value if m.pad_value is not None else 114,
        conf_threshold=m.conf_threshold if m.conf_threshold is not None else 0.25,
        iou_threshold=m.iou_threshold if m.iou_threshold is not None else default_iou,
        max_detections=m.max_detections or 300,
        max_downscale=m.max_downscale or 2.0,
        tile_overlap=m.tile_overlap if m.tile_overlap is not None else 0.2,
        preparation=m.preprocess or PrepSpec(),
    )
    info = loaded.info("detector", fmt.value, classes, size, norm)
    return Detector(loaded.session, loaded.input, loaded.output.name, config, info)


def _build_classifier(loaded: _Loaded) -> Classifier:
    m = loaded.manifest
    size = loaded.input_size(DEFAULT_CLASSIFIER_SIDE)
    probes = [loaded.run(np.full((1, 3, *size), v, dtype=np.float32)) for v in (0.0, 0.5, 1.0)]
    rng = np.random.default_rng(0)
    probes.append(loaded.run(rng.normal(0, 1, (1, 3, *size)).astype(np.float32)))
    raw = np.concatenate([p.reshape(1, -1) for p in probes])
    count = raw.shape[1]
    if count < 1:
        raise ModelLoadError(
            _("{name}: the classifier output has no classes.").format(name=loaded.name)
        )
    ultralytics = is_ultralytics(loaded.meta)
    output = m.output or (ClassifierOutput.PROBABILITIES if ultralytics else _output_kind(raw))
    classes = loaded.classes(
        count if count > 1 else 2, ("negative", "positive") if count == 1 else None
    )
    if ultralytics:
        default_norm, crop_pct = Normalisation("RGB", 1 / 255), 1.0
    elif "names" in loaded.meta and "stride" in loaded.meta:  # YOLOv5 classifier
        default_norm, crop_pct = Normalisation("RGB", 1 / 255, IMAGENET_MEAN, IMAGENET_STD), 1.0
    else:
        default_norm, crop_pct = Normalisation("RGB", 1 / 255, IMAGENET_MEAN, IMAGENET_STD), 0.875
        if m.mean is None and m.scale is None:
            loaded.assumptions.append(_("normalisation not stated: assumed ImageNet mean/std"))
    if m.crop_context is None:
        loaded.assumptions.append(_("crop context not stated: cells cropped to their box (1.0)"))
    norm = loaded.normalisation(default_norm)
    config = ClassifierConfig(
        classes=classes,
        input_size=size,
        normalisation=norm,
        resize=m.resize or "center_crop",
        crop_pct=m.crop_pct or crop_pct,
        output=output,
        crop_context=m.crop_context or 1.0,
    )
    info = loaded.info("classifier", f"classifier ({output.value})", classes, size, norm)
    return Classifier(
        loaded.session,
        loaded.input,
        loaded.output.name,
        config,
        info,
        embedding_output(loaded.session, loaded.name, loaded.manifest.outputs),
    )


def _output_kind(raw: NDArray[np.float32]) -> ClassifierOutput:
    """Probabilities if every probe row is a distribution (or, for one output, within 0-1)."""
    inside = bool(((raw >= 0) & (raw <= 1)).all())
    if raw.shape[1] == 1:
        return ClassifierOutput.PROBABILITIES if inside else ClassifierOutput.LOGITS
    sums_to_one = bool(np.allclose(raw.sum(axis=1), 1.0, atol=1e-3))
    return ClassifierOutput.PROBABILITIES if inside and sums_to_one else ClassifierOutput.LOGITS


def _stride(meta: dict[str, object]) -> int:
    stride = meta.get("stride")
    if isinstance(stride, (list, tuple)) and stride:
        stride = max(stride)
    return int(stride) if isinstance(stride, (int, float)) and stride >= 1 else 32


def _align(side: int, stride: int) -> int:
    return max(stride, -(-side // stride) * stride)


def _text_or_none(value: object) -> str | None:
    return str(value) if value not in (None, "") else None
