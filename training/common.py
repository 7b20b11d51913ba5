"""What both trainings share: data location, seeding, augmentation pieces, ONNX export checks."""

from __future__ import annotations

import hashlib
import json
import os
import random
import time
from pathlib import Path
from typing import Any

import cv2
import numpy as np

REPO = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("SMEARCOUNT_DATA", REPO.parent / "shared" / "data"))
MODELS = REPO / "models_onnx"

LICENCES = {
    "TXL-PBC": "TXL-PBC v2, MIT (Lu Gan & Xi Li, arXiv:2407.13214); its PBC tiles CC BY 4.0",
    "PBC": "Barcelona PBC, CC BY 4.0: Acevedo A. et al., Data in Brief 30 (2020) 105474",
    "BCCD": "BCCD (Shenggan), MIT",
}


def seed_everything(seed: int) -> np.random.Generator:
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    return np.random.default_rng(seed)


def read_rgb(path: Path) -> np.ndarray:
    image = cv2.imread(str(path), cv2.IMREAD_COLOR)
    if image is None:
        raise FileNotFoundError(path)
    return cv2.cvtColor(image, cv2.COLOR_BGR2RGB)


def colour_jitter(image: np.ndarray, rng: np.random.Generator, strength: float) -> np.ndarray:
    """Stain and camera variation: hue, saturation and value shifts plus per-channel gain."""
    hsv = cv2.cvtColor(image, cv2.COLOR_RGB2HSV).astype(np.float32)
    hsv[..., 0] = (hsv[..., 0] + rng.uniform(-12, 12) * strength) % 180
    hsv[..., 1] *= rng.uniform(1 - 0.6 * strength, 1 + 0.6 * strength)
    hsv[..., 2] *= rng.uniform(1 - 0.3 * strength, 1 + 0.3 * strength)
    out = cv2.cvtColor(np.clip(hsv, 0, 255).astype(np.uint8), cv2.COLOR_HSV2RGB).astype(np.float32)
    out *= rng.uniform(1 - 0.12 * strength, 1 + 0.12 * strength, size=3)
    gamma = rng.uniform(1 - 0.25 * strength, 1 + 0.25 * strength)
    out = 255.0 * (np.clip(out, 0, 255) / 255.0) ** gamma
    return np.clip(out, 0, 255).astype(np.uint8)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_json(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


class Clock:
    def __init__(self) -> None:
        self.start = time.perf_counter()

    def minutes(self) -> float:
        return (time.perf_counter() - self.start) / 60


def conv_gflops(model: Any, shape: tuple[int, ...]) -> float:
    """Multiply-adds x 2 of the convolutions and linear layers for one input (as papers count)."""
    import torch

    total = 0

    def count(module: Any, _inputs: Any, output: Any) -> None:
        nonlocal total
        if isinstance(module, torch.nn.Conv2d):
            k = module.kernel_size[0] * module.kernel_size[1]
            total += 2 * output.numel() * module.in_channels // module.groups * k
        elif isinstance(module, torch.nn.Linear):
            total += 2 * output.numel() * module.in_features

    hooks = [m.register_forward_hook(count) for m in model.modules()]
    try:
        with torch.no_grad():
            model.eval()(torch.zeros(shape))
    finally:
        for hook in hooks:
            hook.remove()
    return total / 1e9


#: Optical densities of haematoxylin, eosin and DAB (Ruifrok & Johnston), the usual basis for
#: stain augmentation; Romanowsky stains split along similar purple / pink axes.
STAINS = np.array([[0.65, 0.70, 0.29], [0.07, 0.99, 0.11], [0.27, 0.57, 0.78]], np.float32)
STAINS /= np.linalg.norm(STAINS, axis=1, keepdims=True)


def stain_jitter(image: np.ndarray, rng: np.random.Generator, strength: float) -> np.ndarray:
    """Change each stain's amount and hue on its own (nucleus and cytoplasm apart).

    The image is split into stain concentrations by colour deconvolution; each concentration is
    scaled and shifted, and the colours are rebuilt with slightly rotated stain vectors. Unlike
    a global hue shift, this moves a nucleus's purple and a cytoplasm's pink independently, as a
    different stain batch, staining time or lamp does.
    """
    od = -np.log((image.astype(np.float32) + 1.0) / 256.0)
    concentrations = od.reshape(-1, 3) @ np.linalg.inv(STAINS)
    alpha = rng.uniform(1 - 0.35 * strength, 1 + 0.35 * strength, 3).astype(np.float32)
    beta = rng.uniform(-0.05 * strength, 0.05 * strength, 3).astype(np.float32)
    concentrations = concentrations * alpha + beta
    stains = STAINS + rng.normal(0, 0.06 * strength, STAINS.shape).astype(np.float32)
    stains = np.abs(stains) / np.linalg.norm(stains, axis=1, keepdims=True)
    rebuilt = 256.0 * np.exp(-(concentrations @ stains)) - 1.0
    return np.asarray(np.clip(rebuilt.reshape(image.shape), 0, 255).astype(np.uint8))
