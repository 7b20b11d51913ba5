"""Frame sources: a camera through OpenCV, and a video file or an image folder played as a camera
(for tests, demos and labs whose camera software writes files).

Every source can be interrupted: ``interrupt()`` (from any thread) makes a waiting ``read()``
return None at once, so stopping never waits out a frame's pace.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

import cv2
import numpy as np
from numpy.typing import NDArray

from app.core.camera.opencv_log import opencv_log_to_logging
from app.core.errors import CameraError, SmearCountError
from app.core.i18n import _
from app.core.imaging import IMAGE_SUFFIXES, read_image

Frame = NDArray[np.uint8]  # RGB, owned by whoever received it

#: A video that does not say its frame rate plays at this one.
DEFAULT_VIDEO_FPS = 30.0
VIDEO_SUFFIXES = (".mp4", ".avi", ".mkv", ".mov", ".m4v", ".webm")


class FrameSource(Protocol):
    name: str
    ended_message: str  # what the view says when ``read()`` returned None without a stop

    def open(self) -> None: ...
    def read(self) -> Frame | None:
        """The next frame; None when the source has ended or was interrupted. Raises CameraError
        when it fails."""

    def interrupt(self) -> None:
        """Called from any thread: a ``read()`` waiting now or later returns None promptly."""

    def close(self) -> None: ...


class Pacer:
    """Delivers frames at a fixed rate, as a camera would; the wait can be interrupted."""

    def __init__(self, fps: float) -> None:
        self.period = 1.0 / fps
        self.interrupted = threading.Event()
        self._next_at: float | None = None

    def wait(self) -> bool:
        """Sleep until the next frame is due; False when interrupted."""
        now = time.monotonic()
        if self._next_at is None:
            self._next_at = now
        # Running late (a slow decode) resets the beat rather than bursting to catch up.
        self._next_at = max(self._next_at, now - self.period)
        delay = self._next_at - now
        self._next_at += self.period
        return not self.interrupted.wait(delay) if delay > 0 else not self.interrupted.is_set()


class FolderSource:
    """The images directly in a folder, in name order, each shown for ``hold_s`` seconds at
    ``fps`` like a camera over a still stage (one frame each when ``hold_s`` is 0)."""

    def __init__(
        self, folder: Path, fps: float = 30.0, hold_s: float = 0.0, loop: bool = False
    ) -> None:
        self.folder, self.loop = folder, loop
        self.repeats = max(1, round(hold_s * fps))
        self.name = f"folder: {folder.name}"
        self.ended_message = _("The image folder {name} has played to the end.").format(
            name=folder.name
        )
        self._pacer = Pacer(fps)
        self._frames: Iterator[Frame] | None = None

    def open(self) -> None:
        if not self.folder.is_dir():
            raise CameraError(_("The folder {folder} was not found.").format(folder=self.folder))
        files = sorted(p for p in self.folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
        if not files:
            raise CameraError(_("The folder {name} holds no images.").format(name=self.folder.name))
        self._frames = self._iterate(files)

    def _iterate(self, files: list[Path]) -> Iterator[Frame]:
        while True:
            for file in files:
                try:
                    image = read_image(file)
                except SmearCountError as exc:
                    raise CameraError(str(exc)) from exc
                image.setflags(write=False)  # the same array is delivered `repeats` times
                for _repeat in range(self.repeats):
                    yield image
            if not self.loop:
                return

    def read(self) -> Frame | None:
        if self._frames is None:
            raise CameraError(_("The source is not open."))
        return next(self._frames, None) if self._pacer.wait() else None

    def interrupt(self) -> None:
        self._pacer.interrupted.set()

    def close(self) -> None:
        self._frames = None


class VideoFileSource:
    """A video file played at its own frame rate."""

    def __init__(self, path: Path, loop: bool = False) -> None:
        self.path, self.loop = path, loop
        self.name = f"video: {path.name}"
        self.ended_message = _("The video {name} has played to the end.").format(name=path.name)
        self.fps = DEFAULT_VIDEO_FPS
        self._pacer = Pacer(self.fps)
        self._capture: cv2.VideoCapture | None = None

    def open(self) -> None:
        if not self.path.is_file():
            raise CameraError(_("The video {path} was not found.").format(path=self.path))
        with opencv_log_to_logging():
            capture = cv2.VideoCapture(str(self.path))
        if not capture.isOpened():
            capture.release()
            raise CameraError(
                _("{name} is not a video SmearCount can play.").format(name=self.path.name)
            )
        fps = float(capture.get(cv2.CAP_PROP_FPS))
        self.fps = fps if math.isfinite(fps) and 1.0 <= fps <= 240.0 else DEFAULT_VIDEO_FPS
        self._pacer.period = 1.0 / self.fps  # the same pacer: an interrupt() already made holds
        self._capture = capture

    def read(self) -> Frame | None:
        if self._capture is None:
            raise CameraError(_("The video is not open."))
        if not self._pacer.wait():
            return None
        ok, frame = self._capture.read()
        if not ok and self.loop:
            self._capture.set(cv2.CAP_PROP_POS_FRAMES, 0)
            ok, frame = self._capture.read()
        if not ok or frame is None:
            return None
        return np.asarray(cv2.cvtColor(frame, cv2.COLOR_BGR2RGB), dtype=np.uint8)

    def interrupt(self) -> None:
        self._pacer.interrupted.set()

    def close(self) -> None:
        if self._capture is not None:
            self._capture.release()
            self._capture = None


class OpenCVCamera:
    """A camera by index through OpenCV (the fallback when Qt lists no camera). A read waits
    at most one frame of the camera's, so ``interrupt()`` needs no more than a flag."""

    def __init__(self, index: int, width: int | None = None, height: int | None = None) -> None:
        self.index, self.width, self.height = index, width, height
        self.name = f"camera {index} (OpenCV)"
        self.ended_message = _("Camera {index} stopped.").format(index=index)
        self._capture: cv2.VideoCapture | None = None
        self._interrupted = threading.Event()

    def open(self) -> None:
        with opencv_log_to_logging():
            capture = cv2.VideoCapture(self.index)
            if not capture.isOpened():
                capture.release()
                raise CameraError(
                    _(
                        "Camera {index} cannot be opened: it may be unplugged or used by another "
                        "program. Plug it in (or close the other program) and press Start."
                    ).format(index=self.index)
                )
            if self.width and self.height:
                capture.set(cv2.CAP_PROP_FRAME_WIDTH, self.width)
                capture.set(cv2.CAP_PROP_FRAME_HEIGHT, self.height)
        self._capture = capture

    def read(self) -> Frame | None:
        if self._capture is None:
            raise CameraError(_("The camera is not open."))
        if self._interrupted.is_set():
            return None
        ok, frame = self._capture.read()
        if not ok or frame is None:
            raise CameraError(
                _(
                    "Camera {index} stopped sending pictures (unplugged?). Plug it in and press "
                    "Start."
                ).format(index=self.index)
            )
        return np.asarray(cv2.cvtColor(frame, cv2.COLOR_BGR2RGB), dtype=np.uint8)

    def interrupt(self) -> None:
        self._interrupted.set()

    def close(self) -> None:
        if self._capture is not None:
            with opencv_log_to_logging():
                self._capture.release()
            self._capture = None
