"""The new-slide and settings forms hand the core clean values and keep what was typed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QScrollArea

from app.core.categories import DEFAULT_CATEGORY_MAP
from app.core.settings import Settings
from app.ui.dialogs import NewSlideDialog, SettingsDialog


def test_new_slide_form_needs_an_id_and_keeps_the_rest(qtbot):
    dialog = NewSlideDialog(Settings(operator="ana", profile="lab"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.patient.setText("P-3")
    dialog.accept()
    assert dialog.isVisible() and "ID is needed" in dialog.problem.text()
    assert dialog.patient.text() == "P-3"
    dialog.sample.setText("PB-7")
    dialog.wbc.setValue(6.5)
    dialog.target.setCurrentText("200")
    dialog.accept()
    assert dialog.result() == 1
    values = dialog.values()
    assert (
        values["sample_id"],
        values["patient_id"],
        values["wbc_count"],
        values["target"],
        values["profile"],
    ) == ("PB-7", "P-3", 6.5, 200, "lab")


def test_settings_form_returns_the_edited_settings(qtbot):
    dialog = SettingsDialog(Settings(operator="ana"), DEFAULT_CATEGORY_MAP)
    qtbot.addWidget(dialog)
    dialog.keys["neutrophil"].setText("q")
    dialog.keys["smudge"].setText("s")
    dialog.colours.setCurrentIndex(dialog.colours.findData("tol-bright"))
    dialog.lab.setText("District Lab")
    result = dialog.result_settings()
    assert result.keymap["neutrophil"] == "q" and result.keymap["smudge"] == "s"
    assert (result.palette, result.lab_name, result.operator) == (
        "tol-bright",
        "District Lab",
        "ana",
    )


def test_a_damaged_database_page_met_in_the_window_is_a_plain_message(qapp, dialogs):
    import sqlite3

    from app.ui.errors import reporter

    reporter().report_exception(sqlite3.DatabaseError("database disk image is malformed"))
    ((title, text),) = dialogs
    assert title == "The slide database" and "is damaged" in text and "slides verify" in text


def test_the_long_settings_form_fits_the_screen_with_its_buttons_in_view(qtbot):
    """Thirty rows do not fit a laptop screen: they scroll, OK and Cancel stay on screen."""
    dialog = SettingsDialog(Settings(operator="ana"), DEFAULT_CATEGORY_MAP)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(10)
    screen = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= screen.height()
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None and dialog.rect().contains(buttons.geometry())
    scroll = dialog.findChild(QScrollArea)
    assert scroll is not None and scroll.widget().isAncestorOf(dialog.keys["neutrophil"])
