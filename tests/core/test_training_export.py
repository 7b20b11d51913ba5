"""Slides exported as a training set: YOLO and COCO obey their formats, round-trip the final
boxes, and carry no patient identifier; WBC crops land in class folders."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from PIL import Image

from app.cli import main
from app.core.errors import ExportError
from app.core.pipeline import Detection
from app.core.records import NotCountedReason
from app.core.store import CellState, SlideStore
from app.core.training_export import TrainingFormat, export_training
from tests.core.store_helpers import detections, field_image

SECRETS = ("PB-SECRET-77", "P-SECRET-5", "93 y")


@pytest.fixture
def store(tmp_path):
    s = SlideStore(tmp_path / "data")
    yield s
    s.close()


def _counted_slide(store: SlideStore, tmp_path: Path, number: int) -> int:
    session = store.create_slide(
        "ana", f"{SECRETS[0]}-{number}", patient_id=SECRETS[1], age=SECRETS[2], sex="F"
    )
    for k in range(2):
        field = session.add_field(field_image(tmp_path / f"f{number}{k}.png", seed=number + k))
        found = [
            *detections(6),
            Detection((10.5, 400.25, 60.75, 470.0), "rbc", 0.8, "rbc", 0.8),
            # A model box running past the right edge of the 640 x 480 image.
            Detection((610.0, 200.0, 660.0, 250.0), "neutrophil", 0.7, "wbc", 0.9),
        ]
        session.apply_analysis(field.id, found)
        a, b, c, *_ = sorted(session.cells_in(field.id), key=lambda cell: cell.id)
        session.relabel([a.id], "eosinophil")
        session.delete_cells([b.id])
        session.mark_not_counted([c.id], NotCountedReason.SMUDGE)
        session.add_cell(field.id, (300.5, 300.0, 341.0, 345.5), "basophil")
    return session.slide_id


@pytest.fixture
def slides(store, tmp_path):
    return [_counted_slide(store, tmp_path, n) for n in (1, 2)]


def _expected(store: SlideStore, slide_ids) -> dict[str, Counter]:
    """Per exported image name: the final boxes (clipped to the image) and labels."""
    out = {}
    for slide_id in slide_ids:
        session = store.open(slide_id, "ana")
        for field in session.field_list():
            boxes = Counter()
            for cell in session.cells_in(field.id):
                if cell.state == CellState.COUNTED.value:
                    x1, y1, x2, y2 = cell.box
                    box = (max(x1, 0), max(y1, 0), min(x2, field.width), min(y2, field.height))
                    boxes[(tuple(round(v, 6) for v in box), cell.label)] += 1
            out[f"slide{slide_id}_field{field.position:03d}"] = boxes
    return out


def _no_identifiers(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert not any(s.encode() in data for s in SECRETS), path
            if path.suffix == ".png":
                with Image.open(path) as image:
                    assert not image.info.get("exif") and not getattr(image, "text", {})


def test_yolo_obeys_its_format_and_round_trips_the_final_boxes(store, slides, tmp_path):
    out = tmp_path / "yolo"
    written = export_training(store, slides, TrainingFormat.YOLO, out, "ana")
    yaml = (out / "data.yaml").read_text()
    names = [json.loads(line.split(": ", 1)[1]) for line in yaml.splitlines() if line[:2] == "  "]
    assert f"nc: {len(names)}" in yaml and "rbc" in names
    images = {p.stem: p for p in (out / "images").iterdir()}
    labels = {p.stem: p for p in (out / "labels").iterdir()}
    assert images.keys() == labels.keys() and len(images) == 4 == written.images
    found = {}
    for stem, path in labels.items():
        width, height = Image.open(images[stem]).size
        boxes = Counter()
        for line in path.read_text().splitlines():
            cls, cx, cy, w, h = line.split()
            assert 0 <= int(cls) < len(names)
            cx, cy, w, h = (float(v) for v in (cx, cy, w, h))
            assert cx - w / 2 >= 0 and cx + w / 2 <= 1 + 1e-12 and cy - h / 2 >= 0
            assert cy + h / 2 <= 1 + 1e-12 and w > 0 and h > 0
            box = ((cx - w / 2) * width, (cy - h / 2) * height)
            box += (box[0] + w * width, box[1] + h * height)
            boxes[(tuple(round(v, 6) for v in box), names[int(cls)])] += 1
        found[stem] = boxes
    assert found == _expected(store, slides)
    assert written.counts["basophil"] == 4 and "smudge" not in written.counts
    _no_identifiers(out)


def test_coco_obeys_its_format_and_round_trips_the_final_boxes(store, slides, tmp_path):
    out = tmp_path / "coco"
    export_training(store, slides, TrainingFormat.COCO, out, "ana")
    coco = json.loads((out / "annotations.json").read_text())
    images = {i["id"]: i for i in coco["images"]}
    categories = {c["id"]: c["name"] for c in coco["categories"]}
    assert len(images) == 4 and min(categories) == 1
    assert len({a["id"] for a in coco["annotations"]}) == len(coco["annotations"])
    found = {Path(i["file_name"]).stem: Counter() for i in images.values()}
    for a in coco["annotations"]:
        image = images[a["image_id"]]
        assert Image.open(out / image["file_name"]).size == (image["width"], image["height"])
        x, y, w, h = a["bbox"]
        assert x >= 0 and y >= 0 and x + w <= image["width"] and y + h <= image["height"]
        assert a["area"] == pytest.approx(w * h) and a["iscrowd"] == 0
        box = tuple(round(v, 6) for v in (x, y, x + w, y + h))
        found[Path(image["file_name"]).stem][(box, categories[a["category_id"]])] += 1
    assert found == _expected(store, slides)
    _no_identifiers(out)


def test_white_cells_are_cropped_into_class_folders(store, slides, tmp_path):
    out = tmp_path / "folders"
    written = export_training(store, slides, TrainingFormat.FOLDERS, out, "ana")
    on_disk = {p.name: len(list(p.glob("*.png"))) for p in out.iterdir() if p.is_dir()}
    assert on_disk == written.counts and "rbc" not in on_disk
    assert on_disk["basophil"] == 4 and on_disk["eosinophil"] == 4
    readme = (out / "README.md").read_text()
    assert "Patient identifiers are not included" in readme and "| basophil | 4 |" in readme
    _no_identifiers(out)


def test_a_folder_in_use_is_refused(store, slides, tmp_path):
    out = tmp_path / "busy"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    with pytest.raises(ExportError, match="not an empty folder"):
        export_training(store, slides, TrainingFormat.YOLO, out, "ana")


def test_the_command_line_exports_and_says_what(store, slides, tmp_path, capsys):
    store.close()
    out = tmp_path / "cli"
    args = ["slides", "--data-dir", str(tmp_path / "data"), "--user", "ana", "export-training"]
    assert main([*args, *map(str, slides), "--format", "coco", str(out)]) == 0
    assert "2 slides written" in capsys.readouterr().out
    assert (out / "annotations.json").is_file()
    assert main([*args, "999", "--format", "yolo", str(tmp_path / "none")]) == 2
    assert "does not exist" in capsys.readouterr().err
