"""Live view and capture with a folder of images standing in for the camera."""

from __future__ import annotations

import threading

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
    assert not any(t.name == "camera" for t in threading.enumerate())


def test_auto_capture_fires_only_on_still_sharp_frames(make_window, qtbot, tmp_path, rng):
    _, view = _slide(make_window)
    base = smear(rng)
    moving = [np.roll(base, 25 * i, axis=1) for i in range(30)]  # the stage is moving
    blurred_still = [np.full_like(base, 200)] * 30  # still, but nothing in focus
    sharp_still = [base] * 40
    folder = _frames(tmp_path / "cam", moving + blurred_still + sharp_still)
    captured = []
    view.camera.captured.connect(lambda frame, _name: captured.append(frame))
    view.camera.every.setValue(2)
    view.camera.auto.setChecked(True)
    view.camera.start_source(FolderSource(folder, fps=30))
    qtbot.waitUntil(lambda: len(captured) >= 1, timeout=15_000)
    assert all(np.array_equal(frame, base) for frame in captured)


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


def test_no_camera_is_a_plain_message(make_window, qtbot, dialogs):
    # The machines this runs on have no camera: OpenCV's index 0 cannot be opened.
    _, view = _slide(make_window)
    view.camera.devices.setCurrentIndex(view.camera.devices.findText("Camera 0 (OpenCV)"))
    view.camera.start_selected()
    qtbot.waitUntil(lambda: any(t == "Camera" for t, _ in dialogs), timeout=10_000)
    assert "cannot be opened" in dialogs[-1][1]
    assert view.camera.start_button.isEnabled() and view.camera.grabber is None


def test_qt_camera_that_is_gone_is_a_camera_error(qapp):
    from PySide6.QtMultimedia import QMediaDevices

    from app.ui.camera_qt import QtCamera

    # One past the cameras Qt lists: what a chosen camera looks like once it is unplugged.
    with pytest.raises(CameraError, match="no longer connected"):
        QtCamera(len(QMediaDevices.videoInputs()))
