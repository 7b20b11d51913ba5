"""The first screen: unfinished and recent slides (resume where left), search, new slide."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.counting import counted_labels, wbc_total
from app.core.slide_setup import slide_categories
from app.core.store import SlideState, SlideStore, SlideSummary
from app.ui.station import in_use_text
from app.ui.table_model import Index, RowsModel
from app.ui.translations import QT_TRANSLATE_NOOP


class SlideTableModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("", "Sample / slide"),
        QT_TRANSLATE_NOOP("", "Patient"),
        QT_TRANSLATE_NOOP("", "State"),
        QT_TRANSLATE_NOOP("", "Fields"),
        QT_TRANSLATE_NOOP("", "WBC counted"),
        QT_TRANSLATE_NOOP("", "Target"),
        QT_TRANSLATE_NOOP("", "Last change"),
    )
    wbc: list[int]  # counted in each slide's own categories, filled with the rows
    in_use: dict[int, str]  # slide id -> "ana at scope-2 since 10:32" (a lab server's)

    def set_rows(self, rows: list[SlideSummary], in_use: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self.rows, self.in_use = rows, in_use or {}
        categories = slide_categories([s.slide for s in rows])
        self.wbc = [
            wbc_total(counted_labels(s.labels), c) for c, s in zip(categories, rows, strict=True)
        ]
        self.endResetModel()

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        summary = self.rows[index.row()]
        slide = summary.slide
        state = {
            SlideState.OPEN.value: self.tr("open"),
            SlideState.FINISHED.value: self.tr("finished"),
            SlideState.SIGNED.value: self.tr("signed"),
        }[slide.state]
        if slide.id in self.in_use:
            state = self.tr("{0} — in use: {1}").replace("{0}", state)
            state = state.replace("{1}", self.in_use[slide.id])
        return (
            slide.sample_id,
            slide.patient_id or "",
            state,
            str(summary.fields),
            str(self.wbc[index.row()]),
            str(slide.target),
            summary.last_change[:16].replace("T", " "),
        )[index.column()]


class StartView(QWidget):
    open_requested = Signal(int)
    new_requested = Signal()

    def __init__(self, store: SlideStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search sample or patient ID"))
        self.search.textChanged.connect(self.refresh)
        self.model = SlideTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(
            lambda index: self.open_requested.emit(self.model.rows[index.row()].slide.id)
        )
        new = QPushButton(self.tr("New slide…"))
        new.clicked.connect(self.new_requested)
        resume = QPushButton(self.tr("Open"))
        resume.clicked.connect(self._open_selected)
        self.unfinished = QLabel()
        self.unfinished.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(new)
        top.addWidget(resume)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.unfinished)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        rows = self.store.search(self.search.text())
        # Unfinished slides first, then the most recently changed.
        rows.sort(key=lambda s: (s.slide.state != SlideState.OPEN.value, _desc(s.last_change)))
        in_use = {i: in_use_text(h) for i, h in self.store.open_slides().items()}
        self.model.set_rows(rows, in_use)
        count = sum(1 for s in rows if s.slide.state == SlideState.OPEN.value)
        search = self.search.text().strip()
        if count:
            hint = self.tr("{0} unfinished slide(s): double-click to resume.")
        elif rows:
            hint = self.tr("Double-click a slide to open it, or start a New slide (Ctrl+N).")
        elif search:
            hint = self.tr("No slide's sample or patient ID contains “{1}”.")
        else:
            hint = self.tr(
                "No slides yet. Press New slide (Ctrl+N) and give the sample ID; then add the "
                "field images with File → Open images (Ctrl+O), Open folder, by dropping image "
                "files on the window, or from the Camera tab."
            )
        self.unfinished.setText(hint.replace("{0}", str(count)).replace("{1}", search))
        if rows:
            self.table.selectRow(0)

    def _open_selected(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if selected:
            self.open_requested.emit(self.model.rows[selected[0].row()].slide.id)


def _desc(text: str) -> tuple[int, ...]:
    return tuple(-ord(ch) for ch in text)
