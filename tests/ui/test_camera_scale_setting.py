"""Settings → Camera scale: the technician's calibration is checked, saved, and pins the scale
of the fields analysed afterwards (the report says so)."""

from __future__ import annotations

import json

import pytest

from app.core.categories import DEFAULT_CATEGORY_MAP
from app.core.report import snapshot
from app.ui.dialogs import SettingsDialog
from tests.ui.conftest import wait_analysed


@pytest.fixture
def preparing_profile(profile):
    """The test profile, its detector asking for fields brought to red cells 40 px wide."""
    (profile.parent / "det.json").write_text(json.dumps({"preprocess": {"rbc_px": 40}}))
    return profile


def _settings_dialog(window, qtbot) -> SettingsDialog:
    dialog = SettingsDialog(window.settings, DEFAULT_CATEGORY_MAP, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_calibrated_scale_set_in_settings_pins_the_fields_analysed_afterwards(
    make_window, preparing_profile, images, qtbot, tmp_path
):
    window = make_window(preparing_profile)
    window.create_slide("ana", {"sample_id": "PB-1", "target": 100})
    window.open_images(images[:1])
    wait_analysed(qtbot, window, 1)  # before the calibration: measured on the field

    dialog = _settings_dialog(window, qtbot)
    assert dialog.scale.text() == ""  # the default: estimated from the red cells
    dialog.scale.setText("30")
    dialog.accept()
    assert dialog.isVisible() and "stage micrometer" in dialog.problem.text()
    dialog.scale.setText("0,125")  # a comma is a decimal mark too
    dialog.accept()
    assert dialog.result() == 1
    assert window.apply_settings(dialog.chosen)
    saved = json.loads((tmp_path / "config" / "settings.json").read_text())
    assert saved["micrometres_per_pixel"] == 0.125
    pipeline = window.analyzer.loader.get()
    assert pipeline is not None and pipeline.setup.rbc_px == pytest.approx(7.5 / 0.125)

    window.open_images(images[1:2])
    wait_analysed(qtbot, window, 2)
    session = window.slide_view.session
    scales = [
        (m.get("scale_source"), m.get("um_per_px"))
        for f in sorted(session.fields.values(), key=lambda f: f.position)
        for m in json.loads(f.analysis_models or "[]")
        if "scale_source" in m
    ]
    assert scales[0][0] != "calibrated"  # analysed before: kept as it was
    assert scales[1] == ("calibrated", "0.1250")
    note = snapshot(session).scale_note
    assert "Of these, 1 field used the camera's calibration." in note

    again = _settings_dialog(window, qtbot)
    assert again.scale.text() == "0.125"
    again.scale.setText(" ")
    again.accept()
    assert window.apply_settings(again.chosen)  # emptied: estimated again
    assert window.settings.micrometres_per_pixel is None
