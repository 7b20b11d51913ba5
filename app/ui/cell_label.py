"""A cell's label on the field: text on a plate of the cell's colour, readable over any stain,
elided to the box's width on screen and shown whole while the cell is selected or hovered."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

PAD = 3.0
MIN_WIDTH = 36.0  # a tiny box still shows the start of its class


def text_colour(plate: QColor) -> QColor:
    """Black on light plates, white on dark ones (relative luminance, as WCAG weighs it)."""
    luminance = 0.2126 * plate.redF() + 0.7152 * plate.greenF() + 0.0722 * plate.blueF()
    return QColor("#000000") if luminance > 0.45 else QColor("#FFFFFF")


class CellLabel(QGraphicsItem):
    """Drawn in screen pixels (it ignores the zoom) just above the box's top-left corner."""

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self._text = ""
        self.plate = QColor("#000000")
        self.box_width = 0.0  # in image pixels
        self.whole = False  # selected or hovered: never elided
        self.font = QFont()
        self.font.setPointSizeF(max(8.0, self.font.pointSizeF()))
        self.metrics = QFontMetricsF(self.font)

    def set_label(self, text: str, plate: QColor, box_width: float) -> None:
        self.prepareGeometryChange()
        self._text, self.plate, self.box_width = text, plate, box_width
        self.update()

    def text(self) -> str:
        """The whole label, as the tooltip and a selected cell show it."""
        return self._text

    def set_whole(self, whole: bool) -> None:
        if whole != self.whole:
            self.prepareGeometryChange()
            self.whole = whole
            self.update()

    def visible_text(self, scale: float, metrics: QFontMetricsF | None = None) -> str:
        """The text as drawn at this zoom: elided inside the box's width on screen."""
        if self.whole:
            return self._text
        room = max(MIN_WIDTH, self.box_width * scale) - 2 * PAD
        return (metrics or self.metrics).elidedText(self._text, Qt.TextElideMode.ElideRight, room)

    def boundingRect(self) -> QRectF:
        height = self.metrics.height() + 2 * PAD
        return QRectF(0, -height, self.metrics.horizontalAdvance(self._text) + 2 * PAD, height)

    def paint(
        self,
        painter: QPainter,
        _option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        view = widget.parentWidget() if widget is not None else None
        scale = view.transform().m11() if isinstance(view, QGraphicsView) else 1.0
        painter.setFont(self.font)
        # Measured on the device drawn on: its resolution may differ from the screen's.
        metrics = QFontMetricsF(painter.fontMetrics())
        text = self.visible_text(scale, metrics)
        height = metrics.height() + 2 * PAD
        plate = QRectF(0, -height, metrics.horizontalAdvance(text) + 2 * PAD, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.plate)
        painter.drawRect(plate)
        painter.setPen(text_colour(self.plate))
        painter.drawText(plate, int(Qt.AlignmentFlag.AlignCenter), text)
