"""Every action of the window, by name, in two tables: the counting actions of an open slide
(their keys work where the slide view has focus) and the window's own (File, Slide, Help). The
menus and the toolbar (``fill_menus``), the F1 sheet and the tests find each by its name.

Texts are translated in the context of their owner's class ("SlideView", "MainWindow"), as
``self.tr`` there would."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.core.records import NotCountedReason
from app.ui import (
    adaptation,
    open_fields,
    people_dialog,
    publish_profile,
    slide_admin,
    training_export,
)
from app.ui.translations import tr

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow
    from app.ui.slide_view import SlideView

Keys = QKeySequence.StandardKey | str | None
Key = QKeySequence.StandardKey

# The Edit menu's corrections, in menu order (the context menu offers the same).
CORRECTIONS = (
    "delete",
    "not_counted_smudge",
    "not_counted_artefact",
    "not_counted_broken",
    "count_again",
    "accept",
)


def action(
    owner: QWidget, text: str, slot: Callable[[], object], keys: Keys = None, local: bool = False
) -> QAction:
    """One action; ``local``: its key works only where ``owner`` (or a child) has focus."""
    made = QAction(text, owner)
    if keys is not None:
        made.setShortcut(QKeySequence(keys))
    if local:
        made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        owner.addAction(made)
    made.triggered.connect(lambda _checked=False: slot())
    return made


def checkable(made: QAction, checked: bool) -> QAction:
    made.setCheckable(True)
    made.setChecked(checked)
    return made


def counting_actions(view: SlideView) -> dict[str, QAction]:
    def add(text: str, slot: Callable[[], object], keys: Keys = None) -> QAction:
        return action(view, text, slot, keys, local=True)

    fix = view.corrections
    acts = {
        "undo": add(tr("Undo"), fix.undo, Key.Undo),
        "redo": add(tr("Redo"), fix.redo, "Ctrl+Shift+Z"),
        "delete": add(tr("Delete false detection"), fix.delete_selected, Key.Delete),
    }
    for reason, keys in (
        (NotCountedReason.SMUDGE, "N"),
        (NotCountedReason.ARTEFACT, "Shift+N"),
        (NotCountedReason.BROKEN, "Alt+N"),
    ):
        acts[f"not_counted_{reason.value}"] = add(
            tr("Not counted: {0}").replace("{0}", reason.value),
            partial(fix.mark_selected, reason),
            keys,
        )
    field_view = view.view
    acts |= {
        "count_again": add(tr("Count again"), fix.count_selected_again),
        "accept": add(tr("Accept and go to next to review"), fix.accept_and_next, "Return"),
        "next_review": add(tr("Next cell to review"), view.next_to_review, "R"),
        "next_field": add(tr("Next field"), lambda: view.step_field(1), "PgDown"),
        "prev_field": add(tr("Previous field"), lambda: view.step_field(-1), "PgUp"),
        "zoom_in": add(tr("Zoom in"), lambda: field_view.zoom(1.25), "Ctrl++"),
        "zoom_out": add(tr("Zoom out"), lambda: field_view.zoom(0.8), "Ctrl+-"),
        "fit": add(tr("Fit"), field_view.fit, "Ctrl+0"),
        "actual": add(tr("1:1"), field_view.actual_size, "Ctrl+1"),
        "reanalyse": add(tr("Re-analyse field"), view.reanalyse_current, "Ctrl+R"),
        "remove_field": add(tr("Remove field"), view.remove_current_field),
        "cancel": add(tr("Cancel"), view.cancel_pending, "Escape"),
        "explain": add(tr("Explain: what the classifier looked at"), view.explain_selected, "E"),
        "capture": add(tr("Capture field"), view.capture_key, "Space"),
        "labels": checkable(
            add(tr("Show labels"), view.refresh_overlay, "L"), view.settings.show_labels
        ),
        "keypad": checkable(add(tr("Show keypad"), view.toggle_keypad, "K"), True),
    }
    for category in view.categories.categories:
        if category.key in view.keymap:
            acts[f"class_{category.key}"] = add(
                category.name, partial(fix.apply_category, category.key), view.keymap[category.key]
            )
    return acts


def window_actions(window: MainWindow) -> tuple[dict[str, QAction], dict[str, QAction]]:
    """The File and Help menus' actions, and the Slide menu's own."""

    def add(text: str, slot: Callable[[], object], keys: Keys = None) -> QAction:
        return action(window, text, slot, keys)

    files = {
        "new": add(tr("&New slide…"), window.new_slide_dialog, Key.New),
        "open_images": add(
            tr("&Open images…"), partial(open_fields.choose_images, window), Key.Open
        ),
        "open_folder": add(
            tr("Open &folder…"), partial(open_fields.choose_folder, window), "Ctrl+Shift+O"
        ),
        "import_model": add(tr("&Import a model…"), window.import_model_dialog),
        "slides": add(tr("&Slides"), window.show_start, "Ctrl+Shift+L"),
        "export": add(tr("&Export report…"), window.reports.export_workbook, "Ctrl+E"),
        "export_pdf": add(tr("Export &PDF summary…"), window.reports.export_pdf, "Ctrl+Shift+E"),
        "print": add(tr("&Print summary…"), window.reports.print_summary, Key.Print),
        "settings": add(tr("Se&ttings…"), window.settings_dialog, Key.Preferences),
        "database": add(tr("&Database…"), window.database_dialog),
        "people": add(tr("&People…"), partial(people_dialog.open_dialog, window)),
        "publish": add(tr("P&ublish profile…"), partial(publish_profile.open_dialog, window)),
        "lab_adaptation": add(tr("&Lab adaptation…"), partial(adaptation.open_dialog, window)),
        "export_training": add(
            tr("Export &training data…"), partial(training_export.open_dialog, window)
        ),
        "quit": add(tr("&Quit"), window.close, Key.Quit),
        "keys": add(tr("&Keys and mouse…"), lambda: window.menus.show_keys(), "F1"),
    }
    slide = {
        "finish": add(tr("&Finish slide…"), window.finish_slide),
        "sign": add(tr("&Sign slide…"), window.sign_slide),
        "unsign": add(tr("&Unsign slide…"), window.unsign_slide),
        "details": add(tr("Edit slide &details…"), partial(slide_admin.edit_details, window)),
        "delete": add(tr("&Delete slide…"), partial(slide_admin.delete_slide, window)),
    }
    return files, slide


FILE_MENU = ("new", "open_images", "open_folder", "export", "export_pdf", "print", "slides")
FILE_MENU_TAIL = (
    "import_model", "export_training", None, "settings", "database", "people", "publish",
    "lab_adaptation", "quit",
)  # fmt: skip
#: Shown only to one signed in on a lab server who may do what each needs (``may_manage``).
ADMINISTRATION = {"people": "manage people", "publish": "manage profiles"}
VIEW_MENU = (
    "next_review",
    "next_field",
    "prev_field",
    "zoom_in",
    "zoom_out",
    "fit",
    "actual",
    "labels",
    "keypad",
)
TOOLBAR = ("slides", "new", "open_images", "export")
SLIDE_TOOLBAR = ("undo", "redo", "next_review", "reanalyse", "fit")
# Fields belong to a slide: from the start page these would only end in "open one".
NEED_A_SLIDE = ("export", "export_pdf", "print", "open_images", "open_folder")
