"""One cell drawn on the field: its box coloured by category, dashed when it needs review,
grey when not counted, dash-dot when a person added it; its label, and a halo when selected."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsSceneHoverEvent

from app.core.categories import NOT_COUNTED_COLOUR, CategoryKind, CategoryMap
from app.core.records import Cell, CellSource, CellState
from app.core.review import ReviewRule
from app.core.slide_checks import marked_for_review
from app.ui.cell_label import CellLabel

GREY = QColor(NOT_COUNTED_COLOUR)


class CellItem(QGraphicsRectItem):
    """One cell: coloured by category, dashed when it needs review, grey when not counted,
    a dash-dot outline when a person added it."""

    def __init__(self, cell: Cell) -> None:
        super().__init__()
        self.cell_id = cell.id
        self.shown: tuple[object, ...] = ()  # what the item last drew: redraw only on change
        # Made when first needed: hundreds of cells per field, most never labelled or selected.
        self.label: CellLabel | None = None
        self.halo: QGraphicsRectItem | None = None
        self.background = False  # a red cell or platelet: drawn, but never takes a click
        self.selected = False
        self.setAcceptHoverEvents(True)  # hovering shows the whole label

    def set_selected(self, selected: bool) -> None:
        """A white halo behind the box (not Qt's selection: no paint() override needed)."""
        if selected and self.halo is None:
            self.halo = QGraphicsRectItem(self.rect(), self)
            pen = QPen(QColor("#FFFFFF"), 6)
            pen.setCosmetic(True)
            self.halo.setPen(pen)
            self.halo.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent, True)
        if self.halo is not None:
            self.halo.setVisible(selected)
        self.selected = selected
        if self.label is not None:
            self.label.set_whole(selected)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        if self.label is not None:
            self.label.set_whole(True)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        if self.label is not None:
            self.label.set_whole(self.selected)
        super().hoverLeaveEvent(event)

    def show_cell(
        self, cell: Cell, categories: CategoryMap, review: ReviewRule, show_label: bool
    ) -> None:
        x1, y1, x2, y2 = cell.box
        self.setRect(QRectF(x1, y1, x2 - x1, y2 - y1))
        if self.halo is not None:
            self.halo.setRect(self.rect())
        category = categories.category_of(cell.label)
        counted = cell.state == CellState.COUNTED.value
        # RBC and platelets: thin, unlabelled, never "to review", so WBCs stand out.
        background = self.background = category.kind is CategoryKind.IGNORED
        self.setZValue(0 if background else 1)  # white cells and their labels over red cells
        colour = QColor(category.colour) if counted else GREY
        pen = QPen(colour, 1 if background else 2)
        pen.setCosmetic(True)  # the same width at every zoom
        needs_review = marked_for_review(cell, categories, review)
        if cell.source == CellSource.MANUAL.value:
            pen.setStyle(Qt.PenStyle.DashDotLine)
        elif needs_review:
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setWidth(3)
        self.setPen(pen)
        self.setBrush(
            QBrush(QColor(colour.red(), colour.green(), colour.blue(), 40))
            if needs_review
            else Qt.BrushStyle.NoBrush
        )
        text = category.name
        if not counted:
            text = f"{text} ({cell.reason or 'not counted'})"
        elif cell.source == CellSource.MANUAL.value:
            text = f"{text} (added)"
        elif cell.label == cell.model_label and cell.model_confidence is not None:
            text = f"{text} {cell.model_confidence:.2f}"
        if needs_review:
            # A sure final answer after an unsure earlier stage: say which stage was unsure.
            stage, confidence, _ = review.weakest(cell) or ("", 0.0, 0.0)
            last = cell.stage_path[-1][0] if cell.stage_path else ""
            text = f"? {text}" + (f" ({stage} {confidence:.2f})" if stage != last else "")
        visible = show_label and not background
        if visible and self.label is None:
            self.label = CellLabel(self)
            self.label.set_whole(self.selected)
        if self.label is not None:
            self.label.set_label(text, colour, x2 - x1)
            self.label.setPos(x1, y1)
            self.label.setVisible(visible)
        self.setToolTip(text)
