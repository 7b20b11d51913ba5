"""The settings of a model being imported, as a form a person can correct: classes, colour
order, input range, detector format and threshold, crop context, how it is used, the profile's
name and what its unknown classes count as. The dialog (model_import.py) runs and saves."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QWidget,
)

from app.core.categories import DEFAULT_CATEGORY_MAP, OTHER
from app.core.model_check import INPUT_RANGES, same_range
from app.core.model_import import (
    CLASSIFIER_ON_DEFAULT_DETECTOR,
    DETECTOR_ONLY,
    DETECTOR_WITH_DEFAULT_CLASSIFIER,
    SINGLE_CELL,
    TemplateSlot,
    settings_of,
    template_slots,
    unmapped_classes,
)
from app.core.models import Classifier, Detector, DetectorFormat, Normalisation
from app.core.profiles import available_templates


class ModelForm(QWidget):
    edited = Signal()  # a setting changed: the last self-test no longer covers it
    note = Signal(str)  # something to tell the person (a template that does not fit)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: Detector | Classifier | None = None
        self.slots = template_slots(available_templates())
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
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
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
        self.show_settings_for(None, "")

    def show_settings_for(self, model: Detector | Classifier | None, name: str) -> None:
        """Fill the form with what was read from ``model`` (``name``: the profile's default)."""
        self.model = model
        detector = isinstance(model, Detector)
        for row in (self.format, self.threshold):
            self.form.setRowVisible(row, detector)
        self.form.setRowVisible(self.crop_context, isinstance(model, Classifier))
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
        self.input_range.setCurrentText(_range_name(model.config.normalisation))
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
        self.profile_name.setText(self.profile_name.text() or name)
        self._edited()

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

    def template_slot(self) -> TemplateSlot | None:
        slot = self.use.currentData()
        return slot if isinstance(slot, TemplateSlot) else None

    def _edited(self, *_: object) -> None:
        self.edited.emit()
        self._use_changed()

    def _use_changed(self, *_: object) -> None:
        slot = self.template_slot()
        if slot is not None and slot.classes and self.model is not None:
            # The template names the classes; a model with as many outputs takes its names.
            text = ", ".join(slot.classes)
            if len(slot.classes) != len(self.model.config.classes):
                self.note.emit(
                    self.tr("This template expects {0} classes ({1}); the model has {2}.")
                    .replace("{0}", str(len(slot.classes)))
                    .replace("{1}", text)
                    .replace("{2}", str(len(self.model.config.classes)))
                )
            elif self.classes.text() != text:
                self.classes.setText(text)
                self.edited.emit()
        self.form.setRowVisible(self.profile_name, slot is None)
        self.form.setRowVisible(self.mapping, slot is None and self.mapping.rowCount() > 0)

    def fill_mapping(self, model: Detector | Classifier) -> None:
        """One row per class SmearCount does not know, with what it counts as."""
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
        self.form.setRowVisible(self.mapping, bool(unknown) and self.template_slot() is None)

    def class_map(self) -> dict[str, str]:
        out = {}
        for row in range(self.mapping.rowCount()):
            name, combo = self.mapping.cellWidget(row, 0), self.mapping.cellWidget(row, 1)
            if isinstance(name, QLabel) and isinstance(combo, QComboBox):
                out[name.text()] = str(combo.currentData())
        return out


def _range_name(norm: Normalisation) -> str:
    return next((n for n, r in INPUT_RANGES.items() if same_range(r, norm)), "0-1")
