"""The lab adaptation and training-data export in the window: both run in the background, and
the dialog shows the figures the fit was judged by."""

from __future__ import annotations

from app.core.adaptation.stored import adaptation_path
from app.core.training_export import TrainingFormat
from app.ui.adaptation import LabAdaptationDialog
from app.ui.training_export import TrainingExportDialog, start_export
from tests.ui.conftest import wait_analysed


def _reviewed_slide(window, images, qtbot):
    window.create_slide("ana", {"sample_id": "PB-SECRET", "patient_id": "P-SECRET"})
    window.open_images(images)
    wait_analysed(qtbot, window, len(images))
    session = window.slide_view.session
    session.set_reviewed(list(session.cells))  # every cell confirmed (accepted with Enter)
    return session


def test_refit_now_and_reset_show_their_figures_and_reload_the_models(
    make_window, images, qtbot, dialogs
):
    window = make_window()
    _reviewed_slide(window, images, qtbot)
    profile = window.current_profile()
    dialog = LabAdaptationDialog(window.store, profile, profile, "ana", True, window)
    qtbot.addWidget(dialog)
    dialog.changed.connect(window.adaptation_changed)
    assert "not fitted yet" in dialog.figures.text()
    revision = window.analyzer.loader.choice.adaptation_revision
    dialog.refit()
    qtbot.waitUntil(lambda: "cells from 1 slides" in dialog.figures.text(), timeout=30_000)
    # One slide cannot tell the microscope from the slide: fitted, judged, and left off.
    assert "at least 3 slides" in dialog.figures.text() and not dialogs
    assert window.analyzer.loader.choice.adaptation_revision == revision + 1
    stage = "classifier"  # a version 1 profile's one stage
    assert adaptation_path(profile, stage).is_file()
    dialog.reset()
    assert "not fitted yet" in dialog.figures.text()
    assert not adaptation_path(profile, stage).exists()


def test_finishing_a_slide_refits_in_the_background(make_window, images, qtbot, answers):
    window = make_window()
    _reviewed_slide(window, images, qtbot)
    answers.append("done")
    window.finish_slide()
    path = adaptation_path(window.current_profile(), "classifier")
    qtbot.waitUntil(path.is_file, timeout=30_000)


def test_training_data_is_exported_in_the_background(make_window, images, qtbot, tmp_path):
    window = make_window()
    session = _reviewed_slide(window, images, qtbot)
    dialog = TrainingExportDialog(window.store, session.slide_id, window)
    qtbot.addWidget(dialog)
    assert "PB-SECRET" in dialog.slides.item(0).text()  # shown to choose by
    dialog._accept()
    assert "folder" in dialog.problem.text()
    out = tmp_path / "training"
    dialog.folder.setText(str(out))
    dialog.format.setCurrentIndex(dialog.format.findData(TrainingFormat.YOLO.value))
    dialog._accept()
    assert dialog.result() == 1
    ids, fmt, folder = dialog.chosen()
    assert (ids, fmt, folder) == ([session.slide_id], TrainingFormat.YOLO, out)
    said: list[str] = []
    start_export(window.store, ids, fmt, folder, "ana", said.append)
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    assert "1 slide(s)" in said[0]
    assert len(list((out / "labels").glob("*.txt"))) == len(images)
    assert not any(b"SECRET" in p.read_bytes() for p in out.rglob("*") if p.is_file())
