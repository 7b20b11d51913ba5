"""The strip of fields beside the field view: one item per stored field with its thumbnail and
its WBC count (or "analysing…"); a thumbnail is made once per image."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from app.core.categories import CategoryKind, CategoryMap
from app.core.records import AnalysisState, CellState
from app.core.slide_checks import field_reviewed
from app.core.store import SlideSession
from app.ui.field_view import load_image

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
        return {self.item(row).data(FIELD_ID) for row in range(self.count())}

    def select_field(self, field_id: int) -> None:
        for row in range(self.count()):
            if self.item(row).data(FIELD_ID) == field_id and self.currentRow() != row:
                self.setCurrentRow(row)

    def rebuild(self, current: int | None) -> None:
        """Items for the fields as stored; only new fields cost a thumbnail."""
        self.blockSignals(True)
        self.clear()
        for field in self.session.field_list():
            item = QListWidgetItem(self._thumb(field.id), self._text(field.id))
            item.setData(FIELD_ID, field.id)
            self.addItem(item)
            if field.id == current:
                self.setCurrentItem(item)
        self.blockSignals(False)

    def update_texts(self, field_ids: frozenset[int]) -> None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(FIELD_ID) in field_ids:
                item.setText(self._text(item.data(FIELD_ID)))

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
        wbc = sum(
            1
            for c in self.session.cells_in(field_id)
            if c.state == CellState.COUNTED.value
            and self.categories.category_of(c.label).kind is CategoryKind.DIFFERENTIAL
        )
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
