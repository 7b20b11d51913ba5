"""The built bundle (``python build_spec.py``) passes its self-test and catches a damaged model.

CI builds the bundle before the tests (.ci/run); on a machine without a build these skip.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from build_spec import BUNDLE, executable

pytestmark = pytest.mark.skipif(not executable().is_file(), reason="no bundle built here")


def _self_test(bundle):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [str(executable(bundle)), "--self-test"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )


def test_bundle_self_test_passes():
    run = _self_test(BUNDLE)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Self-test passed" in run.stdout


def test_bundle_with_a_damaged_model_fails_its_self_test(tmp_path):
    copy = tmp_path / "SmearCount"
    shutil.copytree(BUNDLE, copy, symlinks=True)
    model = copy / "_internal" / "models_onnx" / "cell_detector.onnx"
    data = bytearray(model.read_bytes())
    data[-100] ^= 0xFF
    model.write_bytes(bytes(data))
    run = _self_test(copy)
    assert run.returncode == 1
    assert "cell_detector.onnx is damaged" in run.stdout
    assert "Reinstall SmearCount" in run.stdout


def _deb():
    found = sorted(BUNDLE.parent.glob("smearcount_*_amd64.deb"))
    if not found:
        pytest.skip("no .deb built here (python installer/build_deb.py)")
    return found[-1]


def test_deb_installs_a_working_program_menu_entry_and_command(tmp_path):
    deb = _deb()
    fields = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Package", "Architecture", "Depends"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Package: smearcount" in fields and "libxcb-cursor0" in fields
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    assert os.readlink(root / "usr/bin/smearcount") == "/opt/smearcount/SmearCount"
    desktop = (root / "usr/share/applications/smearcount.desktop").read_text()
    assert "Exec=/opt/smearcount/SmearCount" in desktop and "Icon=smearcount" in desktop
    assert (root / "usr/share/icons/hicolor/256x256/apps/smearcount.png").is_file()
    run = _self_test(root / "opt/smearcount")
    assert run.returncode == 0, run.stdout + run.stderr


def test_bundle_has_no_dangling_links():
    dangling = [p for p in BUNDLE.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling
