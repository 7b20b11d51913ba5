"""File → Export training data: choose slides, a format and an empty folder; written in the
background with its own connection to the store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from app.core.store import SlideStore
from app.core.training_export import TrainingFormat, TrainingSet, export_training
from app.ui.errors import reporter
from app.ui.translations import QT_TRANSLATE_NOOP, tr
from app.ui.workers import start_call

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

FORMAT_NAMES = {
    TrainingFormat.YOLO: QT_TRANSLATE_NOOP("", "YOLO detection set (images + one label file each)"),
    TrainingFormat.COCO: QT_TRANSLATE_NOOP("", "COCO JSON (images + annotations.json)"),
    TrainingFormat.FOLDERS: QT_TRANSLATE_NOOP("", "White-cell crops in class folders"),
}


class TrainingExportDialog(QDialog):
    def __init__(self, store: SlideStore, open_slide: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export training data"))
        self.setMinimumWidth(520)
        self.slides = QListWidget()
        self.slides.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        for summary in store.search(""):
            slide = summary.slide
            # The sample ID is shown to choose by; it is never written into the export.
            item = QListWidgetItem(f"{slide.id}  {slide.sample_id}  ({slide.state})")
            item.setData(Qt.ItemDataRole.UserRole, slide.id)
            self.slides.addItem(item)
            item.setSelected(slide.id == open_slide or open_slide is None)
        self.format = QComboBox()
        for fmt, name in FORMAT_NAMES.items():
            self.format.addItem(tr(name), fmt.value)
        self.folder = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder)
        row.addWidget(browse)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #B2182B")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Slides"), self.slides)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Empty folder"), row)
        form.addRow(self.problem)
        form.addRow(
            QLabel(
                self.tr(
                    "Final boxes and classes only; no patient or sample ID is written "
                    "(files are named by slide and field number)."
                )
            )
        )
        form.addRow(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export training data to"))
        if folder:
            self.folder.setText(folder)

    def chosen(self) -> tuple[list[int], TrainingFormat, Path]:
        ids = [int(i.data(Qt.ItemDataRole.UserRole)) for i in self.slides.selectedItems()]
        return ids, TrainingFormat(self.format.currentData()), Path(self.folder.text().strip())

    def _accept(self) -> None:
        ids, _fmt, folder = self.chosen()
        if not ids:
            self.problem.setText(self.tr("Choose at least one slide."))
        elif not self.folder.text().strip():
            self.problem.setText(self.tr("Choose a folder to write to."))
        elif folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            self.problem.setText(self.tr("Choose a new or empty folder."))
        else:
            self.accept()


def start_export(
    store: SlideStore,
    slide_ids: list[int],
    fmt: TrainingFormat,
    folder: Path,
    user: str,
    done: Callable[[str], None],
) -> None:
    """Write the set in the background; ``done`` gets a line for the status bar."""

    def work() -> TrainingSet:
        own = SlideStore(store.data_dir)
        try:
            return export_training(own, slide_ids, fmt, folder, user)
        finally:
            own.close()

    def written(result: object) -> None:
        assert isinstance(result, TrainingSet)
        total = sum(result.counts.values())
        said = tr("Training data written to {0}: {1} slide(s), {2} cells.")
        done(
            said.replace("{0}", str(result.folder))
            .replace("{1}", str(result.slides))
            .replace("{2}", str(total))
        )

    start_call(
        work,
        tr("Exporting training data"),
        written,
        lambda message: reporter().report(tr("Training data not written"), message),
    )


def open_dialog(window: MainWindow) -> None:
    """File → Export training data, from the window (the open slide chosen first)."""
    open_slide = window.slide_view.session.slide_id if window.slide_view else None
    dialog = TrainingExportDialog(window.store, open_slide, window)
    if dialog.exec():
        ids, fmt, folder = dialog.chosen()
        user = window.settings.operator or "unknown"
        bar = window.statusBar()
        start_export(window.store, ids, fmt, folder, user, lambda t: bar.showMessage(t, 10000))
