"""The new-slide and settings dialogs: forms over core values, validated by the core."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, QSize, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.categories import PALETTE_NAMES, PALETTES, CategoryMap
from app.core.i18n import LANGUAGES, _, number, resolve_language
from app.core.pins import hash_pin
from app.core.profiles import lab, local_profiles
from app.core.records import Slide, Specimen
from app.core.settings import PAPERS, Settings, check_settings, keymap_clash, read_scale
from app.core.store.validation import SEXES
from app.ui import workers


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class ProfileChoice(QComboBox):
    """The profiles to count with: this computer's at once, the lab server's once it answered
    (asked off the GUI thread, so a server that is away never freezes the form)."""

    lab_listed = Signal()

    def __init__(self, current: str, editable: bool, dialog: QDialog) -> None:
        super().__init__()
        self.setEditable(editable)  # Settings: a profile file's path may be typed
        self.addItems(sorted(set(local_profiles()) | {current}))
        self.setCurrentText(current)
        self.jobs = workers.Jobs()
        dialog.finished.connect(lambda _result: self.jobs.quit_all())
        if lab.attached():
            worker = workers.Worker(lambda _w: lab.offered(), "Listing the lab's profiles")
            worker.signals.returned.connect(self._add_lab)
            self.jobs.start(worker)

    def _add_lab(self, names: list[str]) -> None:
        chosen = self.currentText()
        self.addItems([n for n in names if self.findText(n) < 0])
        self.setCurrentText(chosen)
        self.lab_listed.emit()


def _problem_label() -> QLabel:
    """Where a refused value is explained; the form stays open with everything typed."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #B2182B")
    return label


def _with_help(widget: QWidget, help_text: str) -> QWidget:
    """``widget`` with a line under it saying how to fill it in."""
    help_label = QLabel(help_text)
    help_label.setWordWrap(True)
    return _stacked(widget, help_label)


def _stacked(widget: QWidget, under: QLabel) -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(widget)
    column.addWidget(under)
    return box


def _scrolling(dialog: QDialog, rows: QWidget, problem: QLabel) -> None:
    """``rows`` scroll between the dialog's edges, the problem line and the buttons stay in
    view: a long form fits a laptop screen (768 px) in every language."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(rows)
    column = QVBoxLayout(dialog)
    column.addWidget(scroll)
    column.addWidget(problem)
    column.addWidget(_buttons(dialog))
    screen = (dialog.parentWidget() or dialog).screen().availableGeometry()
    wanted = rows.sizeHint() + QSize(scroll.verticalScrollBar().sizeHint().width() + 24, 120)
    dialog.resize(wanted.boundedTo(QSize(screen.width(), int(screen.height() * 0.9))))


class NewSlideDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        same_sample: Callable[[str], str | None] = lambda _sample: None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New slide"))
        self.setMinimumWidth(440)
        self._same_sample = same_sample  # sample ID -> a warning when it is already used
        self._warned_for: str | None = None
        self.problem = _problem_label()
        self.sample = QLineEdit()
        self.patient = QLineEdit()
        self.age = QLineEdit()
        self.sex = QComboBox()
        self.sex.addItems(["", *SEXES])
        self.specimen = QComboBox()
        self.specimen.addItem(self.tr("Peripheral blood"), Specimen.PERIPHERAL_BLOOD.value)
        self.specimen.addItem(self.tr("Bone marrow"), Specimen.BONE_MARROW.value)
        self.stain = QLineEdit("May-Grünwald-Giemsa")
        self.wbc = QDoubleSpinBox()
        self.wbc.setRange(0, 999)
        self.wbc.setDecimals(2)
        self.wbc.setSpecialValueText(self.tr("not given"))
        self.target = QComboBox()
        self.target.addItems(["100", "200", "500"])
        self.target.setEditable(True)
        self.profile = ProfileChoice(settings.profile, False, self)  # a typo is no profile
        self.operator = QLineEdit(settings.operator)
        form = QFormLayout(self)
        for label, widget in (
            (self.tr("Sample / slide ID"), self.sample),
            (self.tr("Patient ID"), self.patient),
            (self.tr("Age"), self.age),
            (self.tr("Sex"), self.sex),
            (self.tr("Specimen"), self.specimen),
            (self.tr("Stain"), self.stain),
            (self.tr("WBC count (×10⁹/L)"), self.wbc),
            (self.tr("Target (cells)"), self.target),
            (self.tr("Model profile"), self.profile),
            (self.tr("Operator"), self.operator),
        ):
            form.addRow(label, widget)
        form.addRow(self.problem)
        form.addRow(_buttons(self))

    def show_slide(self, slide: Slide) -> None:
        """Edit an existing slide's details: its profile and creator stay as they were."""
        self.setWindowTitle(self.tr("Slide details"))
        self.sample.setText(slide.sample_id)
        self.patient.setText(slide.patient_id or "")
        self.age.setText(slide.age or "")
        self.sex.setCurrentText(slide.sex or "")
        self.specimen.setCurrentIndex(max(0, self.specimen.findData(slide.specimen)))
        self.stain.setText(slide.stain or "")
        self.wbc.setValue(slide.wbc_count or 0)
        self.target.setCurrentText(str(slide.target))
        self.profile.setCurrentText(slide.profile or self.profile.currentText())
        for fixed in (self.profile, self.operator):
            fixed.setEnabled(False)

    def accept(self) -> None:
        # Checked here so that a missing ID never closes the form and loses what was typed.
        sample = self.sample.text().strip()
        if not sample:
            self.problem.setText(self.tr("The sample / slide ID is needed."))
            self.sample.setFocus()
            return
        warning = self._same_sample(sample)
        if warning is not None and self._warned_for != sample:
            self._warned_for = sample  # said once; OK again creates the second slide
            self.problem.setText(warning)
            self.sample.setFocus()
            return
        super().accept()

    def values(self) -> dict[str, Any]:
        target_text = self.target.currentText().strip()
        return {
            "sample_id": self.sample.text(),
            "patient_id": self.patient.text(),
            "age": self.age.text(),
            "sex": self.sex.currentText() or None,
            "specimen": self.specimen.currentData(),
            "stain": self.stain.text(),
            "wbc_count": self.wbc.value() or None,
            "target": int(target_text) if target_text.isdigit() else target_text,
            "profile": self.profile.currentText(),
        }


class SettingsDialog(QDialog):
    def __init__(
        self, settings: Settings, categories: CategoryMap, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(480)
        self.settings = settings
        self.chosen = settings  # what OK accepted
        self.problem = _problem_label()
        self.operator = QLineEdit(settings.operator)
        self.profile = ProfileChoice(settings.profile, True, self)
        self.profile_from = QLabel()  # on a lab server station: whose profile it is
        self.profile.currentTextChanged.connect(self._show_profile_source)
        self.profile.lab_listed.connect(
            lambda: self._show_profile_source(self.profile.currentText())
        )
        self._show_profile_source(self.profile.currentText())
        self.conf = QDoubleSpinBox()
        self.conf.setRange(0, 1)
        self.conf.setSingleStep(0.05)
        self.conf.setSpecialValueText(self.tr("model's own"))
        self.conf.setValue(settings.conf_threshold or 0)
        scale = settings.micrometres_per_pixel
        self.scale = QLineEdit("" if scale is None else number(scale))
        self.scale.setPlaceholderText(self.tr("empty: estimated on each field from the red cells"))
        self.review = QDoubleSpinBox()
        self.review.setRange(0, 1)
        self.review.setSingleStep(0.05)
        self.review.setValue(settings.review_below)
        self.labels = QCheckBox()
        self.labels.setChecked(settings.show_labels)
        self.sound = QCheckBox()
        self.sound.setChecked(settings.target_sound)
        self.lab = QLineEdit(settings.lab_name)
        self.address = QLineEdit(settings.lab_address)
        self.focus = QDoubleSpinBox()
        self.focus.setRange(0, 10_000)
        self.focus.setDecimals(1)
        self.focus.setValue(settings.min_focus)
        self.colours = QComboBox()
        for palette in PALETTES:
            self.colours.addItem(_(PALETTE_NAMES[palette]), palette)
        self.colours.setCurrentIndex(max(0, self.colours.findData(settings.palette)))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("leave empty to keep the operator's PIN"))
        self.require_pin = QCheckBox()
        self.require_pin.setChecked(settings.require_signing_pin)
        self.data_dir = QLineEdit(settings.data_dir)
        self.data_dir.setPlaceholderText(self.tr("default per-user folder (restart to apply)"))
        self.paper = QComboBox()
        self.paper.addItems(list(PAPERS))
        self.paper.setCurrentText(settings.paper)
        self.min_count = QSpinBox()
        self.min_count.setRange(0, 10_000)
        self.min_count.setSuffix(self.tr(" WBC"))
        self.min_count.setValue(settings.min_count_for_flags)
        self.result_folder = QLineEdit(settings.result_folder)
        self.result_folder.setPlaceholderText(self.tr("none: no CSV/HL7 result is written"))
        self.language = QComboBox()
        system = LANGUAGES[resolve_language("", QLocale.system().uiLanguages())]
        self.language.addItem(self.tr("The system's ({0})").replace("{0}", system), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.report_english = QCheckBox()
        self.report_english.setChecked(settings.report_in_english)
        self.keys: dict[str, QLineEdit] = {}
        rows = QWidget()
        form = QFormLayout(rows)
        for label, widget in (
            (self.tr("Operator"), self.operator),
            (self.tr("Language (from the next start)"), self.language),
            (self.tr("Reports in English (for a referral lab)"), self.report_english),
            (self.tr("Model profile"), _stacked(self.profile, self.profile_from)),
            (self.tr("Detection threshold"), self.conf),
            (
                self.tr("Camera scale (µm per pixel)"),
                _with_help(
                    self.scale,
                    self.tr(
                        "For this camera and objective: photograph a stage micrometer and divide "
                        "its length in µm by its length in pixels. Applies to fields analysed "
                        "from now on."
                    ),
                ),
            ),
            (self.tr("Review cells below confidence"), self.review),
            (self.tr("Show labels"), self.labels),
            (self.tr("Colours"), self.colours),
            (self.tr("Warn below focus score"), self.focus),
            (self.tr("Sound at target"), self.sound),
            (self.tr("Lab name"), self.lab),
            (self.tr("Lab address"), self.address),
            (self.tr("Data folder"), self.data_dir),
            (self.tr("Report paper"), self.paper),
            (self.tr("High/low flags from"), self.min_count),
            (self.tr("Result folder for the LIS (on signing)"), self.result_folder),
            (self.tr("Operator's signing PIN (new)"), self.pin),
            (self.tr("Signing needs a PIN"), self.require_pin),
        ):
            form.addRow(label, widget)
        self.names: dict[str, str] = {}
        for category in categories.categories:
            edit = QLineEdit(settings.keymap.get(category.key, ""))
            edit.setMaxLength(1)
            self.keys[category.key] = edit
            self.names[category.key] = category.name
            form.addRow(self.tr("Key: {0}").replace("{0}", category.name), edit)
        _scrolling(self, rows, self.problem)

    def accept(self) -> None:
        # Checked here so that one refused value never closes the form and loses the rest.
        try:
            chosen = self.result_settings()
            clash = keymap_clash(chosen.keymap)
            if clash is not None:
                key, owners = clash
                names = [self.names.get(c, c) for c in owners]
                raise ValueError(
                    self.tr("Key {0} is given to {1}: give each category its own key.")
                    .replace("{0}", key)
                    .replace("{1}", self.tr(" and ").join(names))
                )
            check_settings(chosen)
        except (ValueError, TypeError) as exc:
            self.problem.setText(str(exc))
            return
        self.chosen = chosen
        super().accept()

    def _show_profile_source(self, name: str) -> None:
        if lab.is_lab_ref(name):
            profile_name, _version = lab.parse_ref(name)
            version = lab.version_of(name)
            said = self.tr("from the lab server: {0} v{1}").replace("{0}", profile_name)
            self.profile_from.setText(said.replace("{1}", str(version or "?")))
        elif lab.attached():
            self.profile_from.setText(self.tr("this computer's own profile"))
        else:
            self.profile_from.setText("")

    def result_settings(self) -> Settings:
        """The edited settings; ValueError when the new PIN is too short or the camera scale
        is not a plausible one."""
        # Keys of categories not shown here (another profile's) are kept as they were.
        keymap = {k: v for k, v in self.settings.keymap.items() if k not in self.keys}
        keymap |= {k: e.text().strip() for k, e in self.keys.items() if e.text().strip()}
        operator = self.operator.text().strip()
        pins = dict(self.settings.signing_pins)
        if self.pin.text():
            pins[operator] = hash_pin(self.pin.text())
        return self.settings.with_changes(
            operator=operator,
            profile=self.profile.currentText().strip() or "default",
            conf_threshold=self.conf.value() or None,
            micrometres_per_pixel=read_scale(self.scale.text()),
            review_below=self.review.value(),
            show_labels=self.labels.isChecked(),
            target_sound=self.sound.isChecked(),
            lab_name=self.lab.text().strip(),
            lab_address=self.address.text().strip(),
            data_dir=self.data_dir.text().strip(),
            palette=self.colours.currentData(),
            min_focus=self.focus.value(),
            paper=self.paper.currentText(),
            min_count_for_flags=self.min_count.value(),
            result_folder=self.result_folder.text().strip(),
            keymap=keymap,
            signing_pins=pins,
            require_signing_pin=self.require_pin.isChecked(),
            language=self.language.currentData(),
            report_in_english=self.report_english.isChecked(),
        )
