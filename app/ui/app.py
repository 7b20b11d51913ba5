"""Starting the window: logging to a file, the error handler, settings, the slide store."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from app import __version__
from app.core.errors import SmearCountError
from app.core.paths import data_dir_for, user_config_dir
from app.core.settings import load_settings, save_settings
from app.core.store import SlideStore
from app.core.store.server import DATABASE_URL_ENV
from app.ui import errors
from app.ui.database_dialog import DatabaseDialog, station_settings
from app.ui.main_window import MainWindow
from app.ui.resume import show_where_left
from app.ui.translations import install_language
from app.ui.translations import tr as _tr

#: Start-up benchmarks: quit as soon as the window is up (bench/startup.py).
QUIT_WHEN_SHOWN_ENV = "SMEARCOUNT_QUIT_WHEN_SHOWN"


def setup_logging(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        folder / "smearcount.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def create_window(server: bool = True) -> MainWindow | None:
    """Everything the window needs, from the settings on disk; None when the lab server's
    sign-in was cancelled. ``server=False``: this computer's slides whatever the settings say
    (the self-test checks the window; ``server check`` checks the server). Raises
    SmearCountError."""
    config = user_config_dir()
    settings = load_settings(config)
    app = QCoreApplication.instance()
    if app is not None:
        install_language(app, settings.language)
    data_dir = data_dir_for(settings.data_dir)
    url = os.environ.get(DATABASE_URL_ENV) or settings.database_url
    if not url or not server:
        return MainWindow(SlideStore(data_dir, exclusive=True), settings, config)
    # On a lab server a person signs in first (the dialog also offers this computer instead).
    dialog = DatabaseDialog(data_dir, url, settings.operator, on_server=True)
    dialog.setWindowTitle(_tr("Sign in — SmearCount"))
    answered = dialog.exec()
    store, url = dialog.store, dialog.chosen_url
    dialog.deleteLater()  # answered once, before the window exists
    if not answered or store is None:
        return None
    store.claim_folder()
    settings = station_settings(settings, store, url)
    save_settings(config, settings)
    return MainWindow(store, settings, config)


def the_app(argv: list[str] | None = None) -> QApplication:
    """The process's QApplication: the one running, else a new one (a process has one)."""
    existing = QApplication.instance()
    return existing if isinstance(existing, QApplication) else QApplication(argv or [])


def run(argv: list[str]) -> int:
    # Qt Multimedia lists every optional codec library it could not load: not for technicians.
    os.environ.setdefault(
        "QT_LOGGING_RULES", "qt.multimedia.symbolsresolver=false;qt.multimedia.ffmpeg=false"
    )
    app = the_app(argv)
    app.setApplicationName("SmearCount")
    app.setApplicationVersion(__version__)
    with contextlib.suppress(OSError):  # no log file is no reason not to count
        setup_logging(user_config_dir())
    reporter = errors.reporter()
    reporter.install()
    try:
        window = create_window()
    except SmearCountError as exc:
        errors.present("SmearCount cannot start", str(exc))
        return 2
    if window is None:  # nobody signed in on the lab server
        return 0
    show_where_left(window)
    if os.environ.get(QUIT_WHEN_SHOWN_ENV) == "1":
        QTimer.singleShot(0, app.quit)  # after the first paint: the window was usable
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(run(sys.argv))
