"""The first screen: unfinished and recent slides (resume where left), search, new slide."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.counting import DEFAULT_RULES, CountRules, counted_labels, wbc_total
from app.core.errors import SmearCountError
from app.core.review_queue import awaiting_signature
from app.core.slide_setup import slide_categories
from app.core.store import SlideState, SlideStore, SlideSummary
from app.core.store.library import PAGE
from app.core.store.outbox_send import replacements
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
    notes: dict[int, str]  # slide id -> "ana at scope-2 since 10:32", a queue's flags

    def set_rows(self, rows: list[SlideSummary], notes: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self.rows, self.notes = rows, notes or {}
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
        if slide.id in self.notes:
            state = f"{state} — {self.notes[slide.id]}"
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
    """The slides, unfinished first; or, for whoever may sign, the slides awaiting a
    signature (``review_queue``)."""

    open_requested = Signal(int)
    new_requested = Signal()
    PAGE = PAGE  # slides per page (a test turns pages of a few)

    def __init__(
        self,
        store: SlideStore,
        parent: QWidget | None = None,
        rules: Callable[[], CountRules] = lambda: DEFAULT_RULES,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.rules = rules  # the flags of the review queue follow the lab's settings
        self.limit = self.PAGE
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search sample or patient ID"))
        self.search.textChanged.connect(self._search_changed)
        self.showing = QComboBox()
        self.showing.addItem(self.tr("All slides"), False)
        self.showing.addItem(self.tr("Awaiting signature"), True)
        self.showing.currentIndexChanged.connect(lambda _index: self.refresh())
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
        self.more = QPushButton(self.tr("More slides…"))
        self.more.clicked.connect(self._more)
        self.unfinished = QLabel()
        self.unfinished.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.showing)
        top.addWidget(new)
        top.addWidget(resume)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.unfinished)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.more)
        self.refresh()

    @property
    def queue_shown(self) -> bool:
        return bool(self.showing.currentData()) and not self.showing.isHidden()

    def refresh(self) -> None:
        person = self.store.person
        self.showing.setVisible(person is None or person.may("sign"))  # a technician signs nothing
        try:
            rows, notes, more = self._read(self.search.text())
        except SmearCountError as exc:  # a lab server away: the list stays as it was, and says why
            self.unfinished.setText(str(exc))
            return
        self.model.set_rows(rows, notes)
        self.more.setVisible(more)
        self.unfinished.setText(self._hint(rows))
        if rows:
            self.table.selectRow(0)

    def _read(self, text: str) -> tuple[list[SlideSummary], dict[int, str], bool]:
        """The rows to list, the note of each (in use, flags), and whether there are more."""
        in_use = self.tr("in use: {0}")
        held = self.store.open_slides().items()
        notes = {i: in_use.replace("{0}", in_use_text(h)) for i, h in held}
        if self.queue_shown:
            waiting = awaiting_signature(self.store, self.rules())
            rows = [w.summary for w in waiting if text.strip().lower() in _ids(w.summary)]
            for w in waiting:  # the flags the report would print, before any in-use note
                said = [*w.flags, notes.get(w.summary.slide.id, "")]
                notes[w.summary.slide.id] = "; ".join(filter(None, said))
            return rows, notes, False
        rows = self.store.search(text, page=(self.limit + 1, 0), open_first=True)
        replaced = self.tr("replaced by slide {0} (counted offline): kept for the record")
        by = replacements(self.store, [r.slide.id for r in rows[: self.limit]])
        notes |= {i: replaced.replace("{0}", str(new)) for i, new in by.items()}
        return rows[: self.limit], notes, len(rows) > self.limit

    def _hint(self, rows: list[SlideSummary]) -> str:
        search = self.search.text().strip()
        if self.queue_shown:
            hint = (
                self.tr("{0} slide(s) await a signature: flagged first, then the oldest.")
                if rows
                else self.tr("No finished slide awaits a signature.")
            )
            return hint.replace("{0}", str(len(rows)))
        count = self.store.count(search, SlideState.OPEN)
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
        return hint.replace("{0}", str(count)).replace("{1}", search)

    def _search_changed(self) -> None:
        self.limit = self.PAGE
        self.refresh()

    def _more(self) -> None:
        self.limit += self.PAGE
        self.refresh()

    def _open_selected(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if selected:
            self.open_requested.emit(self.model.rows[selected[0].row()].slide.id)


def _ids(summary: SlideSummary) -> str:
    """What the search box looks in, as the store's search does (case ignored)."""
    return f"{summary.slide.sample_id}\n{summary.slide.patient_id or ''}".lower()
