"""Awkward image files, built in code: every kind a lab's cameras and other software produce,
and the broken and hostile ones. Each case says what must happen: analysed (with the size the
image has upright) or refused with a plain message."""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image


@dataclass(frozen=True)
class Case:
    name: str  # the file name written (its suffix matters to people, not to SmearCount)
    make: Callable[[], bytes]
    shape: tuple[int, int] | None  # (height, width) once read upright; None: refused
    refusal: str = ""  # part of the message when refused


def _save(image: Image.Image, fmt: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **options)
    return buffer.getvalue()


def _smear(w: int, h: int) -> Image.Image:
    rng = np.random.default_rng(w * 7 + h)
    pixels = np.full((h, w, 3), (236, 222, 226), np.uint8)
    pixels += rng.integers(0, 12, pixels.shape, dtype=np.uint8)
    return Image.fromarray(pixels)


def _exif_rotated() -> bytes:
    image = _smear(64, 32)
    exif = image.getexif()
    exif[0x0112] = 6  # shown rotated by 90 degrees
    return _save(image, "JPEG", exif=exif)


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _bomb() -> bytes:
    """A 100 kB PNG claiming 30000 x 30000 pixels (900 MP): 2.7 GB once decoded."""
    header = struct.pack(">IIBBBBB", 30000, 30000, 8, 2, 0, 0, 0)
    rows = zlib.compress(b"\x00" * 3_000_000, 9)  # the first rows only: it is never decoded
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", rows)
        + _png_chunk(b"IEND", b"")
    )


def _truncated(fmt: str) -> Callable[[], bytes]:
    def make() -> bytes:
        data = _save(_smear(200, 150), fmt)
        return data[: len(data) // 2]

    return make


CASES: list[Case] = [
    Case("zero.png", lambda: b"", None, "the file is empty"),
    Case("text.png", lambda: b"Not an image, just text with a .png name.\n" * 4, None,
         "not an image SmearCount can read"),
    Case("truncated.png", _truncated("PNG"), None, "damaged or incomplete"),
    Case("truncated.tif", _truncated("TIFF"), None, "damaged or incomplete"),
    Case("truncated.jpg", _truncated("JPEG"), None, "damaged or incomplete"),
    Case("tiff16.tif", lambda: _save(Image.fromarray(
        np.arange(64 * 48, dtype=np.uint16).reshape(48, 64) * 20), "TIFF"), (48, 64)),
    Case("float.tif", lambda: _save(Image.fromarray(
        np.linspace(0, 1, 48 * 64, dtype=np.float32).reshape(48, 64), mode="F"), "TIFF"), (48, 64)),
    Case("gray.png", lambda: _save(_smear(64, 48).convert("L"), "PNG"), (48, 64)),
    Case("palette.png", lambda: _save(_smear(64, 48).convert("P"), "PNG"), (48, 64)),
    Case("rgba.png", lambda: _save(_smear(64, 48).convert("RGBA"), "PNG"), (48, 64)),
    Case("cmyk.jpg", lambda: _save(_smear(64, 48).convert("CMYK"), "JPEG"), (48, 64)),
    Case("exif_rotated.jpg", _exif_rotated, (64, 32)),
    Case("one_pixel.png", lambda: _save(Image.new("RGB", (1, 1), (200, 100, 150)), "PNG"), (1, 1)),
    Case("strip.png", lambda: _save(_smear(20000, 200), "PNG"), (200, 20000)),
    Case("bmp.bmp", lambda: _save(_smear(64, 48), "BMP"), (48, 64)),
    Case("webp.webp", lambda: _save(_smear(64, 48), "WEBP"), (48, 64)),
    Case("bomb.png", _bomb, None, "more than SmearCount accepts"),
]  # fmt: skip

#: The 12000 x 9000 frame (108 MP) is built only where asked: 324 MB decoded.
LARGE = Case(
    "large.png", lambda: _save(_smear(12000, 9000), "PNG", compress_level=1), (9000, 12000)
)


def write(case: Case, folder: Path) -> Path:
    path = folder / case.name
    path.write_bytes(case.make())
    return path
