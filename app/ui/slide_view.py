"""The counting screen of one slide: field strip, field view or gallery, count panel, keypad.

It only asks the session to change things and redraws when the session says something changed;
it keeps no copy of the cells.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QImage, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.categories import CategoryKind, CategoryMap, load_range_table
from app.core.errors import SmearCountError
from app.core.explain import OcclusionMap
from app.core.records import (
    Cell,
    CellState,
    NotCountedReason,
)
from app.core.review import ReviewRule
from app.core.settings import Settings
from app.core.slide_checks import cells_to_review
from app.core.store import SessionChange, SlideSession
from app.core.store.inputs import FieldImage
from app.core.view_state import SlidePlace
from app.ui.analysis import Analyzer
from app.ui.camera import CameraPanel
from app.ui.cell_words import describe_selection
from app.ui.count_panel import CountPanel
from app.ui.errors import reporter
from app.ui.explain import Explainer
from app.ui.field_strip import FieldStrip
from app.ui.field_view import FieldView, load_image, to_qimage
from app.ui.gallery import Gallery
from app.ui.history import ChangeRecorder, describe, show_change
from app.ui.image_cache import RecentlyUsed
from app.ui.intake import FieldIntake
from app.ui.keypad import Keypad
from app.ui.slide_menus import confirm_remove_field, context_menu

DEFAULT_CELL_SIDE = 60.0


class SlideView(QWidget):
    status = Signal(str)
    changed = Signal()  # after every session change (menus re-check undo/redo)
    place_changed = Signal()  # another field shown, or the target alert given

    def __init__(
        self,
        session: SlideSession,
        settings: Settings,
        analyzer: Analyzer,
        categories: CategoryMap,
        review: ReviewRule,
        place: SlidePlace | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.settings, self.analyzer = session, settings, analyzer
        self.categories, self.review = categories, review
        # A profile with its own categories brings its own keys; else the technician's keymap.
        self.keymap = categories.shortcuts or settings.keymap
        # Keyed by image SHA-256, so images the worker decoded are not decoded again here.
        self._images: RecentlyUsed[str, QImage] = RecentlyUsed()
        self.ranges = load_range_table()
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
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
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
            lambda i, r: self._do(partial(self.session.resize_cell, i, r.getCoords()))
        )
        self.view.tab_pressed.connect(self.select_next_cell)
        self.view.context_requested.connect(self._context_menu)
        self.view.selected.connect(self._describe_selection)
        self.gallery.relabel_requested.connect(
            lambda ids, key: self._do(lambda: self.session.relabel(ids, key))
        )
        self.gallery.jump_requested.connect(self.jump_to_cell)
        self.intake = FieldIntake(session, analyzer, self._do)
        self.explainer = Explainer(analyzer.loader)
        self.explainer.ready.connect(self._explained)
        self.explainer.failed.connect(self.status)
        self.intake.status.connect(self.status)
        self.intake.image_read.connect(self._image_read)
        self.intake.field_added.connect(self._field_added)

        self.actions_by_name: dict[str, QAction] = {}
        self._make_actions()
        self.changes = ChangeRecorder()
        session.subscribe(self.changes)
        session.subscribe(self._session_changed)
        self.strip.rebuild(None)
        self._refresh_counts()
        self._resume(place)
        self._show_empty_hint()
        self.intake.resume_pending()

    # ----- actions and keys ----------------------------------------------------------------
    def _action(
        self,
        name: str,
        text: str,
        slot: Callable[[], object],
        keys: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        self.actions_by_name[name] = action
        return action

    def _make_actions(self) -> None:
        self._action("undo", self.tr("Undo"), self.undo, QKeySequence.StandardKey.Undo)
        self._action("redo", self.tr("Redo"), self.redo, "Ctrl+Shift+Z")
        self._action(
            "delete",
            self.tr("Delete false detection"),
            self.delete_selected,
            QKeySequence.StandardKey.Delete,
        )
        for reason, keys in (
            (NotCountedReason.SMUDGE, "N"),
            (NotCountedReason.ARTEFACT, "Shift+N"),
            (NotCountedReason.BROKEN, "Alt+N"),
        ):
            self._action(
                f"not_counted_{reason.value}",
                self.tr("Not counted: {0}").replace("{0}", reason.value),
                partial(self.mark_selected, reason),
                keys,
            )
        self._action("count_again", self.tr("Count again"), self.count_selected_again)
        self._action(
            "accept", self.tr("Accept and go to next to review"), self.accept_and_next, "Return"
        )
        self._action("next_review", self.tr("Next cell to review"), self.next_to_review, "R")
        self._action("next_field", self.tr("Next field"), lambda: self.step_field(1), "PgDown")
        self._action("prev_field", self.tr("Previous field"), lambda: self.step_field(-1), "PgUp")
        self._action("zoom_in", self.tr("Zoom in"), lambda: self.view.zoom(1.25), "Ctrl++")
        self._action("zoom_out", self.tr("Zoom out"), lambda: self.view.zoom(0.8), "Ctrl+-")
        self._action("fit", self.tr("Fit"), self.view.fit, "Ctrl+0")
        self._action("actual", self.tr("1:1"), self.view.actual_size, "Ctrl+1")
        self._action("reanalyse", self.tr("Re-analyse field"), self.reanalyse_current, "Ctrl+R")
        self._action("remove_field", self.tr("Remove field"), self.remove_current_field)
        self._action("cancel", self.tr("Cancel"), self.cancel_pending, "Escape")
        self._action(
            "explain", self.tr("Explain: what the classifier looked at"), self.explain_selected, "E"
        )
        self._action("capture", self.tr("Capture field"), self._capture_key, "Space")
        labels = self._action("labels", self.tr("Show labels"), self._toggle_labels, "L")
        labels.setCheckable(True)
        labels.setChecked(self.settings.show_labels)
        keypad = self._action("keypad", self.tr("Show keypad"), self._toggle_keypad, "K")
        keypad.setCheckable(True)
        keypad.setChecked(True)
        for category in self.categories.categories:
            if category.key in self.keymap:
                self._action(
                    f"class_{category.key}",
                    category.name,
                    partial(self.apply_category, category.key),
                    self.keymap[category.key],
                )

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

    def _counts_toward_report(self, cell: Cell) -> bool:
        """WBC-type cells; RBC and platelets are shown but not stepped through or reviewed."""
        return self.categories.category_of(cell.label).kind is not CategoryKind.IGNORED

    def _ordered_cells(self, field_id: int) -> list[Cell]:
        return sorted(
            (
                c
                for c in self.session.cells_in(field_id)
                if c.state != CellState.DELETED.value and self._counts_toward_report(c)
            ),
            key=lambda c: (c.y1, c.x1, c.id),
        )

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
        self._refresh_overlay()
        self.strip.select_field(field_id)
        self.place_changed.emit()

    def _refresh_overlay(self) -> None:
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
        result = self.session.differential(
            self.categories, self.ranges, self.settings.count_rules()
        )
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
            self._refresh_overlay()
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

    def _toggle_labels(self) -> None:
        self._refresh_overlay()

    def _toggle_keypad(self) -> None:
        # The count table's Key column still shows every key.
        self.keypad.setVisible(self.actions_by_name["keypad"].isChecked())

    # ----- commands ------------------------------------------------------------------------
    def _do(self, command: Callable[[], object]) -> object:
        """Run a store command; a refusal (signed slide, full disk, …) is shown, never raised."""
        try:
            return command()
        except SmearCountError as exc:
            reporter().report_exception(exc, "command")
        return None

    @property
    def busy(self) -> bool:
        """Worker results are still waiting to be applied or drawn."""
        return self.intake.busy or self._redraw_queued

    def selected_ids(self) -> list[int]:
        if self.tabs.currentWidget() is self.gallery:
            return self.gallery.selected_ids()
        return self.view.selected_ids()

    def apply_category(self, key: str) -> None:
        pending = self.view.pending_rect()
        field_id = self.view.field_id
        if pending is not None and field_id is not None and self.tabs.currentWidget() is self.view:
            box = (pending.left(), pending.top(), pending.right(), pending.bottom())
            cell = self._do(lambda: self.session.add_cell(field_id, box, key))
            self.view.clear_pending()
            if isinstance(cell, Cell):
                self.view.select([cell.id])
            return
        ids = self.selected_ids()
        if not ids:
            self.status.emit(self.tr("Select a cell first (click, or Tab)."))
            return
        self._do(lambda: self.session.relabel(ids, key))
        if len(ids) == 1 and self.tabs.currentWidget() is self.view:
            self.select_next_cell(False)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._do(lambda: self.session.delete_cells(ids))

    def mark_selected(self, reason: NotCountedReason) -> None:
        ids = self.selected_ids()
        if ids:
            self._do(lambda: self.session.mark_not_counted(ids, reason))

    def count_selected_again(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._do(lambda: self.session.count_again(ids))

    def undo(self) -> None:
        self._replay(self.session.undo, self.tr("Undone"), self.tr("Nothing to undo."))

    def redo(self) -> None:
        self._replay(self.session.redo, self.tr("Redone"), self.tr("Nothing to redo."))

    def _replay(self, command: Callable[[], str | None], verb: str, nothing: str) -> None:
        done, change = self.changes.during(lambda: self._do(command))
        if not done:
            self.status.emit(nothing)
            return
        self.status.emit(describe(verb, str(done), change, show_change(self, change)))

    def _capture_key(self) -> None:
        if self.tabs.currentWidget() is self.camera:
            self.camera.capture()

    def cancel_pending(self) -> None:
        self.view.clear_pending()
        self.view.clear_heat()
        self.explainer.cancel()
        self.view.select([])

    # ----- explanations ----------------------------------------------------------------------
    def explain_selected(self) -> None:
        ids = self.view.selected_ids()
        if len(ids) != 1 or ids[0] not in self.session.cells:
            self.status.emit(self.tr("Select one cell to explain."))
            return
        cell = self.session.cells[ids[0]]
        self.view.clear_heat()
        self.explainer.explain(self.session.image_path(self.session.fields[cell.field_id]), cell)
        self.status.emit(self.tr("Explaining the selected cell…"))

    def _explained(self, field_id: int, explanation: OcclusionMap) -> None:
        if field_id != self.view.field_id:
            return  # the technician moved on to another field
        self.view.show_heat(explanation)
        self.status.emit(
            self.tr("Bright = what mattered for '{0}' ({1}); {2} forward passes, {3} s.")
            .replace("{0}", explanation.label)
            .replace("{1}", f"{explanation.probability:.0%}")
            .replace("{2}", str(explanation.passes))
            .replace("{3}", f"{explanation.seconds:.2f}")
        )

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

    def _typical_side(self) -> float:
        field_id = self.view.field_id
        sides = sorted(
            max(c.x2 - c.x1, c.y2 - c.y1)
            for c in self.session.cells_in(field_id or -1)
            if self.categories.category_of(c.label).kind is CategoryKind.DIFFERENTIAL
        )
        return sides[len(sides) // 2] if sides else DEFAULT_CELL_SIDE

    def _empty_clicked(self, point: QPointF) -> None:
        half = self._typical_side() / 2
        self._box_drawn(QRectF(point.x() - half, point.y() - half, 2 * half, 2 * half))

    def _box_drawn(self, rect: QRectF) -> None:
        self.view.select([])
        self.view.show_pending(rect)
        self.status.emit(self.tr("New cell: press its class key (Esc cancels)."))

    def select_next_cell(self, backwards: bool) -> None:
        field_id = self.view.field_id
        if field_id is None:
            return
        cells = self._ordered_cells(field_id)
        if not cells:
            return
        selected = self.view.selected_ids()
        ids = [c.id for c in cells]
        if selected and selected[-1] in ids:
            index = ids.index(selected[-1]) + (-1 if backwards else 1)
        else:
            index = -1 if backwards else 0
        self.view.select([ids[index % len(ids)]], centre=False)

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

    def accept_and_next(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._do(lambda: self.session.set_reviewed(ids))
        self.next_to_review()

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
            self._do(lambda: self.session.remove_field(field_id))

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
