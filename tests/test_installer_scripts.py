"""The Windows installer script compiles (makensis runs on Linux; the bundle here is a stand-in).

Only a Windows build of the bundle makes a working installer; this checks the script itself:
syntax, the files and icon it refers to, the silent-install and uninstall sections.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "installer" / "smearcount.nsi"


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis (NSIS) is not installed")
def test_windows_installer_script_compiles(tmp_path):
    bundle = tmp_path / "dist" / "SmearCount"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "SmearCount.exe").write_bytes(b"stand-in")
    (bundle / "_internal" / "python311.dll").write_bytes(b"stand-in")
    (tmp_path / "installer").mkdir()
    shutil.copy(SCRIPT, tmp_path / "installer")
    shutil.copytree(ROOT / "resources" / "icons", tmp_path / "resources" / "icons")
    run = subprocess.run(
        ["makensis", "-V2", "smearcount.nsi"],
        cwd=tmp_path / "installer",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert (tmp_path / "dist" / "SmearCount-setup.exe").stat().st_size > 10_000


def test_uninstaller_keeps_the_users_slides():
    script = SCRIPT.read_text()
    uninstall = script[script.index('Section "Uninstall"') :]
    removals = [
        line.split()[-1]
        for line in uninstall.splitlines()
        if line.strip().startswith(("RMDir ", "Delete "))
    ]
    assert removals and all(r.strip('"').startswith(("$INSTDIR", "$SMPROGRAMS")) for r in removals)
    assert "RequestExecutionLevel user" in script  # per-user: no administrator needed
