"""Single-cell mode: classifiers trained on crops run on a folder or zip of cell images, no
detector; one unreadable image is reported and the rest classified."""

from __future__ import annotations

import io
import json
import zipfile

import numpy as np
import pytest
from openpyxl import load_workbook
from PIL import Image

from app.cli import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, main
from app.core.image_files import image_sources
from app.core.profiles import user_profiles_dir
from tests import onnx_graphs as g

RED, BLUE = (220, 40, 60), (60, 40, 220)


@pytest.fixture
def classifier(tmp_path):
    """blast when red dominates, normal when blue does (inputs 0-1, no ImageNet statistics)."""
    path = g.colour_classifier(tmp_path / "all.onnx", np.array([[8.0, -8.0], [0, 0], [-8.0, 8.0]]))
    manifest = {"classes": ["all", "normal"], "scale": 1 / 255, "mean": [0, 0, 0], "std": [1, 1, 1]}
    path.with_suffix(".json").write_text(json.dumps(manifest))
    return path


def _png(colour, size=(48, 40)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def cell_folder(tmp_path):
    folder = tmp_path / "cells"
    folder.mkdir()
    for name, colour, size in (("c1.png", RED, (48, 40)), ("c2.png", BLUE, (48, 40)),
                               ("c3.png", BLUE, (52, 52))):  # fmt: skip
        (folder / name).write_bytes(_png(colour, size))
    (folder / "c4.png").write_text("this is not an image")
    return folder


def test_folder_with_one_unreadable_file(classifier, cell_folder, tmp_path, capsys):
    out = tmp_path / "cells.json"
    code = main(["classify", str(cell_folder), "--classifier", str(classifier), "--json", str(out)])
    assert code == EXIT_SOME_FAILED
    printed = capsys.readouterr().out
    assert "ok     c1.png: all 1.00" in printed and "FAILED c4.png" in printed
    result = json.loads(out.read_text())
    labels = {Path_name(f["image"]): [c["label"] for c in f["cells"]] for f in result["fields"]}
    assert labels == {"c1.png": ["all"], "c2.png": ["normal"], "c3.png": ["normal"], "c4.png": []}
    bad = next(f for f in result["fields"] if f["image"].endswith("c4.png"))
    assert "not an image SmearCount can read" in bad["error"]
    assert result["counts"] == {"all": 1, "normal": 2}
    cell = result["fields"][0]["cells"][0]
    assert cell["box"] == [0, 0, 48, 40] and cell["detector_label"] == "cell"


def Path_name(text: str) -> str:
    return text.replace("\\", "/").rsplit("/", 1)[-1]


def test_zip_is_read_in_place_and_unsafe_members_refused(classifier, tmp_path, capsys):
    archive = tmp_path / "cells.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("set/a.png", _png(RED))
        z.writestr("set/b.png", _png(BLUE))
        z.writestr("../escape.png", _png(RED))
        z.writestr("__MACOSX/set/._a.png", b"resource fork")
        link = zipfile.ZipInfo("set/link.png")
        link.external_attr = 0o120777 << 16  # a symbolic link
        z.writestr(link, "/etc/passwd")
    sources = image_sources([archive])
    assert [s.member for s in sources] == [
        "set/a.png",
        "set/b.png",
        "../escape.png",
        "set/link.png",
    ]
    out = tmp_path / "r.json"
    code = main(["classify", str(archive), "--classifier", str(classifier), "--json", str(out)])
    assert code == EXIT_SOME_FAILED
    printed = capsys.readouterr().out
    assert "ok     cells.zip/set/a.png: all" in printed
    assert "ok     cells.zip/set/b.png: normal" in printed
    assert "cells.zip/../escape.png: refused, its name climbs out of the archive" in printed
    assert "cells.zip/set/link.png: refused, it is a link" in printed
    assert not (tmp_path / "escape.png").exists()
    members = [f["member"] for f in json.loads(out.read_text())["fields"]]
    assert members[:2] == ["set/a.png", "set/b.png"]


def test_a_damaged_zip_is_a_plain_message(classifier, tmp_path, capsys):
    archive = tmp_path / "cells.zip"
    archive.write_bytes(b"PK\x03\x04 truncated")
    code = main(["classify", str(archive), "--classifier", str(classifier)])
    assert code == EXIT_USAGE
    assert "cells.zip: this is not a zip archive, or it is damaged" in capsys.readouterr().err


def test_single_cell_profile_with_report(classifier, cell_folder, tmp_path, capsys):
    user_profiles_dir().mkdir(parents=True)
    profile = {
        "profile_version": 2,
        "name": "all-cells",
        "stages": {"all_check": {"model": str(classifier), "classes": ["all", "normal"]}},
        "classify": {"cell": "all_check"},
        "categories": [
            {"key": "all", "name": "ALL blasts", "kind": "differential", "colour": "#D55E00",
             "blast": True},
            {"key": "normal", "name": "Normal cells", "kind": "differential", "colour": "#0072B2"},
        ],
    }  # fmt: skip
    (user_profiles_dir() / "all-cells.json").write_text(json.dumps(profile))
    report = tmp_path / "cells.xlsx"
    code = main(["classify", str(cell_folder), "--profile", "all-cells", "--xlsx", str(report)])
    assert code == EXIT_SOME_FAILED  # c4.png
    summary = load_workbook(report)["Summary"]
    rows = {r[0]: r[1:] for r in summary.iter_rows(values_only=True) if r and r[0]}
    assert rows["ALL blasts"][0] == 1 and rows["Normal cells"][0] == 2
    assert rows["Profile"][0] == "all-cells"
    assert rows["Blast flag"][1] == "blasts >= 20%"
    assert rows["Blast %"][1] == pytest.approx(1 / 3)
    cells = list(load_workbook(report)["Cells"].iter_rows(values_only=True))
    assert len(cells) == 1 + 3


def test_the_same_cell_image_twice_is_reported_once(classifier, tmp_path, capsys):
    folder = tmp_path / "twice"
    folder.mkdir()
    (folder / "a.png").write_bytes(_png(RED))
    (folder / "b.png").write_bytes(_png(RED))  # the same bytes: the same image
    report = tmp_path / "r.xlsx"
    main(["classify", str(folder), "--classifier", str(classifier), "--xlsx", str(report)])
    assert "b.png is already field 1 of this slide. It is left out" in capsys.readouterr().err
    assert len(list(load_workbook(report)["Cells"].iter_rows(values_only=True))) == 1 + 1


def test_classify_refuses_a_profile_with_a_detector(capsys, cell_folder):
    assert main(["classify", str(cell_folder), "--profile", "default"]) == EXIT_USAGE
    assert "classify needs a single-cell profile" in capsys.readouterr().err


def test_a_folder_of_good_cells_exits_ok(classifier, tmp_path):
    folder = tmp_path / "good"
    folder.mkdir()
    (folder / "x.png").write_bytes(_png(RED))
    assert main(["classify", str(folder), "--classifier", str(classifier)]) == EXIT_OK
