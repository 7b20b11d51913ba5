"""Undo and redo as a technician sees them: the field and cells they changed are brought into
view and selected, and the status bar says in words what was undone."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.core.store import SessionChange
from app.ui.translations import QT_TRANSLATE_NOOP
from app.ui.translations import tr as _tr

if TYPE_CHECKING:
    from app.ui.slide_view import SlideView

#: A store action's kind -> what a person calls it.
ACTION_WORDS = {
    "add cell": QT_TRANSLATE_NOOP("", "adding a cell"),
    "resize": QT_TRANSLATE_NOOP("", "resizing a cell"),
    "relabel": QT_TRANSLATE_NOOP("", "class change"),
    "delete": QT_TRANSLATE_NOOP("", "deleting a false detection"),
    "not counted": QT_TRANSLATE_NOOP("", "marking not counted"),
    "count again": QT_TRANSLATE_NOOP("", "counting again"),
    "review": QT_TRANSLATE_NOOP("", "accepting"),
    "remove field": QT_TRANSLATE_NOOP("", "removing a field"),
    "re-analyse field": QT_TRANSLATE_NOOP("", "re-analysing the field"),
    "edit slide": QT_TRANSLATE_NOOP("", "editing the slide details"),
    "finish": QT_TRANSLATE_NOOP("", "finishing the slide"),
}


def describe(verb: str, kind: str, change: SessionChange | None, field_number: int | None) -> str:
    """E.g. "Undone: class change of 2 cells in field 3."."""
    # "finish: going on although …": the act is the part before the colon.
    what = _tr(ACTION_WORDS.get(kind.split(": ")[0], kind))
    cells = len(change.cell_ids) if change is not None else 0
    text = f"{verb}: {what}"
    if cells and kind not in ("remove field", "re-analyse field"):
        text += _tr(" of 1 cell") if cells == 1 else _tr(" of {0} cells").replace("{0}", str(cells))
    if field_number is not None:
        text += _tr(" in field {0}").replace("{0}", str(field_number))
    return text + "."


class ChangeRecorder:
    """Remembers the latest session change, so an undo knows which cells it touched."""

    def __init__(self) -> None:
        self.latest: SessionChange | None = None

    def __call__(self, change: SessionChange) -> None:
        self.latest = change

    def during(self, command: Callable[[], object]) -> tuple[object, SessionChange | None]:
        self.latest = None
        done = command()
        return done, self.latest


def show_change(view: SlideView, change: SessionChange | None) -> int | None:
    """Bring the changed field into the field view, its changed cells selected, so an undo
    never changes what the technician cannot see; returns the field's number."""
    fields = [f.id for f in view.session.field_list()]
    touched = [f for f in fields if change is not None and f in change.field_ids]
    if change is None or not touched:
        return None
    if view.tabs.currentWidget() is view.view:
        if view.view.field_id not in touched:
            view.show_field(touched[0])
        shown = [i for i in change.cell_ids if i in view.view.items_by_id]
        if shown:
            view.view.select(sorted(shown), centre=True)
    return fields.index(view.view.field_id if view.view.field_id in touched else touched[0]) + 1
