"""How long the GUI event loop went without running: gaps between ticks of a 5 ms timer."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QTimer


class StallMeter:
    def __init__(self, interval_ms: int = 5) -> None:
        self.gaps_ms: list[float] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.timeout.connect(self._tick)
        self._interval = interval_ms
        self._last = 0

    def start(self) -> None:
        self._clock.start()
        self._last = self._clock.nsecsElapsed()
        self._timer.start(self._interval)

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = self._clock.nsecsElapsed()
        self.gaps_ms.append((now - self._last) / 1e6)
        self._last = now

    def longest(self, skip: int = 0) -> float | None:
        gaps = self.gaps_ms[skip:]
        return max(gaps) if gaps else None
