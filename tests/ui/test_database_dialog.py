"""Settings → Database in a real window: a station is pointed at the lab server and a person
signs in without editing a file; a wrong password, an unreachable server or a bad address is a
sentence in the dialog (which stays open with what was typed), never a traceback; the window
started on a lab server asks who signs in first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.core.settings import load_settings
from app.core.store import SlideStore
from app.ui import app as app_module
from app.ui.database_dialog import DatabaseDialog
from tests.engines import ADMIN, PASSWORD, new_server_database, server_url

AWAY = "postgresql://station@127.0.0.1:1/smearcount"  # nothing listens on port 1


@pytest.fixture
def lab(tmp_path):
    """A lab server holding one slide counted at another station."""
    url = new_server_database(server_url())
    other = SlideStore(tmp_path / "other-station", database=url, person=(ADMIN, PASSWORD))
    other.create_slide(ADMIN, "LAB-1")
    other.close()
    return url


def _fill(dialog: DatabaseDialog, url: str, name: str, password: str) -> None:
    dialog.server.setChecked(True)
    dialog.url.setText(url)
    dialog.name.setText(name)
    dialog.password.setText(password)


def _answer(dialog: DatabaseDialog, qtbot, button) -> str:
    dialog.show()
    button.click()
    qtbot.waitUntil(lambda: dialog.said.text() not in ("", "Connecting…"), timeout=20000)
    return dialog.said.text()


def test_a_station_signs_in_on_the_lab_server_from_the_window(make_window, qtbot, lab, tmp_path):
    window = make_window()
    assert window.store.server is None and window.person_label.text() == ""
    dialog = DatabaseDialog(window.store.data_dir, "", "ana", on_server=False, parent=window)
    qtbot.addWidget(dialog)
    assert not dialog.url.isEnabled()  # this computer: nothing to type
    _fill(dialog, lab, ADMIN, PASSWORD)
    said = _answer(dialog, qtbot, dialog.test)
    assert "Connected" in said and f"{ADMIN} (administrator)" in said
    assert dialog.result() == 0  # a test only: the dialog stays open
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=20000)
    window.use_store(dialog.store, dialog.chosen_url)
    assert window.store.server == lab and window.store.person.name == ADMIN
    assert [r.slide.sample_id for r in window.start.model.rows] == ["LAB-1"]
    assert window.person_label.text().startswith(f"{ADMIN} (administrator) on the lab server")
    kept = load_settings(tmp_path / "config")
    assert kept.database_url == lab and kept.operator == ADMIN  # work goes in their name
    window.create_slide("", {"sample_id": "LAB-2"})
    assert window.slide_view.session.user == ADMIN
    # And back to this computer's own slides: the server's are not listed there.
    window.show_start()
    back = DatabaseDialog(window.store.data_dir, lab, ADMIN, on_server=True, parent=window)
    qtbot.addWidget(back)
    back.local.setChecked(True)
    back.accept()
    assert back.result() == 1
    window.use_store(back.store, back.chosen_url)
    assert window.store.server is None and window.start.model.rows == []
    assert load_settings(tmp_path / "config").database_url == ""
    assert window.store.lock is not None  # the folder stays the window's


def test_a_wrong_password_is_said_in_the_dialog(qtbot, lab, tmp_path, dialogs):
    dialog = DatabaseDialog(tmp_path / "data", "", "", on_server=False)
    qtbot.addWidget(dialog)
    _fill(dialog, lab, ADMIN, "not-the-password")
    dialog.show()
    dialog.accept()
    qtbot.waitUntil(lambda: "do not sign in" in dialog.said.text(), timeout=20000)
    assert dialog.isVisible() and dialog.store is None
    assert dialog.url.text() == lab and dialog.name.text() == ADMIN  # nothing typed is lost
    assert dialogs == []  # no message box, no traceback


@pytest.mark.parametrize(
    "url, said",
    [
        (AWAY, "127.0.0.1/smearcount cannot be reached"),
        ("postgresql://station:secret@[labserver/db", "address is not valid"),
    ],
)
def test_an_unreachable_server_or_a_bad_address_is_a_sentence(qtbot, tmp_path, url, said):
    dialog = DatabaseDialog(tmp_path / "data", "", "", on_server=False)
    qtbot.addWidget(dialog)
    _fill(dialog, url, "ana", "ana-password")
    text = _answer(dialog, qtbot, dialog.test)
    assert said in text and "Traceback" not in text and "secret" not in text
    assert dialog.test.isEnabled()  # ready to try again


def test_a_missing_name_or_password_is_asked_for(qtbot, tmp_path):
    dialog = DatabaseDialog(tmp_path / "data", AWAY, "", on_server=True)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert "your name and your password are needed" in dialog.said.text()


def test_the_window_on_a_lab_server_asks_who_signs_in_first(qtbot, lab, monkeypatch):
    from app.core.paths import user_config_dir
    from app.core.settings import Settings, save_settings

    save_settings(user_config_dir(), Settings(database_url=lab, operator=ADMIN))

    def sign_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DatabaseDialog)
        assert dialog.server.isChecked() and dialog.url.text() == lab
        assert dialog.name.text() == ADMIN
        dialog.password.setText(PASSWORD)
        dialog.accept()

    QTimer.singleShot(0, sign_in)
    window = app_module.create_window()
    assert window is not None
    qtbot.addWidget(window)
    assert window.store.person is not None and window.store.person.name == ADMIN
    assert [r.slide.sample_id for r in window.start.model.rows] == ["LAB-1"]
    window.close()

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DatabaseDialog)
        dialog.reject()

    QTimer.singleShot(0, cancel)
    assert app_module.create_window() is None  # nobody signed in: no window
