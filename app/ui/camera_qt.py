"""The Qt Multimedia camera backend (QMediaDevices, QCamera, QMediaCaptureSession, QVideoSink).

Qt hands each frame to the sink on its own thread. A direct connection keeps the newest
QVideoFrame (a cheap shared handle) in a one-frame slot right there, never passing through the
GUI event loop; the grabber thread turns it into pixels it owns. Interrupting wakes a waiting
read at once, so stopping never waits for a frame.
"""

from __future__ import annotations

import threading

import numpy as np
from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoSink

from app.core.camera.sources import Frame
from app.core.errors import CameraError
from app.ui.translations import tr as _tr

FRAME_WAIT_S = 3.0  # no frame for this long: the camera is gone


def frame_pixels(frame: QVideoFrame) -> Frame:
    """A video frame (any format Qt converts) as an RGB array that owns its memory."""
    image = frame.toImage()
    if image.isNull():
        raise CameraError(_tr("The camera sent a picture in a format that cannot be shown."))
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    # np.array copies while ``image`` is alive; the rows may be padded to ``stride`` bytes.
    rows = np.array(image.constBits(), dtype=np.uint8, copy=True).reshape(height, stride)
    return np.ascontiguousarray(rows[:, : width * 3]).reshape(height, width, 3)


class SinkSource(QObject):
    """A FrameSource over any QVideoSink: the newest frame it was given, read on any thread."""

    def __init__(self, sink: QVideoSink, name: str) -> None:
        super().__init__()
        self.sink, self.name = sink, name
        self.ended_message = _tr("{0} stopped.").replace("{0}", name)
        self._newest: QVideoFrame | None = None
        self._error: str | None = None
        self._interrupted = False
        self._fresh = threading.Condition()
        sink.videoFrameChanged.connect(self._on_frame, Qt.ConnectionType.DirectConnection)

    def _on_frame(self, frame: QVideoFrame) -> None:
        # Runs on the thread that delivered the frame: keep it, wake the reader, nothing more.
        with self._fresh:
            self._newest = frame
            self._fresh.notify_all()

    def fail(self, text: str) -> None:
        with self._fresh:
            self._error = text
            self._fresh.notify_all()

    def open(self) -> None:
        """Nothing to do: frames arrive once the sink is fed."""

    def read(self) -> Frame | None:
        with self._fresh:
            if not self._fresh.wait_for(
                lambda: self._newest is not None or self._error is not None or self._interrupted,
                timeout=FRAME_WAIT_S,
            ):
                raise CameraError(
                    _tr(
                        "{0} stopped sending pictures (unplugged or busy?). Plug it in (or close "
                        "the other program) and press Start."
                    ).replace("{0}", self.name)
                )
            if self._interrupted:
                return None
            if self._error is not None:
                raise CameraError(self._error)
            frame, self._newest = self._newest, None
        assert frame is not None
        return frame_pixels(frame)

    def interrupt(self) -> None:
        with self._fresh:
            self._interrupted = True
            self._fresh.notify_all()

    def close(self) -> None:
        """Called on the grabber thread: only drop the slot; the panel stops the camera on the
        GUI thread."""
        with self._fresh:
            self._newest = None


class QtCamera(SinkSource):
    """A Qt camera. Create and start it on the GUI thread; read() may then be called from any
    thread."""

    WHITE_BALANCE = (
        "WhiteBalanceAuto",
        "WhiteBalanceSunlight",
        "WhiteBalanceCloudy",
        "WhiteBalanceTungsten",
        "WhiteBalanceFluorescent",
    )

    def __init__(self, index: int, resolution: QSize | None = None) -> None:
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices

        devices = QMediaDevices.videoInputs()
        if not 0 <= index < len(devices):
            raise CameraError(
                _tr("That camera is no longer connected. Plug it in and press Start.")
            )
        device = devices[index]
        super().__init__(QVideoSink(), device.description())
        self.camera = QCamera(device)
        if resolution is not None:
            formats = [f for f in device.videoFormats() if f.resolution() == resolution]
            if formats:
                self.camera.setCameraFormat(max(formats, key=lambda f: f.maxFrameRate()))
        self.session = QMediaCaptureSession()
        self.session.setCamera(self.camera)
        self.session.setVideoSink(self.sink)
        self.camera.errorOccurred.connect(
            lambda _error, text: self.fail(
                _tr("The camera reported a problem: {0}. Press Start to try again.").replace(
                    "{0}", text
                )
            ),
            Qt.ConnectionType.DirectConnection,
        )

    # Exposure and white balance, where the camera offers them (the panel shows them if so).
    def white_balance_modes(self) -> list[str]:
        modes = self.camera.WhiteBalanceMode
        return [
            m
            for m in self.WHITE_BALANCE
            if self.camera.isWhiteBalanceModeSupported(getattr(modes, m))
        ]

    def set_white_balance(self, name: str) -> None:
        self.camera.setWhiteBalanceMode(getattr(self.camera.WhiteBalanceMode, name))

    def set_exposure_compensation(self, ev: float) -> None:
        self.camera.setExposureCompensation(ev)

    def start(self) -> None:
        self.camera.start()

    def stop(self) -> None:
        self.interrupt()
        self.camera.stop()
