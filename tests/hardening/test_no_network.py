"""Nothing leaves the machine: the command line and the window, with the default models and a
full report, under a guard that refuses (and records) every network connection."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

from app.core.synthetic import render_field
from tests.conftest import save_rgb

ROOT = Path(__file__).resolve().parents[2]


def _fields(folder: Path) -> Path:
    folder.mkdir()
    for seed in range(3):
        save_rgb(folder / f"f{seed}.png", render_field(white_cells=2, seed=seed).image)
    return folder


def _run(code: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env_dirs = {
        "SMEARCOUNT_DATA_DIR": str(tmp_path / "d"),
        "SMEARCOUNT_CONFIG_DIR": str(tmp_path / "c"),
    }
    import os

    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env={**os.environ, **env_dirs, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_command_line_with_default_models_and_report_uses_no_network(tmp_path):
    fields, log = _fields(tmp_path / "fields"), tmp_path / "net.log"
    code = (
        "import sys; from pathlib import Path; from tests.hardening.net import refuse_network;"
        "refuse_network(Path(sys.argv[1])); from app.cli import main;"
        "sys.exit(main(['analyze', sys.argv[2], '--json', sys.argv[3], '--xlsx', sys.argv[4]]))"
    )
    run = _run(
        code, tmp_path, str(log), str(fields), str(tmp_path / "r.json"), str(tmp_path / "r.xlsx")
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert log.is_file() and log.read_text() == ""
    assert "Summary" in load_workbook(tmp_path / "r.xlsx").sheetnames


def test_the_window_with_default_models_and_report_uses_no_network(tmp_path):
    fields, log, report = _fields(tmp_path / "fields"), tmp_path / "net.log", tmp_path / "w.xlsx"
    code = (
        "import sys; from tests.hardening.window_driver import main; sys.exit(main(sys.argv[1:]))"
    )
    run = _run(
        code, tmp_path, str(tmp_path / "data"), str(tmp_path / "config"), "default",
        str(fields), str(report), "8", "1", str(log),
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    assert log.read_text() == ""
    assert '"exported"' in run.stdout
    assert "Summary" in load_workbook(report).sheetnames


def test_the_guard_catches_a_connection(tmp_path):
    """The guard itself works: otherwise the two tests above could not fail."""
    log = tmp_path / "net.log"
    code = (
        "import sys, urllib.request; from pathlib import Path;"
        "from tests.hardening.net import refuse_network; refuse_network(Path(sys.argv[1]));"
        "import socket; s = socket.socket(); s.connect(('192.0.2.1', 80))"
    )
    run = _run(code, tmp_path, str(log))
    assert run.returncode != 0 and "refused by the test guard" in run.stderr
    assert "connect ('192.0.2.1', 80)" in log.read_text()
