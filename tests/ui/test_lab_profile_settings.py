"""Settings on a lab server station offers the lab's published profiles and says whose each is;
the server is asked off the GUI thread, so one that is away never freezes the form."""

from __future__ import annotations

import threading

from app.core.categories import DEFAULT_CATEGORY_MAP
from app.core.profiles import find_profile, lab
from app.core.settings import Settings
from app.core.store import SlideStore
from app.ui.dialogs import SettingsDialog
from tests.engines import ADMIN, PASSWORD, new_server_database, server_url


def _offered(dialog: SettingsDialog) -> list[str]:
    return [dialog.profile.itemText(i) for i in range(dialog.profile.count())]


def test_settings_offers_the_lab_profiles_and_names_their_version(qtbot, tmp_path):
    url = new_server_database(server_url())
    store = SlideStore(tmp_path / "station", database=url, person=(ADMIN, PASSWORD))
    lab.publish(store.db, store.person, find_profile("default"))
    lab.publish(store.db, store.person, find_profile("default"))
    dialog = SettingsDialog(Settings(operator=ADMIN, profile="lab:default"), DEFAULT_CATEGORY_MAP)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.profile_from.text() == "from the lab server: default v2")
    assert "lab:default" in _offered(dialog) and "default" in _offered(dialog)
    dialog.profile.setCurrentText("default")
    assert dialog.profile_from.text() == "this computer's own profile"
    assert dialog.result_settings().profile == "default"
    store.close()


def test_the_lab_is_asked_off_the_gui_thread_and_the_form_is_usable_meanwhile(qtbot, monkeypatch):
    answer, asked_on = threading.Event(), []

    def slow_server() -> list[str]:  # a server that takes its time to answer (or time out)
        asked_on.append(threading.current_thread())
        answer.wait(10)
        return ["lab:blasts"]

    monkeypatch.setattr(lab, "attached", lambda: True)
    monkeypatch.setattr(lab, "offered", slow_server)
    dialog = SettingsDialog(Settings(operator="ana", profile="default"), DEFAULT_CATEGORY_MAP)
    qtbot.addWidget(dialog)
    assert "default" in _offered(dialog) and "lab:blasts" not in _offered(dialog)
    qtbot.waitUntil(lambda: bool(asked_on))
    assert asked_on[0] is not threading.main_thread()
    answer.set()
    qtbot.waitUntil(lambda: "lab:blasts" in _offered(dialog))
    assert dialog.profile.currentText() == "default"  # the choice stays as it was
