"""Field images for Qt: a stored image decoded upright (or as a thumbnail), an RGB array as a
QImage."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QImageReader


def load_image(path: str, fit: QSize | None = None) -> QImage:
    """The field image, upright per EXIF as the analysis saw it; ``fit`` decodes a thumbnail
    (JPEG decoders then skip most of the work)."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    if fit is not None and reader.size().isValid():
        reader.setScaledSize(reader.size().scaled(fit, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


def to_qimage(pixels: NDArray[np.uint8]) -> QImage:
    """An RGB array as a QImage that owns its pixels."""
    height, width = pixels.shape[:2]
    data = np.ascontiguousarray(pixels)
    return QImage(data.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()
