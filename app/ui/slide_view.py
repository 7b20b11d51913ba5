"""The counting screen of one slide: field strip, field view or gallery, count panel, keypad.

It only asks the session to change things and redraws when the session says something changed;
it keeps no copy of the cells.
"""

from __future__ import annotations

from functools import partial

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QPoint, QPointF, QRectF, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMenu, QSplitter, QTabWidget, QVBoxLayout, QWidget

from app.core.navigation import reading_order, step, typical_side
from app.core.records import Cell
from app.core.settings import Settings
from app.core.slide_checks import cells_to_review
from app.core.slide_setup import SlideSetup
from app.core.store import SessionChange, SlideSession
from app.core.store.inputs import FieldImage
from app.core.view_state import SlidePlace
from app.ui.actions import counting_actions
from app.ui.analysis import Analyzer
from app.ui.camera import CameraPanel
from app.ui.cell_words import describe_selection
from app.ui.corrections import Corrections, run_command
from app.ui.count_panel import CountPanel
from app.ui.explain import Explainer
from app.ui.field_strip import FieldStrip
from app.ui.field_view import FieldView
from app.ui.gallery import Gallery
from app.ui.history import ChangeRecorder
from app.ui.image_cache import RecentlyUsed
from app.ui.intake import FieldIntake
from app.ui.keypad import Keypad
from app.ui.qt_images import load_image, to_qimage
from app.ui.slide_menus import confirm_remove_field, context_menu


class SlideView(QWidget):
    status = Signal(str)
    changed = Signal()  # after every session change (menus re-check undo/redo)
    place_changed = Signal()  # another field shown, or the target alert given

    def __init__(
        self,
        session: SlideSession,
        settings: Settings,
        analyzer: Analyzer,
        setup: SlideSetup,
        place: SlidePlace | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.settings, self.analyzer = session, settings, analyzer
        self.setup = setup
        categories = self.categories = setup.categories
        self.review, self.keymap, self.ranges = setup.review, setup.keymap, setup.ranges
        # Keyed by image SHA-256, so images the worker decoded are not decoded again here.
        self._images: RecentlyUsed[str, QImage] = RecentlyUsed()
        self._gallery_dirty = True
        self._dirty_fields: set[int] = set()
        self._redraw_queued = False
        self._field_index = 0  # the shown field's place in the strip

        self.strip = FieldStrip(session, categories)
        self.strip.field_chosen.connect(self.show_field)
        self.view = FieldView()
        self.gallery = Gallery(self.image_of)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.view, self.tr("Field"))
        self.tabs.addTab(self.gallery, self.tr("Gallery"))
        # The live count shows the total the count panel shows.
        self.camera = CameraPanel(
            session, analyzer, lambda: self.counts.result.total if self.counts.result else 0
        )
        self.camera.captured.connect(self.import_frame)
        self.tabs.addTab(self.camera, self.tr("Camera"))
        self.tabs.currentChanged.connect(self._tab_changed)
        place = place or SlidePlace()
        self.counts = CountPanel(alerted=place.target_alerted)
        self.counts.target_reached.connect(self._target_reached)
        self.keypad = Keypad(categories, self.keymap)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.counts, 1)
        right_layout.addWidget(self.keypad)
        splitter = QSplitter()
        for widget in (self.strip, self.tabs, right):
            splitter.addWidget(widget)
        # The field view takes what the strip and a compact count panel leave.
        for index, stretch in enumerate((0, 1, 0)):
            splitter.setStretchFactor(index, stretch)
        splitter.setSizes([150, 1000, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.view.cell_clicked.connect(self._cell_clicked)
        self.view.empty_clicked.connect(self._empty_clicked)
        self.view.outside_clicked.connect(
            lambda: self.status.emit(self.tr("That is outside the image: click on the cell."))
        )
        self.view.box_drawn.connect(self._box_drawn)
        self.view.box_resized.connect(
            lambda i, r: run_command(partial(self.session.resize_cell, i, r.getCoords()))
        )
        self.view.tab_pressed.connect(self.select_next_cell)
        self.view.context_requested.connect(self._context_menu)
        self.view.selected.connect(self._describe_selection)
        self.gallery.relabel_requested.connect(
            lambda ids, key: run_command(lambda: self.session.relabel(ids, key))
        )
        self.gallery.jump_requested.connect(self.jump_to_cell)
        self.intake = FieldIntake(session, analyzer, run_command)
        self.explainer = Explainer(analyzer.loader)
        self.explainer.status.connect(self.status)
        self.intake.status.connect(self.status)
        self.intake.image_read.connect(self._image_read)
        self.intake.field_added.connect(self._field_added)

        self.changes = ChangeRecorder()
        self.corrections = Corrections(self)
        self.actions_by_name = counting_actions(self)
        session.subscribe(self.changes)
        session.subscribe(self._session_changed)
        self.strip.rebuild(None)
        self._refresh_counts()
        self._resume(place)
        self._show_empty_hint()
        self.intake.resume_pending()

    # ----- reading -------------------------------------------------------------------------
    def current_field_id(self) -> int | None:
        return self.view.field_id

    def image_of(self, field_id: int) -> QImage:
        field = self.session.fields[field_id]
        image = self._images.get(field.image_sha256)
        if image is None:
            image = self._images[field.image_sha256] = load_image(
                str(self.session.image_path(field))
            )
        return image

    def ordered_cells(self, field_id: int) -> list[Cell]:
        """The field's white cells in the order Tab visits them."""
        return reading_order(self.session.cells_in(field_id), self.categories)

    def place(self) -> SlidePlace:
        """Where the technician is, to come back to exactly there."""
        selected = self.view.selected_ids()
        return SlidePlace(
            self.view.field_id,
            selected[0] if len(selected) == 1 else None,
            self.view.zoom_level(),
            self.counts.alerted,
        )

    def _resume(self, place: SlidePlace) -> None:
        fields = [f.id for f in self.session.field_list()]
        if fields:
            self.show_field(place.field_id if place.field_id in fields else fields[0])
        if place.zoom is not None:
            self.view.set_zoom_level(place.zoom)
        cell = self.session.cells.get(place.cell_id or -1)
        if cell is not None and cell.field_id == self.view.field_id:
            self.view.select([cell.id], centre=True)

    # ----- showing -------------------------------------------------------------------------
    def _show_empty_hint(self) -> None:
        self.view.show_hint(
            ""
            if self.session.fields
            else self.tr(
                "No fields yet.\n\nAdd this slide's field images with File → Open images "
                "(Ctrl+O) or Open folder, drop image files here, or capture them in the Camera "
                "tab."
            )
        )

    def show_field(self, field_id: int) -> None:
        if field_id not in self.session.fields:
            return
        if self.view.field_id != field_id:
            self.view.show_image(field_id, self.image_of(field_id))
        self._field_index = [f.id for f in self.session.field_list()].index(field_id)
        self.refresh_overlay()
        self.strip.select_field(field_id)
        self.place_changed.emit()

    def refresh_overlay(self) -> None:
        field_id = self.view.field_id
        if field_id is None:
            return
        self.view.show_cells(
            self.session.cells_in(field_id),
            self.categories,
            self.review,
            self.actions_by_name["labels"].isChecked(),
        )

    def _refresh_counts(self) -> None:
        result = self.session.differential(self.categories, self.ranges, self.setup.rules)
        self.counts.show_result(result, self.keymap)

    def _session_changed(self, change: SessionChange) -> None:
        """A person's command redraws at once; results from the worker are written at once but
        redrawn together a moment later, so a burst of them never freezes the window."""
        self._dirty_fields |= change.field_ids
        if not self.intake.applying:
            self._redraw()
        elif not self._redraw_queued:
            self._redraw_queued = True
            QTimer.singleShot(0, self._redraw)

    def _redraw(self) -> None:
        changed = frozenset(self._dirty_fields)
        self._dirty_fields = set()
        self._redraw_queued = False
        if set(self.session.fields) != self.strip.field_ids():
            self.strip.rebuild(self.view.field_id)
            self._show_empty_hint()
            if self.view.field_id not in self.session.fields:
                fields = self.session.field_list()
                if fields:  # the shown field was removed: its neighbour takes its place
                    self.show_field(fields[min(self._field_index, len(fields) - 1)].id)
                else:
                    self.view.show_image(-1, QImage())
                    self.view.field_id = None
        else:
            self.strip.update_texts(changed)
        if self.view.field_id in changed:
            self.refresh_overlay()
        self._refresh_counts()
        self._gallery_dirty = True
        if self.tabs.currentWidget() is self.gallery:
            self._rebuild_gallery()
        self.changed.emit()

    def _rebuild_gallery(self) -> None:
        self.gallery.rebuild(list(self.session.cells.values()), self.categories)
        self._gallery_dirty = False

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.gallery and self._gallery_dirty:
            self._rebuild_gallery()

    def toggle_keypad(self) -> None:
        # The count table's Key column still shows every key.
        self.keypad.setVisible(self.actions_by_name["keypad"].isChecked())

    # ----- commands (corrections.py) ---------------------------------------------------------
    @property
    def busy(self) -> bool:
        """Worker results are still waiting to be applied or drawn."""
        return self.intake.busy or self._redraw_queued

    def capture_key(self) -> None:
        if self.tabs.currentWidget() is self.camera:
            self.camera.capture()

    def cancel_pending(self) -> None:
        self.view.clear_pending()
        self.view.clear_heat()
        self.explainer.cancel()
        self.view.select([])

    def explain_selected(self) -> None:
        self.explainer.explain_selected(self.session, self.view)

    # ----- selection and navigation ----------------------------------------------------------
    def _cell_clicked(self, cell_id: int, extend: bool) -> None:
        self.view.clear_pending()
        ids = set(self.view.selected_ids())
        if extend:
            ids ^= {cell_id}
        else:
            ids = {cell_id}
        self.view.select(sorted(ids))

    def _describe_selection(self, ids: list[int]) -> None:
        words = describe_selection([self.session.cells[i] for i in ids], self.categories)
        if words is not None:
            self.status.emit(words)

    def _empty_clicked(self, point: QPointF) -> None:
        half = typical_side(self.session.cells_in(self.view.field_id or -1), self.categories) / 2
        self._box_drawn(QRectF(point.x() - half, point.y() - half, 2 * half, 2 * half))

    def _box_drawn(self, rect: QRectF) -> None:
        self.view.select([])
        self.view.show_pending(rect)
        self.status.emit(self.tr("New cell: press its class key (Esc cancels)."))

    def select_next_cell(self, backwards: bool) -> None:
        field_id = self.view.field_id
        if field_id is not None:
            ids = [c.id for c in self.ordered_cells(field_id)]
            chosen = step(ids, self.view.selected_ids(), backwards)
            if chosen is not None:
                self.view.select([chosen], centre=False)

    def step_field(self, step: int) -> None:
        fields = [f.id for f in self.session.field_list()]
        if not fields:
            return
        current = self.view.field_id
        index = fields.index(current) + step if current in fields else 0
        self.show_field(fields[max(0, min(len(fields) - 1, index))])

    def jump_to_cell(self, cell_id: int) -> None:
        cell = self.session.cells.get(cell_id)
        if cell is None:
            return
        self.tabs.setCurrentWidget(self.view)
        self.show_field(cell.field_id)
        self.view.select([cell_id], centre=True)
        self.view.setFocus()

    def cells_to_review(self) -> list[Cell]:
        return cells_to_review(self.session.cells.values(), self.categories, self.review)

    def next_to_review(self) -> None:
        queue = self.cells_to_review()
        if queue:
            self.jump_to_cell(queue[0].id)
        else:
            self.status.emit(self.tr("Every cell has been reviewed."))

    def _context_menu(self, cell_id: int, where: QPoint) -> None:
        menu = self.build_context_menu(cell_id)
        menu.exec(where)

    def build_context_menu(self, cell_id: int) -> QMenu:
        return context_menu(self, cell_id)

    # ----- fields and analysis -----------------------------------------------------------
    def import_frame(self, frame: NDArray[np.uint8], name: str) -> None:
        self.intake.import_frame(frame, name)

    def reanalyse_current(self) -> None:
        if self.view.field_id is not None:
            self.intake.reanalyse(self.view.field_id)

    def remove_current_field(self) -> None:
        field_id = self.view.field_id
        if field_id is not None and confirm_remove_field(self, field_id, self._field_index + 1):
            run_command(lambda: self.session.remove_field(field_id))

    def _image_read(self, image: FieldImage) -> None:
        # The worker already decoded the image: reuse its pixels instead of decoding again.
        full = to_qimage(image.pixels)
        self._images[image.sha256] = full
        self.strip.add_thumbnail(image.sha256, full)
        self.camera.field_read(image)

    def _field_added(self, field_id: int) -> None:
        if self.view.field_id is None:
            self.show_field(field_id)

    def _target_reached(self, target: int) -> None:
        if self.settings.target_sound:
            QApplication.beep()
        self.status.emit(self.tr("Target of {0} cells reached.").replace("{0}", str(target)))
        self.place_changed.emit()  # remembered with the slide: not again at the next opening

    def close_session(self) -> str:
        """Stop this slide's jobs; what its import had read is stored first. Returns what a
        person should know about work cut short ("" when nothing was)."""
        self.explainer.shutdown()
        self.camera.stop()
        said = self.intake.stop()
        self.session.unsubscribe(self._session_changed)
        self.session.unsubscribe(self.changes)
        return said
