"""bench/adaptation.py runs end to end on a small fields folder (its --limit smoke run): the
curve and the JSON line it ends with. Figures are printed, never asserted."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.synthetic import render_field
from tests.conftest import SHARED_DATA, save_rgb

ROOT = Path(__file__).resolve().parents[2]
KEYS = {"unadapted_top1", "top1_after_40", "top1_after_150", "worst_drop", "apply_overhead_ratio"}


def _bench(fields: Path, tmp_path: Path, *extra: str) -> dict:
    out = tmp_path / "result.json"
    command = [sys.executable, str(ROOT / "bench" / "adaptation.py"), str(fields)]
    done = subprocess.run(
        [*command, "--json", str(out), *extra],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    last = json.loads(done.stdout.strip().splitlines()[-1])
    assert last.keys() >= KEYS and last["worst_drop"] >= 0
    assert json.loads(out.read_text())["curve"]
    return last


@pytest.mark.slow  # runs the bench: tens of seconds
def test_the_bench_replays_a_synthetic_lab(tmp_path):
    fields = tmp_path / "fields"
    (fields / "images").mkdir(parents=True)
    with (fields / "annotations.csv").open("w", newline="") as stream:
        rows = csv.writer(stream)
        rows.writerow(["image", "x1", "y1", "x2", "y2", "label"])
        for i in range(24):
            field = render_field(white_cells=2, seed=i)
            name = f"images/f{i:02d}.png"
            save_rgb(fields / name, field.image)
            wbc = [b for b, label in zip(field.boxes, field.labels, strict=True) if label == "wbc"]
            for k, box in enumerate(wbc):
                rows.writerow([name, *box.tolist(), ("neutrophil", "lymphocyte")[k % 2]])
    result = _bench(fields, tmp_path, "--phone")
    assert result["cells"] == 48 and result["phone"]


@pytest.mark.slow  # runs the bench on real fields
def test_the_bench_smoke_run_on_the_bccd_fields(tmp_path):
    if not (SHARED_DATA / "fields").is_dir():
        pytest.skip("../shared/data/fields is not here")
    assert _bench(SHARED_DATA / "fields", tmp_path, "--limit", "30")["fields"] == 30
