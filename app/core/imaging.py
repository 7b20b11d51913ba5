"""Reading field images into RGB ``uint8`` arrays, with plain-language refusals."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageOps, UnidentifiedImageError

from app.core.errors import ImageReadError
from app.core.i18n import _
from app.core.paths import shown_name

RGBImage = NDArray[np.uint8]

#: File name endings picked up when a folder is given.
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp"})

#: Largest image accepted, in pixels. A 12000 x 9000 stitched field (108 MP) fits; a
#: decompression bomb that would need gigabytes of memory does not.
MAX_PIXELS = 150_000_000
STRIP_BYTES = 16 << 20


def read_image(path: str | Path) -> RGBImage:
    """Read ``path`` as an H x W x 3 RGB ``uint8`` array, upright per its EXIF orientation."""
    path = Path(path)
    name = shown_name(path.name)
    if not path.is_file():
        raise ImageReadError(_("{name}: the file was not found.").format(name=name))
    if path.stat().st_size == 0:
        raise ImageReadError(_("{name}: the file is empty (0 bytes).").format(name=name))
    return _decode(path, name)


def decode_image(data: bytes, name: str) -> RGBImage:
    """Like ``read_image``, for an image already in memory (e.g. a member of a zip)."""
    if not data:
        raise ImageReadError(_("{name}: the file is empty (0 bytes).").format(name=name))
    return _decode(io.BytesIO(data), name)


def _decode(source: Path | io.BytesIO, name: str) -> RGBImage:
    try:
        with warnings.catch_warnings(record=True) as warned:
            warnings.simplefilter("always")
            # Pillow warns between MAX_IMAGE_PIXELS and twice that; we enforce our own limit.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(source) as opened:
                _check_size(name, opened.size)
                opened.load()
                # A truncated TIFF loads with a warning and missing rows: refuse it like a
                # truncated PNG rather than count half a field.
                if any("truncated" in str(w.message).lower() for w in warned):
                    raise OSError(_("the file ends early"))
                ImageOps.exif_transpose(opened, in_place=True)  # no copy of a 100 MP frame
                return to_rgb(opened)
    except ImageReadError:
        raise
    except Image.DecompressionBombError as exc:
        raise ImageReadError(
            _(
                "{name}: the image is too large to open safely (more than SmearCount accepts, "
                "{megapixels} megapixels)."
            ).format(name=name, megapixels=MAX_PIXELS // 1_000_000)
        ) from exc
    except UnidentifiedImageError as exc:
        raise ImageReadError(
            _("{name}: this is not an image SmearCount can read.").format(name=name)
        ) from exc
    except (OSError, ValueError, SyntaxError) as exc:
        raise ImageReadError(
            _("{name}: the image is damaged or incomplete ({why}).").format(name=name, why=exc)
        ) from exc


def _check_size(name: str, size: tuple[int, int]) -> None:
    width, height = size
    if width < 1 or height < 1:
        raise ImageReadError(_("{name}: the image has no pixels.").format(name=name))
    if width * height > MAX_PIXELS:
        raise ImageReadError(
            _(
                "{name}: the image is {width} x {height} pixels, more than SmearCount accepts "
                "({megapixels} megapixels). Split it into fields first."
            ).format(name=name, width=width, height=height, megapixels=MAX_PIXELS // 1_000_000)
        )


def to_rgb(im: Image.Image) -> RGBImage:
    """Convert any Pillow mode to RGB ``uint8``; deep and float images are rescaled to 8 bits."""
    if im.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I", "F"):
        gray = _to_uint8(np.asarray(im))
        return np.ascontiguousarray(np.repeat(gray[:, :, None], 3, axis=2))
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        # Transparent parts become white, like the bright background of a smear.
        rgba = im.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        im = Image.alpha_composite(white, rgba)
    if im.mode != "RGB":
        im = im.convert("RGB")
    return _pixels(im)


def _pixels(im: Image.Image) -> RGBImage:
    """Pillow's RGB image as a writable array, copied out in strips of ~16 MB: a 100 MP frame
    then needs Pillow's copy and this one, not two more whole copies on the way."""
    width, height = im.size
    out = np.empty((height, width, 3), np.uint8)
    step = max(1, STRIP_BYTES // (width * 3))
    for top in range(0, height, step):
        bottom = min(height, top + step)
        out[top:bottom] = np.asarray(im.crop((0, top, width, bottom)))
    return out


def _to_uint8(values: NDArray[np.generic]) -> NDArray[np.uint8]:
    data = values.astype(np.float64)
    if np.issubdtype(values.dtype, np.floating):
        finite = data[np.isfinite(data)]
        low, high = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
        if low >= 0.0 and high <= 1.0:
            low, high = 0.0, 1.0
    else:
        # Integer data is scaled by its bit depth; 12-bit camera data (max < 4096) as 12-bit.
        low = 0.0
        peak = float(data.max(initial=0.0))
        high = (
            255.0 if peak <= 255 else 4095.0 if peak <= 4095 else 65535.0 if peak <= 65535 else peak
        )
    scaled = (np.nan_to_num(data, nan=low) - low) * (255.0 / max(high - low, 1e-12))
    return np.clip(np.rint(scaled), 0, 255).astype(np.uint8)
