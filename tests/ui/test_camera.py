"""Live view and capture with a folder of images, a video file or a bare QVideoSink standing in
for the camera."""

from __future__ import annotations

import logging
import threading
import time
from types import SimpleNamespace

import cv2
import numpy as np
import pytest

from app.core.camera.sources import FolderSource
from app.core.errors import CameraError
from tests.conftest import save_rgb
from tests.core.test_camera_sources import smear
from tests.ui.conftest import wait_analysed


def _slide(make_window):
    window = make_window()
    window.create_slide("ana", {"sample_id": "CAM-1"})
    view = window.slide_view
    view.tabs.setCurrentWidget(view.camera)
    return window, view


def _frames(folder, frames):
    folder.mkdir()
    for i, frame in enumerate(frames):
        save_rgb(folder / f"{i:03d}.png", frame)
    return folder


def _noisy(rng, frame, sigma=6.0):
    return np.clip(frame + rng.normal(0, sigma, frame.shape), 0, 255).astype(np.uint8)


class FailingSource(FolderSource):
    """Plays a few frames, then fails as an unplugged camera does."""

    def __init__(self, *args, fail_after=3, **kwargs):
        super().__init__(*args, **kwargs)
        self.left = fail_after

    def read(self):
        self.left -= 1
        if self.left < 0:
            raise CameraError("Camera 0 stopped sending pictures (unplugged?).")
        return super().read()


def test_live_view_capture_stores_and_analyses_a_field(make_window, qtbot, tmp_path, rng):
    window, view = _slide(make_window)
    folder = _frames(tmp_path / "cam", [smear(rng) for _ in range(5)])
    view.camera.start_source(FolderSource(folder, fps=30, loop=True))
    qtbot.waitUntil(lambda: view.camera._shown > 3, timeout=10_000)
    assert view.camera.image.pixmap() is not None and "fps" in view.camera.fps_label.text()
    # A file source has no exposure or white balance to offer.
    assert view.camera.exposure.isHidden() and view.camera.white_balance.isHidden()
    view.camera.capture()
    wait_analysed(qtbot, window, 1)
    field = view.session.field_list()[0]
    assert field.source == "camera" and field.quality is not None and field.quality > 4
    assert (field.width, field.height) == (640, 480)
    assert len(view.session.cells) > 0  # analysed in the background
    window.close()
    qtbot.waitUntil(lambda: not any(t.name == "camera" for t in threading.enumerate()))


@pytest.mark.slow  # plays 7 s of video frames in real time, after writing them
def test_auto_capture_takes_each_place_once_after_motion_then_stillness(
    make_window, qtbot, tmp_path, rng, dialogs
):
    _, view = _slide(make_window)
    place_a, place_b = smear(rng), smear(rng)

    def moving(base):  # the stage travelling
        return [np.roll(base, 25 * i, axis=1) for i in range(1, 16)]

    blurred = [np.full_like(place_a, 200)] * 30  # still, but nothing in focus
    # Each place is held for 2.5 s: long enough for a second capture, were it allowed.
    still_a = [_noisy(rng, place_a, 2.0) for _ in range(75)]
    still_b = [_noisy(rng, place_b, 2.0) for _ in range(75)]
    folder = _frames(
        tmp_path / "cam", moving(place_a) + blurred + still_a + moving(place_b) + still_b
    )
    captured = []
    view.camera.captured.connect(lambda frame, _name: captured.append(frame))
    view.camera.auto.setChecked(True)
    view.camera.start_source(FolderSource(folder, fps=30))
    qtbot.waitUntil(lambda: view.camera.grabber is None, timeout=30_000)  # played to the end
    assert len(captured) == 2
    assert np.abs(captured[0].astype(int) - place_a).mean() < 3
    assert np.abs(captured[1].astype(int) - place_b).mean() < 3
    assert view.camera.note.text() == ""  # it never even tried a place twice
    assert dialogs == []


def test_the_same_place_twice_is_one_field_and_a_note(make_window, qtbot, tmp_path, rng, dialogs):
    window, view = _slide(make_window)
    place = smear(rng)
    folder = _frames(tmp_path / "cam", [_noisy(rng, place) for _ in range(10)])
    view.camera.start_source(FolderSource(folder, fps=30, loop=True))
    qtbot.waitUntil(lambda: view.camera._shown > 3, timeout=10_000)
    view.camera.capture()
    view.camera.capture()  # at once: the first is still being stored
    assert view.camera.note.isVisible() and "just captured" in view.camera.note.text()
    wait_analysed(qtbot, window, 1)
    qtbot.waitUntil(lambda: view.camera._shown > 12)  # a later, differently noisy frame
    view.camera.capture()
    assert "field 1 again" in view.camera.note.text()
    qtbot.wait(300)
    assert len(view.session.fields) == 1 and dialogs == []
    view.camera.stop()


@pytest.mark.slow  # plays 80 frames in real time
def test_a_field_opened_from_file_is_recognised_in_the_live_view(
    make_window, qtbot, tmp_path, rng, dialogs
):
    window, view = _slide(make_window)
    place, elsewhere = smear(rng), smear(rng)
    window.open_images([save_rgb(tmp_path / "opened.png", place)])
    wait_analysed(qtbot, window, 1)
    shifted = np.roll(_noisy(rng, place), (12, -20), axis=(0, 1))  # the stage nudged
    folder = _frames(tmp_path / "cam", [shifted] * 20 + [elsewhere] * 60)
    view.camera.start_source(FolderSource(folder, fps=30))
    qtbot.waitUntil(lambda: view.camera._shown > 3, timeout=10_000)
    qtbot.waitUntil(lambda: len(view.camera.places) == 1)  # learned off the GUI thread
    view.camera.capture()
    assert "field 1 again" in view.camera.note.text()
    qtbot.waitUntil(lambda: view.camera._shown > 25, timeout=10_000)  # the stage moved on
    view.camera.capture()
    assert view.camera.note.isHidden()
    wait_analysed(qtbot, window, 2)
    assert dialogs == []
    view.camera.stop()


def test_fields_of_an_earlier_session_are_recognised_once_the_camera_starts(
    make_window, qtbot, tmp_path, rng, dialogs
):
    window, view = _slide(make_window)
    place = smear(rng)
    folder = _frames(tmp_path / "cam", [_noisy(rng, place) for _ in range(3)])
    view.camera.start_source(FolderSource(folder, fps=30, loop=True))
    qtbot.waitUntil(lambda: view.camera._shown > 0, timeout=10_000)
    view.camera.capture()
    wait_analysed(qtbot, window, 1)
    slide_id = view.session.slide_id
    window.close()

    again = make_window()
    again.open_slide(slide_id)
    camera = again.slide_view.camera
    assert len(camera.places) == 0  # a new view knows nothing yet
    camera.start_source(FolderSource(folder, fps=30, loop=True))
    qtbot.waitUntil(lambda: len(camera.places) == 1, timeout=10_000)  # read back from the store
    qtbot.waitUntil(lambda: camera._shown > 0, timeout=10_000)
    camera.capture()
    assert "field 1 again" in camera.note.text()
    assert len(again.slide_view.session.fields) == 1 and dialogs == []
    camera.stop()


def test_an_unplugged_camera_is_a_message_and_start_works_again(
    make_window, qtbot, tmp_path, rng, dialogs
):
    _, view = _slide(make_window)
    folder = _frames(tmp_path / "cam", [smear(rng) for _ in range(3)])
    view.camera.start_source(FailingSource(folder, fps=30, loop=True))
    qtbot.waitUntil(lambda: any(t == "Camera" for t, _ in dialogs), timeout=10_000)
    assert "unplugged" in dialogs[-1][1]
    assert view.camera.grabber is None and view.camera.start_button.isEnabled()
    assert len(view.session.fields) == 0  # nothing half-made
    view.camera.start_source(FolderSource(folder, fps=30, loop=True))  # reconnect
    qtbot.waitUntil(lambda: view.camera._shown > 0, timeout=10_000)
    view.camera.stop()


def _choose(view, kind, path):
    view.camera._choose_path = lambda asked: path if asked == kind else None
    entry = {"folder": "Image folder…", "video": "Video file…"}[kind]
    view.camera.devices.setCurrentIndex(view.camera.devices.findText(entry))
    view.camera.start_selected()


def test_an_image_folder_is_chosen_as_a_folder_and_its_end_said_plainly(
    make_window, qtbot, tmp_path, rng, dialogs, monkeypatch
):
    monkeypatch.setattr("app.ui.camera.FOLDER_HOLD_S", 0.2)  # a technician's pause: 2 s each
    _, view = _slide(make_window)
    folder = _frames(tmp_path / "cam", [smear(rng) for _ in range(2)])
    _choose(view, "folder", folder)
    assert isinstance(view.camera.grabber.source, FolderSource)
    qtbot.waitUntil(lambda: view.camera.grabber is None, timeout=15_000)
    text = view.camera.image.text()
    assert "has played to the end" in text and "Reconnect" not in text
    assert dialogs == []


def test_a_video_plays_at_its_own_frame_rate(make_window, qtbot, tmp_path, rng, dialogs):
    _, view = _slide(make_window)
    path = tmp_path / "clip.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 10, (320, 240))
    if not writer.isOpened():
        pytest.skip("this OpenCV build cannot write MJPG video")
    for _ in range(4):
        writer.write(smear(rng, (240, 320)))
    writer.release()
    _choose(view, "video", path)
    source = view.camera.grabber.source
    qtbot.waitUntil(lambda: view.camera.grabber is None, timeout=10_000)
    assert source.fps == 10
    assert "The video clip.avi has played to the end" in view.camera.image.text()


def test_no_camera_is_a_plain_message_that_fits_and_opencv_stays_off_the_terminal(
    make_window, qtbot, dialogs, capfd, caplog
):
    # The machines this runs on have no camera: OpenCV's index 0 cannot be opened.
    _, view = _slide(make_window)
    view.camera.devices.setCurrentIndex(view.camera.devices.findText("Camera 0 (OpenCV)"))
    capfd.readouterr()
    with caplog.at_level(logging.WARNING, logger="opencv"):
        view.camera.start_selected()
        qtbot.waitUntil(lambda: any(t == "Camera" for t, _ in dialogs), timeout=10_000)
    assert "cannot be opened" in dialogs[-1][1]
    assert view.camera.start_button.isEnabled() and view.camera.grabber is None
    assert "WARN" not in capfd.readouterr().err
    assert any(r.name == "opencv" for r in caplog.records)
    label = view.camera.image
    assert "cannot be opened" in label.text()
    assert label.wordWrap() and label.minimumSizeHint().width() <= label.width()


def test_live_count_draws_the_detectors_wbc_on_the_view(make_window, qtbot, tmp_path, rng):
    _, view = _slide(make_window)
    # The synthetic detector finds two WBC (and an RBC, not drawn) in every 640 x 480 frame.
    folder = _frames(tmp_path / "cam", [smear(rng) for _ in range(3)])
    view.camera.overlay.setChecked(True)
    view.camera.start_source(FolderSource(folder, fps=30, loop=True))
    live = view.camera.live
    qtbot.waitUntil(lambda: live.result is not None, timeout=15_000)
    assert len(live.result.boxes) == 2 and live.error is None
    seen = live.result.sequence
    qtbot.waitUntil(lambda: view.camera._shown > seen + 1, timeout=10_000)
    # The first WBC's left edge (x 160, y 120-200 in the frame), where the view shows it.
    image = view.camera.image.pixmap().toImage()
    scale = image.width() / 640
    edge = [image.pixelColor(round(160 * scale) + dx, round(160 * scale)) for dx in (-1, 0, 1)]
    assert any(c.green() > 150 and c.red() < 100 and c.blue() < 150 for c in edge)
    view.camera.overlay.setChecked(False)
    assert view.camera.live is None
    qtbot.waitUntil(lambda: not live.running)
    view.camera.stop()


def test_qt_camera_that_is_gone_is_a_camera_error(qapp):
    from PySide6.QtMultimedia import QMediaDevices

    from app.ui.camera_qt import QtCamera

    # One past the cameras Qt lists: what a chosen camera looks like once it is unplugged.
    with pytest.raises(CameraError, match="no longer connected"):
        QtCamera(len(QMediaDevices.videoInputs()))


def test_the_live_count_and_a_capture_loading_the_models_at_once_both_get_them(qapp, monkeypatch):
    from app.ui import analysis

    loaded = SimpleNamespace(models=[], provider="CPU", model_summaries=list)

    def slow_load(_profile, _threshold, _scale=None):
        time.sleep(0.3)  # a real model takes a second or two
        return loaded

    monkeypatch.setattr(analysis, "find_profile", lambda name: name)
    monkeypatch.setattr(analysis, "read_profile", lambda path: SimpleNamespace(name="p"))
    monkeypatch.setattr(analysis, "pipeline_for", slow_load)
    analyzer = analysis.Analyzer(analysis.ModelChoice("p"))
    got = []
    callers = [threading.Thread(target=lambda: got.append(analyzer.loader.get()))]
    callers.append(threading.Thread(target=lambda: got.append(analyzer.loader.get())))
    for caller in callers:
        caller.start()
        time.sleep(0.05)
    for caller in callers:
        caller.join()
    assert got == [loaded, loaded]
