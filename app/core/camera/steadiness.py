"""When has the stage settled on a new place? Auto-capture takes one field per place: after a
capture it waits for the picture to move (the stage goes elsewhere), then to stay still."""

from __future__ import annotations

import threading

#: Above this mean grey-level change between two checks (0-255, at 640 px) the stage is moving;
#: sensor noise at 640 px stays well under 1.
STILL_MOTION = 2.0
#: Still for this long counts as settled (the stage stopped, the focus caught up).
STILL_FOR_S = 0.7


class StageWatch:
    """Fed motion measurements on the grabber thread; asked on the GUI thread."""

    def __init__(self, still_motion: float = STILL_MOTION, still_for_s: float = STILL_FOR_S):
        self.still_motion, self.still_for_s = still_motion, still_for_s
        self._lock = threading.Lock()
        self._still_since: float | None = None
        self._moved = True  # the first place needs no move to reach it

    def observe(self, change: float, now: float) -> None:
        with self._lock:
            if change > self.still_motion:
                self._still_since = None
                self._moved = True
            elif self._still_since is None:
                self._still_since = now

    def still(self, now: float) -> bool:
        with self._lock:
            return self._still_since is not None and now - self._still_since >= self.still_for_s

    def settled(self, now: float) -> bool:
        """Still long enough on a place not captured yet."""
        with self._lock:
            moved = self._moved
        return moved and self.still(now)

    def captured(self) -> None:
        """This place is taken (or refused): the next one needs a move first."""
        with self._lock:
            self._moved = False
