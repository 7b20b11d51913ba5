"""What comes into a slide session from outside: images read off the GUI thread, and the
cells a pipeline found."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path, PurePosixPath
from typing import Protocol

import numpy as np
from numpy.typing import NDArray
from PIL import Image

from app.core.errors import StorageError
from app.core.i18n import _
from app.core.image_files import ImageSource
from app.core.imaging import IMAGE_SUFFIXES, decode_image, read_image
from app.core.paths import shown_name


@dataclass(frozen=True)
class FieldImage:
    """An image read and checked (thread-safe, no store access), ready to become a field."""

    data: bytes  # the file's bytes, stored as they are
    ext: str
    name: str
    pixels: NDArray[np.uint8]  # decoded RGB, for the analysis that usually follows

    @cached_property
    def sha256(self) -> str:
        """The key the image is stored under (computed where the image was read)."""
        return hashlib.sha256(self.data).hexdigest()

    @property
    def width(self) -> int:
        return int(self.pixels.shape[1])

    @property
    def height(self) -> int:
        return int(self.pixels.shape[0])

    @classmethod
    def from_file(cls, path: Path) -> FieldImage:
        pixels = read_image(path)  # refuses what cannot be analysed, before anything is stored
        ext = path.suffix.lower() if path.suffix.lower() in IMAGE_SUFFIXES else ".img"
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise StorageError(
                _("{name} cannot be read: {problem}.").format(name=path.name, problem=exc.strerror)
            ) from exc
        image = cls(data, ext, shown_name(path.name), pixels)
        image.sha256.encode()  # hash here, off the GUI thread
        return image

    @classmethod
    def from_source(cls, source: ImageSource) -> FieldImage:
        """A file, or an image inside a zip (read in memory, never extracted)."""
        if source.member is None:
            return cls.from_file(source.path)
        data = source.read_bytes()
        ext = source.suffix if source.suffix in IMAGE_SUFFIXES else ".img"
        image = cls(data, ext, PurePosixPath(source.member).name, decode_image(data, source.name))
        _ = image.sha256
        return image

    @classmethod
    def from_frame(cls, frame: NDArray[np.uint8], name: str) -> FieldImage:
        buffer = io.BytesIO()
        # Lossless but fast: level 1 writes a 1080p frame ~5x quicker than the default level 6.
        Image.fromarray(frame).save(buffer, format="PNG", compress_level=1)
        return cls(buffer.getvalue(), ".png", name, frame)


class Detection(Protocol):
    """A found cell as the pipeline returns it (``app.core.pipeline.Detection``)."""

    @property
    def box(self) -> tuple[float, float, float, float]: ...
    @property
    def label(self) -> str: ...
    @property
    def confidence(self) -> float: ...
    @property
    def detector_label(self) -> str: ...
    @property
    def detector_confidence(self) -> float: ...
    @property
    def path(self) -> Sequence[StageStep]: ...


class StageStep(Protocol):
    """One classifier stage a cell went through (``app.core.pipeline.StageResult``)."""

    @property
    def stage(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def confidence(self) -> float: ...
