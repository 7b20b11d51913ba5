"""The status bar's part of the analysis: which models are loading, loaded or not available
(and why, once, in a message), how far the slide's analysis is, and its Cancel button."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar

from app.ui.analysis import ModelLoader, ModelState
from app.ui.errors import reporter


class AnalysisStatus(QObject):
    def __init__(self, bar: QStatusBar, loader: ModelLoader, cancel: Callable[[], None]) -> None:
        super().__init__(bar)
        self.models_label = QLabel(self.tr("Models: not loaded yet"))
        # A plain label: a QProgressBar repainted synchronously at each step (5-7 ms each).
        self.progress = QLabel()
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(lambda _checked=False: cancel())
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        bar.addPermanentWidget(self.models_label)
        loader.changed.connect(self.models_changed)

    def chosen(self, profile: str) -> None:
        """A slide opened: its profile, not the last one loaded; the details come once loaded."""
        self.models_label.setText(
            self.tr("Models: {0} (loaded for the next analysis)").replace("{0}", Path(profile).stem)
        )

    def show_progress(self, done: int, total: int) -> None:
        busy = done < total
        if self.progress.isVisible() != busy:
            self.progress.setVisible(busy)
            self.cancel_button.setVisible(busy)
        self.progress.setText(
            self.tr("Analysing {0} of {1}").replace("{0}", str(done + 1)).replace("{1}", str(total))
        )

    def models_changed(self, state: ModelState, text: str) -> None:
        if state is ModelState.LOADING:
            self.models_label.setText(self.tr("Models: loading {0}…").replace("{0}", text))
        elif state is ModelState.READY:
            self.models_label.setText(self.tr("Models: ") + text)
        else:
            self.models_label.setText(self.tr("Models: not available"))
            reporter().report(
                self.tr("Models not available"),
                text
                + "\n\n"
                + self.tr(
                    "Fields are still added and can be counted by hand. Fix the slide's model "
                    "profile (its files, or import the model again), then Re-analyse (Ctrl+R) "
                    "loads it again."
                ),
            )
