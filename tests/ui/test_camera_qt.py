"""The Qt Multimedia backend without a camera: frames fed to a QVideoSink the way Qt's camera
feeds them (from a thread of its own), through QVideoSink.setVideoFrame."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat, QVideoSink

from app.core.camera.grabber import Grabber
from app.core.errors import CameraError
from app.ui.camera_qt import SinkSource, frame_pixels

SIZES = [(640, 480), (1280, 720), (1920, 1080)]


def _feed(sink: QVideoSink, frame: QVideoFrame) -> None:
    """Deliver a frame from another thread, as a camera backend does, and wait until it has."""
    feeder = threading.Thread(target=sink.setVideoFrame, args=(frame,), name="qt-camera")
    feeder.start()
    feeder.join()


def _rgb_frame(rgb: np.ndarray, image_format: QImage.Format) -> QVideoFrame:
    h, w = rgb.shape[:2]
    bgra = np.dstack([rgb[..., 2], rgb[..., 1], rgb[..., 0], np.full((h, w), 255, np.uint8)])
    bgra = np.ascontiguousarray(bgra)
    # The frame keeps its own copy: the array may go, as a camera's buffer does.
    return QVideoFrame(QImage(bgra.data, w, h, 4 * w, image_format).copy())


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize(
    "image_format",
    [QImage.Format.Format_RGB32, QImage.Format.Format_ARGB32],
    ids=["RGB32", "ARGB32"],
)
def test_frames_through_a_sink_are_exactly_the_pixels_sent(qapp, rng, size, image_format):
    sink = QVideoSink()
    source = SinkSource(sink, "test camera")
    source.open()
    sent = []
    for _ in range(2):
        rgb = rng.integers(0, 256, (size[1], size[0], 3), np.uint8)
        sent.append(rgb)
        # No event loop runs here: the frame reaches the source by the direct connection alone.
        _feed(sink, _rgb_frame(rgb, image_format))
        got = source.read()
        np.testing.assert_array_equal(got, rgb)
    del sink  # the frames are gone on Qt's side: what was read stays intact and readable
    np.testing.assert_array_equal(got, sent[-1])
    source.close()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_nv12_frames_are_converted_by_qt_and_owned(qapp, rng, size):
    w, h = size
    frame = QVideoFrame(QVideoFrameFormat(QSize(w, h), QVideoFrameFormat.PixelFormat.Format_NV12))
    assert frame.map(QVideoFrame.MapMode.WriteOnly)
    luma = rng.integers(16, 236, (h, w), np.uint8)
    y_plane = np.frombuffer(frame.bits(0), np.uint8).reshape(h, frame.bytesPerLine(0))
    y_plane[:, :w] = luma
    uv_plane = np.frombuffer(frame.bits(1), np.uint8).reshape(h // 2, frame.bytesPerLine(1))
    uv_plane[:] = 128  # no colour: every pixel is grey at its luma
    frame.unmap()
    expected = frame_pixels(frame)  # Qt's own conversion
    sink = QVideoSink()
    source = SinkSource(sink, "test camera")
    _feed(sink, frame)
    got = source.read()
    np.testing.assert_array_equal(got, expected)
    assert got.shape == (h, w, 3)
    # Grey in, grey out, brighter where the luma is (whatever range Qt assumes).
    spread = got.astype(int).max(axis=2) - got.astype(int).min(axis=2)
    assert spread.max() <= 2  # rounding in Qt's YUV matrix
    assert np.corrcoef(got[..., 0].ravel(), luma.ravel())[0, 1] > 0.99


def test_a_waiting_read_ends_at_stop(qapp, rng):
    """stop() must not wait for the next frame (a camera that went quiet waits seconds)."""
    sink = QVideoSink()
    grabber = Grabber(SinkSource(sink, "test camera"))
    grabber.start()
    _feed(
        sink, _rgb_frame(rng.integers(0, 256, (480, 640, 3), np.uint8), QImage.Format.Format_RGB32)
    )
    deadline = time.monotonic() + 10
    while grabber.newest()[1] is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert grabber.newest()[1] is not None
    time.sleep(0.1)  # the grabber now waits for a frame that does not come
    started = time.perf_counter()
    grabber.stop()
    grabber._thread.join(timeout=1.0)
    took = time.perf_counter() - started
    assert not grabber.running and grabber.error is None and not grabber.ended
    assert took < 0.1  # the bound the issue sets; it used to take the 3 s frame timeout


def test_a_camera_that_goes_quiet_or_fails_is_a_camera_error(qapp, monkeypatch):
    source = SinkSource(QVideoSink(), "test camera")
    monkeypatch.setattr("app.ui.camera_qt.FRAME_WAIT_S", 0.05)
    with pytest.raises(CameraError, match="stopped sending pictures"):
        source.read()
    source.fail("The camera reported a problem: unplugged")
    with pytest.raises(CameraError, match="unplugged"):
        source.read()
