"""The window's background jobs (app/ui/workers.py): each is stopped on its own, belongs to the
slide that started it, says what went wrong as what it is, and never holds the GUI thread."""

from __future__ import annotations

import shutil
import threading

import numpy as np
import pytest

from app.ui import analysis, model_import, workers
from tests.conftest import save_rgb
from tests.ui.conftest import CELLS_PER_FIELD, wait_analysed


class Gate:
    """Stands in for the analysis's focus check: the ``hold``-th image waits until released
    (10 s at most, so a broken build fails instead of hanging)."""

    def __init__(self, hold: int) -> None:
        self.hold, self.calls = hold, 0
        self.reached, self.released = threading.Event(), threading.Event()
        self.real = analysis.assess

    def assess(self, pixels, limits):
        self.calls += 1
        if self.calls == self.hold:
            self.reached.set()
            self.released.wait(10)
        return self.real(pixels, limits)


def _fields(tmp_path, count):
    folder = tmp_path / "many"
    folder.mkdir()
    out = []
    for i in range(count):
        image = np.full((480, 640, 3), 235, np.uint8)
        image[120:200, 160:240] = (220, 30, 30)
        image[0, i] = 0  # every file distinct
        out.append(save_rgb(folder / f"f{i:02d}.png", image))
    return out


def _idle(qtbot, window):
    qtbot.waitUntil(
        lambda: not window.analyzer.busy() and not window.slide_view.busy, timeout=30_000
    )


def test_cancel_stops_the_running_import_even_when_another_starts_at_once(
    make_window, qtbot, tmp_path, monkeypatch
):
    gate = Gate(hold=1)
    monkeypatch.setattr(analysis, "assess", gate.assess)
    window = make_window()
    window.create_slide("ana", {"sample_id": "S1"})
    paths = _fields(tmp_path, 4)
    window.open_images(paths[:3])
    assert gate.reached.wait(10)
    window.cancel_button.click()
    window.open_images(paths[3:])  # a drop right after Cancel: its own job, the first stays off
    gate.released.set()
    qtbot.waitUntil(lambda: gate.calls >= 2, timeout=30_000)
    _idle(qtbot, window)
    names = sorted(f.file_name for f in window.slide_view.session.fields.values())
    assert names == ["f00.png", "f03.png"]  # the image being read when cancelled is kept


def test_leaving_a_slide_during_an_import_stores_what_was_read_and_says_so(
    make_window, qtbot, tmp_path, monkeypatch, dialogs
):
    gate = Gate(hold=3)
    monkeypatch.setattr(analysis, "assess", gate.assess)
    window = make_window()
    window.create_slide("ana", {"sample_id": "S1"})
    slide_id = window.slide_view.session.slide_id
    window.open_images(_fields(tmp_path, 12))
    assert gate.reached.wait(10)
    gate.released.set()
    window.show_start()  # a slide switch while images are still being read
    said = [text for title, text in dialogs if title == "Import stopped"]
    assert said and "stored as fields" in said[0] and "not read" in said[0]
    _idle_pool = window.analyzer.pool.waitForDone()
    window.open_slide(slide_id)
    session = window.slide_view.session
    stored = list((tmp_path / "data" / "images").rglob("*.png"))
    assert 3 <= len(session.fields) < 12
    assert len(stored) == len(session.fields)  # no image file without its field
    assert f"{len(session.fields)} image(s) stored" in said[0]
    wait_analysed(qtbot, window, len(session.fields))  # their analysis runs on reopening
    assert _idle_pool


def test_a_failed_model_load_is_tried_again_on_reanalyse(
    make_window, profile, images, qtbot, tmp_path, dialogs
):
    broken = tmp_path / "broken"
    shutil.copytree(profile.parent, broken)
    (broken / "cls.onnx").unlink()
    window = make_window(broken / profile.name)
    window.create_slide("ana", {"sample_id": "S1"})
    window.open_images(images[:1])
    qtbot.waitUntil(lambda: any(t == "Models not available" for t, _ in dialogs), timeout=30_000)
    text = next(text for title, text in dialogs if title == "Models not available")
    assert "Settings" not in text and "Re-analyse" in text  # a slide's profile is its own
    assert window.models_label.text() == "Models: not available"
    _idle(qtbot, window)  # the field is added, waiting for models
    assert len(window.slide_view.session.fields) == 1
    shutil.copy(profile.parent / "cls.onnx", broken / "cls.onnx")  # the lab fixes the profile
    window.slide_view.reanalyse_current()
    session = window.slide_view.session
    qtbot.waitUntil(lambda: len(session.cells) == CELLS_PER_FIELD, timeout=30_000)
    assert "CPU" in window.models_label.text()


def test_an_unexpected_fault_while_loading_is_named_as_one(
    make_window, images, qtbot, monkeypatch, dialogs
):
    def crash(_profile, _threshold, _scale=None):
        raise RuntimeError("boom")

    monkeypatch.setattr(analysis, "pipeline_for", crash)
    window = make_window()
    window.create_slide("ana", {"sample_id": "S1"})
    window.open_images(images[:1])
    qtbot.waitUntil(lambda: bool(dialogs), timeout=30_000)
    _idle(qtbot, window)
    text = "\n".join(text for _, text in dialogs)
    assert "unexpected error (RuntimeError: boom)" in text


def test_explain_while_the_models_load_waits_for_them(make_window, images, qtbot, monkeypatch):
    window = make_window()
    window.create_slide("ana", {"sample_id": "S1"})
    view = window.slide_view
    window.open_images(images[:1])
    wait_analysed(qtbot, window, 1)
    loading, release = threading.Event(), threading.Event()
    real = analysis.pipeline_for

    def slow(profile, threshold, scale=None):
        loading.set()
        release.wait(10)
        return real(profile, threshold, scale)

    monkeypatch.setattr(analysis, "pipeline_for", slow)
    window.analyzer.loader.choose(analysis.ModelChoice(window.settings.profile, 0.3))
    messages = []
    view.status.connect(messages.append)
    view.reanalyse_current()  # the analysis starts loading the (new) models
    assert loading.wait(10)
    cell = next(c for c in view.session.cells.values() if c.label == "neutrophil")
    view.view.select([cell.id])
    view.explain_selected()
    release.set()
    qtbot.waitUntil(view.view.heat.isVisible, timeout=30_000)
    assert not any("could not be loaded" in m for m in messages)


def test_opening_a_model_in_the_import_dialog_reads_it_off_the_gui_thread(
    qtbot, profile, monkeypatch
):
    threads = []
    real = model_import.load_model

    def record(*args):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args)

    monkeypatch.setattr(model_import, "load_model", record)
    path = profile.parent / "det.onnx"
    dialog = model_import.ModelImportDialog()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.model_read, timeout=30_000) as read:
        dialog.open_model(path)
    assert read.args == [True] and threads == [False]


def test_closing_the_import_dialog_does_not_wait_for_its_self_test(qtbot, profile, monkeypatch):
    started, release = threading.Event(), threading.Event()

    def slow_check(model, references):
        started.set()
        release.wait(10)
        raise AssertionError("a closed dialog's test result must never be shown")

    monkeypatch.setattr(model_import, "check_model", slow_check)
    path = profile.parent / "det.onnx"
    dialog = model_import.ModelImportDialog()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.model_read, timeout=30_000):
        dialog.open_model(path)
    dialog.run_self_test()
    assert started.wait(10)
    dialog.reject()
    still_running = not release.is_set()
    release.set()
    workers.wait_all()
    assert still_running
    assert "Running the self-test" in dialog.verdict.text()  # nothing came back


def test_an_export_verifies_the_audit_trail_off_the_gui_thread(
    make_window, images, qtbot, tmp_path, monkeypatch
):
    from app.core.store import audit

    window = make_window()
    window.create_slide("ana", {"sample_id": "S1"})
    window.open_images(images[:1])
    wait_analysed(qtbot, window, 1)
    on_gui = []
    real = audit.verify

    def record(conn):
        on_gui.append(threading.current_thread() is threading.main_thread())
        return real(conn)

    monkeypatch.setattr(audit, "verify", record)
    window.reports.workbook_to(tmp_path / "r.xlsx")
    qtbot.waitUntil(lambda: (tmp_path / "r.xlsx").exists(), timeout=30_000)
    assert on_gui == [False]


@pytest.fixture(autouse=True)
def _no_worker_left():
    yield
    workers.wait_all()


class _AtOnce:
    """A pool that runs a job the moment it is started: the quickest a worker can answer."""

    def start(self, worker):
        worker.run()


def test_a_model_read_at_once_is_still_answered(qtbot, tmp_path):
    dialog = model_import.ModelImportDialog()
    qtbot.addWidget(dialog)
    dialog.pool = _AtOnce()
    answers = []
    dialog.model_read.connect(answers.append)
    (tmp_path / "broken.onnx").write_bytes(b"not a model")
    dialog.open_model(tmp_path / "broken.onnx")
    assert answers == [False]  # answered, though the job ended before open_model returned
    assert "broken.onnx" in dialog.file_label.text()
