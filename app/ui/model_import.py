"""File > Import a model: show what SmearCount read from a lab's ONNX file, let a person fix it
(model_form.py), run the self-test on reference images, and only then save a profile.

Reading the file (a hash and probe runs) and the self-test both run on workers: the dialog never
waits on them, and closing it drops what they would have said. Every edit invalidates the last
self-test: Save is enabled by a test of exactly the settings that will be written. A test that
warned must be confirmed before saving.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image
from PySide6.QtCore import QSize, QThreadPool, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.drawing import DrawnBox, draw_boxes
from app.core.errors import SmearCountError
from app.core.model_check import CheckResult, ReferenceImage, check_model, reference_folder
from app.core.model_check import reference_images as default_references
from app.core.model_import import ImportPlan, load_with, save_import
from app.core.models import Classifier, Detector, load_model
from app.ui.model_form import ModelForm
from app.ui.qt_images import to_qimage
from app.ui.workers import Jobs, Worker

FOUND = "#0072B2"  # the boxes the model found on a reference image


def annotated(ref: ReferenceImage, result: CheckResult) -> QPixmap:
    """A reference image with what the model found on it, for the results list."""
    cells = next((cells for r, cells in result.results if r is ref), [])
    boxes = [DrawnBox(c.box, FOUND, f"{c.label} {c.confidence:.2f}") for c in cells]
    image = draw_boxes(Image.fromarray(ref.image), boxes)
    return QPixmap.fromImage(to_qimage(np.ascontiguousarray(np.asarray(image))))


def _self_test(path: Path, settings: dict[str, Any]) -> tuple[Detector | Classifier, CheckResult]:
    model = load_with(path, settings)
    return model, check_model(model, default_references())


class ModelImportDialog(QDialog):
    saved = Signal(str)  # the saved profile's path
    model_read = Signal(bool)  # open_model finished: whether the file could be used

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a model"))
        self.setMinimumSize(760, 640)
        self.path: Path | None = None
        self.model: Detector | Classifier | None = None
        self.tested: dict[str, Any] | None = None  # the settings the last passing run used
        self.check: CheckResult | None = None
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(1)
        self.jobs = Jobs()

        choose = QPushButton(self.tr("Choose model…"))
        choose.clicked.connect(self._choose)
        self.manifest_button = QPushButton(self.tr("Settings file…"))
        self.manifest_button.setToolTip(
            self.tr("A manifest (.json) from the model's maker, if it is not beside the model")
        )
        self.manifest_button.clicked.connect(self._choose_manifest)
        self.manifest_button.setEnabled(False)
        self.file_label = QLabel(self.tr("No model chosen."))
        self.read_label = QLabel()
        self.read_label.setWordWrap(True)
        self.form = ModelForm()
        self.form.edited.connect(self._edited)
        self.test_button = QPushButton(self.tr("Run self-test"))
        self.test_button.clicked.connect(self.run_self_test)
        self.save_button = QPushButton(self.tr("Save profile"))
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.form.note.connect(self.verdict.setText)
        self.previews = QListWidget()
        self.previews.setViewMode(QListView.ViewMode.IconMode)
        self.previews.setIconSize(QSize(220, 165))
        self.previews.setMinimumHeight(200)
        hint = QLabel(
            self.tr("Reference images: three rendered fields, plus the lab's own in {0}").replace(
                "{0}", str(reference_folder())
            )
        )
        hint.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(choose)
        top.addWidget(self.manifest_button)
        top.addWidget(self.file_label, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.read_label)
        layout.addWidget(self.form)
        layout.addWidget(hint)
        layout.addWidget(self.verdict)
        layout.addWidget(self.previews, 1)
        layout.addLayout(buttons)
        self._show(None)

    # ----- the model and its settings ----------------------------------------------------------
    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose an ONNX model"), "", self.tr("ONNX models (*.onnx)")
        )
        if path:
            self.open_model(Path(path))

    def _choose_manifest(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the model's settings"), "", self.tr("Manifests (*.json)")
        )
        if path and self.path is not None:
            self.open_model(self.path, Path(path))

    def open_model(self, path: Path, manifest: Path | None = None) -> None:
        """Read the file (and its manifest: the one given, else one beside it) on a worker and
        show what was found; ``model_read`` says when."""
        self.path, self.model = path, None  # kept on failure: a settings file may fix it
        self.manifest_button.setEnabled(True)
        self.file_label.setText(self.tr("Reading {0}…").replace("{0}", path.name))
        self._show(None)
        self._start(
            Worker(lambda _w: load_model(path, manifest), self.tr("Reading the model")),
            lambda model: self._read(path, model),
            lambda message: self._not_read(path, message),
        )

    def _read(self, path: Path, model: Detector | Classifier) -> None:
        self.model = model
        self.file_label.setText(str(path))
        assumed = self.tr("assumed: {0}")
        notes = "".join(f"<br>• {assumed.replace('{0}', a)}" for a in model.info.assumptions)
        read = self.tr("Read:")
        self.read_label.setText(f"<b>{read}</b> {model.info.describe()}{notes}")
        self._show(model)
        self.model_read.emit(True)

    def _not_read(self, path: Path, message: str) -> None:
        self.file_label.setText(path.name)
        self.read_label.setText(f"<span style='color:#B2182B'>{message}</span>")
        self.model_read.emit(False)

    def _show(self, model: Detector | Classifier | None) -> None:
        self.test_button.setEnabled(model is not None)
        self.save_button.setEnabled(False)
        self.form.show_settings_for(model, self.path.stem if self.path else "")

    def _edited(self) -> None:
        """A changed setting: the last self-test no longer covers what would be saved."""
        self.tested = None
        self.save_button.setEnabled(False)

    def _start(
        self, worker: Worker, returned: Callable[[Any], None], errored: Callable[[str], None]
    ) -> None:
        """One job at a time: a new one (another file, another test) replaces the last. Its
        answers are connected before it starts: a quick job would answer nobody."""
        self.jobs.quit_all()
        worker.signals.returned.connect(returned)
        worker.signals.errored.connect(errored)
        self.jobs.start(worker, self.pool)

    # ----- self-test ---------------------------------------------------------------------------
    def run_self_test(self) -> None:
        if self.path is None or self.model is None:
            return
        self.verdict.setText(self.tr("Running the self-test…"))
        self.test_button.setEnabled(False)
        path, settings = self.path, self.form.settings()
        self._start(
            Worker(lambda _w: _self_test(path, settings), self.tr("The self-test")),
            lambda result: self._tested(settings, *result),
            self._test_failed,
        )

    def _tested(
        self, settings: dict[str, Any], model: Detector | Classifier, result: CheckResult
    ) -> None:
        self.test_button.setEnabled(True)
        self.check = result
        self.tested = settings
        self.form.fill_mapping(model)
        lines = [f"<span style='color:#B2182B'>⚠ {w}</span>" for w in result.warnings]
        lines += [f"<span style='color:#555'>{n}</span>" for n in result.notes]
        head = (
            self.tr("<b>Self-test passed.</b>")
            if result.passed
            else self.tr("<b>Self-test warnings: check the settings before saving.</b>")
        )
        self.verdict.setText("<br>".join([head, *lines]))
        self.previews.clear()
        for ref, cells in result.results:
            item = QListWidgetItem(QIcon(annotated(ref, result)), f"{ref.name}: {len(cells)}")
            self.previews.addItem(item)
        self.save_button.setEnabled(True)

    def _test_failed(self, message: str) -> None:
        self.test_button.setEnabled(True)
        self.verdict.setText(f"<span style='color:#B2182B'><b>{message}</b></span>")

    # ----- saving ------------------------------------------------------------------------------
    def save(self) -> None:
        if self.path is None or self.tested is None or self.check is None:
            return
        if not self.check.passed:
            answer = QMessageBox.question(
                self,
                self.tr("Save despite warnings?"),
                self.tr("The self-test warned:\n\n{0}\n\nSave the profile anyway?").replace(
                    "{0}", "\n".join(self.check.warnings)
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        slot = self.form.template_slot()
        plan = ImportPlan(
            self.path,
            self.tested,
            "template" if slot is not None else str(self.form.use.currentData()),
            self.form.profile_name.text(),
            self.form.class_map(),
            slot,
        )
        try:
            profile = save_import(plan)
        except SmearCountError as exc:
            self.verdict.setText(f"<span style='color:#B2182B'><b>{exc}</b></span>")
            return
        self.verdict.setText(
            self.tr("Saved the profile {0}. Choose it for a new slide (or in Settings).").replace(
                "{0}", profile.stem
            )
        )
        self.save_button.setEnabled(False)
        self.saved.emit(str(profile))

    def done(self, result: int) -> None:
        self.jobs.quit_all()  # what a job still running would say is no longer wanted
        super().done(result)
