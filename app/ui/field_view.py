"""The field image with one overlay item per cell; zoom, pan, select, draw a missed cell."""

from __future__ import annotations

import cv2
import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QWidget,
)

from app.core.categories import CategoryMap
from app.core.explain import OcclusionMap
from app.core.records import Cell, CellState
from app.core.review import ReviewRule
from app.ui.cell_item import CellItem
from app.ui.cell_label import CellLabel

CORNER_GRAB = 8  # screen pixels from a selected box's corner: dragging there resizes it


class FieldView(QGraphicsView):
    """Signals carry scene (= original image) coordinates."""

    cell_clicked = Signal(int, bool)  # cell id, add to selection
    empty_clicked = Signal(QPointF)
    box_drawn = Signal(QRectF)
    tab_pressed = Signal(bool)  # backwards
    context_requested = Signal(int, object)  # cell id (or -1), global QPoint
    selected = Signal(list)  # the cell ids now selected
    outside_clicked = Signal()  # a click on the border round the image
    box_resized = Signal(int, QRectF)  # cell id, its new box (a corner was dragged)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setBackgroundBrush(QColor("#202020"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pixmap = QGraphicsPixmapItem()
        self.scene().addItem(self._pixmap)
        self.heat = QGraphicsPixmapItem()  # an explanation, over the image, under the pending box
        self.heat.setZValue(5)
        self.heat.setVisible(False)
        self.heat.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.heat)
        self.items_by_id: dict[int, CellItem] = {}
        self._pending = QGraphicsRectItem()
        pending_pen = QPen(QColor("#FFFFFF"), 2, Qt.PenStyle.DashLine)
        pending_pen.setCosmetic(True)
        self._pending.setPen(pending_pen)
        self._pending.setZValue(10)
        self._pending.hide()
        self.scene().addItem(self._pending)
        self._press: QPointF | None = None
        self._resizing: tuple[int, QPointF] | None = None  # cell id, the corner that stays
        self._selected: set[int] = set()
        self._panning: QPointF | None = None
        self._fitted = True
        self.field_id: int | None = None
        # Said where the field would be while there is none, so the next step is plain.
        self.empty_hint = QLabel(self.viewport())
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("color: #EEEEEE; font-size: 15px; padding: 24px")

    # ----- content ---------------------------------------------------------------------
    def show_image(self, field_id: int, image: QImage) -> None:
        self.field_id = field_id
        self._pixmap.setPixmap(QPixmap.fromImage(image))
        self.scene().setSceneRect(QRectF(image.rect()))
        for item in self.items_by_id.values():
            self.scene().removeItem(item)
        self.items_by_id.clear()
        self.clear_pending()
        self.clear_heat()
        self.fit()

    def show_heat(self, explanation: OcclusionMap) -> None:
        """An occlusion map over the part of the field the classifier saw: hot = mattered."""
        heat = np.clip(explanation.heat * 255, 0, 255).astype(np.uint8)
        colours = cv2.cvtColor(cv2.applyColorMap(heat, cv2.COLORMAP_INFERNO), cv2.COLOR_BGR2RGB)
        rgba = np.dstack([colours, (heat.astype(np.float32) * 0.7).astype(np.uint8)])
        h, w = heat.shape
        image = QImage(rgba.tobytes(), w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()
        x1, y1, x2, y2 = explanation.region
        self.heat.setPixmap(QPixmap.fromImage(image))
        self.heat.setTransform(QTransform.fromScale((x2 - x1) / w, (y2 - y1) / h))
        self.heat.setPos(x1, y1)
        self.heat.setVisible(True)

    def clear_heat(self) -> None:
        self.heat.setVisible(False)

    def show_cells(
        self, cells: list[Cell], categories: CategoryMap, review: ReviewRule, show_labels: bool
    ) -> None:
        """Make the items match ``cells`` exactly (deleted cells are not shown)."""
        visible = {c.id: c for c in cells if c.state != CellState.DELETED.value}
        for cell_id in list(self.items_by_id):
            if cell_id not in visible:
                self.scene().removeItem(self.items_by_id.pop(cell_id))
        for cell in visible.values():
            item = self.items_by_id.get(cell.id)
            if item is None:
                item = self.items_by_id[cell.id] = CellItem(cell)
                self.scene().addItem(item)
            look = (cell, categories, review, show_labels)
            if item.shown != look:
                item.show_cell(cell, categories, review, show_labels)
                item.shown = look
            item.set_selected(cell.id in self._selected)

    def selected_ids(self) -> list[int]:
        return sorted(i for i in self._selected if i in self.items_by_id)

    def select(self, cell_ids: list[int], centre: bool = False) -> None:
        self._selected = set(cell_ids)
        for cell_id, item in self.items_by_id.items():
            item.set_selected(cell_id in self._selected)
            if centre and cell_id in self._selected:
                self.centerOn(item)
        self.selected.emit(sorted(self._selected))

    # ----- a cell being added ------------------------------------------------------------
    def show_pending(self, rect: QRectF) -> None:
        # Clipped to the image: a cell half outside the field is stored as its visible part.
        self._pending.setRect(rect.normalized().intersected(self.sceneRect()))
        self._pending.show()

    def pending_rect(self) -> QRectF | None:
        return self._pending.rect() if self._pending.isVisible() else None

    def clear_pending(self) -> None:
        self._pending.hide()

    # ----- zoom ------------------------------------------------------------------------
    def fit(self) -> None:
        self._fitted = True  # and refitted whenever the view's size changes
        if not self.sceneRect().isEmpty():
            self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def actual_size(self) -> None:
        self._fitted = False
        self.resetTransform()

    def zoom(self, factor: float) -> None:
        scale = self.transform().m11() * factor
        if 0.02 < scale < 40:
            self._fitted = False
            self.scale(factor, factor)

    def zoom_level(self) -> float | None:
        """The scale chosen by the technician; None while the field is fitted to the view."""
        return None if self._fitted else self.transform().m11()

    def set_zoom_level(self, scale: float) -> None:
        if 0.02 < scale < 40:
            self._fitted = False
            self.setTransform(QTransform.fromScale(scale, scale))

    def show_hint(self, text: str) -> None:
        """Text in place of the field (empty: none)."""
        self.empty_hint.setText(text)
        self.empty_hint.setVisible(bool(text))
        self.empty_hint.setGeometry(self.viewport().rect())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.empty_hint.setGeometry(self.viewport().rect())
        if self._fitted:
            self.fit()  # the divider moved or the window changed size: the field still fits

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.zoom(1.25 if event.angleDelta().y() > 0 else 0.8)

    # ----- mouse -----------------------------------------------------------------------
    def _cell_at(self, event: QMouseEvent) -> CellItem | None:
        """The white cell under the mouse; red cells and platelets lie under most missed white
        cells, so they never take the click (it adds a cell there instead)."""
        for item in self.items(event.position().toPoint()):
            owner = item.parentItem() if isinstance(item, CellLabel) else item
            if isinstance(owner, CellItem) and not owner.background:
                return owner
        return None

    def _corner_at(self, event: QMouseEvent) -> tuple[int, QPointF] | None:
        """A corner of the one selected cell's box under the mouse, and the opposite corner."""
        selected = self.selected_ids()
        if len(selected) != 1:
            return None
        rect = self.items_by_id[selected[0]].rect()
        corners = (rect.topLeft(), rect.topRight(), rect.bottomRight(), rect.bottomLeft())
        for index, corner in enumerate(corners):
            on_screen = self.mapFromScene(corner) - event.position().toPoint()
            if on_screen.manhattanLength() <= CORNER_GRAB:
                return selected[0], corners[(index + 2) % 4]
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and (corner := self._corner_at(event)):
            self._resizing = corner
            return
        if event.button() == Qt.MouseButton.MiddleButton:
            self._panning = event.position()
            return
        if event.button() == Qt.MouseButton.RightButton:
            item = self._cell_at(event)
            if item is not None and item.cell_id not in self._selected:
                self.cell_clicked.emit(item.cell_id, False)
            self.context_requested.emit(
                item.cell_id if item else -1, event.globalPosition().toPoint()
            )
            return
        if event.button() == Qt.MouseButton.LeftButton:
            point = self.mapToScene(event.position().toPoint())
            # Shift+click always adds a cell, even inside another cell's box.
            adding = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            item = None if adding else self._cell_at(event)
            if item is not None:
                extend = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
                self.cell_clicked.emit(item.cell_id, extend)
            elif self.sceneRect().contains(point):
                self._press = point
            else:
                self.outside_clicked.emit()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._resizing is not None:
            end = self.mapToScene(event.position().toPoint())
            self.show_pending(QRectF(self._resizing[1], end))
            return
        if not event.buttons():  # a corner that can be dragged shows it
            near = self._corner_at(event) is not None
            self.viewport().setCursor(
                Qt.CursorShape.SizeFDiagCursor if near else Qt.CursorShape.ArrowCursor
            )
        if self._panning is not None:
            delta = event.position() - self._panning
            self._panning = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            return
        if self._press is not None:
            self.show_pending(QRectF(self._press, self.mapToScene(event.position().toPoint())))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._resizing is not None:
            cell_id, stays = self._resizing
            self._resizing = None
            rect = QRectF(stays, self.mapToScene(event.position().toPoint())).normalized()
            self.clear_pending()
            if rect.width() >= 4 and rect.height() >= 4:
                self.box_resized.emit(cell_id, rect.intersected(self.sceneRect()))
            return
        if self._panning is not None:
            self._panning = None
            return
        if self._press is None:
            return
        end = self.mapToScene(event.position().toPoint())
        rect = QRectF(self._press, end).normalized()
        self._press = None
        if rect.width() >= 4 and rect.height() >= 4:
            self.box_drawn.emit(rect)
        else:
            self.empty_clicked.emit(end)

    def focusNextPrevChild(self, _next: bool) -> bool:
        return False  # Tab moves between cells, not out of the view

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.tab_pressed.emit(
                event.key() == Qt.Key.Key_Backtab
                or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            )
            return
        super().keyPressEvent(event)
