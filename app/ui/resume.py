"""Coming back to where the technician stopped: the window's size (maximised the first time)
and the slide left open, at its field, cell and zoom (``app.core.view_state``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def show_where_left(window: MainWindow) -> None:
    state = window.view_state
    geometry = state.window_geometry
    if geometry and window.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii"))):
        window.show()
    else:
        window.showMaximized()
    last = state.last_slide
    if last is not None and window.store.summaries("WHERE s.id = ?", (last,)):
        window.open_slide(last)


def geometry_text(window: MainWindow) -> str:
    return bytes(window.saveGeometry().toBase64().data()).decode("ascii")
