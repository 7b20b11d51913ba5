"""File → Publish profile… for a lab server's administrator: a profile file from this computer
becomes the next version of a lab profile that every station counts with (``lab.publish``).
Publishing loads every model and sends them to the server, so it runs off the GUI thread, on a
connection of its own; the window says the version it became, or why it was refused."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from app.core.profiles import lab
from app.core.profiles.library import user_profiles_dir
from app.ui import questions, workers
from app.ui.errors import reporter
from app.ui.people_dialog import own_connection
from app.ui.translations import tr

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def open_dialog(window: MainWindow) -> None:
    title = tr("Publish a profile")
    chosen, _filter = QFileDialog.getOpenFileName(
        window, title, str(user_profiles_dir()), tr("Profiles (*.json)")
    )
    if not chosen:
        return
    name = questions.ask_text(
        window, title, tr("The lab profile's name (empty: the profile's own name):")
    )
    if name is None:
        return
    store, path = window.store, Path(chosen)
    admin = store.person

    def work() -> lab.Published:
        db = own_connection(store)
        try:
            return lab.publish(db, admin, path, name.strip() or None)
        finally:
            db.close()

    window.statusBar().showMessage(tr("Publishing {0}…").replace("{0}", path.name))
    workers.start_call(
        work,
        tr("Publishing the profile"),
        lambda done: _published(window, done),
        lambda text: _refused(window, text),
    )


def _published(window: MainWindow, done: object) -> None:
    assert isinstance(done, lab.Published)
    said = tr("Published as {0} v{1}: every station of the lab counts with it.")
    window.statusBar().showMessage(said.replace("{0}", done.name).replace("{1}", str(done.version)))


def _refused(window: MainWindow, text: str) -> None:
    window.statusBar().clearMessage()
    reporter().report(tr("Profile not published"), text)
