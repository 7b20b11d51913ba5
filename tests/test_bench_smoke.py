"""Every benchmark in bench/ still runs (rule: benchmarks are smoke-run so they never rot). Each
runs on a tiny input and must end well and print its figures; no timing is asserted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from build_spec import executable
from tests.conftest import SHARED_DATA

ROOT = Path(__file__).resolve().parents[1]
MODELS = ROOT / "models_onnx"


def _commands(out: Path) -> dict[str, list[str]]:
    return {
        "big_slide": ["--fields", "10", "--presses", "2", "--window-fields", "8"],
        "store_speed": ["--runs", "3", "--out", str(out / "s.json")],
        "explain_speed": [],
        "gui_responsiveness": [],
        "soak": ["--fields", "120", "--window-fields", "40"],
        "synthetic_detector": [str(out / "d.onnx")],
        "live_view": ["--seconds", "2"],  # what its help calls a smoke run
        "pipeline_speed": [
            "IMAGES",  # a folder of rendered fields, made by the test
            "--detector",
            str(MODELS / "cell_detector.onnx"),
            "--classifier",
            str(MODELS / "wbc_classifier.onnx"),
            "--baseline-detector",  # the comparison's code path, here against itself
            str(MODELS / "cell_detector.onnx"),
            "--limit",
            "2",
            "--rounds",
            "1",
            "--out",
            str(out / "p.json"),
        ],
        "duplicates": ["--limit", "4"],
        "startup": [],
        "adaptation": [str(SHARED_DATA / "fields"), "--limit", "30"],
        "server_speed": ["--limit", "3"],  # the server too where the tests have one
        "server_outage": ["--before", "2", "--offline", "2", "--out", str(out / "o.json")],
    }


def test_every_benchmark_is_listed_here():
    scripts = {p.stem for p in (ROOT / "bench").glob("*.py")} - {"__init__", "stall_meter"}
    assert scripts == set(_commands(Path("."))), "add the new benchmark's smoke run"


@pytest.mark.slow  # each benchmark in a process of its own: minutes in all
@pytest.mark.parametrize("name", sorted(_commands(Path("."))))
def test_the_benchmark_runs(name, tmp_path):
    if name == "startup" and not executable().is_file():
        pytest.skip("startup times the bundle: none built here (CI builds it)")
    if name in ("duplicates", "adaptation") and not (SHARED_DATA / "fields").is_dir():
        pytest.skip("needs ../shared/data/fields")
    if name == "server_outage":
        from tests.pg_cluster import Cluster, bin_dir

        if bin_dir() is None:
            Cluster()  # skips, or fails where CI requires the server
    arguments = _commands(tmp_path)[name]
    if name == "pipeline_speed":
        images = tmp_path / "images"
        images.mkdir()
        from app.core.synthetic import render_field
        from tests.conftest import save_rgb

        for seed in range(2):
            save_rgb(images / f"f{seed}.png", render_field(white_cells=2, seed=seed).image)
        arguments[0] = str(images)
    run = subprocess.run(
        [sys.executable, str(ROOT / "bench" / f"{name}.py"), *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-4000:]
    assert run.stdout.strip(), "a benchmark prints its figures"
