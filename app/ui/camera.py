"""Live view and capture. A grabber thread keeps only the newest frame; the view pulls it on a
timer, so a fast camera can never flood the window. Capture hands the frame to the analysis
worker, which stores and analyses it like an opened image."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.camera.quality import Quality, assess, grey_small, motion
from app.core.camera.sources import FolderSource, FrameSource, OpenCVCamera
from app.core.errors import CameraError
from app.ui.errors import reporter
from app.ui.field_view import to_qimage

if TYPE_CHECKING:
    from app.ui.camera_qt import QtCamera

log = logging.getLogger(__name__)

#: Below this mean grey-level change between frames the stage counts as still.
STILL_MOTION = 2.0
STILL_FOR_S = 0.7
QUALITY_EVERY_S = 0.2


class Grabber:
    """Reads a frame source on its own thread, keeping the newest frame and its quality."""

    def __init__(self, source: FrameSource) -> None:
        self.source = source
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self.frame: NDArray[np.uint8] | None = None
        self.sequence = 0
        self.fps = 0.0
        self.quality: Quality | None = None
        self.still_since: float | None = None
        self.error: str | None = None
        self.ended = False
        self._thread = threading.Thread(target=self._run, name="camera", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def newest(self) -> tuple[int, NDArray[np.uint8] | None]:
        with self._lock:
            return self.sequence, self.frame

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        times: list[float] = []
        last_check, previous = 0.0, None
        try:
            self.source.open()
            while not self._stop.is_set():
                frame = self.source.read()
                if frame is None:
                    self.ended = True
                    return
                now = time.monotonic()
                with self._lock:
                    self.frame, self.sequence = frame, self.sequence + 1
                times = [t for t in times if now - t < 1.0] + [now]
                self.fps = float(len(times))
                if now - last_check >= QUALITY_EVERY_S:
                    last_check = now
                    small = grey_small(frame)
                    moving = previous is None or motion(previous, small) > STILL_MOTION
                    previous = small
                    self.still_since = None if moving else (self.still_since or now)
                    self.quality = assess(frame)
        except CameraError as exc:
            self.error = str(exc)
        except Exception as exc:  # a driver fault must not kill the app
            log.exception("Camera failed")
            self.error = f"The camera failed: {exc}"
        finally:
            self.source.close()


def qt_cameras() -> list[str]:
    """Cameras Qt Multimedia lists (empty where Qt Multimedia cannot load)."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return []
    return [device.description() for device in QMediaDevices.videoInputs()]


class CameraPanel(QWidget):
    """Device chooser, live view with fps and a quality light, capture, auto-capture."""

    captured = Signal(object, str)  # RGB frame, name

    def __init__(
        self, choose_path: Callable[[], Path | None] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._choose_path = choose_path or self._ask_path
        self.grabber: Grabber | None = None
        self._qt_camera: QtCamera | None = None
        self._shown = -1
        self._last_capture = 0.0
        self.devices = QComboBox()
        self._listed = False  # Qt Multimedia takes ~0.4 s to load: list cameras when first shown
        self.resolution = QComboBox()
        self.resolution.addItem(self.tr("camera default"), None)
        for size in ((640, 480), (1280, 720), (1920, 1080), (2592, 1944), (3840, 2160)):
            self.resolution.addItem(f"{size[0]} × {size[1]}", size)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.clicked.connect(self.start_selected)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.clicked.connect(self.stop)
        self.capture_button = QPushButton(self.tr("Capture (Space)"))
        self.capture_button.clicked.connect(self.capture)
        self.auto = QCheckBox(self.tr("Auto-capture when still and sharp, every"))
        self.every = QSpinBox()
        self.every.setRange(2, 120)
        self.every.setValue(5)
        self.every.setSuffix(" s")
        self.mirror = QCheckBox(self.tr("Mirror"))
        self.rotate = QComboBox()
        self.rotate.addItems(["0°", "90°", "180°", "270°"])
        # Shown only for cameras that offer them (Qt Multimedia backend).
        self.exposure = QDoubleSpinBox()
        self.exposure.setRange(-2.0, 2.0)
        self.exposure.setSingleStep(0.5)
        self.exposure.setPrefix(self.tr("Exposure "))
        self.exposure.setSuffix(" EV")
        self.exposure.valueChanged.connect(self._set_exposure)
        self.white_balance = QComboBox()
        self.white_balance.currentTextChanged.connect(self._set_white_balance)
        self.light = QLabel()
        self.fps_label = QLabel()
        self.image = QLabel(self.tr("No camera running. Choose a source and press Start."))
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumSize(320, 240)
        top = QHBoxLayout()
        for widget in (
            self.devices,
            self.resolution,
            self.start_button,
            self.stop_button,
            self.capture_button,
            self.mirror,
            self.rotate,
        ):
            top.addWidget(widget)
        bottom = QHBoxLayout()
        for item in (
            self.exposure,
            self.white_balance,
            self.auto,
            self.every,
            self.light,
            self.fps_label,
        ):
            bottom.addWidget(item)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.image, 1)
        layout.addLayout(bottom)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self._set_running(False)
        self._show_controls(None)

    # ----- sources ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        if not self._listed:
            self.refresh_devices()
        super().showEvent(event)

    def refresh_devices(self) -> None:
        self._listed = True
        self.devices.clear()
        for index, name in enumerate(qt_cameras()):
            self.devices.addItem(name, ("qt", index))
        for index in range(4):
            self.devices.addItem(
                self.tr("Camera {0} (OpenCV)").replace("{0}", str(index)), ("opencv", index)
            )
        self.devices.addItem(self.tr("Video file or image folder…"), ("file", None))

    def start_selected(self) -> None:
        kind, index = self.devices.currentData()
        width, height = self.resolution.currentData() or (None, None)
        try:
            if kind == "file":
                path = self._choose_path()
                if path is None:
                    return
                self.start_source(FolderSource(path, fps=30.0))
            elif kind == "qt":
                from app.ui.camera_qt import QtCamera

                size = QSize(width, height) if width and height else None
                camera = QtCamera(int(index), size)
                camera.start()  # on the GUI thread, where Qt wants it
                self.start_source(camera)
                self._qt_camera = camera
                self._show_controls(camera)
            else:
                self.start_source(OpenCVCamera(int(index), width, height))
        except CameraError as exc:
            reporter().report(self.tr("Camera"), str(exc))

    def _ask_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Video file"), "", self.tr("Videos (*.mp4 *.avi *.mkv *.mov)")
        )
        return Path(name) if name else None

    def start_source(self, source: FrameSource) -> None:
        self.stop()
        self.grabber = Grabber(source)
        self.grabber.start()
        self._shown = -1
        self.timer.start(33)  # the view pulls the newest frame ~30 times a second
        self._set_running(True)

    def stop(self) -> None:
        self.timer.stop()
        if self.grabber is not None:
            self.grabber.stop()
            self.grabber = None
        if self._qt_camera is not None:
            self._qt_camera.stop()
            self._qt_camera = None
        self._set_running(False)
        self._show_controls(None)

    def _show_controls(self, camera: QtCamera | None) -> None:
        modes = camera.white_balance_modes() if camera is not None else []
        self.white_balance.blockSignals(True)
        self.white_balance.clear()
        self.white_balance.addItems(modes)
        self.white_balance.blockSignals(False)
        self.white_balance.setVisible(bool(modes))
        self.exposure.setVisible(camera is not None)

    def _set_exposure(self, ev: float) -> None:
        if self._qt_camera is not None:
            self._qt_camera.set_exposure_compensation(ev)

    def _set_white_balance(self, name: str) -> None:
        if self._qt_camera is not None and name:
            self._qt_camera.set_white_balance(name)

    def _set_running(self, running: bool) -> None:
        self.stop_button.setEnabled(running)
        self.capture_button.setEnabled(running)
        self.start_button.setEnabled(not running)
        if not running:
            self.fps_label.setText("")
            self.light.setText("")

    # ----- live view -------------------------------------------------------------------------
    def oriented(self, frame: NDArray[np.uint8]) -> NDArray[np.uint8]:
        turns = self.rotate.currentIndex()
        if turns:
            frame = np.rot90(frame, k=-turns)
        if self.mirror.isChecked():
            frame = frame[:, ::-1]
        return np.ascontiguousarray(frame)

    def _tick(self) -> None:
        grabber = self.grabber
        if grabber is None:
            return
        if grabber.error or (grabber.ended and not grabber.running):
            message = grabber.error or self.tr("The video source has ended.")
            self.stop()
            self.image.setText(message + "\n" + self.tr("Reconnect and press Start."))
            if grabber.error:
                reporter().report(self.tr("Camera"), grabber.error)
            return
        sequence, frame = grabber.newest()
        if frame is None or sequence == self._shown:
            return
        self._shown = sequence
        shown = self.oriented(frame)
        image = to_qimage(shown).scaled(self.image.size(), Qt.AspectRatioMode.KeepAspectRatio)
        self.image.setPixmap(QPixmap.fromImage(image))
        self.fps_label.setText(self.tr("{0} fps").replace("{0}", f"{grabber.fps:.0f}"))
        quality = grabber.quality
        if quality is not None:
            colour = {"green": "#1B7837", "amber": "#E08214", "red": "#B2182B"}[quality.light]
            text = self.tr("focus {0}").replace("{0}", f"{quality.focus:.0f}")
            if quality.problems:
                text += " · " + ", ".join(quality.problems)
            self.light.setText(f"<span style='color:{colour}'>●</span> {text}")
        if self.auto.isChecked() and self._ready_for_auto(grabber):
            self.capture()

    def _ready_for_auto(self, grabber: Grabber) -> bool:
        now = time.monotonic()
        quality = grabber.quality
        return (
            quality is not None
            and quality.ok
            and grabber.still_since is not None
            and now - grabber.still_since >= STILL_FOR_S
            and now - self._last_capture >= self.every.value()
        )

    def capture(self) -> None:
        """The newest frame at full resolution, oriented as shown, becomes a field."""
        if self.grabber is None:
            return
        _, frame = self.grabber.newest()
        if frame is None:
            return
        self._last_capture = time.monotonic()
        name = time.strftime("capture-%Y%m%d-%H%M%S.png")
        self.captured.emit(self.oriented(frame), name)
