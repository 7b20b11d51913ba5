"""Settings on a lab server station offers the lab's published profiles and says whose each is."""

from __future__ import annotations

from app.core.categories import DEFAULT_CATEGORY_MAP
from app.core.profiles import find_profile, lab
from app.core.settings import Settings
from app.core.store import SlideStore
from app.ui.dialogs import SettingsDialog
from tests.engines import ADMIN, PASSWORD, new_server_database, server_url


def test_settings_offers_the_lab_profiles_and_names_their_version(qtbot, tmp_path):
    url = new_server_database(server_url())
    store = SlideStore(tmp_path / "station", database=url, person=(ADMIN, PASSWORD))
    lab.publish(store.db, store.person, find_profile("default"))
    lab.publish(store.db, store.person, find_profile("default"))
    dialog = SettingsDialog(Settings(operator=ADMIN, profile="lab:default"), DEFAULT_CATEGORY_MAP)
    qtbot.addWidget(dialog)
    offered = [dialog.profile.itemText(i) for i in range(dialog.profile.count())]
    assert "lab:default" in offered and "default" in offered
    assert dialog.profile_from.text() == "from the lab server: default v2"
    dialog.profile.setCurrentText("default")
    assert dialog.profile_from.text() == "this computer's own profile"
    assert dialog.result_settings().profile == "default"
    store.close()
