"""Power-cut safety: a process applying corrections is killed (SIGKILL) at random moments; every
change it had reported done must be there, and the store must open clean."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.core.crash_worker import run_steps
from tests.core.store_helpers import detections, digest, field_image

ROOT = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("SMEARCOUNT_CRASH_RUNS", "25"))
STEPS = 300


@pytest.mark.slow  # kills a writer at random moments: about a minute
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_at_random_moments_loses_nothing_reported(engine, tmp_path):
    base = tmp_path / "base"
    store = engine.store(base)
    session = store.create_slide("ana", "CRASH-1")
    field = session.add_field(field_image(tmp_path / "f.png"))
    session.apply_analysis(field.id, detections(20))
    slide_id = session.slide_id
    store.close()

    chooser = random.Random(2026)
    interrupted = 0
    kill_points = []
    for run in range(RUNS):
        # What the worker's store must look like after each step, replayed here in-process.
        reference_dir = tmp_path / f"ref{run}"
        reference = engine.copy(base, reference_dir).store(reference_dir)
        replay = reference.open(slide_id, "worker")
        expected = [digest(replay)]
        run_steps(replay, run, STEPS, lambda _i, d: expected.append(d))  # noqa: B023
        reference.close()

        run_dir = tmp_path / f"run{run}"
        on = engine.copy(base, run_dir)  # the killed worker's store: a copy of the same slide
        worker = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.core.crash_worker",
                str(run_dir),
                str(slide_id),
                str(run),
                str(STEPS),
                *([on.url] if on.url else []),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert worker.stdout is not None
        assert worker.stdout.readline().strip() == "ready", (
            worker.stderr.read() if worker.stderr else ""
        )
        # Kill by progress, not by the clock: a wall-clock delay lands after the last step on a
        # fast machine. After a chosen step is reported, a sub-millisecond wait puts the signal
        # somewhere inside one of the following steps.
        target, seen = f"done {chooser.randrange(STEPS - 1)} ", []
        while line := worker.stdout.readline():
            seen.append(line)
            if line.startswith(target):
                break
        time.sleep(chooser.uniform(0.0, 0.002))
        if worker.poll() is None:
            worker.send_signal(signal.SIGKILL)
        # The rest through the same reader: readline() may already hold the next lines in its
        # buffer, and communicate() reads the pipe beneath it, so it would lose them (the store
        # then looked steps ahead of what was reported).
        out = worker.stdout.read()
        worker.wait(timeout=60)
        if worker.stderr is not None:
            worker.stderr.close()
        lines = "".join(seen).splitlines() + out.splitlines()
        reported = [line.split() for line in lines if line.startswith("done ")]
        done = [(int(p[1]), p[2]) for p in reported if len(p) == 3]
        last = done[-1][0] if done else -1
        kill_points.append(last)
        interrupted += last < STEPS - 1
        assert all(d == expected[i + 1] for i, d in done)  # the worker did what we replay

        after = on.store(run_dir)
        assert after.db.integrity_ok()
        assert after.verify_audit().ok
        found = digest(after.open(slide_id, "checker"))
        # Everything reported is there; the step in flight at the kill may have landed too.
        where = [i - 1 for i, d in enumerate(expected) if d == found]
        assert found in expected[last + 1 : last + 3], (run, last, where)
        after.close()
    print(f"{interrupted} of {RUNS} workers killed mid-work, after steps {sorted(kill_points)}")
    assert interrupted >= RUNS // 2  # most kills must land mid-work to mean anything
