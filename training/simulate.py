"""Other microscopes, cameras and stains, simulated: what a field looks like before SmearCount.

``Camera`` is one set of conditions: the size a red cell is captured at, the stain, the lamp's
colour, uneven illumination and vignetting, a round field stop (a phone held to the eyepiece),
flare (a washed-out, low-contrast camera), defocus and motion blur, sensor noise, sharpening and
JPEG. ``random_camera`` draws one over wide ranges for training; ``CONDITIONS`` are fixed ones
for the evaluation suite. ``capture`` renders a clean field (TXL-PBC tile, BCCD field, PBC crop)
as that camera would have delivered it; the engine then brings it back with
``app.core.field_prep``, exactly as at run time.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import cv2
import numpy as np

from training.common import stain_jitter


@dataclass(frozen=True)
class Camera:
    rbc_px: float  # red-cell size the field is captured at (its box side, pixels)
    stain: float = 0.0  # stain-batch variation (0 = as stained)
    yellow: float = 0.0  # yellowish background of some rapid stains (optical density in blue)
    warm: float = 0.0  # lamp colour: >0 warm (halogen), <0 cold (LED), about -0.3..0.3
    tint: float = 0.0  # green-magenta tint of cheap sensors, about -0.15..0.15
    vignette: float = 0.0  # light lost at the corners, 0..0.7
    gradient: float = 0.0  # light falling off across the field, 0..0.4
    field_stop: float = 0.0  # radius of the round aperture over half the diagonal; 0 = none
    flare: float = 0.0  # veiling light: fraction of white added, 0..0.45 (low contrast)
    exposure: float = 1.0  # 0.6..1.1
    defocus: float = 0.0  # Gaussian sigma in red-cell widths, 0..0.08
    motion: float = 0.0  # motion-blur length in red-cell widths, 0..0.25
    noise: float = 0.0  # sensor noise sigma in grey levels, 0..12
    sharpen: float = 0.0  # phone-style sharpening, 0..1.2
    jpeg: int = 0  # JPEG quality, 0 = lossless
    seed: int = 0


def random_camera(rng: np.random.Generator, rbc_range: tuple[float, float] = (10, 120)) -> Camera:
    """Conditions drawn for one training sample; about one in five is left nearly clean."""
    lo, hi = rbc_range
    rbc = float(math.exp(rng.uniform(math.log(lo), math.log(hi))))
    if rng.random() < 0.2:
        return Camera(rbc_px=rbc, seed=int(rng.integers(1 << 30)))

    def some(p: float, a: float, b: float) -> float:
        return float(rng.uniform(a, b)) if rng.random() < p else 0.0

    return Camera(
        rbc_px=rbc,
        stain=some(0.7, 0.3, 1.3),
        yellow=some(0.2, 0.05, 0.35),
        warm=float(rng.uniform(-0.3, 0.3)),
        tint=float(rng.uniform(-0.15, 0.15)),
        vignette=some(0.5, 0.1, 0.7),
        gradient=some(0.4, 0.05, 0.4),
        field_stop=some(0.2, 0.75, 1.05),
        flare=some(0.5, 0.05, 0.45),
        exposure=float(rng.uniform(0.6, 1.1)),
        defocus=some(0.6, 0.005, 0.08),
        motion=some(0.15, 0.03, 0.25),
        noise=some(0.6, 1.0, 12.0),
        sharpen=some(0.25, 0.2, 1.2),
        jpeg=int(rng.integers(30, 96)) if rng.random() < 0.6 else 0,
        seed=int(rng.integers(1 << 30)),
    )


#: The evaluation suite's conditions, named for the microscopes and cameras they stand for.
#: Fixed, and chosen from descriptions of those set-ups, not from what the models do on them.
CONDITIONS: dict[str, Camera | None] = {
    "as shot": None,
    "Olympus research, own camera": Camera(rbc_px=60, warm=-0.12, vignette=0.15, jpeg=92),
    "phone at the eyepiece": Camera(
        rbc_px=45,
        warm=0.2,
        tint=0.05,
        vignette=0.5,
        field_stop=0.85,
        defocus=0.03,
        noise=4,
        sharpen=0.8,
        jpeg=60,
    ),
    "Pi camera, student microscope (RBC 35 px)": Camera(
        rbc_px=35,
        warm=-0.2,
        tint=0.12,
        vignette=0.6,
        gradient=0.25,
        flare=0.35,
        exposure=0.8,
        defocus=0.05,
        noise=6,
        jpeg=80,
    ),
    "phone photo, low resolution (RBC 12 px)": Camera(
        rbc_px=12,
        warm=0.15,
        vignette=0.3,
        field_stop=0.95,
        defocus=0.02,
        noise=3,
        sharpen=0.6,
        jpeg=70,
    ),
    "40x objective, USB camera (RBC 20 px)": Camera(
        rbc_px=20,
        warm=0.1,
        gradient=0.15,
        flare=0.15,
        defocus=0.03,
        noise=4,
        jpeg=85,
    ),
    "rapid stain, yellow background": Camera(rbc_px=50, stain=1.0, yellow=0.25, warm=0.05),
    "pale stain, soft focus": Camera(rbc_px=70, stain=1.2, flare=0.2, defocus=0.04, motion=0.1),
}


def capture(image: np.ndarray, rbc_px: float, camera: Camera) -> tuple[np.ndarray, float]:
    """``image`` (RGB, its red cells ``rbc_px`` wide) as ``camera`` delivers it, and the scale
    applied to it (box coordinates multiply by it)."""
    rng = np.random.default_rng(camera.seed)
    gain = camera.rbc_px / rbc_px
    h, w = image.shape[:2]
    size = (max(8, round(w * gain)), max(8, round(h * gain)))
    out = cv2.resize(image, size, interpolation=cv2.INTER_AREA if gain < 1 else cv2.INTER_CUBIC)
    if camera.stain:
        out = stain_jitter(out, rng, camera.stain)
    light = out.astype(np.float32) / 255.0
    if camera.yellow:
        light *= np.exp(-camera.yellow * np.array([0.05, 0.25, 1.0], np.float32))
    light *= _lamp(camera.warm, camera.tint)
    light *= _falloff(light.shape[:2], camera, rng)[..., None]
    light = light * camera.exposure * (1 - camera.flare) + camera.flare * camera.exposure
    cell = camera.rbc_px
    if camera.defocus:
        light = np.asarray(cv2.GaussianBlur(light, (0, 0), max(0.3, camera.defocus * cell)))
    if camera.motion:
        light = _motion(light, max(2, round(camera.motion * cell)), float(rng.uniform(0, 180)))
    if camera.field_stop:
        light *= _aperture(light.shape[:2], camera.field_stop)[..., None]
    if camera.noise:
        shot = rng.normal(0, 1, light.shape).astype(np.float32)
        light += shot * (camera.noise / 255.0) * np.sqrt(np.clip(light, 0.02, 1.0))
    out = np.clip(light * 255.0 + 0.5, 0, 255).astype(np.uint8)
    if camera.sharpen:
        blur = cv2.GaussianBlur(out, (0, 0), 1.2).astype(np.float32)
        out = np.clip(out * (1 + camera.sharpen) - blur * camera.sharpen, 0, 255).astype(np.uint8)
    if camera.jpeg:
        ok, buf = cv2.imencode(".jpg", out[..., ::-1], [cv2.IMWRITE_JPEG_QUALITY, camera.jpeg])
        decoded = cv2.imdecode(buf, cv2.IMREAD_COLOR) if ok else None
        if decoded is not None:
            out = decoded[..., ::-1]
    return np.ascontiguousarray(out), gain


def _lamp(warm: float, tint: float) -> np.ndarray:
    """Per-channel gain of a lamp away from daylight, normalised so the brightest is 1."""
    gains = np.array([1 + warm, 1 - abs(warm) * 0.15 + tint, 1 - warm], np.float32)
    return np.asarray(gains / gains.max())


def _falloff(shape: tuple[int, int], camera: Camera, rng: np.random.Generator) -> np.ndarray:
    h, w = shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = w * rng.uniform(0.4, 0.6), h * rng.uniform(0.4, 0.6)
    r2 = ((xx - cx) ** 2 + (yy - cy) ** 2) / ((w / 2) ** 2 + (h / 2) ** 2)
    light = 1.0 - camera.vignette * np.clip(r2, 0, 1.5)
    angle = rng.uniform(0, 2 * math.pi)
    ramp = ((xx / w - 0.5) * math.cos(angle) + (yy / h - 0.5) * math.sin(angle)) * 2
    return np.asarray(np.clip(light * (1 - camera.gradient * (ramp + 1) / 2), 0.05, 1.0))


def _aperture(shape: tuple[int, int], radius: float) -> np.ndarray:
    h, w = shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    r = np.sqrt((xx - w / 2) ** 2 + (yy - h / 2) ** 2) / (0.5 * math.hypot(w, h))
    edge = 0.03
    return np.asarray(np.clip((radius - r) / edge, 0.0, 1.0) * 0.97 + 0.03)


def _motion(image: np.ndarray, length: int, angle: float) -> np.ndarray:
    kernel = np.zeros((length, length), np.float32)
    kernel[length // 2, :] = 1.0
    rot = cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5), angle, 1.0)
    kernel = np.asarray(cv2.warpAffine(kernel, rot, (length, length)), np.float32)
    return np.asarray(cv2.filter2D(image, -1, kernel / max(kernel.sum(), 1e-6)))


def clean(camera: Camera) -> Camera:
    """The same capture size and nothing else: the suite's control for each condition."""
    return replace(Camera(rbc_px=camera.rbc_px), seed=camera.seed)


def visible(
    boxes: np.ndarray, labels: np.ndarray, shape: tuple[int, int], camera: Camera
) -> tuple[np.ndarray, np.ndarray]:
    """The boxes whose centre a round field stop leaves in view (all of them without one)."""
    if not camera.field_stop or not len(boxes):
        return boxes, labels
    h, w = shape
    cx, cy = (boxes[:, 0] + boxes[:, 2]) / 2, (boxes[:, 1] + boxes[:, 3]) / 2
    r = np.sqrt((cx - w / 2) ** 2 + (cy - h / 2) ** 2) / (0.5 * math.hypot(w, h))
    keep = r < camera.field_stop - 0.02
    return boxes[keep], labels[keep]
