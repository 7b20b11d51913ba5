"""Frame sources: a camera through OpenCV, and a video file or image folder played as a camera
(for tests, demos and labs whose camera software writes files)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

import cv2
import numpy as np
from numpy.typing import NDArray

from app.core.errors import CameraError, SmearCountError
from app.core.imaging import IMAGE_SUFFIXES, read_image

Frame = NDArray[np.uint8]  # RGB


class FrameSource(Protocol):
    name: str

    def open(self) -> None: ...
    def read(self) -> Frame | None:
        """The next frame; None when the source has ended. Raises CameraError when it fails."""

    def close(self) -> None: ...


class FolderSource:
    """Images of a folder (or one video file) delivered at ``fps`` like a camera."""

    def __init__(self, path: Path, fps: float = 30.0, loop: bool = False) -> None:
        self.path, self.fps, self.loop = path, fps, loop
        self.name = f"file: {path.name}"
        self._frames: Iterator[Frame] | None = None
        self._next_at = 0.0

    def open(self) -> None:
        if not self.path.exists():
            raise CameraError(f"{self.path} was not found.")
        self._frames = self._iterate()
        self._next_at = time.monotonic()

    def _iterate(self) -> Iterator[Frame]:
        while True:
            if self.path.is_dir():
                files = sorted(p for p in self.path.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
                if not files:
                    raise CameraError(f"{self.path.name} holds no images.")
                for file in files:
                    try:
                        yield read_image(file)
                    except SmearCountError as exc:
                        raise CameraError(str(exc)) from exc
            else:
                yield from _video_frames(self.path)
            if not self.loop:
                return

    def read(self) -> Frame | None:
        if self._frames is None:
            raise CameraError("The source is not open.")
        delay = self._next_at - time.monotonic()
        if delay > 0:
            time.sleep(delay)  # deliver at the source's own pace, as a camera would
        self._next_at = max(self._next_at + 1 / self.fps, time.monotonic() - 1 / self.fps)
        return next(self._frames, None)

    def close(self) -> None:
        self._frames = None


def _video_frames(path: Path) -> Iterator[Frame]:
    capture = cv2.VideoCapture(str(path))
    if not capture.isOpened():
        raise CameraError(f"{path.name} is not a video SmearCount can play.")
    try:
        while True:
            ok, frame = capture.read()
            if not ok:
                return
            yield np.ascontiguousarray(cv2.cvtColor(frame, cv2.COLOR_BGR2RGB))
    finally:
        capture.release()


class OpenCVCamera:
    """A camera by index through OpenCV (the fallback when Qt lists no camera)."""

    def __init__(self, index: int, width: int | None = None, height: int | None = None) -> None:
        self.index, self.width, self.height = index, width, height
        self.name = f"camera {index} (OpenCV)"
        self._capture: cv2.VideoCapture | None = None

    def open(self) -> None:
        capture = cv2.VideoCapture(self.index)
        if not capture.isOpened():
            capture.release()
            raise CameraError(
                f"Camera {self.index} cannot be opened: it may be unplugged or used by another "
                "program. Plug it in (or close the other program) and press Start again."
            )
        if self.width and self.height:
            capture.set(cv2.CAP_PROP_FRAME_WIDTH, self.width)
            capture.set(cv2.CAP_PROP_FRAME_HEIGHT, self.height)
        self._capture = capture

    def read(self) -> Frame | None:
        if self._capture is None:
            raise CameraError("The camera is not open.")
        ok, frame = self._capture.read()
        if not ok or frame is None:
            raise CameraError(f"Camera {self.index} stopped sending pictures (unplugged?).")
        return np.ascontiguousarray(cv2.cvtColor(frame, cv2.COLOR_BGR2RGB))

    def close(self) -> None:
        if self._capture is not None:
            self._capture.release()
            self._capture = None
