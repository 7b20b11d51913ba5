"""The places of a slide the camera knows: a fingerprint per field image and per capture still
on its way to becoming a field, so that a capture of a place already counted is refused."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from functools import partial

import numpy as np
from numpy.typing import NDArray

from app.core.camera.duplicates import FieldIndex, fingerprint
from app.core.imaging import read_image
from app.core.store import SlideSession
from app.core.store.inputs import FieldImage

log = logging.getLogger(__name__)


class Places:
    """Keys are field image SHA-256s, and capture names until the capture is stored."""

    def __init__(self) -> None:
        self.index = FieldIndex()
        self._in_flight: set[str] = set()
        self._captures = 0

    def __len__(self) -> int:
        return len(self.index)

    def new_capture(self, frame: NDArray[np.uint8], fields: Iterable[str]) -> tuple[str, str]:
        """``(name, "")`` for a frame of a new place, now remembered under its capture name;
        ``("", twin)`` when it shows the field (an image SHA-256 of ``fields``) or the capture
        ``twin`` again."""
        mark = fingerprint(frame)
        twin = self.index.match(mark, [*fields, *self._in_flight])
        if twin is not None:
            return "", str(twin)
        self._captures += 1
        name = time.strftime("capture-%Y%m%d-%H%M%S") + f"-{self._captures}.png"
        self.index.add(name, mark)
        self._in_flight.add(name)
        return name, ""

    def forget_captures(self) -> None:
        """The camera stopped: a capture still on its way is recognised again from its pixels
        when it arrives (``stored``)."""
        self.index.discard(self._in_flight)
        self._in_flight.clear()

    def stored(self, image: FieldImage) -> None:
        """A new field's image, read by the worker: remember the place it shows."""
        if image.name in self._in_flight:
            self._in_flight.discard(image.name)
            if self.index.rename(image.name, image.sha256):
                return
        if image.sha256 not in self.index:
            pixels = image.pixels
            self._learn([(image.sha256, lambda: pixels)])

    def learn_fields(self, session: SlideSession) -> None:
        """Fingerprint the slide's fields not known yet (opened from files, earlier sessions)."""
        self._learn(
            [
                (f.image_sha256, partial(read_image, session.image_path(f)))
                for f in session.field_list()
                if f.image_sha256 not in self.index
            ]
        )

    def _learn(self, todo: list[tuple[str, Callable[[], NDArray[np.uint8]]]]) -> None:
        """Off the GUI thread: a large field takes tens of milliseconds to shrink, reading one
        from disk more."""
        if not todo:
            return

        def run() -> None:
            for key, load in todo:
                try:
                    self.index.add(key, fingerprint(load()))
                except Exception:  # an unreadable field simply cannot be matched
                    log.warning("Cannot fingerprint field image %s", key, exc_info=True)

        threading.Thread(target=run, name="fingerprints", daemon=True).start()
