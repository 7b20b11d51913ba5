"""F1: every key and mouse gesture of the window on one sheet, made from the actions themselves
(so it never disagrees with what the keys do)."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("CheatSheet", text)


#: What the mouse and the keys the view handles itself (not actions) do.
GESTURES = (
    ("Click", "select a white cell; on a spot without one: add a cell there, then its class key"),
    ("Shift+click", "always add a cell, even inside another cell's box"),
    ("Ctrl+click", "add a cell to the selection (Gallery: Ctrl/Shift+click)"),
    ("Drag", "draw the box of a missed cell, then its class key"),
    ("Drag a selected box's corner", "resize the box"),
    ("Right-click", "the cell's menu: class, corrections, explain"),
    ("Middle-drag / wheel", "pan / zoom the field"),
    ("Tab / Shift+Tab", "next / previous white cell in reading order"),
    ("Gallery: drag", "drop the selected cells on another class row"),
    ("Gallery: double-click", "see the cell in its field"),
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

    return (
        f"<h3>{_tr('Keys')}</h3>{table(key_rows(actions))}"
        f"<h3>{_tr('Mouse and view')}</h3>"
        f"{table((_tr(k), _tr(w)) for k, w in GESTURES)}"
        f"<p>{_tr('Every other command is in the menus: Alt and the underlined letter.')}</p>"
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
