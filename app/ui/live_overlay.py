"""The live count drawn on a shrunk live-view frame: the white cells' boxes, and a band on top
saying what is counted."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from app.core.camera.live_count import Box

BOX_COLOUR = QColor("#00C853")


def draw_live_count(image: QImage, scale: float, boxes: Sequence[Box], text: str) -> None:
    """``boxes`` in frame pixels, ``scale`` from the frame to ``image``."""
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if boxes:
        pen = QPen(BOX_COLOUR, 2)
        pen.setCosmetic(True)  # 2 px on screen whatever the frame's scale
        painter.setPen(pen)
        painter.save()
        painter.scale(scale, scale)
        for x1, y1, x2, y2 in boxes:
            painter.drawRect(QRectF(x1, y1, x2 - x1, y2 - y1))
        painter.restore()
    font = painter.font()
    font.setPointSize(11)
    painter.setFont(font)
    band = QRectF(0, 0, image.width(), painter.fontMetrics().height() + 8)
    painter.fillRect(band, QColor(0, 0, 0, 150))
    painter.setPen(QColor("white"))
    room = band.adjusted(8, 0, -8, 0)
    elide = Qt.TextElideMode.ElideRight
    text = painter.fontMetrics().elidedText(text, elide, int(room.width()))
    painter.drawText(room, Qt.AlignmentFlag.AlignVCenter, text)
    painter.end()
