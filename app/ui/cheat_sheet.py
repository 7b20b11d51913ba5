"""F1: every key and mouse gesture of the window on one sheet, made from the actions themselves
(so it never disagrees with what the keys do)."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from app.ui.translations import QT_TRANSLATE_NOOP
from app.ui.translations import tr as _tr

#: What the mouse and the keys the view handles itself (not actions) do.
GESTURES = (
    (
        QT_TRANSLATE_NOOP("", "Click"),
        QT_TRANSLATE_NOOP(
            "", "select a white cell; on a spot without one: add a cell there, then its class key"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("", "Shift+click"),
        QT_TRANSLATE_NOOP("", "always add a cell, even inside another cell's box"),
    ),
    (
        QT_TRANSLATE_NOOP("", "Ctrl+click"),
        QT_TRANSLATE_NOOP("", "add a cell to the selection (Gallery: Ctrl/Shift+click)"),
    ),
    (
        QT_TRANSLATE_NOOP("", "Drag"),
        QT_TRANSLATE_NOOP("", "draw the box of a missed cell, then its class key"),
    ),
    (
        QT_TRANSLATE_NOOP("", "Drag a selected box's corner"),
        QT_TRANSLATE_NOOP("", "resize the box"),
    ),
    (
        QT_TRANSLATE_NOOP("", "Right-click"),
        QT_TRANSLATE_NOOP("", "the cell's menu: class, corrections, explain"),
    ),
    (QT_TRANSLATE_NOOP("", "Middle-drag / wheel"), QT_TRANSLATE_NOOP("", "pan / zoom the field")),
    (
        QT_TRANSLATE_NOOP("", "Tab / Shift+Tab"),
        QT_TRANSLATE_NOOP("", "next / previous white cell in reading order"),
    ),
    (
        QT_TRANSLATE_NOOP("", "Gallery: drag"),
        QT_TRANSLATE_NOOP("", "drop the selected cells on another class row"),
    ),
    (
        QT_TRANSLATE_NOOP("", "Gallery: double-click"),
        QT_TRANSLATE_NOOP("", "see the cell in its field"),
    ),
)


def key_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(keys, what) for every action with a shortcut, in the order given, each action once."""
    rows, seen = [], set()
    for action in actions:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        what = action.text().replace("&", "").rstrip("…")
        if keys and (keys, what) not in seen:
            seen.add((keys, what))
            rows.append((keys, what))
    return rows


def sheet_html(actions: Iterable[QAction]) -> str:
    def table(rows: Iterable[tuple[str, str]]) -> str:
        body = "".join(
            f"<tr><td><b>{escape(k)}</b>&nbsp;&nbsp;</td><td>{escape(w)}</td></tr>" for k, w in rows
        )
        return f"<table cellspacing=2>{body}</table>"

    # lupdate reads no calls inside f-strings: the words are translated first.
    keys, mouse = _tr("Keys"), _tr("Mouse and view")
    menus = _tr("Every other command is in the menus: Alt and the underlined letter.")
    return (
        f"<h3>{keys}</h3>{table(key_rows(actions))}"
        f"<h3>{mouse}</h3>"
        f"{table((_tr(k), _tr(w)) for k, w in GESTURES)}"
        f"<p>{menus}</p>"
    )


class CheatSheet(QDialog):
    """Not modal: it may stay open beside the field while counting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Keys and mouse"))
        self.setWindowFlag(Qt.WindowType.Tool, True)
        self.resize(560, 640)
        self.text = QTextBrowser()
        QVBoxLayout(self).addWidget(self.text)

    def show_for(self, actions: Iterable[QAction]) -> None:
        self.text.setHtml(sheet_html(actions))
        self.show()
        self.raise_()
