"""The strip of fields beside the field view: one item per stored field with its thumbnail and
its WBC count (or "analysing…"); a thumbnail is made once per image."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from app.core.categories import CategoryMap
from app.core.counting import wbc_total
from app.core.records import AnalysisState
from app.core.slide_checks import field_reviewed
from app.core.store import SlideSession
from app.ui.qt_images import load_image

THUMB = QSize(96, 72)
FIELD_ID = Qt.ItemDataRole.UserRole


class FieldStrip(QListWidget):
    field_chosen = Signal(int)

    def __init__(
        self, session: SlideSession, categories: CategoryMap, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.categories = session, categories
        self._thumbs: dict[str, QIcon] = {}  # by image SHA-256
        self._items: dict[int, QListWidgetItem] = {}  # by field id, in strip order
        self.setIconSize(THUMB)
        # Text under the thumbnail, wrapped: never cut, no sideways scrolling.
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.TopToBottom)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setWordWrap(True)
        self.setGridSize(QSize(THUMB.width() + 30, THUMB.height() + 44))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedWidth(THUMB.width() + 52)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.currentItemChanged.connect(self._current_changed)

    def field_ids(self) -> set[int]:
        return set(self._items)

    def select_field(self, field_id: int) -> None:
        item = self._items.get(field_id)
        if item is not None and self.currentItem() is not item:
            self.setCurrentItem(item)

    def rebuild(self, current: int | None) -> None:
        """Items for the fields as stored. Fields added at the end (a folder being opened, a
        capture) only add their items: rebuilding all of them for each new field made opening
        5,000 images slower with every field."""
        fields = self.session.field_list()
        shown = list(self._items)
        self.blockSignals(True)
        if shown != [f.id for f in fields[: len(shown)]]:  # removed or reordered: start over
            self.clear()
            self._items = {}
            shown = []
        for field in fields[len(shown) :]:
            item = QListWidgetItem(self._thumb(field.id), self._text(field.id))
            item.setData(FIELD_ID, field.id)
            self.addItem(item)
            self._items[field.id] = item
        if current in self._items:
            self.setCurrentItem(self._items[current])
        self.blockSignals(False)

    def update_texts(self, field_ids: frozenset[int]) -> None:
        for field_id in field_ids:
            item = self._items.get(field_id)
            if item is not None:
                item.setText(self._text(field_id))

    def add_thumbnail(self, sha256: str, image: QImage) -> None:
        """From pixels already decoded (by the worker), so the file is not read again."""
        self._thumbs[sha256] = QIcon(
            QPixmap.fromImage(
                image.scaled(
                    THUMB,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        )

    def _text(self, field_id: int) -> str:
        field = self.session.fields[field_id]
        wbc = wbc_total(self.session.cells_in(field_id), self.categories)
        state = {
            AnalysisState.PENDING.value: self.tr("analysing…"),
            AnalysisState.FAILED.value: self.tr("analysis failed"),
        }.get(field.analysis_state)
        text = f"{field.position}. " + (state or self.tr("{0} WBC").replace("{0}", str(wbc)))
        if field_reviewed(self.session.cells_in(field_id), self.categories):
            text += "\n" + self.tr("✓ reviewed")
        return text

    def _thumb(self, field_id: int) -> QIcon:
        field = self.session.fields[field_id]
        icon = self._thumbs.get(field.image_sha256)
        if icon is None:
            path = str(self.session.image_path(field))
            icon = self._thumbs[field.image_sha256] = QIcon(
                QPixmap.fromImage(load_image(path, THUMB))
            )
        return icon

    def _current_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.field_chosen.emit(int(item.data(FIELD_ID)))
