"""`python -m app analyze`: JSON schema, exit codes, and bad inputs that never stop the batch."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from app.cli import main
from tests import onnx_graphs as g
from tests.conftest import save_rgb

ROOT = Path(__file__).resolve().parents[2]
WBC_TYPES = ["neutrophil", "lymphocyte", "monocyte"]


@pytest.fixture
def models(tmp_path):
    # 640 x 480 fields in a 320 x 320 input: gain 0.5, 40 px padding on top.
    rows = np.zeros((2, 4 + 3), np.float32)
    rows[0] = [100, 120, 40, 40, 0.9, 0.0, 0.0]  # wbc -> original 160,120,240,200
    rows[1] = [200, 150, 20, 20, 0.0, 0.8, 0.0]  # rbc -> original 380,200,420,240
    detector = g.detector(
        tmp_path / "det.onnx",
        rows,
        "channels_first",
        (320, 320),
        metadata=g.ultralytics_meta(["wbc", "rbc", "platelet"], imgsz=(320, 320)),
    )
    classifier = g.classifier(tmp_path / "cls.onnx")  # scores = per-channel means
    (tmp_path / "cls.json").write_text(json.dumps({"classes": WBC_TYPES, "crop_context": 1.0}))
    return detector, classifier


@pytest.fixture
def fields(tmp_path):
    folder = tmp_path / "fields"
    folder.mkdir()
    image = np.full((480, 640, 3), 235, np.uint8)
    image[120:200, 160:240] = (220, 30, 30)  # the "neutrophil" is red for the channel classifier
    save_rgb(folder / "a.png", image)
    (folder / "broken.png").write_text("not an image")
    (folder / "notes.txt").write_text("ignored: not an image suffix")
    return folder


def test_analyze_writes_the_documented_json_and_keeps_going(models, fields, tmp_path, capsys):
    out = tmp_path / "out.json"
    code = main(
        [
            "analyze",
            str(fields),
            "--detector",
            str(models[0]),
            "--classifier",
            str(models[1]),
            "--json",
            str(out),
        ]
    )
    assert code == 1  # one input failed, the other was analysed
    data = json.loads(out.read_text())
    assert set(data) == {"fields", "counts", "models"}
    good, bad = data["fields"]
    assert Path(good["image"]).name == "a.png" and good["error"] is None
    assert (good["width"], good["height"]) == (640, 480)
    assert [c["box"] for c in good["cells"]] == [[160, 120, 240, 200], [380, 200, 420, 240]]
    wbc, rbc = good["cells"]
    assert (wbc["label"], wbc["detector_label"], wbc["detector_confidence"]) == (
        "neutrophil",
        "wbc",
        0.9,
    )
    assert 0.5 < wbc["confidence"] <= 1.0
    assert (rbc["label"], rbc["confidence"], rbc["detector_label"]) == ("rbc", 0.8, "rbc")
    assert Path(bad["image"]).name == "broken.png"
    assert "not an image SmearCount can read" in bad["error"] and bad["cells"] == []
    assert data["counts"] == {"neutrophil": 1, "rbc": 1}
    kinds = [(m["kind"], m["format"], m["provider"]) for m in data["models"]]
    assert kinds == [
        ("detector", "ultralytics", "CPU"),
        ("classifier", "classifier (logits)", "CPU"),
    ]
    assert all(len(m["sha256"]) == 64 for m in data["models"])
    printed = capsys.readouterr().out
    assert "FAILED broken.png" in printed and "a.png: 2 cells" in printed


def test_all_good_inputs_exit_zero(models, fields, capsys):
    assert main(["analyze", str(fields / "a.png"), "--detector", str(models[0])]) == 0
    assert "rbc 1, wbc 1" in capsys.readouterr().out


def test_unknown_classify_label_is_a_usage_error(models, fields, capsys):
    code = main(
        [
            "analyze",
            str(fields),
            "--detector",
            str(models[0]),
            "--classifier",
            str(models[1]),
            "--classify-labels",
            "leukocyte",
        ]
    )
    assert code == 2
    assert "no class 'leukocyte'" in capsys.readouterr().err


def test_bad_model_is_a_usage_error(tmp_path, fields, capsys):
    junk = tmp_path / "junk.onnx"
    junk.write_bytes(b"\x00" * 100)
    assert main(["analyze", str(fields), "--detector", str(junk)]) == 2
    assert "is not an ONNX model file" in capsys.readouterr().err


def test_without_models_the_user_is_told_what_to_pass(fields, capsys, monkeypatch, tmp_path):
    monkeypatch.setattr("app.core.profiles.library.profiles_dir", lambda: tmp_path / "no-profiles")
    assert main(["analyze", str(fields)]) == 2
    assert "pass --detector" in capsys.readouterr().err


def test_conf_outside_zero_one_is_refused(models, fields, capsys):
    assert main(["analyze", str(fields), "--detector", str(models[0]), "--conf", "5"]) == 2
    assert "--conf must be between 0 and 1" in capsys.readouterr().err


def test_module_entry_point_prints_no_traceback(models, fields, tmp_path):
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "analyze",
            str(fields),
            str(tmp_path / "missing.png"),
            "--detector",
            str(models[0]),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr + done.stdout
    assert "missing.png: the file was not found" in done.stdout


def test_a_calibrated_scale_is_used_and_a_wrong_one_refused(fields, tmp_path, capsys):
    """``--um-per-px`` pins the scale a detector asking for prepared fields gets; the JSON
    says so."""
    import shutil

    from app.core.paths import models_dir

    shutil.copy(models_dir() / "cell_detector.onnx", tmp_path / "det.onnx")
    manifest = json.loads((models_dir() / "cell_detector.json").read_text())
    manifest["preprocess"] = {"flatten": True, "rbc_px": 80}
    (tmp_path / "det.json").write_text(json.dumps(manifest))
    out = tmp_path / "out.json"
    detector = ["--detector", str(tmp_path / "det.onnx")]
    args = ["analyze", str(fields / "a.png"), *detector, "--um-per-px", "0.15", "--json", str(out)]
    assert main(args) == 0
    preparation = json.loads(out.read_text())["fields"][0]["preparation"]
    assert preparation["scale_source"] == "calibrated"
    assert float(preparation["um_per_px"]) == pytest.approx(0.15, rel=1e-3)
    capsys.readouterr()
    assert main(["analyze", str(fields / "a.png"), *detector, "--um-per-px", "0"]) == 2
    assert "--um-per-px" in capsys.readouterr().err


@pytest.mark.parametrize(("um_per_px", "tiled"), [(0.09375, False), (0.75, True)])
def test_tiling_is_told_as_the_detector_saw_the_field(fields, capsys, um_per_px, tiled):
    """A 640 x 480 field whose red cells are 80 px is shrunk to half for the shipped detector
    (one piece); with red cells of 10 px it is enlarged 4x and cut into tiles. The line says
    which, from the size the detector ran at, not the file's."""
    from app.core.paths import models_dir

    detector = ["--detector", str(models_dir() / "cell_detector.onnx")]
    args = ["analyze", str(fields / "a.png"), *detector, "--um-per-px", str(um_per_px)]
    assert main(args) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if "a.png" in x)
    assert ("tiles of" in line) is tiled, line
