"""The menus and the toolbar of the main window, filled from the action tables (actions.py):
the File and Help menus always, Edit, View and Slide with the open slide's actions, and which
of them a signed slide or no slide at all leaves enabled."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar

from app.ui.actions import (
    ADMINISTRATION,
    CORRECTIONS,
    FILE_MENU,
    FILE_MENU_TAIL,
    NEED_A_SLIDE,
    SLIDE_TOOLBAR,
    TOOLBAR,
    VIEW_MENU,
    window_actions,
)
from app.ui.cheat_sheet import CheatSheet
from app.ui.people_dialog import may_manage
from app.ui.translations import tr

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


class WindowMenus:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.file_actions, self.slide_actions = window_actions(window)
        bar = window.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        for name in (*FILE_MENU, *FILE_MENU_TAIL):
            if name is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(self.file_actions[name])
        self.edit_menu = bar.addMenu(tr("&Edit"))
        self.view_menu = bar.addMenu(tr("&View"))
        self.slide_menu = bar.addMenu(tr("&Slide"))
        bar.addMenu(tr("&Help")).addAction(self.file_actions["keys"])
        self.cheat_sheet = CheatSheet(window)
        self.toolbar = QToolBar(tr("Main"))
        window.addToolBar(self.toolbar)
        for name in TOOLBAR:
            self.toolbar.addAction(self.file_actions[name])
        self._slide_toolbar: list[QAction] = []
        self.store_changed()

    def store_changed(self) -> None:
        """The administration actions, for one who may use them on this store only."""
        for name, act in ADMINISTRATION.items():
            self.file_actions[name].setVisible(may_manage(self.window.store, act))

    def fill(self) -> None:
        """The Edit, View and Slide menus for the open slide (empty and off without one)."""
        for menu in (self.edit_menu, self.view_menu, self.slide_menu):
            menu.clear()
        for made in self._slide_toolbar:
            self.toolbar.removeAction(made)
        self._slide_toolbar = []
        view = self.window.slide_view
        for menu in (self.edit_menu, self.view_menu, self.slide_menu):
            menu.setEnabled(view is not None)
        for made in self.slide_actions.values():
            made.setEnabled(view is not None)
        for name in NEED_A_SLIDE:
            self.file_actions[name].setEnabled(view is not None)
        if view is None:
            return
        acts = view.actions_by_name
        for name in ("undo", "redo", *CORRECTIONS):
            self.edit_menu.addAction(acts[name])
        classes = self.edit_menu.addMenu(tr("Class"))
        for name, made in acts.items():
            if name.startswith("class_"):
                classes.addAction(made)
        for name in VIEW_MENU:
            self.view_menu.addAction(acts[name])
        for name in ("reanalyse", "remove_field"):
            self.slide_menu.addAction(acts[name])
        self.slide_menu.addSeparator()
        for made in self.slide_actions.values():
            self.slide_menu.addAction(made)
        for name in SLIDE_TOOLBAR:
            self.toolbar.addAction(acts[name])
            self._slide_toolbar.append(acts[name])
        self.update_enabled()

    def update_enabled(self) -> None:
        """Undo and redo as the session allows; a signed slide is read-only."""
        view = self.window.slide_view
        if view is None:
            return
        session = view.session
        view.actions_by_name["undo"].setEnabled(session.can_undo())
        view.actions_by_name["redo"].setEnabled(session.can_redo())
        locked = session.slide.locked
        for name in ("sign", "finish", "details", "delete"):
            self.slide_actions[name].setEnabled(not locked)
        self.slide_actions["unsign"].setEnabled(locked)
        for name in ("open_images", "open_folder"):
            self.file_actions[name].setEnabled(not locked)

    def show_keys(self) -> None:
        view = self.window.slide_view
        counting = view.actions_by_name.values() if view else []
        self.cheat_sheet.show_for(
            [*counting, *self.file_actions.values(), *self.slide_actions.values()]
        )
