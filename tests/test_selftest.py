"""``--self-test`` passes on an intact install and names what is wrong on a damaged one."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from app.core.errors import SmearCountError
from app.core.install_checks import check_model_files
from app.core.paths import models_dir


@pytest.mark.slow  # the whole self-test in a process of its own
def test_self_test_passes_on_this_checkout(tmp_path):
    run = subprocess.run(
        [sys.executable, "-m", "app", "--self-test"],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=models_dir().parent,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Self-test passed" in run.stdout
    for name in ("shipped models", "analysis and report", "window"):
        assert f"ok   {name}" in run.stdout


def _copy_models(tmp_path):
    copy = tmp_path / "models_onnx"
    shutil.copytree(models_dir(), copy)
    return copy


def test_a_damaged_model_is_named(tmp_path):
    copy = _copy_models(tmp_path)
    assert "intact" in check_model_files(copy)
    model = copy / "wbc_classifier.onnx"
    data = bytearray(model.read_bytes())
    data[len(data) // 2] ^= 0xFF
    model.write_bytes(bytes(data))
    with pytest.raises(SmearCountError, match=r"wbc_classifier\.onnx is damaged.*Reinstall"):
        check_model_files(copy)


def test_a_missing_model_is_named(tmp_path):
    copy = _copy_models(tmp_path)
    (copy / "cell_detector.onnx").unlink()
    with pytest.raises(SmearCountError, match=r"cell_detector\.onnx is missing"):
        check_model_files(copy)


def test_an_unreadable_manifest_is_named(tmp_path):
    copy = _copy_models(tmp_path)
    (copy / "wbc_classifier.json").write_text("{not json")
    with pytest.raises(
        SmearCountError, match=r"wbc_classifier\.json: the manifest is not valid JSON"
    ):
        check_model_files(copy)
