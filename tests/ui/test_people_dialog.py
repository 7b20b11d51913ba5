"""File → People… and Publish profile… on a lab server, for its administrator only: the list
with the roles, Add, New password, Set role, Let go; publishing says the version it became;
every call off the GUI thread, and what the server refuses is a plain message with everything
typed kept."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QFileDialog

from app.core.errors import StorageError
from app.core.profiles import lab
from app.core.settings import Settings
from app.core.store import SlideStore
from app.core.store.people import Role, add_person, sign_in
from app.ui import main_window, people_dialog
from app.ui.people_dialog import PeopleDialog
from tests.engines import ADMIN, PASSWORD, new_server_database, server_url


@pytest.fixture
def url():
    return new_server_database(server_url())


@pytest.fixture
def admin(tmp_path, url):
    store = SlideStore(tmp_path / "admin", database=url, person=(ADMIN, PASSWORD))
    yield store
    store.close()


def _window(qtbot, tmp_path, store, profile):
    window = main_window.MainWindow(store, Settings(profile=str(profile)), tmp_path / "config")
    qtbot.addWidget(window)
    return window


def test_people_is_offered_to_an_administrator_on_a_server_only(qtbot, tmp_path, url, profile):
    store = SlideStore(tmp_path / "admin", database=url, person=(ADMIN, PASSWORD))
    with store.db.transaction() as conn:
        add_person(conn, "ana", "reviewer", "ana-password", by=ADMIN)
    window = _window(qtbot, tmp_path, store, profile)
    admin_only = [window.file_actions[name] for name in ("people", "publish")]
    assert all(act.isVisible() for act in admin_only)
    reviewer = SlideStore(tmp_path / "ana", database=url, person=("ana", "ana-password"))
    window.use_store(reviewer, url)
    assert not any(act.isVisible() for act in admin_only)
    window.use_store(SlideStore(tmp_path / "pc"), "")
    assert not any(act.isVisible() for act in admin_only)
    window.close()


def _dialog(qtbot, store) -> PeopleDialog:
    dialog = PeopleDialog(store)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0)
    return dialog


def _listed(dialog):
    return [
        (dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text())
        for r in range(dialog.table.rowCount())
    ]


def _choose(dialog, name):
    [row] = [r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == name]
    dialog.table.selectRow(row)


def _type(dialog, password, again=None):
    dialog.password.setText(password)
    dialog.again.setText(password if again is None else again)


def _said(qtbot, dialog, text):
    qtbot.waitUntil(lambda: text in dialog.said.text())
    qtbot.waitUntil(dialog.add.isEnabled)


def test_an_administrator_adds_renews_changes_and_lets_go(qtbot, admin):
    dialog = _dialog(qtbot, admin)
    assert _listed(dialog) == [(ADMIN, "administrator")]
    dialog.name.setText("ana")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.TECHNICIAN.value))
    _type(dialog, "ana-password")
    dialog.add.click()
    _said(qtbot, dialog, "ana can sign in as technician.")
    assert _listed(dialog) == [(ADMIN, "administrator"), ("ana", "technician")]
    assert dialog.password.text() == ""  # done: nothing left typed
    _choose(dialog, "ana")
    _type(dialog, "ana-new-password", "ana-new-passwort")
    dialog.new_password.click()
    assert "differ" in dialog.said.text()
    assert dialog.password.text() == "ana-new-password"  # kept, to correct
    _type(dialog, "ana-new-password")
    dialog.new_password.click()
    _said(qtbot, dialog, "ana signs in with the new password.")
    assert sign_in(admin.db.conn, "ana", "ana-new-password").role is Role.TECHNICIAN
    dialog.role.setCurrentIndex(dialog.role.findData(Role.REVIEWER.value))
    dialog.set_role.click()
    _said(qtbot, dialog, "ana is reviewer from now on.")
    assert ("ana", "reviewer") in _listed(dialog)
    _choose(dialog, "ana")
    dialog.let_go.click()
    _said(qtbot, dialog, "ana no longer signs in.")
    assert _listed(dialog) == [(ADMIN, "administrator")]
    with pytest.raises(StorageError, match="do not sign in"):
        sign_in(admin.db.conn, "ana", "ana-new-password")


def test_a_refusal_is_a_plain_message_in_the_dialog(qtbot, admin):
    dialog = _dialog(qtbot, admin)
    _choose(dialog, ADMIN)
    dialog.let_go.click()
    _said(qtbot, dialog, "admin is the lab's last administrator")
    assert _listed(dialog) == [(ADMIN, "administrator")]
    dialog.table.clearSelection()
    dialog.set_role.click()
    assert "Choose a person" in dialog.said.text()
    dialog.name.setText("bo")
    _type(dialog, "short")
    dialog.add.click()
    _said(qtbot, dialog, "at least 8 characters")
    assert dialog.name.text() == "bo" and dialog.password.text() == "short"


def test_the_server_is_asked_off_the_gui_thread(qtbot, admin, monkeypatch):
    asked_on, answer = [], threading.Event()
    own = people_dialog.own_connection

    def slow(store):  # a server that takes its time to answer
        asked_on.append(threading.current_thread())
        answer.wait(10)
        return own(store)

    monkeypatch.setattr(people_dialog, "own_connection", slow)
    dialog = PeopleDialog(admin)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(asked_on))
    assert asked_on[0] is not threading.main_thread()
    assert not dialog.add.isEnabled() and dialog.table.rowCount() == 0
    answer.set()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert dialog.add.isEnabled()


def test_a_server_away_is_said_in_the_dialog(qtbot, admin, monkeypatch):
    def away(_store):
        raise StorageError("The lab server labdb does not answer.")

    monkeypatch.setattr(people_dialog, "own_connection", away)
    dialog = PeopleDialog(admin)
    qtbot.addWidget(dialog)
    _said(qtbot, dialog, "does not answer")


def test_an_administrator_publishes_a_profile_from_the_window(
    qtbot, tmp_path, admin, profile, answers, dialogs, monkeypatch
):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(profile), ""))
    published_on, publish = [], lab.publish

    def on_which_thread(*args):
        published_on.append(threading.current_thread())
        return publish(*args)

    monkeypatch.setattr(lab, "publish", on_which_thread)
    window = _window(qtbot, tmp_path, admin, profile)
    assert window.file_actions["publish"].isVisible()
    answers.extend(["blasts", "no@good"])
    window.file_actions["publish"].trigger()
    said = "Published as blasts v1: every station of the lab counts with it."
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == said, timeout=20000)
    assert [(p.name, p.version) for p in lab.published(admin.db.conn)] == [("blasts", 1)]
    assert threading.main_thread() not in published_on
    window.file_actions["publish"].trigger()
    qtbot.waitUntil(lambda: bool(dialogs), timeout=20000)
    assert dialogs[0][0] == "Profile not published" and "'@'" in dialogs[0][1]
    window.close()
