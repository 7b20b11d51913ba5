"""Optional per-stage wall-clock timing, used by the bench and the status bar."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class StageTimer:
    """Adds the seconds spent in each named stage; a stage may be entered many times."""

    seconds: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - start


@contextmanager
def maybe(timer: StageTimer | None, name: str) -> Iterator[None]:
    """Time ``name`` when a timer is given, else do nothing."""
    if timer is None:
        yield
    else:
        with timer.stage(name):
            yield
