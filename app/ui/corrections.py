"""The counting corrections of a slide view: a class key, Delete, not counted, count again,
accept, undo and redo, on the cells selected in the field view or the gallery. Each asks the
session, which stores it before the screen redraws; a refusal is shown, never raised."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.core.errors import SmearCountError
from app.core.records import Cell, NotCountedReason
from app.ui.errors import reporter
from app.ui.history import describe, show_change

if TYPE_CHECKING:
    from app.ui.slide_view import SlideView


def run_command(command: Callable[[], object]) -> object:
    """Run a store command; a refusal (signed slide, full disk, …) is shown, never raised."""
    try:
        return command()
    except SmearCountError as exc:
        reporter().report_exception(exc, "command")
    return None


class Corrections(QObject):
    def __init__(self, view: SlideView) -> None:
        super().__init__(view)
        self.owner = view
        self.session = view.session

    def selected_ids(self) -> list[int]:
        view = self.owner
        if view.tabs.currentWidget() is view.gallery:
            return view.gallery.selected_ids()
        return view.view.selected_ids()

    def apply_category(self, key: str) -> None:
        """The class key: types the box being added, else relabels the selection (and, for
        one cell in the field view, moves on to the next)."""
        view, field = self.owner, self.owner.view
        pending = field.pending_rect()
        field_id = field.field_id
        if pending is not None and field_id is not None and view.tabs.currentWidget() is field:
            box = (pending.left(), pending.top(), pending.right(), pending.bottom())
            cell = run_command(lambda: self.session.add_cell(field_id, box, key))
            field.clear_pending()
            if isinstance(cell, Cell):
                field.select([cell.id])
            return
        ids = self.selected_ids()
        if not ids:
            view.status.emit(self.tr("Select a cell first (click, or Tab)."))
            return
        run_command(lambda: self.session.relabel(ids, key))
        if len(ids) == 1 and view.tabs.currentWidget() is field:
            view.select_next_cell(False)

    def delete_selected(self) -> None:
        if ids := self.selected_ids():
            run_command(lambda: self.session.delete_cells(ids))

    def mark_selected(self, reason: NotCountedReason) -> None:
        if ids := self.selected_ids():
            run_command(lambda: self.session.mark_not_counted(ids, reason))

    def count_selected_again(self) -> None:
        if ids := self.selected_ids():
            run_command(lambda: self.session.count_again(ids))

    def accept_and_next(self) -> None:
        if ids := self.selected_ids():
            run_command(lambda: self.session.set_reviewed(ids))
        self.owner.next_to_review()

    def undo(self) -> None:
        self._replay(self.session.undo, self.tr("Undone"), self.tr("Nothing to undo."))

    def redo(self) -> None:
        self._replay(self.session.redo, self.tr("Redone"), self.tr("Nothing to redo."))

    def _replay(self, command: Callable[[], str | None], verb: str, nothing: str) -> None:
        view = self.owner
        done, change = view.changes.during(lambda: run_command(command))
        if not done:
            view.status.emit(nothing)
            return
        view.status.emit(describe(verb, str(done), change, show_change(view, change)))
