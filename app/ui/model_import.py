"""File > Import a model: show what SmearCount read from a lab's ONNX file, let a person fix it,
run the self-test on reference images (off the GUI thread), and only then save a profile.

Every edit invalidates the last self-test: Save is enabled by a test of exactly the settings
that will be written. A test that warned must be confirmed before saving.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from PySide6.QtCore import QObject, QRunnable, QSize, QThreadPool, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.categories import DEFAULT_CATEGORY_MAP, OTHER
from app.core.errors import SmearCountError
from app.core.model_check import (
    INPUT_RANGES,
    CheckResult,
    ReferenceImage,
    check_model,
    reference_folder,
    reference_images,
    same_range,
)
from app.core.model_import import (
    CLASSIFIER_ON_DEFAULT_DETECTOR,
    DETECTOR_ONLY,
    DETECTOR_WITH_DEFAULT_CLASSIFIER,
    SINGLE_CELL,
    ImportPlan,
    TemplateSlot,
    load_with,
    save_import,
    settings_of,
    template_slots,
    unmapped_classes,
)
from app.core.models import Classifier, Detector, DetectorFormat, Normalisation, load_model
from app.core.profiles import available_templates
from app.ui.field_view import to_qimage

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(int, object, object)  # request, the model as tested, CheckResult
    failed = Signal(int, str)


class _SelfTest(QRunnable):
    def __init__(self, signals: _Signals, request: int, path: Path, settings: dict[str, Any]):
        super().__init__()
        self.signals, self.request, self.path, self.settings = signals, request, path, settings

    def run(self) -> None:
        try:
            model = load_with(self.path, self.settings)
            self.signals.done.emit(self.request, model, check_model(model, reference_images()))
        except SmearCountError as exc:
            self.signals.failed.emit(self.request, str(exc))
        except Exception as exc:  # never let a worker die silently
            log.exception("Self-test of %s failed", self.path)
            self.signals.failed.emit(self.request, f"The self-test failed ({exc}).")


def annotated(ref: ReferenceImage, result: CheckResult) -> QPixmap:
    """A reference image with what the model found on it, for the results list."""
    image = ref.image.copy()
    cells = next((cells for r, cells in result.results if r is ref), [])
    thick = max(1, round(max(image.shape[:2]) / 300))
    for cell in cells:
        x1, y1, x2, y2 = (round(v) for v in cell.box)
        cv2.rectangle(image, (x1, y1), (x2 - 1, y2 - 1), (0, 114, 178), thick)
        text = f"{cell.label} {cell.confidence:.2f}"
        cv2.putText(image, text, (x1 + 2, max(12, y1 + 14)), cv2.FONT_HERSHEY_SIMPLEX,
                    0.45 * thick, (0, 0, 0), thick, cv2.LINE_AA)  # fmt: skip
    return QPixmap.fromImage(to_qimage(np.ascontiguousarray(image)))


class ModelImportDialog(QDialog):
    saved = Signal(str)  # the saved profile's path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a model"))
        self.setMinimumSize(760, 640)
        self.path: Path | None = None
        self.model: Detector | Classifier | None = None
        self.tested: dict[str, Any] | None = None  # the settings the last passing run used
        self.check: CheckResult | None = None
        self._request = 0
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(1)
        self.signals = _Signals()
        self.signals.done.connect(self._tested)
        self.signals.failed.connect(self._test_failed)
        self.slots = template_slots(available_templates())

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
        self.classes = QLineEdit()
        self.color_order = QComboBox()
        self.color_order.addItems(["RGB", "BGR"])
        self.input_range = QComboBox()
        self.input_range.addItems(list(INPUT_RANGES))
        self.format = QComboBox()
        self.format.addItems([f.value for f in DetectorFormat])
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.01, 0.99)
        self.threshold.setSingleStep(0.05)
        self.crop_context = QDoubleSpinBox()
        self.crop_context.setRange(0.5, 5.0)
        self.crop_context.setSingleStep(0.1)
        self.use = QComboBox()
        self.profile_name = QLineEdit()
        self.mapping = QTableWidget(0, 2)
        self.mapping.setHorizontalHeaderLabels([self.tr("Class"), self.tr("Counts as")])
        self.mapping.horizontalHeader().setStretchLastSection(True)
        self.mapping.setMaximumHeight(140)
        self.form = QFormLayout()
        for label, widget in (
            (self.tr("Classes (in output order)"), self.classes),
            (self.tr("Colour order"), self.color_order),
            (self.tr("Input range"), self.input_range),
            (self.tr("Detector output format"), self.format),
            (self.tr("Score threshold"), self.threshold),
            (self.tr("Crop context (x box)"), self.crop_context),
            (self.tr("Use"), self.use),
            (self.tr("Profile name"), self.profile_name),
            (self.tr("Classes SmearCount does not know"), self.mapping),
        ):
            self.form.addRow(label, widget)
        self.classes.textEdited.connect(self._edited)
        for combo in (self.color_order, self.input_range, self.format):
            combo.currentIndexChanged.connect(self._edited)
        self.use.currentIndexChanged.connect(self._use_changed)
        for spin in (self.threshold, self.crop_context):
            spin.valueChanged.connect(self._edited)

        self.test_button = QPushButton(self.tr("Run self-test"))
        self.test_button.clicked.connect(self.run_self_test)
        self.save_button = QPushButton(self.tr("Save profile"))
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
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
        layout.addLayout(self.form)
        layout.addWidget(hint)
        layout.addWidget(self.verdict)
        layout.addWidget(self.previews, 1)
        layout.addLayout(buttons)
        self._show_settings_for(None)

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

    def open_model(self, path: Path, manifest: Path | None = None) -> bool:
        """Read the file (and its manifest: the one given, else one beside it) and show what
        was found."""
        self.path, self.model = path, None  # kept on failure: a settings file may fix it
        self.manifest_button.setEnabled(True)
        try:
            model = load_model(path, manifest)
        except SmearCountError as exc:
            self.file_label.setText(path.name)
            self.read_label.setText(f"<span style='color:#B2182B'>{exc}</span>")
            self._show_settings_for(None)
            return False
        self.model = model
        self.file_label.setText(str(path))
        notes = "".join(f"<br>• assumed: {a}" for a in model.info.assumptions)
        self.read_label.setText(f"<b>Read:</b> {model.info.describe()}{notes}")
        self._show_settings_for(model)
        return True

    def _show_settings_for(self, model: Detector | Classifier | None) -> None:
        detector = isinstance(model, Detector)
        for row in (self.format, self.threshold):
            self.form.setRowVisible(row, detector)
        self.form.setRowVisible(self.crop_context, isinstance(model, Classifier))
        self.test_button.setEnabled(model is not None)
        self.save_button.setEnabled(False)
        if model is None:
            return
        values = settings_of(model)
        blocked: list[QWidget] = [
            self.classes,
            self.color_order,
            self.input_range,
            self.format,
            self.use,
        ]
        for widget in blocked:
            widget.blockSignals(True)
        self.classes.setText(", ".join(values["classes"]))
        self.color_order.setCurrentText(values["color_order"])
        self.input_range.setCurrentText(self._range_name(model.config.normalisation))
        if detector:
            self.format.setCurrentText(values["format"])
            self.threshold.setValue(values["conf_threshold"])
        else:
            self.crop_context.setValue(values["crop_context"])
        self.use.clear()
        uses = (
            [(self.tr("Detector, own profile"), DETECTOR_ONLY),
             (self.tr("Detector, white cells typed by SmearCount's classifier"),
              DETECTOR_WITH_DEFAULT_CLASSIFIER)]
            if detector
            else [(self.tr("Single-cell images (no detector)"), SINGLE_CELL),
                  (self.tr("Types the white cells SmearCount's detector finds"),
                   CLASSIFIER_ON_DEFAULT_DETECTOR)]
        )  # fmt: skip
        for text, use in uses:
            self.use.addItem(text, use)
        for slot in self.slots:
            if (slot.role == "detector") == detector:
                self.use.addItem(
                    self.tr("Template {0}: {1} ({2})")
                    .replace("{0}", slot.template.stem)
                    .replace("{1}", slot.role)
                    .replace("{2}", slot.file_name),
                    slot,
                )
        for widget in blocked:
            widget.blockSignals(False)
        self.profile_name.setText(self.profile_name.text() or self.path.stem if self.path else "")
        self._edited()

    @staticmethod
    def _range_name(norm: Normalisation) -> str:
        return next((n for n, r in INPUT_RANGES.items() if same_range(r, norm)), "0-1")

    def settings(self) -> dict[str, Any]:
        """The settings as edited, in manifest fields."""
        assert self.model is not None
        values = settings_of(self.model)
        norm = INPUT_RANGES[self.input_range.currentText()]
        values |= {
            "classes": [c.strip() for c in self.classes.text().split(",") if c.strip()],
            "color_order": self.color_order.currentText(),
            "scale": norm.scale,
            "mean": list(norm.mean),
            "std": list(norm.std),
        }
        if isinstance(self.model, Detector):
            values |= {
                "format": self.format.currentText(),
                "conf_threshold": round(self.threshold.value(), 3),
            }
        else:
            values["crop_context"] = round(self.crop_context.value(), 2)
        return values

    def _edited(self, *_: object) -> None:
        """A changed setting: the last self-test no longer covers what would be saved."""
        self.tested = None
        self.save_button.setEnabled(False)
        self._use_changed()

    def _use_changed(self, *_: object) -> None:
        slot = self.use.currentData()
        if isinstance(slot, TemplateSlot) and slot.classes and self.model is not None:
            # The template names the classes; a model with as many outputs takes its names.
            text = ", ".join(slot.classes)
            if len(slot.classes) != len(self.model.config.classes):
                self.verdict.setText(
                    self.tr("This template expects {0} classes ({1}); the model has {2}.")
                    .replace("{0}", str(len(slot.classes)))
                    .replace("{1}", text)
                    .replace("{2}", str(len(self.model.config.classes)))
                )
            elif self.classes.text() != text:
                self.classes.setText(text)
                self.tested = None
                self.save_button.setEnabled(False)
        own_profile = not isinstance(slot, TemplateSlot)
        self.form.setRowVisible(self.profile_name, own_profile)
        self.form.setRowVisible(self.mapping, own_profile and self.mapping.rowCount() > 0)

    # ----- self-test ---------------------------------------------------------------------------
    def run_self_test(self) -> None:
        if self.path is None or self.model is None:
            return
        self._request += 1
        self.verdict.setText(self.tr("Running the self-test…"))
        self.test_button.setEnabled(False)
        self.pool.start(_SelfTest(self.signals, self._request, self.path, self.settings()))

    def _tested(self, request: int, model: Detector | Classifier, result: CheckResult) -> None:
        if request != self._request:
            return
        self.test_button.setEnabled(True)
        self.check = result
        self.tested = self.settings()
        self._fill_mapping(model)
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

    def _test_failed(self, request: int, message: str) -> None:
        if request != self._request:
            return
        self.test_button.setEnabled(True)
        self.verdict.setText(f"<span style='color:#B2182B'><b>{message}</b></span>")

    def _fill_mapping(self, model: Detector | Classifier) -> None:
        keep = self.class_map()
        unknown = unmapped_classes(model)
        self.mapping.setRowCount(len(unknown))
        for row, name in enumerate(unknown):
            self.mapping.setCellWidget(row, 0, QLabel(name))
            combo = QComboBox()
            for category in DEFAULT_CATEGORY_MAP.categories:
                combo.addItem(category.name, category.key)
            combo.setCurrentIndex(max(0, combo.findData(keep.get(name, OTHER))))
            self.mapping.setCellWidget(row, 1, combo)
        self.form.setRowVisible(
            self.mapping, bool(unknown) and not isinstance(self.use.currentData(), TemplateSlot)
        )

    def class_map(self) -> dict[str, str]:
        out = {}
        for row in range(self.mapping.rowCount()):
            name, combo = self.mapping.cellWidget(row, 0), self.mapping.cellWidget(row, 1)
            if isinstance(name, QLabel) and isinstance(combo, QComboBox):
                out[name.text()] = str(combo.currentData())
        return out

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
        slot = self.use.currentData()
        plan = ImportPlan(
            self.path,
            self.tested,
            "template" if isinstance(slot, TemplateSlot) else str(slot),
            self.profile_name.text(),
            self.class_map(),
            slot if isinstance(slot, TemplateSlot) else None,
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
        self._request += 1  # a self-test still running is no longer wanted
        self.pool.waitForDone()
        super().done(result)
