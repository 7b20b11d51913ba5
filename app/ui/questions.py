"""The questions the window asks a person. Module-level functions, so tests answer them
instead of a person (tests/ui/conftest.py); nothing else here decides anything."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget


def ask_text(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    """A one-line question; None when cancelled."""
    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None


def ask_secret(parent: QWidget, title: str, label: str) -> str | None:
    """A PIN or password, not shown while typed; None when cancelled."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return value if ok else None


def go_on_box(parent: QWidget | None, title: str, text: str, go_on: str) -> QMessageBox:
    """A warning with a way on (``go_on``, e.g. "Finish anyway") and Cancel, the default."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent
    )
    box.addButton(go_on, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box


def ask_go_on(parent: QWidget, title: str, text: str, go_on: str) -> bool:
    box = go_on_box(parent, title, text, go_on)
    [on] = [b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole]
    box.exec()
    return box.clickedButton() is on  # Cancel, Esc or closing the box all stop


def ask_choice(parent: QWidget, title: str, text: str, choices: list[str]) -> int | None:
    """One of ``choices`` (its index), or None for Cancel, the default."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent
    )
    buttons = [box.addButton(c, QMessageBox.ButtonRole.AcceptRole) for c in choices]
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return next((i for i, b in enumerate(buttons) if b is clicked), None)
