"""The Qt Multimedia camera backend (QMediaDevices, QCamera, QMediaCaptureSession, QVideoSink).

Qt delivers frames on its side; we keep only the newest QVideoFrame (a cheap shared handle) and
turn it into pixels on the grabber thread, so the GUI thread does no per-frame copying.
"""

from __future__ import annotations

import threading
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QSize, Slot
from PySide6.QtGui import QImage

from app.core.camera.sources import Frame
from app.core.errors import CameraError

FRAME_WAIT_S = 3.0  # no frame for this long: the camera is gone


class QtCamera(QObject):
    """A FrameSource over a Qt camera. Create and open it on the GUI thread; read() may then be
    called from any thread."""

    def __init__(self, index: int, resolution: QSize | None = None) -> None:
        super().__init__()
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices, QVideoSink

        devices = QMediaDevices.videoInputs()
        if not 0 <= index < len(devices):
            raise CameraError("That camera is no longer connected. Plug it in and press Start.")
        device = devices[index]
        self.name = device.description()
        self.camera = QCamera(device)
        if resolution is not None:
            formats = [f for f in device.videoFormats() if f.resolution() == resolution]
            if formats:
                self.camera.setCameraFormat(max(formats, key=lambda f: f.maxFrameRate()))
        self.session = QMediaCaptureSession()
        self.sink = QVideoSink()
        self.session.setCamera(self.camera)
        self.session.setVideoSink(self.sink)
        self.sink.videoFrameChanged.connect(self._on_frame)
        self.camera.errorOccurred.connect(self._on_error)
        self._newest: Any = None  # the newest QVideoFrame
        self._error: str | None = None
        self._fresh = threading.Condition()

    # Exposure and white balance, where the camera offers them (the panel shows them if so).
    WHITE_BALANCE = (
        "WhiteBalanceAuto",
        "WhiteBalanceSunlight",
        "WhiteBalanceCloudy",
        "WhiteBalanceTungsten",
        "WhiteBalanceFluorescent",
    )

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

    def open(self) -> None:
        """Nothing to do here: ``start()`` runs on the GUI thread before the grabber starts."""

    def start(self) -> None:
        self.camera.start()

    @Slot(object)
    def _on_frame(self, frame: object) -> None:
        with self._fresh:
            self._newest = frame
            self._fresh.notify_all()

    @Slot(object, str)
    def _on_error(self, _error: object, text: str) -> None:
        with self._fresh:
            self._error = f"The camera reported a problem: {text}"
            self._fresh.notify_all()

    def read(self) -> Frame | None:
        with self._fresh:
            if not self._fresh.wait_for(
                lambda: self._newest is not None or self._error is not None, timeout=FRAME_WAIT_S
            ):
                raise CameraError(f"{self.name} stopped sending pictures (unplugged or busy?).")
            if self._error is not None:
                raise CameraError(self._error)
            frame, self._newest = self._newest, None
        image = frame.toImage().convertToFormat(QImage.Format.Format_RGB888)
        width, height, stride = image.width(), image.height(), image.bytesPerLine()
        pixels = np.frombuffer(image.constBits(), np.uint8, stride * height).reshape(height, stride)
        return np.ascontiguousarray(pixels[:, : width * 3].reshape(height, width, 3))

    def close(self) -> None:
        """Called on the grabber thread: only flag; the panel stops the camera on the GUI thread."""

    def stop(self) -> None:
        self.camera.stop()
