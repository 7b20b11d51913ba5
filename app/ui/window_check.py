"""The window part of ``--self-test``: build the main window offscreen, show it, close it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.core.i18n import _
from app.ui.app import create_window


def open_and_close_window() -> str:
    app = QApplication.instance() or QApplication(["smearcount-self-test"])
    window = create_window(server=False)
    assert window is not None
    window.show()
    app.processEvents()
    title = window.windowTitle()
    window.close()
    app.processEvents()
    return _("main window opened and closed ({title})").format(title=title)
