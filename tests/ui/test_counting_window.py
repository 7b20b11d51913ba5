"""The counting window end to end, offscreen: new slide, images, analysis, corrections by key,
undo/redo, the count panel, gallery, target alert, errors, and reopening."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPointF, Qt

from app.core.records import CellState
from app.ui import export
from tests.conftest import SHARED_DATA
from tests.ui.conftest import CELLS_PER_FIELD, wait_analysed


def _new_slide(window, target=100, **values):
    window.create_slide("ana", {"sample_id": "PB-1", "target": target, **values})
    assert window.slide_view is not None
    return window.slide_view


def _overlay(view):
    items = view.view.items_by_id
    return {
        i: (it.rect().left(), it.rect().top(), it.rect().right(), it.rect().bottom())
        for i, it in items.items()
    }


def _stored_visible(view):
    field_id = view.current_field_id()
    return {c.id: c.box for c in view.session.cells_in(field_id) if c.state != "deleted"}


def _panel_counts(view):
    model = view.counts.model
    return {row.category.key: row.count for row in model.rows if row.count}


def test_start_new_slide_open_analyse_correct_undo_reopen(make_window, images, qtbot, dialogs):
    window = make_window()
    assert window.windowTitle() == "SmearCount — Slides"
    view = _new_slide(window)
    assert window.windowTitle() == "SmearCount — PB-1"
    window.open_images(images)
    wait_analysed(qtbot, window, 2)
    session = view.session
    assert len(session.cells) == 2 * CELLS_PER_FIELD
    assert _overlay(view) == _stored_visible(view)
    labels = sorted(c.label for c in session.cells_in(view.current_field_id()))
    assert labels == ["monocyte", "neutrophil", "rbc"]
    assert "test" in window.models_label.text() and "CPU" in window.models_label.text()
    assert _panel_counts(view) == {"neutrophil": 1, "lymphocyte": 1, "monocyte": 2}

    first = min(session.cells_in(view.current_field_id()), key=lambda c: c.id)
    view.view.select([first.id])
    view.view.setFocus()
    qtbot.keyClick(view.view, "8")  # lymphocyte on the keypad
    assert session.cells[first.id].label == "lymphocyte"
    assert _panel_counts(view)["lymphocyte"] == 2

    view.view.select([first.id])
    qtbot.keyClick(view.view, Qt.Key.Key_Delete)
    assert session.cells[first.id].state == CellState.DELETED.value
    assert first.id not in view.view.items_by_id

    view._empty_clicked(QPointF(50, 400))  # a missed cell: click, then its key
    qtbot.keyClick(view.view, "4")
    added = max(session.cells)
    assert session.cells[added].label == "eosinophil" and session.cells[added].source == "manual"
    assert _overlay(view) == _stored_visible(view)

    qtbot.keyClick(view.view, "z", Qt.KeyboardModifier.ControlModifier)
    assert added not in session.cells and added not in view.view.items_by_id
    qtbot.keyClick(
        view.view, "z", Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert added in session.cells and added in view.view.items_by_id
    expected = session.differential(view.categories)
    assert _panel_counts(view) == {r.category.key: r.count for r in expected.rows if r.count}
    before = {c.id: (c.label, c.state, c.box) for c in session.cells.values()}
    slide_id = session.slide_id
    window.close()

    again = make_window()
    again.open_slide(slide_id)
    reopened = again.slide_view.session
    assert {c.id: (c.label, c.state, c.box) for c in reopened.cells.values()} == before
    assert reopened.can_undo()
    assert dialogs == []


def test_keyboard_only_count_of_a_field(make_window, images, qtbot):
    window = make_window(review_below=0.999)  # every model cell is marked for review
    view = _new_slide(window)
    window.open_images(images[:1])
    wait_analysed(qtbot, window, 1)
    view.view.setFocus()
    ordered = view.ordered_cells(view.current_field_id())  # WBC only, in reading order
    assert [view.session.cells[c.id].detector_label for c in ordered] == ["wbc", "wbc"]
    qtbot.keyClick(view.view, Qt.Key.Key_Tab)
    assert view.view.selected_ids() == [ordered[0].id]
    qtbot.keyClick(view.view, "5")  # a class key relabels, then moves to the next cell
    assert view.session.cells[ordered[0].id].label == "basophil"
    assert view.view.selected_ids() == [ordered[1].id]
    qtbot.keyClick(view.view, Qt.Key.Key_Tab)  # Tab wraps round to the first
    assert view.view.selected_ids() == [ordered[0].id]
    # R walks the cells drawn as "to review"; the relabelled one was looked at.
    assert [c.id for c in view.cells_to_review()] == [ordered[1].id]
    qtbot.keyClick(view.view, "r")  # next cell to review: lowest confidence first
    assert view.view.selected_ids() == [ordered[1].id]
    qtbot.keyClick(view.view, Qt.Key.Key_Return)  # accept the model's class
    assert view.cells_to_review() == []
    assert view.session.cells[ordered[1].id].reviewed == 1
    assert view.session.differential(view.categories).total == 2


def test_gallery_reclassifies_a_multi_selection_by_key_and_by_drop(make_window, images, qtbot):
    window = make_window()
    view = _new_slide(window)
    window.open_images(images)
    wait_analysed(qtbot, window, 2)
    view.tabs.setCurrentWidget(view.gallery)
    monocytes = view.gallery.lists["monocyte"]
    assert monocytes.count() == 2
    for row in range(monocytes.count()):
        monocytes.item(row).setSelected(True)
    chosen = monocytes.selected_ids()
    qtbot.keyClick(view.gallery, "6")  # immature granulocyte
    assert {view.session.cells[i].label for i in chosen} == {"ig"}
    assert view.gallery.lists["ig"].count() == 2  # rebuilt from the store
    igs = view.gallery.lists["ig"]
    igs.clearSelection()
    igs.item(0).setSelected(True)
    moved = igs.selected_ids()
    view.gallery.relabel_requested.emit(moved, "basophil")  # what a drop does
    assert [view.session.cells[i].label for i in moved] == ["basophil"]
    view.gallery.jump_requested.emit(moved[0])
    assert view.tabs.currentWidget() is view.view and view.view.selected_ids() == moved


def test_target_alert_fires_once(make_window, images, qtbot):
    window = make_window()
    view = _new_slide(window, target=3)
    fired = []
    view.counts.target_reached.connect(fired.append)
    window.open_images(images[:1])
    wait_analysed(qtbot, window, 1)
    assert fired == [] and view.counts.result.total == 2
    field = view.current_field_id()
    view._empty_clicked(QPointF(40, 40))
    qtbot.keyClick(view.view, "7")
    assert fired == [3] and view.counts.alert.isVisible()
    view._empty_clicked(QPointF(600, 40))
    qtbot.keyClick(view.view, "7")
    view.session.undo()
    view.session.undo()
    view.session.redo()
    assert fired == [3]  # once per slide, not at every crossing
    assert (
        view.session.differential(view.categories).total == 3 and field == view.current_field_id()
    )


def test_model_error_and_unreadable_image_show_a_dialog_and_keep_the_slide(
    make_window, images, qtbot, dialogs, tmp_path
):
    junk = tmp_path / "junk.onnx"
    junk.write_bytes(b"not a model")
    broken_profile = tmp_path / "broken.json"
    broken_profile.write_text(json.dumps({"profile_version": 1, "detector": str(junk)}))
    window = make_window(broken_profile)
    view = _new_slide(window, profile=str(broken_profile))
    bad = tmp_path / "bad.png"
    bad.write_text("not an image")
    window.open_images([images[0], bad])
    qtbot.waitUntil(lambda: len(dialogs) >= 2, timeout=30_000)
    titles = [t for t, _ in dialogs]
    assert "Models not available" in titles
    assert "Some images were not added or not analysed" in titles
    assert any("bad.png" in text for _, text in dialogs)
    assert len(view.session.fields) == 1  # the good image is a field, waiting for models
    view._empty_clicked(QPointF(100, 100))
    qtbot.keyClick(view.view, "7")  # counting by hand still works
    assert len(view.session.cells) == 1


def test_finish_sign_read_only_unsign(make_window, images, qtbot, answers, dialogs):
    window = make_window()
    view = _new_slide(window)
    window.open_images(images[:1])
    wait_analysed(qtbot, window, 1)
    answers += ["all good", "Dr Ana"]
    window.finish_slide()
    window.sign_slide()
    assert view.session.slide.locked
    assert "signed, read-only" in window.windowTitle()
    assert not window.file_actions["open_images"].isEnabled()
    cell = next(iter(view.session.cells))
    view.view.select([cell])
    qtbot.keyClick(view.view, "8")
    assert view.session.cells[cell].label != "lymphocyte"
    assert any("is signed" in text for _, text in dialogs)
    answers.append("typo in the patient ID")
    window.unsign_slide()
    assert not view.session.slide.locked


def test_analysis_runs_off_the_gui_thread(make_window, images, qtbot, monkeypatch):
    import threading

    from app.core.pipeline import Pipeline

    on_gui = []
    real = Pipeline.analyze_field

    def record(self, *args, **kwargs):
        on_gui.append(threading.current_thread() is threading.main_thread())
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Pipeline, "analyze_field", record)
    window = make_window()
    _new_slide(window)
    window.open_images(images)
    wait_analysed(qtbot, window, 2)
    assert on_gui == [False, False]  # both fields analysed, neither on the GUI thread


def test_bad_settings_are_refused_with_a_message(make_window, dialogs):
    window = make_window()
    clash = dict(window.settings.keymap, monocyte="7")  # two categories on key 7
    assert not window.apply_settings(window.settings.with_changes(keymap=clash))
    assert dialogs and "gives the key 7 to both neutrophil and monocyte" in dialogs[-1][1]


def test_real_fields_open_analyse_and_reopen(make_window, qtbot, dialogs):
    folder = SHARED_DATA / "fields" / "images"
    if not folder.is_dir():
        pytest.skip("../shared/data/fields is not here")
    real = sorted(folder.glob("*.jpg"))[:2]
    window = make_window()
    view = _new_slide(window)
    window.open_images(real)
    wait_analysed(qtbot, window, 2)
    session = view.session
    assert [f.file_name for f in session.field_list()] == [p.name for p in real]
    assert all((f.width, f.height) == (640, 480) for f in session.field_list())
    assert _overlay(view) == _stored_visible(view)
    slide_id, cells = session.slide_id, len(session.cells)
    window.close()
    again = make_window()
    again.open_slide(slide_id)
    assert len(again.slide_view.session.cells) == cells
    assert dialogs == []


def test_export_report_from_the_window(make_window, images, qtbot, dialogs, monkeypatch, tmp_path):
    window = make_window()
    view = _new_slide(window)
    window.open_images(images[:1])
    wait_analysed(qtbot, window, 1)
    target = tmp_path / "out" / "PB-1.xlsx"
    target.parent.mkdir()
    monkeypatch.setattr(export, "ask_save_path", lambda _p, _t, name, _k: target.with_name(name))
    window.reports.export_workbook()  # an open slide: exported as a draft
    qtbot.waitUntil(lambda: "Report written" in window.statusBar().currentMessage(), timeout=30_000)
    assert "DRAFT" in window.statusBar().currentMessage()
    book = load_workbook(target)
    assert book["Summary"]["A1"].value == "Blood smear differential count"
    white = [c for c in view.session.cells.values() if c.detector_label == "wbc"]
    assert book["Cells"].max_row == 1 + len(white)  # red cells are not listed

    def locked(*_args, **_kwargs):
        raise PermissionError(13, "denied")

    monkeypatch.setattr("app.core.atomic.os.replace", locked)
    before = target.read_bytes()
    window.reports.workbook_to(target)
    qtbot.waitUntil(lambda: any(t == "Report not written" for t, _ in dialogs), timeout=30_000)
    assert "open in another program" in dialogs[-1][1]
    assert target.read_bytes() == before


def test_images_already_in_the_slide_are_named_in_one_message(make_window, images, qtbot, dialogs):
    window = make_window()
    view = _new_slide(window)
    window.open_images(images[:1])
    wait_analysed(qtbot, window, 1)
    window.open_images(images * 3)  # the one field again twice, the other image three times
    wait_analysed(qtbot, window, 2)
    qtbot.waitUntil(lambda: bool(dialogs), timeout=30_000)
    qtbot.wait(200)  # no more dialogs follow
    assert len(dialogs) == 1
    title, text = dialogs[0]
    assert title == "Some images were not added or not analysed"
    assert text.count("is already field") == 5
    assert len(view.session.fields) == 2
