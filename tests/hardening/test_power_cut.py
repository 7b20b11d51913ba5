"""Power cut in the middle of work: the window process is SIGKILLed at random moments during
analysis, corrections and exports, again and again on the same data. After every kill the store
holds exactly what the screen showed (only the change in flight may differ), its integrity and
audit chain check out, and the report file is either the previous complete one or a new complete
one, never half written.

    SMEARCOUNT_WINDOW_KILLS=100 python -m pytest -s tests/hardening/test_power_cut.py
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from openpyxl import load_workbook

from app.core.categories import DEFAULT_CATEGORY_MAP
from app.core.store import SlideStore
from tests.conftest import save_rgb
from tests.hardening.tiny_profile import tiny_profile

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("SMEARCOUNT_WINDOW_KILLS", "8"))
GREY = "#9e9e9e"


def _images(folder: Path) -> Path:
    folder.mkdir()
    rng = np.random.default_rng(0)
    for i in range(4):
        save_rgb(folder / f"f{i}.png", rng.integers(0, 255, (480, 640, 3), dtype=np.uint8))
    return folder


def _expected_colours(store: SlideStore, field_id: int) -> dict[str, str]:
    """What the field view draws for the stored cells: category colour, grey when not counted,
    nothing for deleted ones."""
    session = store.open(store.search()[0].slide.id, "check")
    return {
        str(c.id): (
            DEFAULT_CATEGORY_MAP.category_of(c.label).colour.lower()
            if c.state == "counted"
            else GREY
        )
        for c in session.cells_in(field_id)
        if c.state != "deleted"
    }


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_kills_at_random_moments_lose_nothing_that_was_shown(tmp_path):
    grid = [(50 + 70 * (i % 4), 90 + 60 * (i // 4)) for i in range(12)]  # twelve cells
    profile = tiny_profile(tmp_path / "models", grid)
    images = _images(tmp_path / "images")
    data, report = tmp_path / "data", tmp_path / "report.xlsx"
    rng = random.Random(20261126)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "SMEARCOUNT_CONFIG_DIR": str(tmp_path / "config")}  # fmt: skip
    survived, checked_cells, exports, changes = 0, 0, 0, 0
    for kill in range(KILLS):
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.hardening.window_driver", str(data),
             str(tmp_path / "config"), str(profile), str(images), str(report), "100000",
             str(kill)],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        time.sleep(rng.uniform(0.5, 6.0))
        process.send_signal(signal.SIGKILL)
        out, err = process.communicate(timeout=60)
        events = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
        assert "Traceback" not in err, err
        shown = [i for i, e in enumerate(events) if "shown" in e]
        changes += sum("doing" in e for e in events)
        store = SlideStore(data)
        try:
            assert store.db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert store.verify_audit().ok
            if shown:
                last = events[shown[-1]]["shown"]
                in_flight = {str(i) for e in events[shown[-1] + 1 :] for i in e.get("doing", [])}
                stored = _expected_colours(store, last["field"])
                screen = last["cells"]
                compared = (set(stored) | set(screen)) - in_flight
                for cell_id in compared:
                    assert stored.get(cell_id) == screen.get(cell_id), (kill, cell_id)
                checked_cells += len(compared)
        finally:
            store.close()
        if any("exported" in e for e in events):
            exports += 1
            assert report.is_file()
        if report.is_file():  # the previous complete report, or the new complete one
            assert "Summary" in load_workbook(report).sheetnames
        survived += 1
    print(
        f"\n{survived} of {KILLS} kills survived with nothing shown lost; "
        f"{changes} changes made, {checked_cells} cells compared with the screen after the "
        f"kills; {exports} runs had exported"
    )
    assert survived == KILLS and checked_cells > 0
