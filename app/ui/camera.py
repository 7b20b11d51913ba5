"""Live view and capture. A grabber thread keeps only the newest frame; the view pulls it on a
timer, so a fast camera can never flood the window. Capture hands the frame to the analysis
worker, which stores and analyses it like an opened image, unless the frame shows a place that
is already a field of the slide: then a short note in the view says so and nothing is stored."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.camera.grabber import Grabber
from app.core.camera.live_count import LiveCounter
from app.core.camera.sources import (
    VIDEO_SUFFIXES,
    FolderSource,
    FrameSource,
    OpenCVCamera,
    VideoFileSource,
)
from app.core.errors import CameraError
from app.core.geometry import resize
from app.core.store import SlideSession
from app.core.store.inputs import FieldImage
from app.ui.analysis import Analyzer
from app.ui.camera_places import Places
from app.ui.errors import reporter
from app.ui.live_overlay import draw_live_count
from app.ui.qt_images import to_qimage

if TYPE_CHECKING:
    from app.ui.camera_qt import QtCamera

#: How long the image folder source shows each image: a technician's pause on a place.
FOLDER_HOLD_S = 2.0
NOTE_FOR_MS = 4000

#: What the technician chooses from: where the frames come from.
PathChooser = Callable[[str], Path | None]  # "video" or "folder" -> the chosen path, or None


def qt_cameras() -> list[str]:
    """Cameras Qt Multimedia lists (empty where Qt Multimedia cannot load)."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return []
    return [device.description() for device in QMediaDevices.videoInputs()]


class CameraPanel(QWidget):
    """Device chooser, live view with fps, a quality light and an optional live count, capture
    (refused for a place already captured), auto-capture once per place."""

    captured = Signal(object, str)  # RGB frame, name

    def __init__(
        self,
        session: SlideSession,
        analyzer: Analyzer,
        counted: Callable[[], int],
        choose_path: PathChooser | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``analyzer`` lends its models to the live count; ``counted`` gives the cells the
        slide counts so far."""
        super().__init__(parent)
        self.session, self.analyzer, self._counted = session, analyzer, counted
        self._choose_path = choose_path or self._ask_path
        self.grabber: Grabber | None = None
        self._retired: Grabber | None = None  # the last one stopped, perhaps still closing
        self.live: LiveCounter | None = None
        self._qt_camera: QtCamera | None = None
        self._shown = -1
        self.places = Places()
        self.devices = QComboBox()
        self.devices.setMinimumContentsLength(18)  # "Camera 0 (OpenCV)" and most camera names
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
        self.auto = QCheckBox(self.tr("Auto-capture each new place once it is still and sharp"))
        self.overlay = QCheckBox(self.tr("Live count"))
        self.overlay.setToolTip(
            self.tr("Draw the detector's white cells on the live view, as a capture would count")
        )
        self.overlay.toggled.connect(self._overlay_toggled)
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
        self.note = QLabel()  # refused captures: in the view, never a dialog
        self.note.setWordWrap(True)
        self.note.setStyleSheet(
            "background: #FFF3CD; color: #5C4400; padding: 4px 8px; border-radius: 3px"
        )
        self.note.hide()
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.timeout.connect(self.note.hide)
        self.image = QLabel(self.tr("No camera running. Choose a source and press Start."))
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setWordWrap(True)  # long messages wrap instead of running off both sides
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
            self.overlay,
            self.light,
            self.fps_label,
        ):
            bottom.addWidget(item)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
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
        self.devices.addItem(self.tr("Video file…"), ("video", None))
        self.devices.addItem(self.tr("Image folder…"), ("folder", None))

    def start_selected(self) -> None:
        kind, index = self.devices.currentData()
        width, height = self.resolution.currentData() or (None, None)
        try:
            if kind in ("video", "folder"):
                path = self._choose_path(kind)
                if path is None:
                    return
                self.start_source(
                    VideoFileSource(path)
                    if kind == "video"
                    else FolderSource(path, hold_s=FOLDER_HOLD_S)
                )
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

    def _ask_path(self, kind: str) -> Path | None:
        if kind == "folder":
            name = QFileDialog.getExistingDirectory(self, self.tr("Image folder"))
        else:
            patterns = " ".join(f"*{suffix}" for suffix in VIDEO_SUFFIXES)
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Video file"), "", self.tr("Videos ({0})").replace("{0}", patterns)
            )
        return Path(name) if name else None

    def start_source(self, source: FrameSource) -> None:
        self.stop()
        self.grabber = Grabber(source, after=self._retired)
        self.grabber.start()
        self.places.learn_fields(self.session)
        self._shown = -1
        self.timer.start(33)  # the view pulls the newest frame ~30 times a second
        self._set_running(True)
        self._overlay_toggled(self.overlay.isChecked())

    def stop(self) -> None:
        """Returns at once: the grabber and the live count finish on their own threads."""
        self.timer.stop()
        if self.grabber is not None:
            self.grabber.stop()
            self._retired, self.grabber = self.grabber, None
        if self._qt_camera is not None:
            self._qt_camera.stop()
            self._qt_camera = None
        self._stop_live()
        self.places.forget_captures()
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

    # ----- live count ------------------------------------------------------------------------
    def _overlay_toggled(self, on: bool) -> None:
        if on and self.grabber is not None and self.live is None:
            self.live = LiveCounter(self.analyzer.loader.get, self.analyzer.busy)
        elif not on:
            self._stop_live()

    def _stop_live(self) -> None:
        if self.live is not None:
            self.live.stop()
            self.live = None

    def _draw_live_count(self, image: QImage, scale: float) -> None:
        live = self.live
        if live is None:
            return
        boxes = live.result.boxes if live.result is not None and not live.error else ()
        if live.error:
            text = live.error
        elif live.result is None:
            text = self.tr("Counting the live view…")
        else:
            text = (
                self.tr("In view: {0} WBC · slide so far: {1}")
                .replace("{0}", str(len(boxes)))
                .replace("{1}", str(self._counted()))
            )
        draw_live_count(image, scale, boxes, text)

    # ----- live view -------------------------------------------------------------------------
    def oriented(self, frame: NDArray[np.uint8]) -> NDArray[np.uint8]:
        turns = self.rotate.currentIndex()
        if turns:
            frame = np.rot90(frame, k=-turns)
        if self.mirror.isChecked():
            frame = frame[:, ::-1]
        return np.ascontiguousarray(frame)

    def _show_message(self, text: str) -> None:
        self.image.clear()
        self.image.setText(text)

    def _tick(self) -> None:
        grabber = self.grabber
        if grabber is None:
            return
        if grabber.error or (grabber.ended and not grabber.running):
            self.stop()
            if grabber.error:  # each error says what to do
                self._show_message(grabber.error)
                reporter().report(self.tr("Camera"), grabber.error)
            else:
                self._show_message(
                    grabber.source.ended_message + "\n" + self.tr("Press Start to play it again.")
                )
            return
        sequence, frame = grabber.newest()
        if frame is None or sequence == self._shown:
            return
        self._shown = sequence
        shown = self.oriented(frame)
        if self.live is not None:
            self.live.offer(sequence, shown)
        # Shrink in NumPy first: a 1080p frame is never copied whole into a QImage.
        height, width = shown.shape[:2]
        scale = min(self.image.width() / width, self.image.height() / height)
        small = resize(shown, max(1, round(width * scale)), max(1, round(height * scale)))
        image = to_qimage(small)
        self._draw_live_count(image, scale)
        self.image.setPixmap(QPixmap.fromImage(image))
        self.fps_label.setText(self.tr("{0} fps").replace("{0}", f"{grabber.fps:.0f}"))
        quality = grabber.quality
        if quality is not None:
            colour = {"green": "#1B7837", "amber": "#E08214", "red": "#B2182B"}[quality.light]
            text = self.tr("focus {0}").replace("{0}", f"{quality.focus:.0f}")
            if quality.problems:
                text += " · " + ", ".join(quality.problems)
            self.light.setText(f"<span style='color:{colour}'>●</span> {text}")
        if (
            self.auto.isChecked()
            and quality is not None
            and quality.ok
            and grabber.watch.settled(time.monotonic())
        ):
            self.capture()

    # ----- capture ---------------------------------------------------------------------------
    def capture(self) -> None:
        """The newest frame at full resolution, oriented as shown, becomes a field, unless it
        shows the same place as a field of the slide (or a capture still being stored)."""
        if self.grabber is None:
            return
        _, frame = self.grabber.newest()
        if frame is None:
            return
        self.grabber.watch.captured()  # taken or refused, auto-capture now waits for a move
        frame = self.oriented(frame)
        positions = {f.image_sha256: f.position for f in self.session.fields.values()}
        name, twin = self.places.new_capture(frame, positions)
        if twin:
            self.show_note(
                self.tr(
                    "Not captured: this is field {0} again. Move the stage to a new place."
                ).replace("{0}", str(positions[twin]))
                if twin in positions
                else self.tr("Not captured: this place was just captured. Move the stage.")
            )
            return
        self.note.hide()  # an earlier refusal no longer applies
        self.captured.emit(frame, name)

    def show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.show()
        self._note_timer.start(NOTE_FOR_MS)

    def field_read(self, image: FieldImage) -> None:
        """A new field's image, read by the worker: remember the place it shows."""
        self.places.stored(image)
