"""The grabber: newest frame only, a stop that returns at once, and a hand-over that lets the
previous grabber release the device before the next one opens it."""

from __future__ import annotations

import threading
import time

import numpy as np

from app.core.camera.grabber import Grabber
from app.core.errors import CameraError


class DeviceSource:
    """A camera whose read cannot be interrupted (as OpenCV's): it returns when the device
    delivers, i.e. when ``deliver`` is set."""

    ended_message = "stopped"

    def __init__(self, name: str, log: list[str]) -> None:
        self.name, self.log = name, log
        self.deliver = threading.Event()
        self.reading = threading.Event()

    def open(self) -> None:
        self.log.append(f"open {self.name}")

    def read(self):
        self.reading.set()
        self.deliver.wait()
        return np.zeros((48, 64, 3), np.uint8)

    def interrupt(self) -> None:
        pass  # nothing to interrupt: the read ends when its frame comes

    def close(self) -> None:
        self.log.append(f"close {self.name}")


def _wait(condition, timeout=10.0):
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.005)
    assert condition()


def test_stop_returns_while_a_read_is_in_progress_and_the_next_grabber_waits_for_the_device():
    log: list[str] = []
    first = DeviceSource("A", log)
    old = Grabber(first)
    old.start()
    first.reading.wait(5)
    started = time.perf_counter()
    old.stop()
    assert time.perf_counter() - started < 0.1  # the read in progress does not hold it up
    second = DeviceSource("B", log)
    new = Grabber(second, after=old)
    new.start()
    time.sleep(0.2)
    assert log == ["open A"]  # B waits: A still holds the device
    first.deliver.set()  # A's read ends; A closes; only then B opens
    _wait(lambda: len(log) == 3)
    assert log == ["open A", "close A", "open B"]
    assert not old.ended and old.error is None  # stopped, not ended
    second.deliver.set()
    _wait(lambda: new.newest()[1] is not None)
    new.stop()
    _wait(lambda: not new.running)


def test_a_grabber_stopped_while_waiting_for_the_device_never_opens_it():
    log: list[str] = []
    first = DeviceSource("A", log)
    old = Grabber(first)
    old.start()
    first.reading.wait(5)
    old.stop()
    new = Grabber(DeviceSource("B", log), after=old)
    new.start()
    new.stop()  # the technician changed their mind before A let go
    first.deliver.set()
    _wait(lambda: not new.running and not old.running)
    assert "open B" not in log and not new.ended and new.error is None


class FailingOpen(DeviceSource):
    def open(self) -> None:
        raise CameraError("Camera 0 cannot be opened.")


def test_a_source_that_cannot_open_is_an_error_and_is_closed():
    log: list[str] = []
    grabber = Grabber(FailingOpen("A", log))
    grabber.start()
    _wait(lambda: not grabber.running)
    assert grabber.error == "Camera 0 cannot be opened." and log == ["close A"]
