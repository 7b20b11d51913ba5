"""Bring your own models, in the window: single-cell slides from a zip, a profile's own
categories and keys, explanations of one cell, and the model import with its self-test."""

from __future__ import annotations

import io
import json
import zipfile

import numpy as np
from PIL import Image

from app.core.model_import import DETECTOR_ONLY
from app.core.profiles import read_profile, user_profiles_dir
from tests import onnx_graphs as g
from tests.ui.conftest import wait_analysed

RED, BLUE = (220, 40, 60), (60, 40, 220)


def _png(colour, size) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="PNG")
    return buffer.getvalue()


def _single_cell_profile(tmp_path) -> str:
    model = g.colour_classifier(tmp_path / "all.onnx", np.array([[8.0, -8], [0, 0], [-8, 8]]))
    model.with_suffix(".json").write_text(
        json.dumps({"classes": ["all", "normal"], "scale": 1 / 255, "mean": [0, 0, 0]})
    )
    profile = {
        "profile_version": 2,
        "name": "all-cells",
        "stages": {"all_check": {"model": str(model), "classes": ["all", "normal"]}},
        "classify": {"cell": "all_check"},
        "categories": [
            {"key": "all", "name": "ALL blasts", "kind": "differential", "colour": "#D55E00",
             "blast": True, "shortcut": "1"},
            {"key": "normal", "name": "Normal cells", "kind": "differential",
             "colour": "#0072B2", "shortcut": "2"},
        ],
    }  # fmt: skip
    user_profiles_dir().mkdir(parents=True)
    (user_profiles_dir() / "all-cells.json").write_text(json.dumps(profile))
    return "all-cells"


def test_single_cell_slide_from_a_zip(make_window, qtbot, tmp_path, dialogs):
    window = make_window(profile_path=None)
    window.create_slide("ana", {"sample_id": "ALL-1", "profile": _single_cell_profile(tmp_path)})
    view = window.slide_view
    archive = tmp_path / "cells.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("a.png", _png(RED, (40, 40)))
        z.writestr("b.png", _png(BLUE, (40, 40)))
        z.writestr("c.png", _png(BLUE, (44, 40)))
        z.writestr("d.png", b"not an image")
    window.open_images([archive])
    qtbot.waitUntil(lambda: any("d.png" in text for _, text in dialogs), timeout=30_000)
    wait_analysed(qtbot, window, 3)
    session = view.session
    assert sorted(c.label for c in session.cells.values()) == ["all", "normal", "normal"]
    assert all(c.detector_label == "cell" for c in session.cells.values())
    # The profile's own categories and keys drive the count panel and the keypad.
    assert [c.key for c in view.categories.categories][:2] == ["all", "normal"]
    assert view.keymap == {"all": "1", "normal": "2"}
    diff = session.differential(view.categories)
    assert diff.blast_count == 1 and diff.blast_flag == "blasts >= 20%"
    red = next(c for c in session.cells.values() if c.label == "all")
    view.jump_to_cell(red.id)
    view.view.setFocus()
    qtbot.keyClick(view.view, "2")
    assert session.cells[red.id].label == "normal"
    assert session.differential(view.categories).blast_flag is None

    # The lab edits the profile later: the slide keeps the list it was made with.
    path = user_profiles_dir() / "all-cells.json"
    edited = json.loads(path.read_text())
    edited["categories"][1]["kind"] = "ignored"
    path.write_text(json.dumps(edited))
    window.show_start()
    assert window.start.model.wbc == [3]  # 0 if the edited list were used
    window.open_slide(session.slide_id)
    assert window.slide_view.categories.by_key["normal"].kind.value == "differential"


def test_explain_shows_a_heat_map_on_the_selected_cell(make_window, images, qtbot):
    window = make_window()
    window.create_slide("ana", {"sample_id": "PB-2"})
    view = window.slide_view
    window.open_images(images[:1])
    wait_analysed(qtbot, window, 1)
    wbc = next(c for c in view.session.cells.values() if c.detector_label == "wbc")
    view.view.select([wbc.id])
    messages = []
    view.status.connect(messages.append)
    view.view.setFocus()
    qtbot.keyClick(view.view, "E")
    qtbot.waitUntil(lambda: view.view.heat.isVisible(), timeout=30_000)
    rect = view.view.heat.sceneBoundingRect()
    # Over what the classifier saw: centred on the cell (centre-cut by its crop_pct, 0.875).
    assert abs(rect.center().x() - (wbc.x1 + wbc.x2) / 2) < 1
    assert abs(rect.width() - 0.875 * (wbc.x2 - wbc.x1)) < 1
    assert any("forward passes" in m for m in messages)
    qtbot.keyClick(view.view, Qt_Escape())
    assert not view.view.heat.isVisible()


def Qt_Escape():
    from PySide6.QtCore import Qt

    return Qt.Key.Key_Escape


def _white_cell_rows(count):
    """Detector rows on the first ``count`` white cells drawn on the reference fields (a 640 x
    640 input: the 640 x 480 field sits 80 px down); the same rows answer every image."""
    from app.core.model_check import reference_images

    boxes = [
        b for ref in reference_images() if ref.white_cells is not None for b in ref.white_cells
    ]
    return np.array(
        [
            [(x1 + x2) / 2, (y1 + y2) / 2 + 80, x2 - x1, y2 - y1, 0.9 - 0.05 * i, 0.0]
            for i, (x1, y1, x2, y2) in enumerate(boxes[:count])
        ],
        np.float32,
    )


def _gated(path, rows):
    return g.channel_gated_detector(
        path, rows, (640, 640), metadata=g.ultralytics_meta(["wbc", "rbc"])
    )


def _open(qtbot, dialog, *args) -> bool:
    """Open a model in the dialog (read on a worker) and wait until it is read."""
    with qtbot.waitSignal(dialog.model_read, timeout=30_000) as read:
        dialog.open_model(*args)
    return bool(read.args[0])


def test_import_self_test_passes_only_a_detector_that_finds_the_drawn_white_cells(qtbot, tmp_path):
    from app.ui.model_import import ModelImportDialog

    dialog = ModelImportDialog()
    qtbot.addWidget(dialog)
    assert _open(qtbot, dialog, _gated(tmp_path / "four.onnx", _white_cell_rows(4)))
    dialog.run_self_test()
    qtbot.waitUntil(lambda: dialog.tested is not None, timeout=30_000)
    assert not dialog.check.passed
    assert "Self-test passed" not in dialog.verdict.text()
    assert "found 4 of the 6 white cells" in dialog.verdict.text()
    assert "to pass: at least 90%" in dialog.verdict.text()


def test_import_dialog_tests_before_it_saves(qtbot, tmp_path):
    from app.ui.model_import import ModelImportDialog

    gated = _gated(tmp_path / "lab_det.onnx", _white_cell_rows(6))
    dialog = ModelImportDialog()
    qtbot.addWidget(dialog)
    assert _open(qtbot, dialog, gated)
    assert "ultralytics" in dialog.read_label.text() and dialog.form.classes.text() == "wbc, rbc"
    assert not dialog.save_button.isEnabled()

    dialog.form.color_order.setCurrentText("BGR")  # a wrong fix by the person
    dialog.run_self_test()
    qtbot.waitUntil(lambda: dialog.check is not None and dialog.tested is not None, timeout=30_000)
    assert "colour order is probably wrong; try RGB" in dialog.verdict.text()
    assert dialog.previews.count() == 3

    dialog.form.color_order.setCurrentText("RGB")
    assert not dialog.save_button.isEnabled()  # the edit invalidated the test
    dialog.run_self_test()
    qtbot.waitUntil(lambda: dialog.tested is not None and dialog.check.passed, timeout=30_000)
    assert "Self-test passed" in dialog.verdict.text()
    dialog.form.use.setCurrentIndex(dialog.form.use.findData(DETECTOR_ONLY))
    dialog.form.profile_name.setText("lab-detector")
    assert dialog.save_button.isEnabled()  # how it is used does not change what was tested
    saved = []
    dialog.saved.connect(saved.append)
    dialog.save()
    profile = read_profile(user_profiles_dir() / "lab-detector.json")
    assert saved and profile.detector is not None
    assert (
        json.loads(profile.detector.path.with_suffix(".json").read_text())["color_order"] == "RGB"
    )


def test_import_dialog_takes_a_settings_file_from_elsewhere(qtbot, tmp_path):
    from app.ui.model_import import ModelImportDialog

    rows = np.array([[[10, 10, 40, 40, 0.9, 0]]], np.float32)
    path = g.constant_output(tmp_path / "e2e.onnx", rows, (320, 320))  # names nothing
    dialog = ModelImportDialog()
    qtbot.addWidget(dialog)
    assert not _open(qtbot, dialog, path)
    assert "without class names" in dialog.read_label.text()
    assert not dialog.test_button.isEnabled()
    manifest = tmp_path / "elsewhere" / "settings.json"
    manifest.parent.mkdir()
    manifest.write_text(json.dumps({"format": "end2end", "classes": ["blast"]}))
    assert _open(qtbot, dialog, path, manifest)
    assert dialog.form.classes.text() == "blast" and dialog.test_button.isEnabled()


def test_choosing_a_template_slot_names_the_classes(qtbot, tmp_path):
    from app.core.model_import import TemplateSlot
    from app.ui.model_import import ModelImportDialog

    path = g.colour_classifier(tmp_path / "lab.onnx", np.array([[8.0, -8], [0, 0], [-8, 8]]))
    dialog = ModelImportDialog()
    qtbot.addWidget(dialog)
    assert _open(qtbot, dialog, path)
    assert dialog.form.classes.text() == "class 0, class 1"
    slots = [dialog.form.use.itemData(i) for i in range(dialog.form.use.count())]
    slot = next(s for s in slots if isinstance(s, TemplateSlot) and s.role == "all_check")
    dialog.form.use.setCurrentIndex(slots.index(slot))
    assert dialog.form.classes.text() == "normal, all" and not dialog.save_button.isEnabled()


def test_selecting_a_cascade_cell_shows_its_stages(make_window, qtbot, tmp_path):
    from tests.conftest import save_rgb
    from tests.core.test_profiles import BLAST_FIRST, _cascade_models, _field

    _cascade_models(tmp_path / "models")
    profile = tmp_path / "blast-first.json"
    profile.write_text(json.dumps(BLAST_FIRST))
    window = make_window(profile_path=profile)
    window.create_slide("ana", {"sample_id": "BF-1"})
    view = window.slide_view
    window.open_images([save_rgb(tmp_path / "field.png", _field())])
    wait_analysed(qtbot, window, 1)
    lymphocyte = next(c for c in view.session.cells.values() if c.label == "lymphocyte")
    messages = []
    view.status.connect(messages.append)
    view.view.select([lymphocyte.id])
    assert "classifier stages: blast_check: not_blast 1.00 > subtype:" in messages[-1]


def test_an_unsure_blast_decision_is_marked_for_review(make_window, qtbot, tmp_path):
    from PySide6.QtCore import Qt

    from tests.conftest import save_rgb
    from tests.core.test_profiles import BLAST_FIRST, _cascade_models, _field

    _cascade_models(tmp_path / "models")
    # A hesitant blast check (about 0.67 either way) before sure subtypes (1.00).
    weights = np.array([[0.1, -0.1], [0.0, 0.0], [-0.1, 0.1]])
    g.colour_classifier(tmp_path / "models" / "blast.onnx", weights)
    data = json.loads(json.dumps(BLAST_FIRST))
    data["stages"]["blast_check"]["review_below"] = 0.75
    profile = tmp_path / "blast-first.json"
    profile.write_text(json.dumps(data))
    window = make_window(profile_path=profile)  # Settings' own threshold: 0.6
    window.create_slide("ana", {"sample_id": "BF-2"})
    view = window.slide_view
    window.open_images([save_rgb(tmp_path / "field.png", _field())])
    wait_analysed(qtbot, window, 1)
    cells = list(view.session.cells.values())
    lymphocyte = next(c for c in cells if c.label == "lymphocyte")
    assert lymphocyte.model_confidence > 0.99 > 0.75 > lymphocyte.stage_path[0][2] > 0.6
    # Each cell is drawn as one to review (dashed), though no final confidence is under 0.6.
    styles = {c.label: view.view.items_by_id[c.id].pen().style() for c in cells}
    assert styles == dict.fromkeys(["blast", "lymphocyte", "neutrophil"], Qt.PenStyle.DashLine)
    # The label says which stage was unsure when it is not the last one.
    texts = {c.label: view.view.items_by_id[c.id].label.text() for c in cells}
    assert texts["lymphocyte"].startswith("? Lymphocytes 1.00 (blast_check 0.6")
    assert texts["blast"].startswith("? Blasts 0.6") and "(" not in texts["blast"]
