"""Resolved model settings: what SmearCount will actually feed a model and how it reads it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import onnxruntime as ort
from numpy.typing import NDArray

from app.core.errors import ModelLoadError
from app.core.i18n import _, ngettext

IMAGENET_MEAN = (0.485, 0.456, 0.406)
IMAGENET_STD = (0.229, 0.224, 0.225)


@dataclass(frozen=True)
class Normalisation:
    """tensor = (pixel * scale - mean) / std, pixels 0-255 in ``color_order``."""

    color_order: str = "RGB"
    scale: float = 1 / 255
    mean: tuple[float, float, float] = (0.0, 0.0, 0.0)
    std: tuple[float, float, float] = (1.0, 1.0, 1.0)

    def to_tensor(
        self, images: NDArray[np.uint8], dtype: np.dtype[np.floating]
    ) -> NDArray[np.floating]:
        """(B, H, W, 3) RGB uint8 -> (B, 3, H, W) float in the model's order and range."""
        if self.color_order == "BGR":
            images = images[..., ::-1]
        tensor = np.ascontiguousarray(images.transpose(0, 3, 1, 2), dtype=np.float32)
        std = np.asarray(self.std, dtype=np.float32)
        tensor *= (self.scale / std)[:, None, None]
        if any(self.mean):
            tensor -= (np.asarray(self.mean, dtype=np.float32) / std)[:, None, None]
        return tensor if dtype == np.float32 else tensor.astype(dtype)

    def describe(self) -> str:
        if any(self.mean) or self.std != (1.0, 1.0, 1.0):
            return _("{order} x{scale}, mean {mean}, std {std}").format(
                order=self.color_order,
                scale=f"{self.scale:.4g}",
                mean=list(self.mean),
                std=list(self.std),
            )
        values = "0-1" if abs(self.scale - 1 / 255) < 1e-9 else f"x{self.scale:.4g}"
        return f"{self.color_order} {values}"


@dataclass(frozen=True)
class InputSpec:
    """The model's image input: fixed sides, or ``None`` where the side is dynamic."""

    name: str
    height: int | None
    width: int | None
    batch_fixed: bool
    dtype: np.dtype[np.floating]

    @classmethod
    def of(cls, session: ort.InferenceSession, model_name: str) -> InputSpec:
        inputs = session.get_inputs()
        if len(inputs) != 1 or len(inputs[0].shape) != 4:
            found = ", ".join(f"{i.name} {list(i.shape)}" for i in inputs)
            raise ModelLoadError(
                _(
                    "{name}: SmearCount needs one image input [batch, 3, height, width]; this "
                    "model has: {found}."
                ).format(name=model_name, found=found)
            )
        info = inputs[0]
        if info.type not in ("tensor(float)", "tensor(float16)"):
            raise ModelLoadError(
                _("{name}: the image input is {type}, not float.").format(
                    name=model_name, type=info.type
                )
            )
        batch, channels, height, width = info.shape
        if isinstance(channels, int) and channels != 3:
            raise ModelLoadError(
                ngettext(
                    "{name}: the input has {n} channel; 3 are needed.",
                    "{name}: the input has {n} channels; 3 are needed.",
                    channels,
                ).format(name=model_name, n=channels)
            )
        return cls(
            name=info.name,
            height=height if isinstance(height, int) and height > 0 else None,
            width=width if isinstance(width, int) and width > 0 else None,
            batch_fixed=isinstance(batch, int) and batch > 0,
            dtype=np.dtype(np.float16 if info.type == "tensor(float16)" else np.float32),
        )

    @property
    def dynamic(self) -> bool:
        return self.height is None or self.width is None


@dataclass(frozen=True)
class ModelInfo:
    """What was loaded and how it is read, for the status bar, the JSON output and the report."""

    path: Path
    kind: str
    format: str
    sha256: str
    provider: str
    classes: tuple[str, ...]
    input_size: tuple[int, int]
    dynamic_input: bool
    normalisation: Normalisation
    name: str
    version: str | None
    licence: str | None
    assumptions: tuple[str, ...]

    def summary(self) -> dict[str, str]:
        """What the report and the slide store keep of a model."""
        return {
            "name": self.name,
            "kind": self.kind,
            "format": self.format,
            "version": self.version or "",
            "sha256": self.sha256,
            "provider": self.provider,
        }

    def describe(self) -> str:
        h, w = self.input_size
        size = _("{w}x{h} (dynamic)") if self.dynamic_input else "{w}x{h}"
        kind = {"detector": _("detector"), "classifier": _("classifier")}.get(self.kind, self.kind)
        return ngettext(
            "{name}: {kind}, format {format}, input {size} {input}, {n} class ({classes}), on "
            "{provider}",
            "{name}: {kind}, format {format}, input {size} {input}, {n} classes ({classes}), on "
            "{provider}",
            len(self.classes),
        ).format(
            name=self.name,
            kind=kind,
            format=self.format,
            size=size.format(w=w, h=h),
            input=self.normalisation.describe(),
            n=len(self.classes),
            classes=", ".join(self.classes),
            provider=self.provider,
        )
