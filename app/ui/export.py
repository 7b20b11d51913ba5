"""Writing the report in a worker: the window takes a snapshot, the worker writes the file."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from app.core.errors import SmearCountError
from app.core.report.data import ReportData

log = logging.getLogger(__name__)


class ExportSignals(QObject):
    done = Signal(str)  # path
    failed = Signal(str)  # message for a person


class ExportJob(QRunnable):
    def __init__(self, data: ReportData, path: Path) -> None:
        super().__init__()
        self.data, self.path = data, path
        self.signals = ExportSignals()
        self.setAutoDelete(False)  # the window keeps it until its signal has been handled

    def run(self) -> None:
        try:
            # openpyxl loads only when a report is written: 0.2 s less at every start-up.
            from app.core.report.xlsx import write_report

            write_report(self.data, self.path)
        except SmearCountError as exc:
            self.signals.failed.emit(str(exc))
            return
        except Exception as exc:  # a library fault must reach the person, not kill the worker
            log.exception("Report export failed")
            self.signals.failed.emit(f"The report could not be written ({exc}).")
            return
        self.signals.done.emit(str(self.path))
