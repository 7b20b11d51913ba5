"""All cells of the slide as thumbnails grouped by category.

The gallery has one selection across all its rows, as a file manager has: a plain click
replaces it, Ctrl/Shift+click extend it. A class key, or dragging the selection onto another
row, reclassifies exactly the cells shown selected; double-click a thumbnail to see the cell in
its field."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QByteArray, QMimeData, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QImage,
    QMouseEvent,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
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
#: The dragged cells travel as their ids, so any row can take them.
CELLS_MIME = "application/x-smearcount-cells"
EXTEND = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def cell_ids_of(mime: QMimeData) -> list[int]:
    raw = bytes(mime.data(CELLS_MIME).data()).decode("ascii")
    return [int(part) for part in raw.split(",") if part.isdigit()]


class CategoryList(QListWidget):
    """The thumbnails of one category; a drop of cells asks to relabel them to this one."""

    dropped = Signal(list, str)  # cell ids, category key
    plain_press = Signal(object)  # this list: a click that replaces the gallery's selection

    def __init__(self, key: str, dragged_ids: Callable[[], list[int]]) -> None:
        super().__init__()
        self.key = key
        self._dragged_ids = dragged_ids  # the whole gallery's selection, not only this row's
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWrapping(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Static first: setMovement(Static) also switches dragging and dropping off.
        self.setMovement(QListView.Movement.Static)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.viewport().setAcceptDrops(True)  # drops arrive on the viewport, not the list
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def selected_ids(self) -> list[int]:
        return [int(item.data(CELL_ID)) for item in self.selectedItems()]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        plain = not event.modifiers() & EXTEND
        # A press on a selected cell may start dragging the whole selection: keep it then.
        if (
            plain
            and event.button() == Qt.MouseButton.LeftButton
            and not (item and item.isSelected())
        ):
            self.plain_press.emit(self)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        if not event.modifiers() & EXTEND and item is not None and item.isSelected():
            self.plain_press.emit(self)  # a click, not a drag, on a selected cell
        super().mouseReleaseEvent(event)

    def mimeTypes(self) -> list[str]:
        return [CELLS_MIME]

    def mimeData(self, _items: Sequence[QListWidgetItem]) -> QMimeData:
        mime = QMimeData()
        ids = ",".join(str(i) for i in self._dragged_ids())
        mime.setData(CELLS_MIME, QByteArray(ids.encode("ascii")))
        return mime

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(CELLS_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)  # type: ignore[arg-type]

    def dropEvent(self, event: QDropEvent) -> None:
        # The store changes, then the gallery is rebuilt from it: no item is moved by hand.
        ids = cell_ids_of(event.mimeData())
        if ids:
            self.dropped.emit(ids, self.key)
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


class Gallery(QWidget):
    relabel_requested = Signal(list, str)  # cell ids, category key
    jump_requested = Signal(int)  # cell id
    selection_changed = Signal(int)  # how many cells are selected

    def __init__(self, image_of: Callable[[int], QImage], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image_of = image_of  # field id -> its image (cached by the caller)
        self.summary = QLabel()
        self.rows_area = QScrollArea()
        self.rows_area.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.rows_area, 1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # keys still work in an empty gallery
        self.lists: dict[str, CategoryList] = {}
        self._thumbs: dict[tuple[int, tuple[float, ...]], QIcon] = {}
        self._show_summary()

    def rebuild(self, cells: list[Cell], categories: CategoryMap) -> None:
        """Rows from the store; the selection and the keyboard focus stay where they were."""
        keep = set(self.selected_ids())
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.isAncestorOf(focus)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.lists = {}
        groups: dict[str, list[Cell]] = {c.key: [] for c in categories.categories}
        for cell in cells:
            if cell.state == CellState.COUNTED.value:
                groups[categories.category_of(cell.label).key].append(cell)
        focus_to: CategoryList | None = None
        for category in categories.categories:
            if category.kind is CategoryKind.IGNORED:
                continue  # hundreds of RBC per field are not what a reviewer pages through
            members = groups[category.key]
            header = QLabel(f"<b>{category.name}</b> ({len(members)})")
            header.setStyleSheet(f"border-left: 6px solid {category.colour}; padding-left: 4px")
            view = CategoryList(category.key, self.selected_ids)
            view.dropped.connect(self.relabel_requested)
            view.plain_press.connect(self._replace_selection)
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
                tip = self.tr("cell {0}, field {1}").replace("{0}", str(cell.id))
                item.setToolTip(tip.replace("{1}", str(cell.field_id)))
                view.addItem(item)
                if cell.id in keep:
                    item.setSelected(True)
                    focus_to = focus_to or view
            view.itemSelectionChanged.connect(self._show_summary)
            layout.addWidget(header)
            layout.addWidget(view)
            self.lists[category.key] = view
        layout.addStretch(1)
        self.rows_area.setWidget(body)
        width = self.rows_area.viewport().width() - 24
        for view in self.lists.values():
            view.fit_height(width)
        if had_focus:
            # The focused row was replaced: without this the class keys and Ctrl+Z go dead.
            target = focus_to or next(iter(self.lists.values()), None)
            (target or self).setFocus()
        self._show_summary()

    def selected_ids(self) -> list[int]:
        return [i for view in self.lists.values() for i in view.selected_ids()]

    def _replace_selection(self, keep: CategoryList) -> None:
        for view in self.lists.values():
            if view is not keep:
                view.clearSelection()

    def _show_summary(self) -> None:
        count = len(self.selected_ids())
        if count:
            text = self.tr("{0} selected: press a class key or drag them onto a row.")
        elif any(view.count() for view in self.lists.values()):
            text = self.tr(
                "Click a cell to select it (Ctrl/Shift+click for more); double-click to see it "
                "in its field."
            )
        else:
            text = self.tr("No white cells yet: they appear here once fields are analysed.")
        self.summary.setText(text.replace("{0}", str(count)))
        self.selection_changed.emit(count)

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
