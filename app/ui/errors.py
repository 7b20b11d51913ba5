"""One place where every error meets a person: worker errors, uncaught exceptions in any thread.

It logs, then shows a plain dialog on the GUI thread. Tests replace ``present`` with a recorder.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.core.errors import SmearCountError
from app.core.store.database import DB_NAME, describe

log = logging.getLogger("smearcount")


def _show_dialog(title: str, message: str) -> None:
    parent: QWidget | None = QApplication.activeWindow()
    QMessageBox.warning(parent, title, message)


#: How a message reaches the person; replaced in tests (a modal dialog would block them).
present: Callable[[str, str], None] = _show_dialog


class ErrorReporter(QObject):
    _reported = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        # Queued through a signal so a report from any thread is shown on the GUI thread.
        self._reported.connect(self._show)

    def report(self, title: str, message: str) -> None:
        self._reported.emit(title, message)

    def report_exception(self, exc: BaseException, context: str = "") -> None:
        if isinstance(exc, sqlite3.DatabaseError):  # a damaged page met while reading
            log.error("Database error %s", context, exc_info=(type(exc), exc, exc.__traceback__))
            self.report(
                self.tr("The slide database"),
                self.tr(
                    "{0} Your earlier work is in the database and its daily backups; run "
                    "python -m app slides verify to see what is damaged."
                ).replace("{0}", describe(exc, Path(DB_NAME))),
            )
            return
        if isinstance(exc, SmearCountError):
            log.warning("%s%s", f"{context}: " if context else "", exc)
            self.report(self.tr("SmearCount"), str(exc))
            return
        log.error("Unexpected error %s", context, exc_info=(type(exc), exc, exc.__traceback__))
        self.report(
            self.tr("Unexpected problem"),
            self.tr(
                "SmearCount met an unexpected problem ({0}). Your work up to this point is saved. "
                "Details are in the log file."
            ).replace("{0}", f"{type(exc).__name__}: {exc}"),
        )

    @Slot(str, str)
    def _show(self, title: str, message: str) -> None:
        present(title, message)

    def install(self) -> None:
        """Route uncaught exceptions of every thread here instead of printing tracebacks."""

        def on_exception(
            kind: type[BaseException], exc: BaseException, tb: TracebackType | None
        ) -> None:
            if issubclass(kind, KeyboardInterrupt):
                sys.__excepthook__(kind, exc, tb)
                return
            self.report_exception(exc.with_traceback(tb), "uncaught")

        def on_thread_exception(args: threading.ExceptHookArgs) -> None:
            if args.exc_value is not None:
                self.report_exception(args.exc_value, f"thread {args.thread}")

        sys.excepthook = on_exception
        threading.excepthook = on_thread_exception


_reporter: ErrorReporter | None = None


def reporter() -> ErrorReporter:
    global _reporter
    if _reporter is None:
        _reporter = ErrorReporter()
    return _reporter
