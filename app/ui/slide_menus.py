"""The counting screen's right-click menu, and the question before a field is removed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from app.core.categories import SMUDGE, CategoryKind
from app.ui import questions
from app.ui.actions import CORRECTIONS
from app.ui.translations import tr as _tr

if TYPE_CHECKING:
    from app.ui.slide_view import SlideView

#: The corrections offered by the Edit menu and the context menu, in that order.


def context_menu(view: SlideView, cell_id: int) -> QMenu:
    menu = QMenu(view)
    actions = view.actions_by_name
    if cell_id >= 0:
        classes = menu.addMenu(_tr("Class"))
        for category in view.categories.categories:
            if category.kind is not CategoryKind.IGNORED or category.key in view.keymap:
                action = classes.addAction(category.name)
                action.triggered.connect(
                    lambda _c=False, k=category.key: view.corrections.apply_category(k)
                )
        for name in CORRECTIONS:
            # Smudge cells are a class here: "not counted: smudge" would be a second way.
            if name != "not_counted_smudge" or SMUDGE not in view.categories.by_key:
                menu.addAction(actions[name])
        menu.addAction(actions["explain"])
    menu.addSeparator()
    menu.addAction(actions["reanalyse"])
    return menu


def confirm_remove_field(view: SlideView, field_id: int, number: int) -> bool:
    field = view.session.fields[field_id]
    question = (
        _tr(
            "Remove field {0} ({1}) and its {2} white cells from the count? "
            "Undo (Ctrl+Z) brings it back."
        )
        .replace("{0}", str(number))
        .replace("{1}", field.file_name)
        .replace("{2}", str(len(view.ordered_cells(field_id))))
    )
    return questions.ask_go_on(view, _tr("Remove field"), question, _tr("Remove field"))
