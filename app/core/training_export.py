"""Slides as a training set: the fields with their final boxes and classes, for a lab to retrain
its own detector (YOLO, COCO) and classifier (WBC crops in class folders) elsewhere.

What is written is what the technician left: counted cells with their final class, the model's
boxes a person kept and the cells a person added; deleted detections and cells marked not
counted are left out. No patient identifier leaves the store: files are named by slide and field
number, images are re-encoded as PNG without their metadata, and the README says so.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from PIL import Image

from app import __version__
from app.core.categories import CategoryKind, CategoryMap
from app.core.errors import ExportError, InvalidInputError
from app.core.geometry import square_crop
from app.core.i18n import _
from app.core.imaging import read_image
from app.core.records import Cell, CellState, Field, now_iso
from app.core.slide_setup import slide_categories
from app.core.store import audit
from app.core.store.library import SlideStore

#: Crop side / box side of the class-folder crops: what the shipped classifier is fed.
CROP_CONTEXT = 2.5


class TrainingFormat(str, Enum):
    YOLO = "yolo"
    COCO = "coco"
    FOLDERS = "folders"


@dataclass(frozen=True)
class _Field:
    name: str  # file stem: slide and field number, nothing a person typed
    field: Field
    image: NDArray[np.uint8]
    cells: tuple[Cell, ...]  # counted, with their final labels
    categories: CategoryMap


@dataclass(frozen=True)
class TrainingSet:
    """What was written, for the command line and the window to say."""

    folder: Path
    format: TrainingFormat
    slides: int
    images: int
    counts: dict[str, int]  # class -> boxes (or crops)


def export_training(
    store: SlideStore, slide_ids: Sequence[int], fmt: TrainingFormat, out: Path, user: str
) -> TrainingSet:
    """Write ``slide_ids`` to the folder ``out`` (new, or empty) in ``fmt``."""
    if not slide_ids:
        raise InvalidInputError(_("Choose at least one slide to export."))
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ExportError(
            _("{folder} is not an empty folder: choose a new or empty one.").format(folder=out)
        )
    fields = _fields(store, slide_ids, user)
    try:
        out.mkdir(parents=True, exist_ok=True)
        if fmt is TrainingFormat.FOLDERS:
            counts, images = _write_folders(fields, out), 0
        else:
            classes = sorted({c.label for f in fields for c in f.cells})
            writer = _write_yolo if fmt is TrainingFormat.YOLO else _write_coco
            writer(fields, classes, out)
            counts, images = dict(Counter(c.label for f in fields for c in f.cells)), len(fields)
        written = TrainingSet(out, fmt, len(set(slide_ids)), images, dict(sorted(counts.items())))
        (out / "README.md").write_text(_readme(written), encoding="utf-8")
    except OSError as exc:
        raise ExportError(
            _("The training set could not be written to {folder}: {problem}.").format(
                folder=out, problem=exc
            )
        ) from exc
    with store.db.transaction() as conn:
        for slide_id in dict.fromkeys(slide_ids):
            audit.append(conn, slide_id, user, "export training set", fmt.value, None, out.name)
    return written


def _fields(store: SlideStore, slide_ids: Sequence[int], user: str) -> list[_Field]:
    out = []
    for slide_id in dict.fromkeys(slide_ids):
        session = store.open(slide_id, user)
        (categories,) = slide_categories([session.slide])
        for field in session.field_list():
            cells = tuple(
                sorted(
                    (c for c in session.cells_in(field.id) if c.state == CellState.COUNTED.value),
                    key=lambda c: c.id,
                )
            )
            name = f"slide{slide_id}_field{field.position:03d}"
            image = read_image(session.image_path(field))
            out.append(_Field(name, field, image, cells, categories))
    return out


def clipped_box(cell: Cell, field: Field) -> tuple[float, float, float, float]:
    """The cell's box inside its image (a box is stored as drawn, possibly past the edge)."""
    x1, y1, x2, y2 = cell.box
    w, h = float(field.width), float(field.height)
    return min(max(x1, 0.0), w), min(max(y1, 0.0), h), min(max(x2, 0.0), w), min(max(y2, 0.0), h)


def _save_png(image: NDArray[np.uint8], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(image).save(path, format="PNG")  # pixels only: no EXIF, no text chunks


def _write_yolo(fields: list[_Field], classes: list[str], out: Path) -> None:
    """images/NAME.png and labels/NAME.txt ("class cx cy w h", 0-1 of the image), data.yaml."""
    (out / "labels").mkdir()
    for f in fields:
        _save_png(f.image, out / "images" / f"{f.name}.png")
        w, h = float(f.field.width), float(f.field.height)
        lines = []
        for cell in f.cells:
            x1, y1, x2, y2 = clipped_box(cell, f.field)
            values = ((x1 + x2) / 2 / w, (y1 + y2) / 2 / h, (x2 - x1) / w, (y2 - y1) / h)
            lines.append(" ".join([str(classes.index(cell.label)), *map(repr, values)]))
        (out / "labels" / f"{f.name}.txt").write_text("".join(f"{x}\n" for x in lines))
    names = "".join(f"  {i}: {json.dumps(name)}\n" for i, name in enumerate(classes))
    (out / "data.yaml").write_text(
        f"path: .\ntrain: images\nval: images\nnc: {len(classes)}\nnames:\n{names}",
        encoding="utf-8",
    )


def _write_coco(fields: list[_Field], classes: list[str], out: Path) -> None:
    """images/NAME.png and annotations.json (COCO object detection, bbox x, y, w, h in px)."""
    images: list[dict[str, object]] = []
    annotations: list[dict[str, object]] = []
    for image_id, f in enumerate(fields, 1):
        _save_png(f.image, out / "images" / f"{f.name}.png")
        images.append(
            {
                "id": image_id,
                "file_name": f"images/{f.name}.png",
                "width": f.field.width,
                "height": f.field.height,
            }
        )
        for cell in f.cells:
            x1, y1, x2, y2 = clipped_box(cell, f.field)
            annotations.append(
                {
                    "id": len(annotations) + 1,
                    "image_id": image_id,
                    "category_id": classes.index(cell.label) + 1,
                    "bbox": [x1, y1, x2 - x1, y2 - y1],
                    "area": (x2 - x1) * (y2 - y1),
                    "iscrowd": 0,
                }
            )
    document = {
        "info": {"description": "SmearCount training export", "date_created": now_iso()},
        "licenses": [],
        "images": images,
        "annotations": annotations,
        "categories": [{"id": i + 1, "name": n} for i, n in enumerate(classes)],
    }
    (out / "annotations.json").write_text(json.dumps(document, indent=1), encoding="utf-8")


def _write_folders(fields: list[_Field], out: Path) -> dict[str, int]:
    """CLASS/NAME_cellID.png: each white cell (a category counted in or beside the
    differential, not RBC or platelets) cropped as the shipped classifier sees it."""
    counts: Counter[str] = Counter()
    for f in fields:
        for cell in f.cells:
            if f.categories.category_of(cell.label).kind is CategoryKind.IGNORED:
                continue
            crop = square_crop(f.image, np.array(cell.box, np.float32), CROP_CONTEXT)
            folder = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in cell.label)
            _save_png(crop, out / folder / f"{f.name}_cell{cell.id}.png")
            counts[cell.label] += 1
    return dict(counts)


def _readme(written: TrainingSet) -> str:
    layout = {
        TrainingFormat.YOLO: "YOLO detection set: `images/*.png`, one `labels/*.txt` per image "
        "(`class cx cy w h`, 0-1 of the image size), class names in `data.yaml`.",
        TrainingFormat.COCO: "COCO object detection: `images/*.png` and `annotations.json` "
        "(`bbox` = x, y, width, height in pixels; category ids from 1).",
        TrainingFormat.FOLDERS: "White-cell crops in one folder per class (a square "
        f"{CROP_CONTEXT} times the box's longer side, centred on the cell, as SmearCount's "
        "classifier sees it).",
    }[written.format]
    rows = "".join(f"| {name} | {n} |\n" for name, n in written.counts.items())
    unit = "crops" if written.format is TrainingFormat.FOLDERS else "boxes"
    return (
        "# SmearCount training export\n\n"
        f"Written by SmearCount {__version__} on {now_iso()[:10]} from {written.slides} slide(s)"
        + (f", {written.images} field image(s)" if written.images else "")
        + ".\n\n"
        "Origin: blood-smear fields counted at this lab's microscope with SmearCount. Boxes and "
        "classes are the final ones a technician left: the models' cells as reviewed and "
        "corrected, and the cells added by hand; deleted detections and cells marked not counted "
        "(smudge, artefact, broken) are left out.\n\n"
        f"Layout: {layout}\n\n"
        f"| class | {unit} |\n|---|---|\n{rows}\n"
        "Patient identifiers are not included: no patient or sample ID, name, age or sex; files "
        "are named by slide and field number only, and images were re-encoded as PNG without "
        "their metadata. The pixels themselves are the fields as captured: check that no label "
        "of the slide is in view before sharing them.\n"
    )
