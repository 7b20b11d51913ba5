"""All cells of the slide as thumbnails grouped by category.

Select several and press a class key, or drag them onto another category, to reclassify them;
double-click a thumbnail to see the cell in its field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.categories import CategoryKind, CategoryMap
from app.core.records import Cell, CellState

THUMB = 72
CELL_ID = Qt.ItemDataRole.UserRole


class CategoryList(QListWidget):
    """The thumbnails of one category; a drop from another list asks to relabel those cells."""

    dropped = Signal(list, str)  # cell ids, category key

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWrapping(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMovement(QListView.Movement.Static)

    def selected_ids(self) -> list[int]:
        return [int(item.data(CELL_ID)) for item in self.selectedItems()]

    def accept_cells_from(self, source: object) -> bool:
        if isinstance(source, CategoryList) and source is not self and source.selected_ids():
            self.dropped.emit(source.selected_ids(), self.key)
            return True
        return False

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        event.acceptProposedAction() if isinstance(event.source(), CategoryList) else event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        event.acceptProposedAction() if event.source() is not self else event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        # The store changes, then the gallery is rebuilt from it: no item is moved by hand.
        if self.accept_cells_from(event.source()):
            event.setDropAction(Qt.DropAction.IgnoreAction)
            event.accept()
        else:
            event.ignore()

    def fit_height(self, width: int) -> None:
        if not self.count():
            self.setFixedHeight(28)  # still a place to drop cells onto
            return
        rows = -(-self.count() // max(1, width // (THUMB + 16)))
        self.setFixedHeight(rows * (THUMB + 30) + 8)


class Gallery(QScrollArea):
    relabel_requested = Signal(list, str)  # cell ids, category key
    jump_requested = Signal(int)  # cell id

    def __init__(self, image_of: Callable[[int], QImage], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image_of = image_of  # field id -> its image (cached by the caller)
        self.setWidgetResizable(True)
        self.lists: dict[str, CategoryList] = {}
        self._thumbs: dict[tuple[int, tuple[float, ...]], QIcon] = {}

    def rebuild(self, cells: list[Cell], categories: CategoryMap) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        self.lists = {}
        groups: dict[str, list[Cell]] = {c.key: [] for c in categories.categories}
        for cell in cells:
            if cell.state == CellState.COUNTED.value:
                groups[categories.category_of(cell.label).key].append(cell)
        for category in categories.categories:
            if category.kind is CategoryKind.IGNORED:
                continue  # hundreds of RBC per field are not what a reviewer pages through
            members = groups[category.key]
            header = QLabel(f"<b>{category.name}</b> ({len(members)})")
            header.setStyleSheet(f"border-left: 6px solid {category.colour}; padding-left: 4px")
            view = CategoryList(category.key)
            view.dropped.connect(self.relabel_requested)
            view.itemDoubleClicked.connect(
                lambda item: self.jump_requested.emit(int(item.data(CELL_ID)))
            )
            for cell in sorted(members, key=lambda c: (c.model_confidence or 1.0, c.id)):
                item = QListWidgetItem(
                    self._thumb(cell),
                    f"{cell.model_confidence:.2f}"
                    if cell.model_confidence is not None and cell.label == cell.model_label
                    else "",
                )
                item.setData(CELL_ID, cell.id)
                item.setToolTip(f"cell {cell.id}, field {cell.field_id}")
                view.addItem(item)
            layout.addWidget(header)
            layout.addWidget(view)
            self.lists[category.key] = view
        layout.addStretch(1)
        self.setWidget(body)
        width = self.viewport().width() - 24
        for view in self.lists.values():
            view.fit_height(width)

    def selected_ids(self) -> list[int]:
        return [i for view in self.lists.values() for i in view.selected_ids()]

    def _thumb(self, cell: Cell) -> QIcon:
        key = (cell.field_id, cell.box)
        icon = self._thumbs.get(key)
        if icon is None:
            x1, y1, x2, y2 = cell.box
            side = max(x2 - x1, y2 - y1) * 1.3
            cx, cy = (x1 + x2) / 2, (y1 + y2) / 2
            image = self._image_of(cell.field_id)
            rect = QRect(int(cx - side / 2), int(cy - side / 2), int(side), int(side))
            crop = image.copy(rect.intersected(image.rect()))  # no black beyond the edge
            icon = self._thumbs[key] = QIcon(
                QPixmap.fromImage(
                    crop.scaled(
                        THUMB,
                        THUMB,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            )
        return icon
