"""Reads a frame source on its own thread and keeps only the newest frame, with its rate, its
quality and the stage's motion, for a view that pulls on its own timer."""

from __future__ import annotations

import logging
import threading
import time

from app.core.camera.quality import Quality, assess, grey_small, motion
from app.core.camera.sources import Frame, FrameSource
from app.core.camera.steadiness import StageWatch
from app.core.errors import CameraError

log = logging.getLogger(__name__)

QUALITY_EVERY_S = 0.2
#: How long a new grabber waits for the one before it to let go of the device.
HANDOVER_S = 5.0


class Grabber:
    def __init__(self, source: FrameSource, after: Grabber | None = None) -> None:
        """``after``: the grabber stopped before this one; it may still be finishing a read
        of the same camera, so this one opens its source only once that one has closed."""
        self.source = source
        self._after = after
        self.watch = StageWatch()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._frame: Frame | None = None
        self.sequence = 0
        self.fps = 0.0
        self.quality: Quality | None = None
        self.error: str | None = None
        self.ended = False  # the source played to its end (a file), not stopped
        self._thread = threading.Thread(target=self._run, name="camera", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def newest(self) -> tuple[int, Frame | None]:
        with self._lock:
            return self.sequence, self._frame

    def stop(self) -> None:
        """Returns at once: the source is interrupted and the thread closes it on its way out
        (an OpenCV read in progress finishes its frame first, off the caller's thread)."""
        self._stop.set()
        self.source.interrupt()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        times: list[float] = []
        last_check, previous = 0.0, None
        try:
            if self._after is not None:
                self._after._thread.join(timeout=HANDOVER_S)
                self._after = None
            if self._stop.is_set():  # stopped while waiting: never open the device
                return
            self.source.open()
            while not self._stop.is_set():
                frame = self.source.read()
                if frame is None:
                    self.ended = not self._stop.is_set()
                    return
                now = time.monotonic()
                with self._lock:
                    self._frame, self.sequence = frame, self.sequence + 1
                times = [t for t in times if now - t < 1.0] + [now]
                self.fps = float(len(times))
                if now - last_check >= QUALITY_EVERY_S:
                    last_check = now
                    small = grey_small(frame)
                    self.watch.observe(255.0 if previous is None else motion(previous, small), now)
                    previous = small
                    self.quality = assess(frame)
        except CameraError as exc:
            self.error = str(exc)
        except Exception as exc:  # a driver fault must not kill the app
            log.exception("Camera failed")
            self.error = f"The camera failed: {exc}. Press Start to try again."
        finally:
            self.source.close()
