"""Reports from the window: the workbook, the one-page PDF summary, printing it, and the result
files (CSV, HL7) written on sign-off. The window takes a snapshot of the slide; a worker writes
the file (or lays out the page), so the window never waits on it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMainWindow

from app.core.errors import SmearCountError
from app.core.i18n import language
from app.core.report.data import LabInfo, ReportData, snapshot, verified
from app.core.report.summary_page import SummaryPage, build_summary
from app.core.settings import Settings
from app.core.slide_setup import SlideSetup
from app.core.store.session import SlideSession
from app.printing import print_summary, write_summary_pdf
from app.printing.summary_pdf import set_page
from app.ui.errors import reporter

if TYPE_CHECKING:
    from app.ui.slide_view import SlideView
from app.ui.workers import Jobs, Worker

log = logging.getLogger(__name__)


def ask_save_path(parent: QMainWindow, title: str, suggested: str, kind: str) -> Path | None:
    """Where to save; ``kind`` is "xlsx" or "pdf". Replaced in tests."""
    filters = {"xlsx": "Excel (*.xlsx)", "pdf": "PDF (*.pdf)"}
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters[kind])
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == f".{kind}" else path.with_suffix(f".{kind}")


def ask_printer(parent: QMainWindow, paper: str) -> QPrinter | None:
    """The system print dialog; None when cancelled. Replaced in tests."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    set_page(printer, paper)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None


def _write_workbook(path: Path) -> Callable[[ReportData], Path]:
    def work(data: ReportData) -> Path:
        # openpyxl loads only when a report is written: 0.2 s less at every start-up.
        from app.core.report.xlsx import write_report

        write_report(data, path)
        return path

    return work


def _write_pdf(path: Path) -> Callable[[ReportData], Path]:
    def work(data: ReportData) -> Path:
        write_summary_pdf(build_summary(data), path, data.paper)
        return path

    return work


def _write_results(folder: Path) -> Callable[[ReportData], Path]:
    def work(data: ReportData) -> Path:
        from app.core.report.results import write_results

        return write_results(data, folder)[0].parent

    return work


class Reports(QObject):
    """The report actions of one main window, on the slide open in it (when one is)."""

    def __init__(
        self,
        window: QMainWindow,
        settings: Callable[[], Settings],
        open_view: Callable[[], SlideView | None],
    ) -> None:
        super().__init__(window)
        self.window, self.settings, self.open_view = window, settings, open_view
        self.jobs = Jobs()

    def snapshot(self) -> ReportData | None:
        """The open slide as it is now (None when no slide is open)."""
        view = self.open_view()
        return None if view is None else slide_snapshot(view.session, view.setup, self.settings())

    def export_workbook(self) -> None:
        if (data := self.snapshot()) is not None:
            path = ask_save_path(self.window, self.tr("Export report"), _name(data, "xlsx"), "xlsx")
            if path is not None:
                self._start(data, _write_workbook(path), self.tr("Report written: {0}"))

    def workbook_to(self, path: Path) -> None:
        """Snapshot the slide now, write the workbook to ``path`` in a worker."""
        if (data := self.snapshot()) is not None:
            self._start(data, _write_workbook(path), self.tr("Report written: {0}"))

    def export_pdf(self) -> None:
        if (data := self.snapshot()) is not None:
            name = _name(data, "pdf")
            path = ask_save_path(self.window, self.tr("Export PDF summary"), name, "pdf")
            if path is not None:
                self._start(data, _write_pdf(path), self.tr("PDF summary written: {0}"))

    def print_summary(self) -> None:
        """Lay the page out in the worker; then the print dialog, on the GUI thread."""
        if (data := self.snapshot()) is not None:
            self._start(data, build_summary, self.tr("Summary ready to print"), then=self._print)

    def write_results(self) -> None:
        """The CSV and HL7 result for the LIS, when Settings name a result folder."""
        folder = self.settings().result_folder
        if folder and (data := self.snapshot()) is not None:
            self._start(data, _write_results(Path(folder)), self.tr("Result for the LIS in {0}"))

    def _print(self, page: SummaryPage) -> None:
        printer = ask_printer(self.window, self.settings().paper)
        if printer is None:
            return
        try:
            print_summary(page, printer)
        except SmearCountError as exc:
            reporter().report(self.tr("Not printed"), str(exc))
            return
        self.window.statusBar().showMessage(self.tr("Summary sent to the printer"), 10000)

    def _start(
        self,
        data: ReportData,
        work: Callable[[ReportData], Any],
        done: str,
        then: Callable[[Any], None] | None = None,
    ) -> None:
        text = done + (self.tr(" (DRAFT: the slide is not finished)") if data.draft else "")
        # The audit checks read the whole trail: on the worker too, never the GUI thread.
        worker = Worker(lambda _w: work(verified(data)), self.tr("The report"))
        worker.signals.returned.connect(lambda result: self._finished(text, then, result))
        worker.signals.errored.connect(
            lambda message: reporter().report(self.tr("Report not written"), message)
        )
        self.jobs.start(worker)
        self.window.statusBar().showMessage(self.tr("Writing the report…"))

    def _finished(self, text: str, then: Callable[[Any], None] | None, result: object) -> None:
        where = str(result) if isinstance(result, Path) else ""
        self.window.statusBar().showMessage(text.replace("{0}", where), 10000)
        if then is not None:
            then(result)


def _name(data: ReportData, suffix: str) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in data.slide.sample_id)
    return f"{safe}.{suffix}"


def slide_snapshot(session: SlideSession, setup: SlideSetup, settings: Settings) -> ReportData:
    """The slide as it is now, with what it counts with, and the lab, paper and report language
    from Settings."""
    return snapshot(
        session,
        LabInfo(settings.lab_name, settings.lab_address),
        setup.categories,
        setup.ranges,
        setup.rules,
        paper=settings.paper,
        language=settings.report_language(language()),
        verify=False,  # on the report's worker
    )
