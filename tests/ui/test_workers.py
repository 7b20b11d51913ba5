"""The one worker kind: its signals in order, its own abort, and errors named as what they are."""

from __future__ import annotations

import threading

from app.core.errors import StorageError
from app.ui.workers import Jobs, Worker


def _record(worker):
    seen = []
    worker.signals.started.connect(lambda: seen.append("started"))
    worker.signals.returned.connect(lambda value: seen.append(("returned", value)))
    worker.signals.errored.connect(lambda message: seen.append(("errored", message)))
    worker.signals.finished.connect(lambda: seen.append("finished"))
    return seen


def test_a_worker_says_started_returned_finished(qtbot):
    worker = Worker(lambda w: threading.current_thread() is threading.main_thread(), "Work")
    seen = _record(worker)
    with qtbot.waitSignal(worker.signals.finished, timeout=10_000):
        Jobs().start(worker)
    assert seen == ["started", ("returned", False), "finished"]  # it ran off the GUI thread


def test_quit_stops_one_worker_and_its_answer_never_comes(qtbot):
    waiting, release = threading.Event(), threading.Event()

    def work(w):
        waiting.set()
        release.wait(10)
        return "too late" if w.abort_requested else "kept"

    jobs = Jobs()
    stopped, other = Worker(work, "A"), Worker(lambda w: "B", "B")
    seen_stopped, seen_other = _record(stopped), _record(other)
    jobs.start(stopped)
    assert waiting.wait(10)
    Jobs().start(other)  # started after the first was told to stop: not stopped itself
    jobs.quit_all()
    release.set()
    assert stopped.wait(10) and other.wait(10)
    qtbot.waitUntil(lambda: "finished" in seen_stopped and "finished" in seen_other)
    assert seen_stopped == ["started", "finished"]
    assert ("returned", "B") in seen_other


def test_errors_are_said_as_what_they_are(qtbot):
    def ours(_w):
        raise StorageError("The disk is full.")

    def a_fault(_w):
        raise KeyError("x")

    messages = []
    for work in (ours, a_fault):
        worker = Worker(work, "The export")
        worker.signals.errored.connect(messages.append)
        with qtbot.waitSignal(worker.signals.finished, timeout=10_000):
            Jobs().start(worker)
    assert messages[0] == "The disk is full."
    assert messages[1].startswith("The export stopped on an unexpected error (KeyError")


def test_what_a_worker_sent_can_be_taken_after_it_stopped(qtbot):
    worker = Worker(lambda w: [w.send(i) for i in range(3)], "Sending")
    Jobs().start(worker)
    assert worker.wait(10)
    assert worker.take() == [0, 1, 2] and worker.take() == []
    qtbot.waitUntil(lambda: worker.delivered)  # its finished handled before the test ends


def test_a_job_runs_until_its_answer_was_handled_on_the_gui_thread(qtbot):
    """The worker's thread ends before its queued answer reaches the GUI thread: the owner must
    not see it as over (and start the next, or read the result) in between."""
    jobs, answers = Jobs(), []
    worker = Worker(lambda w: "the answer", "Work")
    worker.signals.returned.connect(answers.append)
    jobs.start(worker)
    assert worker.wait(10)  # its thread ended; no event was handled since
    assert jobs.running() == [worker] and answers == []
    qtbot.waitUntil(lambda: not jobs.running(), timeout=10_000)
    assert answers == ["the answer"]
