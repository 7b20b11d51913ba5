"""The keypad legend beside the count: each class key where it sits on a numeric keypad
(7 8 9 / 4 5 6 / 1 2 3 / 0), in its category's colour. It can be hidden (View menu, K): the
count table's Key column shows the same keys."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from app.core.categories import CategoryMap

POSITIONS = {
    "7": (0, 0),
    "8": (0, 1),
    "9": (0, 2),
    "4": (1, 0),
    "5": (1, 1),
    "6": (1, 2),
    "1": (2, 0),
    "2": (2, 1),
    "3": (2, 2),
    "0": (3, 0),
}


class Keypad(QWidget):
    def __init__(
        self, categories: CategoryMap, keymap: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        keyed = [c for c in categories.categories if c.key in keymap]
        for index, category in enumerate(keyed):
            key = keymap[category.key]
            tile = QLabel(f"<b>{key}</b> {category.name}")
            tile.setWordWrap(True)  # a narrow panel wraps long names instead of widening
            tile.setStyleSheet(f"border-left: 6px solid {category.colour}; padding: 2px 4px")
            row, column = POSITIONS.get(key, (4 + index // 3, index % 3))
            grid.addWidget(tile, row, column)
