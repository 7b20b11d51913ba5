"""The main window: start view or the open slide, menus and toolbar, status bar, and the one
analysis worker pool. Closing waits for the worker; every change is already on disk."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from app.core.camera.quality import QualityThresholds
from app.core.categories import DEFAULT_CATEGORY_MAP
from app.core.errors import SmearCountError
from app.core.settings import Settings, check_settings, save_settings
from app.core.slide_checks import same_sample_warning
from app.core.slide_setup import new_slide_categories, slide_profile, slide_setup
from app.core.store import SlideSession, SlideStore
from app.core.view_state import ViewState
from app.ui import adaptation, finish_flow, open_fields, questions, workers
from app.ui.analysis import Analyzer, ModelChoice
from app.ui.analysis_status import AnalysisStatus
from app.ui.corrections import run_command
from app.ui.database_dialog import DatabaseDialog, signed_in_text, station_settings
from app.ui.dialogs import NewSlideDialog, SettingsDialog
from app.ui.errors import reporter
from app.ui.export import Reports
from app.ui.model_import import ModelImportDialog
from app.ui.resume import geometry_text
from app.ui.slide_view import SlideView
from app.ui.start_view import StartView
from app.ui.station import LabStation, open_session
from app.ui.window_menus import WindowMenus


class MainWindow(QMainWindow):
    def __init__(self, store: SlideStore, settings: Settings, config_dir: Path) -> None:
        super().__init__()
        self.store, self.settings, self.config_dir = store, settings, config_dir
        self.view_state = ViewState(config_dir)
        self._adaptation_revision = 0  # bumped by every refit or reset
        self.analyzer = Analyzer(self._model_choice(settings.profile))
        self.analyzer.quality_limits = QualityThresholds(min_focus=settings.min_focus)
        self.analyzer.image_store = store.worker_images
        self.slide_view: SlideView | None = None
        self.reports = Reports(self, lambda: self.settings, lambda: self.slide_view)
        self.start = StartView(store, rules=lambda: self.settings.count_rules())
        self.start.open_requested.connect(self.open_slide)
        self.start.new_requested.connect(self.new_slide_dialog)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start)
        self.station = LabStation(self)  # on a lab server: who has what open, away or not
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.station.panel)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.setAcceptDrops(True)
        self.resize(1400, 860)

        self.status = AnalysisStatus(self.statusBar(), self.analyzer.loader, self._cancel_analysis)
        self.models_label, self.cancel_button = self.status.models_label, self.status.cancel_button
        self.person_label = QLabel(signed_in_text(store))
        self.statusBar().addPermanentWidget(self.person_label)
        self.menus = WindowMenus(self)
        self.file_actions, self.slide_actions = self.menus.file_actions, self.menus.slide_actions
        self.cheat_sheet = self.menus.cheat_sheet
        self.menus.fill()
        self._update_title()

    def _update_title(self) -> None:
        if self.slide_view is None:
            self.setWindowTitle(self.tr("SmearCount — Slides"))
            return
        session = self.slide_view.session
        suffix = {"signed": self.tr(" (signed, read-only)"), "finished": self.tr(" (finished)")}
        text = suffix.get(session.slide.state, "")
        if self.station.offline.counting_here:
            text += self.tr(" (counting on this computer — will be sent to the lab server)")
        elif self.store.server is not None and (session.hold is None or self.station.lost):
            text += self.tr(" (looking only: open at another station)")
        self.setWindowTitle(f"SmearCount — {session.slide.sample_id}{text}")

    def slide_lost(self) -> None:
        """Another station took the open slide over (``station``)."""
        self._update_title()

    # ----- slides --------------------------------------------------------------------------
    def new_slide_dialog(self) -> None:
        dialog = NewSlideDialog(self.settings, self, partial(same_sample_warning, self.store))
        dialog.operator.setEnabled(self.store.person is None)  # else: the signed-in person
        if dialog.exec():
            values = dialog.values()
            operator = dialog.operator.text().strip()
            self.create_slide(operator, values)

    def create_slide(self, operator: str, values: dict[str, Any]) -> None:
        try:
            session = self.store.create_slide(
                operator or self.settings.operator or "unknown",
                categories=new_slide_categories(values.get("profile"), self.settings),
                **values,
            )
        except SmearCountError as exc:
            reporter().report_exception(exc, "new slide")
            return
        if operator and operator != self.settings.operator:
            self.apply_settings(self.settings.with_changes(operator=operator))
        self.open_slide(session.slide_id)

    def open_slide(self, slide_id: int) -> None:
        self._close_slide_view()  # this window's own hold on it goes first
        session = open_session(self, slide_id)
        if session is None:
            self.show_start()
            return
        self.show_session(session)

    def show_session(self, session: SlideSession) -> None:
        """Count on ``session`` (this window's store's, or the copy on this computer while the
        lab server is away: ``station``)."""
        self._close_slide_view()
        slide_id = session.slide_id
        setup = slide_setup(session.slide, self.settings)
        self.analyzer.loader.choose(self._model_choice(setup.profile))
        self.status.chosen(setup.profile)
        place = self.view_state.place(slide_id)
        view = SlideView(session, self.settings, self.analyzer, setup, place)
        view.status.connect(lambda text: self.statusBar().showMessage(text, 6000))
        view.changed.connect(self._slide_changed)
        view.place_changed.connect(self._remember_place)
        view.intake.progress.connect(self.status.show_progress)
        self.slide_view = view
        self.station.slide_opened()
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        view.view.setFocus()
        self.menus.fill()
        self._update_title()

    def _slide_changed(self) -> None:
        self.menus.update_enabled()
        self._update_title()

    def _remember_place(self) -> None:
        if self.slide_view is not None:
            self.view_state.remember(self.slide_view.session.slide_id, self.slide_view.place())

    def _close_slide_view(self) -> None:
        if self.slide_view is not None:
            self.station.follow.stop()
            self._remember_place()
            said = self.slide_view.close_session()
            self.slide_view.session.close()  # other stations may have it now
            if said:
                reporter().report(self.tr("Import stopped"), said)
            self.stack.removeWidget(self.slide_view)
            self.slide_view.deleteLater()
            self.slide_view = None

    def show_start(self) -> None:
        self._close_slide_view()
        self.view_state.last_slide = None  # a restart opens the list, as it was left
        self.view_state.save()
        self.statusBar().clearMessage()  # words about the closed slide's cells
        self.start.refresh()
        self.stack.setCurrentWidget(self.start)
        self.menus.fill()
        self._update_title()

    def finish_slide(self) -> None:
        if self.slide_view is not None and finish_flow.finish(self, self.slide_view):
            adaptation.refit_after(self)  # a finished slide brings confirmed cells

    def sign_slide(self) -> None:
        if self.slide_view is not None and finish_flow.sign(self, self.slide_view, self.settings):
            self.reports.write_results()  # signed: the result goes to the LIS
            adaptation.refit_after(self)

    def unsign_slide(self) -> None:
        view = self.slide_view
        if view is None:
            return
        reason = questions.ask_text(
            self, self.tr("Unsign slide"), self.tr("Reason (kept in the audit trail):")
        )
        if reason is not None:
            run_command(lambda: view.session.unsign(reason))

    # ----- images (open_fields.py) -----------------------------------------------------------
    def open_images(self, paths: list[Path]) -> None:
        open_fields.open_images(self, paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.open_images(open_fields.dropped(event.mimeData()))
        event.acceptProposedAction()

    def _cancel_analysis(self) -> None:
        if self.slide_view is not None:
            self.slide_view.intake.cancel()

    # ----- settings ------------------------------------------------------------------------
    def import_model_dialog(self) -> None:
        dialog = ModelImportDialog(self)
        dialog.saved.connect(
            lambda path: self.statusBar().showMessage(
                self.tr("Profile saved: {0}").replace("{0}", Path(path).stem), 10000
            )
        )
        dialog.exec()

    def settings_dialog(self) -> None:
        # The technician's own keys, for the default categories, whatever slide is open.
        dialog = SettingsDialog(self.settings, DEFAULT_CATEGORY_MAP, self)
        if dialog.exec():
            self.apply_settings(dialog.chosen)

    def database_dialog(self) -> None:
        """Settings → Database: this computer or the lab server, signed in as a person."""
        store = self.store
        url = store.server or self.settings.database_url
        dialog = DatabaseDialog(
            store.data_dir, url, self.settings.operator, store.server is not None, self
        )
        if dialog.exec() and dialog.store is not None:
            self.use_store(dialog.store, dialog.chosen_url)

    def use_store(self, store: SlideStore, url: str) -> None:
        """Work on ``store`` from now on (the slides of ``url``, or of this computer)."""
        self.show_start()  # the open slide lets go of the old store first
        store.claim_folder(self.store)
        self.store.close()
        self.store = self.start.store = store
        self.station.store_changed()
        self.menus.store_changed()
        self.analyzer.image_store = store.worker_images
        self.apply_settings(station_settings(self.settings, store, url))
        self.person_label.setText(signed_in_text(store))
        self.start.refresh()
        self.statusBar().showMessage(self.tr("Slides from {0}.").replace("{0}", store.where), 10000)

    def apply_settings(self, settings: Settings) -> bool:
        try:
            check_settings(settings)
            save_settings(self.config_dir, settings)
        except (ValueError, TypeError) as exc:
            reporter().report(self.tr("Settings not saved"), str(exc))
            return False
        except SmearCountError as exc:
            reporter().report_exception(exc, "settings")
            return False
        self.settings = settings
        self.analyzer.quality_limits = QualityThresholds(min_focus=settings.min_focus)
        slide = self.slide_view.session.slide if self.slide_view else None
        self.analyzer.loader.choose(self._model_choice(slide_profile(slide, settings)))
        if slide is not None:
            self._remember_place()  # reopened where the technician is, not at field 1
            self.open_slide(slide.id)  # new keys, thresholds, labels
        return True

    def _model_choice(self, profile: str) -> ModelChoice:
        return ModelChoice(
            profile,
            self.settings.conf_threshold,
            self.settings.lab_adaptation,
            self._adaptation_revision,
            self.settings.micrometres_per_pixel,
        )

    # ----- lab adaptation (adaptation.py) ----------------------------------------------------
    def current_profile(self) -> str:
        slide = self.slide_view.session.slide if self.slide_view else None
        return slide_profile(slide, self.settings)

    def adaptation_changed(self, message: str = "") -> None:
        """A refit or reset: analyses from now on load the new adaptation."""
        self._adaptation_revision += 1
        self.analyzer.loader.choose(self._model_choice(self.current_profile()))
        if message:
            self.statusBar().showMessage(message, 10000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.view_state.window_geometry = geometry_text(self)
        self._close_slide_view()  # its jobs stop; what an import read is stored
        workers.wait_all()  # a report being written, a refit: finished, never cut
        self.analyzer.shutdown()
        self.station.stop()
        self.view_state.save()
        self.store.close()
        event.accept()
