"""Settings → Lab adaptation: on/off, refit now, reset, and the figures each fit was judged by.

Fitting reads field images and runs the classifier on every confirmed cell, so it runs in the
background with its own connection to the store; the dialog shows the new figures when it ends.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.adaptation.fitting import describe_profile, refit_profile, reset
from app.core.adaptation.guard import MARGIN, MIN_SLIDES
from app.core.errors import SmearCountError
from app.core.store import SlideStore
from app.ui.errors import reporter
from app.ui.translations import tr as _tr
from app.ui.workers import start_call

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def start_refit(
    store: SlideStore,
    profile: str,
    default_profile: str,
    user: str,
    done: Callable[[str], None],
    failed: Callable[[str], None],
) -> None:
    """Refit the profile's adaptations in the background; ``done`` gets a line for a person,
    ``failed`` why nothing was fitted."""

    def fitted(result: object) -> None:
        count = len(result) if isinstance(result, list) else 0
        active = sum(1 for a in result if a.active) if isinstance(result, list) else 0
        said = _tr("Lab adaptation refitted: {0} stage(s), {1} switched on.")
        done(said.replace("{0}", str(count)).replace("{1}", str(active)))

    start_call(
        lambda: refit_profile(store.data_dir, profile, default_profile, user),
        _tr("Fitting the lab adaptation"),
        fitted,
        failed,
    )


class LabAdaptationDialog(QDialog):
    changed = Signal()  # refitted or reset: the models must be reloaded

    def __init__(
        self,
        store: SlideStore,
        profile: str,
        default_profile: str,
        user: str,
        enabled: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.profile, self.default_profile, self.user = (
            store,
            profile,
            default_profile,
            user,
        )
        self.setWindowTitle(self.tr("Lab adaptation"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "SmearCount learns this lab's microscope from the cells you confirmed or "
                "corrected (reviewed, relabelled, accepted with Enter) on slides of the profile "
                "'{0}'. A fit is checked on whole slides it did not see and types new analyses "
                "only when it beats the models alone by {1} of top-1 there (from {2} slides on). "
                "Cells already typed keep their labels; re-analyse a field to retype it."
            )
            .replace("{0}", profile)
            .replace("{1}", f"{MARGIN:.0%}")
            .replace("{2}", str(MIN_SLIDES))
        )
        intro.setWordWrap(True)
        self.use = QCheckBox(self.tr("Use the lab adaptation for new analyses"))
        self.use.setChecked(enabled)
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.refit_button = QPushButton(self.tr("Refit now"))
        self.refit_button.clicked.connect(self.refit)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.clicked.connect(self.reset)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.addButton(self.refit_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.use, self.figures, buttons):
            layout.addWidget(widget)
        self.show_figures()

    def show_figures(self) -> None:
        try:
            lines = describe_profile(self.profile)
        except SmearCountError as exc:
            lines = [str(exc)]
        self.figures.setText("\n".join(lines) or self.tr("This profile has no classifier."))

    def refit(self) -> None:
        self.refit_button.setEnabled(False)
        self.figures.setText(self.tr("Fitting… (the window can be used meanwhile)"))
        start_refit(
            self.store, self.profile, self.default_profile, self.user, self._fitted, self._failed
        )

    def _fitted(self, _message: str) -> None:
        self.refit_button.setEnabled(True)
        self.show_figures()
        self.changed.emit()

    def _failed(self, message: str) -> None:
        reporter().report(self.tr("Lab adaptation not fitted"), message)
        self.refit_button.setEnabled(True)
        self.show_figures()

    def reset(self) -> None:
        try:
            reset(self.store, self.profile, self.user)
        except (SmearCountError, OSError) as exc:
            reporter().report(self.tr("Lab adaptation not reset"), str(exc))
            return
        self.show_figures()
        self.changed.emit()


def refit_after(window: MainWindow) -> None:
    """A finished or signed slide brings new confirmed cells: refit in the background."""
    settings = window.settings
    if settings.lab_adaptation:
        start_refit(
            window.store,
            window.current_profile(),
            settings.profile,
            settings.operator or "unknown",
            window.adaptation_changed,
            # Not worth a dialog at every slide: the models' own failure already had one.
            lambda message: window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Lab adaptation not refitted: ") + message,
                10000,
            ),
        )


def open_dialog(window: MainWindow) -> None:
    """Settings → Lab adaptation: switching it on or off is a setting of the technician's."""
    settings = window.settings
    dialog = LabAdaptationDialog(
        window.store,
        window.current_profile(),
        settings.profile,
        settings.operator or "unknown",
        settings.lab_adaptation,
        window,
    )
    dialog.changed.connect(window.adaptation_changed)
    if dialog.exec() and dialog.use.isChecked() != settings.lab_adaptation:
        window.apply_settings(settings.with_changes(lab_adaptation=dialog.use.isChecked()))
