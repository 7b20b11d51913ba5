"""The main window: start view or the open slide, menus and toolbar, status bar, and the one
analysis worker pool. Closing waits for the worker; every change is already on disk."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QThreadPool
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QToolBar,
)

from app.core.camera.quality import QualityThresholds
from app.core.categories import DEFAULT_CATEGORY_MAP, with_palette
from app.core.errors import SmearCountError
from app.core.image_sources import image_sources
from app.core.imaging import IMAGE_SUFFIXES
from app.core.profiles import profile_categories, review_rule_for, slide_categories
from app.core.report.data import ReportData
from app.core.settings import Settings, check_settings, save_settings
from app.core.slide_checks import same_sample_warning
from app.core.store import SlideStore
from app.core.view_state import ViewState
from app.ui import finish_flow, questions, slide_admin
from app.ui.adaptation import LabAdaptationDialog, start_refit
from app.ui.analysis import Analyzer, ModelChoice
from app.ui.cheat_sheet import CheatSheet
from app.ui.dialogs import NewSlideDialog, SettingsDialog
from app.ui.errors import reporter
from app.ui.export import Reports, slide_snapshot
from app.ui.model_import import ModelImportDialog
from app.ui.resume import geometry_text
from app.ui.slide_menus import CORRECTIONS
from app.ui.slide_view import SlideView
from app.ui.start_view import StartView
from app.ui.training_export import TrainingExportDialog, start_export


class MainWindow(QMainWindow):
    def __init__(self, store: SlideStore, settings: Settings, config_dir: Path) -> None:
        super().__init__()
        self.store, self.settings, self.config_dir = store, settings, config_dir
        self.view_state = ViewState(config_dir)
        self._adaptation_revision = 0  # bumped by every refit or reset
        # The open slide's profile decides its categories; the default list until one is open.
        self.base_categories = DEFAULT_CATEGORY_MAP
        self.categories = with_palette(self.base_categories, settings.palette)
        self.analyzer = Analyzer(self._model_choice(settings.profile))
        self.analyzer.quality_limits = QualityThresholds(min_focus=settings.min_focus)
        self.analyzer.image_store = store.images
        self.slide_view: SlideView | None = None
        self.reports = Reports(self, lambda: self.settings)
        self.start = StartView(store)
        self.start.open_requested.connect(self.open_slide)
        self.start.new_requested.connect(self.new_slide_dialog)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start)
        self.setCentralWidget(self.stack)
        self.setAcceptDrops(True)
        self.resize(1400, 860)

        self.models_label = QLabel(self.tr("Models: not loaded yet"))
        # A plain label: a QProgressBar repainted synchronously at each step (5-7 ms each).
        self.progress = QLabel()
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.analyzer.cancel)
        bar = self.statusBar()
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        bar.addPermanentWidget(self.models_label)
        signals = self.analyzer.signals
        signals.model_ready.connect(
            lambda text: self.models_label.setText(self.tr("Models: ") + text)
        )
        signals.model_failed.connect(self._models_failed)
        signals.progress.connect(self._progress)
        self._build_menus()
        self._update_title()

    # ----- menus -------------------------------------------------------------------------
    def _global(
        self,
        text: str,
        slot: Any,
        keys: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        menu = self.menuBar()
        self.file_actions = {
            "new": self._global(
                self.tr("&New slide…"), self.new_slide_dialog, QKeySequence.StandardKey.New
            ),
            "open_images": self._global(
                self.tr("&Open images…"), self.choose_images, QKeySequence.StandardKey.Open
            ),
            "open_folder": self._global(
                self.tr("Open &folder…"), self.choose_folder, "Ctrl+Shift+O"
            ),
            "import_model": self._global(self.tr("&Import a model…"), self.import_model_dialog),
            "slides": self._global(self.tr("&Slides"), self.show_start, "Ctrl+Shift+L"),
            "export": self._global(self.tr("&Export report…"), self.export_report, "Ctrl+E"),
            "export_pdf": self._global(
                self.tr("Export &PDF summary…"), self.export_pdf, "Ctrl+Shift+E"
            ),
            "print": self._global(
                self.tr("&Print summary…"), self.print_summary, QKeySequence.StandardKey.Print
            ),
            "settings": self._global(
                self.tr("Se&ttings…"), self.settings_dialog, QKeySequence.StandardKey.Preferences
            ),
            "lab_adaptation": self._global(self.tr("&Lab adaptation…"), self.adaptation_dialog),
            "export_training": self._global(
                self.tr("Export &training data…"), self.export_training_dialog
            ),
            "quit": self._global(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit),
            "keys": self._global(self.tr("&Keys and mouse…"), self.show_keys, "F1"),
        }
        file_menu = menu.addMenu(self.tr("&File"))
        for name in (
            "new",
            "open_images",
            "open_folder",
            "export",
            "export_pdf",
            "print",
            "slides",
            "import_model",
        ):
            file_menu.addAction(self.file_actions[name])
        file_menu.addAction(self.file_actions["export_training"])
        file_menu.addSeparator()
        for name in ("settings", "lab_adaptation", "quit"):
            file_menu.addAction(self.file_actions[name])
        self.slide_actions = {
            "finish": self._global(self.tr("&Finish slide…"), self.finish_slide),
            "sign": self._global(self.tr("&Sign slide…"), self.sign_slide),
            "unsign": self._global(self.tr("&Unsign slide…"), self.unsign_slide),
            "details": self._global(
                self.tr("Edit slide &details…"), partial(slide_admin.edit_details, self)
            ),
            "delete": self._global(
                self.tr("&Delete slide…"), partial(slide_admin.delete_slide, self)
            ),
        }
        self.edit_menu = menu.addMenu(self.tr("&Edit"))
        self.view_menu = menu.addMenu(self.tr("&View"))
        self.slide_menu = menu.addMenu(self.tr("&Slide"))
        menu.addMenu(self.tr("&Help")).addAction(self.file_actions["keys"])
        self.cheat_sheet = CheatSheet(self)
        self.toolbar = QToolBar(self.tr("Main"))
        self.addToolBar(self.toolbar)
        for name in ("slides", "new", "open_images", "export"):
            self.toolbar.addAction(self.file_actions[name])
        self._slide_toolbar: list[QAction] = []
        self._fill_slide_menus()

    def _fill_slide_menus(self) -> None:
        for menu in (self.edit_menu, self.view_menu, self.slide_menu):
            menu.clear()
        for action in self._slide_toolbar:
            self.toolbar.removeAction(action)
        self._slide_toolbar = []
        view = self.slide_view
        enabled = view is not None
        for menu in (self.edit_menu, self.view_menu, self.slide_menu):
            menu.setEnabled(enabled)
        for action in self.slide_actions.values():
            action.setEnabled(enabled)
        # Fields belong to a slide: from the start page these would only end in "open one".
        for name in ("export", "export_pdf", "print", "open_images", "open_folder"):
            self.file_actions[name].setEnabled(enabled)
        if view is None:
            return
        acts = view.actions_by_name
        for name in ("undo", "redo", *CORRECTIONS):
            self.edit_menu.addAction(acts[name])
        classes = self.edit_menu.addMenu(self.tr("Class"))
        for name, action in acts.items():
            if name.startswith("class_"):
                classes.addAction(action)
        for name in (
            "next_review",
            "next_field",
            "prev_field",
            "zoom_in",
            "zoom_out",
            "fit",
            "actual",
            "labels",
            "keypad",
        ):
            self.view_menu.addAction(acts[name])
        for name in ("reanalyse", "remove_field"):
            self.slide_menu.addAction(acts[name])
        self.slide_menu.addSeparator()
        for action in self.slide_actions.values():
            self.slide_menu.addAction(action)
        for name in ("undo", "redo", "next_review", "reanalyse", "fit"):
            self.toolbar.addAction(acts[name])
            self._slide_toolbar.append(acts[name])
        self._update_enabled()

    def show_keys(self) -> None:
        counting = self.slide_view.actions_by_name.values() if self.slide_view else []
        self.cheat_sheet.show_for(
            [*counting, *self.file_actions.values(), *self.slide_actions.values()]
        )

    def _update_enabled(self) -> None:
        view = self.slide_view
        if view is None:
            return
        session = view.session
        view.actions_by_name["undo"].setEnabled(session.can_undo())
        view.actions_by_name["redo"].setEnabled(session.can_redo())
        locked = session.slide.locked
        self.slide_actions["sign"].setEnabled(not locked)
        self.slide_actions["finish"].setEnabled(not locked)
        self.slide_actions["unsign"].setEnabled(locked)
        self.slide_actions["details"].setEnabled(not locked)
        self.slide_actions["delete"].setEnabled(not locked)
        self.file_actions["open_images"].setEnabled(not locked)
        self.file_actions["open_folder"].setEnabled(not locked)

    def _update_title(self) -> None:
        if self.slide_view is None:
            self.setWindowTitle(self.tr("SmearCount — Slides"))
            return
        slide = self.slide_view.session.slide
        suffix = {"signed": self.tr(" (signed, read-only)"), "finished": self.tr(" (finished)")}
        self.setWindowTitle(f"SmearCount — {slide.sample_id}{suffix.get(slide.state, '')}")

    # ----- slides --------------------------------------------------------------------------
    def new_slide_dialog(self) -> None:
        dialog = NewSlideDialog(self.settings, self, partial(same_sample_warning, self.store))
        if dialog.exec():
            values = dialog.values()
            operator = dialog.operator.text().strip()
            self.create_slide(operator, values)

    def create_slide(self, operator: str, values: dict[str, Any]) -> None:
        try:
            session = self.store.create_slide(
                operator or self.settings.operator or "unknown",
                categories=profile_categories(self._profile_or_default(values.get("profile"))),
                **values,
            )
        except SmearCountError as exc:
            reporter().report_exception(exc, "new slide")
            return
        if operator and operator != self.settings.operator:
            self.apply_settings(self.settings.with_changes(operator=operator))
        self.open_slide(session.slide_id)

    def open_slide(self, slide_id: int) -> None:
        try:
            session = self.store.open(slide_id, self.settings.operator or "unknown")
        except SmearCountError as exc:
            reporter().report_exception(exc, "open slide")
            return
        self._close_slide_view()
        profile = self._profile_or_default(session.slide.profile)
        self.analyzer.set_models(self._model_choice(profile))
        # This slide's profile, not the last one loaded; the details come once it is loaded.
        self.models_label.setText(
            self.tr("Models: {0} (loaded for the next analysis)").replace("{0}", Path(profile).stem)
        )
        [self.base_categories] = slide_categories([session.slide])
        self.categories = with_palette(self.base_categories, self.settings.palette)
        review = review_rule_for(profile, self.settings.review_below)
        place = self.view_state.place(slide_id)
        view = SlideView(session, self.settings, self.analyzer, self.categories, review, place)
        view.status.connect(lambda text: self.statusBar().showMessage(text, 6000))
        view.changed.connect(self._slide_changed)
        view.place_changed.connect(self._remember_place)
        self.slide_view = view
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        view.view.setFocus()
        self._fill_slide_menus()
        self._update_title()

    def _slide_changed(self) -> None:
        self._update_enabled()
        self._update_title()

    def _remember_place(self) -> None:
        if self.slide_view is not None:
            self.view_state.remember(self.slide_view.session.slide_id, self.slide_view.place())

    def _close_slide_view(self) -> None:
        if self.slide_view is not None:
            self._remember_place()
            self.slide_view.close_session()
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
        self._fill_slide_menus()
        self._update_title()

    def finish_slide(self) -> None:
        if self.slide_view is not None and finish_flow.finish(self, self.slide_view):
            self._refit_adaptation()  # a finished slide brings confirmed cells

    def sign_slide(self) -> None:
        if self.slide_view is not None and finish_flow.sign(self, self.slide_view, self.settings):
            self.reports.write_results(self._snapshot())  # signed: the result goes to the LIS
            self._refit_adaptation()

    def unsign_slide(self) -> None:
        view = self.slide_view
        if view is None:
            return
        reason = questions.ask_text(
            self, self.tr("Unsign slide"), self.tr("Reason (kept in the audit trail):")
        )
        if reason is not None:
            view._do(lambda: view.session.unsign(reason))

    # ----- report --------------------------------------------------------------------------
    def _snapshot(self) -> ReportData:
        view = self.slide_view
        assert view is not None
        return slide_snapshot(view.session, self.categories, view.ranges, self.settings)

    def export_report(self) -> None:
        if self.slide_view is not None:
            self.reports.export_workbook(self._snapshot())

    def export_to(self, path: Path) -> None:
        """Snapshot the slide now, write the workbook in a worker."""
        if self.slide_view is not None:
            self.reports.workbook_to(self._snapshot(), path)

    def export_pdf(self) -> None:
        if self.slide_view is not None:
            self.reports.export_pdf(self._snapshot())

    def print_summary(self) -> None:
        if self.slide_view is not None:
            self.reports.print_summary(self._snapshot())

    # ----- images --------------------------------------------------------------------------
    def choose_images(self) -> None:
        patterns = " ".join(f"*{s}" for s in sorted(IMAGE_SUFFIXES))
        filters = self.tr("Images or a zip of cell images") + f" ({patterns} *.zip)"
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Open images"), "", filters)
        self.open_images([Path(p) for p in paths])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open folder"))
        if folder:
            self.open_images([Path(folder)])

    def open_images(self, paths: list[Path]) -> None:
        """Image files, the images in folders, or every image in a zip (single-cell sets)."""
        if not paths:
            return
        if self.slide_view is None:
            reporter().report(
                self.tr("No slide open"),
                self.tr("Create or open a slide first, then add its fields."),
            )
            return
        try:
            sources = image_sources(paths)
        except SmearCountError as exc:
            reporter().report_exception(exc, "open images")
            return
        self.slide_view.intake.import_sources(sources)

    @staticmethod
    def _paths(mime: QMimeData) -> list[Path]:
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.open_images(self._paths(event.mimeData()))
        event.acceptProposedAction()

    def _progress(self, _request: int, done: int, total: int) -> None:
        busy = done < total
        if self.progress.isVisible() != busy:
            self.progress.setVisible(busy)
            self.cancel_button.setVisible(busy)
        self.progress.setText(
            self.tr("Analysing {0} of {1}").replace("{0}", str(done + 1)).replace("{1}", str(total))
        )

    def _models_failed(self, message: str) -> None:
        self.models_label.setText(self.tr("Models: not available"))
        reporter().report(
            self.tr("Models not available"),
            message
            + "\n\n"
            + self.tr(
                "Fields are still added and can be counted by hand; choose a working profile in "
                "Settings and use Re-analyse."
            ),
        )

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
        self.categories = with_palette(self.base_categories, settings.palette)
        self.analyzer.quality_limits = QualityThresholds(min_focus=settings.min_focus)
        slide = self.slide_view.session.slide if self.slide_view else None
        profile = self._profile_or_default(slide.profile if slide else None)
        self.analyzer.set_models(self._model_choice(profile))
        if slide is not None:
            self._remember_place()  # reopened where the technician is, not at field 1
            self.open_slide(slide.id)  # new keys, thresholds, labels
        return True

    def _profile_or_default(self, profile: str | None) -> str:
        """A slide's profile; Settings' for a slide created without one."""
        return profile or self.settings.profile

    def _model_choice(self, profile: str) -> ModelChoice:
        return ModelChoice(
            profile,
            self.settings.conf_threshold,
            self.settings.lab_adaptation,
            self._adaptation_revision,
            self.settings.micrometres_per_pixel,
        )

    # ----- lab adaptation and training data (app/ui/adaptation.py, training_export.py) ------
    def _current_profile(self) -> str:
        slide = self.slide_view.session.slide if self.slide_view else None
        return self._profile_or_default(slide.profile if slide else None)

    def _adaptation_changed(self, message: str = "") -> None:
        """A refit or reset: analyses from now on load the new adaptation."""
        self._adaptation_revision += 1
        self.analyzer.set_models(self._model_choice(self._current_profile()))
        if message:
            self.statusBar().showMessage(message, 10000)

    def _refit_adaptation(self) -> None:
        """A finished or signed slide brings new confirmed cells: refit in the background."""
        if self.settings.lab_adaptation:
            start_refit(
                self.store,
                self._current_profile(),
                self.settings.profile,
                self.settings.operator or "unknown",
                self._adaptation_changed,
                # Not worth a dialog at every slide: the models' own failure already had one.
                lambda message: self.statusBar().showMessage(
                    self.tr("Lab adaptation not refitted: ") + message, 10000
                ),
            )

    def adaptation_dialog(self) -> None:
        dialog = LabAdaptationDialog(
            self.store,
            self._current_profile(),
            self.settings.profile,
            self.settings.operator or "unknown",
            self.settings.lab_adaptation,
            self,
        )
        dialog.changed.connect(self._adaptation_changed)
        if dialog.exec() and dialog.use.isChecked() != self.settings.lab_adaptation:
            self.apply_settings(self.settings.with_changes(lab_adaptation=dialog.use.isChecked()))

    def export_training_dialog(self) -> None:
        open_slide = self.slide_view.session.slide_id if self.slide_view else None
        dialog = TrainingExportDialog(self.store, open_slide, self)
        if dialog.exec():
            ids, fmt, folder = dialog.chosen()
            start_export(
                self.store,
                ids,
                fmt,
                folder,
                self.settings.operator or "unknown",
                lambda text: self.statusBar().showMessage(text, 10000),
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.view_state.window_geometry = geometry_text(self)
        self.analyzer.shutdown()  # every change is already stored; just let the worker stop
        QThreadPool.globalInstance().waitForDone()  # a report being written is finished
        self._close_slide_view()
        self.view_state.save()
        self.store.close()
        event.accept()
