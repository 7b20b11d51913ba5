"""The "other microscope" suite: each condition of training/simulate.py on each data set, scored
through SmearCount's own engine (field preparation, detection, crops, classification, review).

Detection is scored on the BCCD fields and on the TXL-PBC val tiles (all four sources); white-cell
types on the held-out PBC crops and on the typed white cells of the BCCD fields (their type
labels are used for evaluation only). Fields that a camera would capture smaller than a frame are
first tiled, as such a camera sees many fields' worth of cells in one picture.
"""

from __future__ import annotations

import csv
import hashlib
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.core.imaging import read_image
from app.core.pipeline import Pipeline
from training.classifier_data import CLASSES as WBC_TYPES
from training.classifier_data import held_out
from training.common import DATA
from training.detector_data import CLASSES as DET_CLASSES
from training.detector_data import class_id
from training.metrics import ImageResult, classification_summary, detection_summary
from training.simulate import CONDITIONS, Camera, capture, visible

#: A red cell's box side in the PBC crops as stored in classify/ (82 px in the 360 px original).
PBC_CROP_RBC = 82 * 224 / 360
#: A camera's frame is at least this wide (pixels): fields captured smaller are tiled first.
FRAME_WIDTH = 640
#: At least this many frames per condition and source when fields are tiled.
MIN_FRAMES = 6


@dataclass
class Field:
    image: np.ndarray
    boxes: np.ndarray  # [K, 4]
    labels: list[str]  # annotated label per box (rbc, platelet, wbc or a WBC type)
    rbc_px: float
    source: str = ""  # the TXL-PBC tile's source data set


def calibration_part(name: str) -> bool:
    """Half of the held-out PBC crops fit the temperature; the other half is scored."""
    return hashlib.sha256(("calibration:" + Path(name).name).encode()).digest()[0] < 128


def held_out_rows() -> list[dict[str, str]]:
    """The rows of classify/annotations.csv held out of training (both halves)."""
    with open(DATA / "classify" / "annotations.csv", newline="") as f:
        return [r for r in csv.DictReader(f) if held_out(r["image"])]


def load_fields(root: Path, names: Sequence[str] | None = None, every: int = 1) -> list[Field]:
    found: dict[str, list[tuple[list[float], str]]] = {}
    with open(root / "annotations.csv", newline="") as f:
        for row in csv.DictReader(f):
            box = [float(row[k]) for k in ("x1", "y1", "x2", "y2")]
            found.setdefault(row["image"], []).append((box, row["label"]))
    chosen = sorted(found if names is None else names)[::every]
    sources: dict[str, str] = {}
    if (root / "sources.csv").is_file():
        with open(root / "sources.csv", newline="") as f:
            sources = {row["image"]: row["source_dataset"] for row in csv.DictReader(f)}
    fields = []
    for name in chosen:
        rows = found.get(name, [])
        boxes = np.array([b for b, _ in rows], np.float32).reshape(-1, 4)
        labels = [label for _, label in rows]
        rbc = [max(b[2] - b[0], b[3] - b[1]) for b, label in rows if label == "rbc"]
        image = read_image(root / name)
        size = float(np.median(rbc)) if len(rbc) >= 2 else max(image.shape[:2]) / 5.0
        fields.append(Field(image, boxes, labels, size, sources.get(name, "")))
    return fields


def shot(field: Field, camera: Camera | None) -> Field:
    if camera is None:
        return field
    image, gain = capture(field.image, field.rbc_px, camera)
    boxes, keep = visible(field.boxes * gain, np.arange(len(field.labels)), image.shape[:2], camera)
    return Field(image, boxes, [field.labels[i] for i in keep], camera.rbc_px, field.source)


def plasma_colour(image: np.ndarray) -> np.ndarray:
    """The colour of a field's plasma: the median of its brightest 15 % of pixels."""
    lum = image.mean(axis=2)
    colour: np.ndarray = np.median(image[lum >= np.percentile(lum, 85)], axis=0)
    return colour.astype(np.float32)


def mosaics(fields: list[Field], n: int, seed: int) -> list[Field]:
    """Fields n x n side by side (cut to the smallest's size), boxes moved with them; at least
    MIN_FRAMES such frames, drawing fields again (in another order) when there are too few.

    Each field's plasma is brought to the group's median plasma colour first: a frame has one
    lamp. Nine BCCD fields with nine backgrounds fit no lamp surface, and the red-cell ruler then
    misread whole frames (a phone's BCCD frame at 101 px for 45), an artefact of the suite that
    no real picture has."""
    rng = np.random.default_rng(seed)
    frames = max(len(fields) // (n * n), MIN_FRAMES)
    order = np.concatenate(
        [rng.permutation(len(fields)) for _ in range(frames * n * n // len(fields) + 1)]
    )
    out = []
    for start in range(0, frames * n * n, n * n):
        group = [fields[i] for i in order[start : start + n * n]]
        h = min(f.image.shape[0] for f in group)
        w = min(f.image.shape[1] for f in group)
        plasma = [plasma_colour(f.image) for f in group]
        target = np.median(plasma, axis=0)
        canvas = np.zeros((h * n, w * n, 3), np.uint8)
        boxes, labels = [], []
        for k, f in enumerate(group):
            y, x = (k // n) * h, (k % n) * w
            gain = target / np.maximum(plasma[k], 1.0)
            canvas[y : y + h, x : x + w] = np.clip(f.image[:h, :w] * gain, 0, 255)
            inside = (f.boxes[:, 2] <= w + 2) & (f.boxes[:, 3] <= h + 2)
            shift = np.array([x, y, x, y], np.float32)
            boxes.append(np.minimum(f.boxes[inside], np.array([w, h, w, h])) + shift)
            labels += [label for label, ok in zip(f.labels, inside, strict=True) if ok]
        rbc = float(np.median([f.rbc_px for f in group]))
        out.append(
            Field(canvas, np.concatenate(boxes).astype(np.float32), labels, rbc, group[0].source)
        )
    return out


def condition_fields(fields: list[Field], camera: Camera | None) -> list[Field]:
    """The fields as ``camera`` shows them. A camera that sees cells small puts many fields in
    one frame: fields of one source are tiled until the frame is FRAME_WIDTH pixels wide, as a
    real low-magnification or phone picture is (a 70-pixel "frame" would flatter any model that
    rescales the whole image)."""
    if camera is None:
        return fields
    out: list[Field] = []
    for source in sorted({f.source for f in fields}):
        group = [f for f in fields if f.source == source]
        width = float(np.median([f.image.shape[1] for f in group]))
        rbc = float(np.median([f.rbc_px for f in group]))
        n = max(1, math.ceil(FRAME_WIDTH / (width * camera.rbc_px / rbc)))
        out += mosaics(group, n, camera.seed + n) if n > 1 else group
    return [shot(f, _seeded(camera, i)) for i, f in enumerate(out)]


def _seeded(camera: Camera, index: int) -> Camera:
    from dataclasses import replace

    return replace(camera, seed=camera.seed * 7919 + index)


@dataclass
class Detected:
    """One field's detections scored against its boxes, class by class."""

    per_class: dict[str, ImageResult]
    scale_error: float | None  # measured red-cell size / annotated - 1, when estimated
    source: str


def detect_fields(pipeline: Pipeline, fields: list[Field]) -> list[Detected]:
    out = []
    for f in fields:
        analysis = pipeline.analyze_field(f.image)
        scale = analysis.prepared.scale
        error = scale.rbc_px / f.rbc_px - 1 if scale and scale.source == "estimated" else None
        boxes = np.array([c.box for c in analysis.cells], np.float32).reshape(-1, 4)
        scores = np.array([c.detector_confidence for c in analysis.cells], np.float32)
        found = np.array([DET_CLASSES.index(c.detector_label) for c in analysis.cells])
        truth = np.array([class_id(label) for label in f.labels])
        per_class = {}
        for k, name in enumerate(DET_CLASSES):
            mine = found == k if len(found) else np.zeros(0, bool)
            true = f.boxes[truth == k].reshape(-1, 4) if len(truth) else np.zeros((0, 4))
            per_class[name] = ImageResult(boxes[mine], scores[mine], true)
        out.append(Detected(per_class, error, f.source))
    return out


def score_detection(results: list[Detected]) -> dict[str, object]:
    summary: dict[str, object] = dict(
        detection_summary({c: [r.per_class[c] for r in results] for c in DET_CLASSES})
    )
    summary["images"] = len(results)
    errors = np.abs([r.scale_error for r in results if r.scale_error is not None])
    if len(errors):
        summary["scale_error_median"] = round(float(np.median(errors)), 3)
        summary["scale_within_20pct"] = round(float(np.mean(errors < 0.2)), 3)
    return summary


@dataclass
class Typed:
    """White cells with a known type, as one condition shows them."""

    true: list[int]
    pred: list[int]
    confidence: list[float]


def crop_box(image: np.ndarray) -> np.ndarray:
    """The cell's box in a stored PBC crop, which holds it 2.5 times over (the engine's
    crop_context), so the engine cuts the whole crop back out: [[x1, y1, x2, y2]]."""
    h, w = image.shape[:2]
    side = min(h, w) / 2.5
    box = [(w - side) / 2, (h - side) / 2, (w + side) / 2, (h + side) / 2]
    return np.array([box], np.float32)


def typed_pbc(
    pipeline: Pipeline, stage: str, rows: list[dict[str, str]], camera: Camera | None
) -> Typed:
    true, pred, conf = [], [], []
    names = pipeline.stages[stage].classifier.config.classes
    for i, row in enumerate(rows):
        image = read_image(DATA / "classify" / row["image"])
        if camera is not None:
            image, _ = capture(image, PBC_CROP_RBC, _seeded(camera, i))
        result = pipeline.model_answers(stage, image, crop_box(image))
        true.append(WBC_TYPES.index(row["label"]))
        pred.append(WBC_TYPES.index(names[int(result.class_ids[0])]))
        conf.append(float(result.confidences[0]))
    return Typed(true, pred, conf)


def typed_fields(pipeline: Pipeline, stage: str, fields: list[Field]) -> Typed:
    true, pred, conf = [], [], []
    names = pipeline.stages[stage].classifier.config.classes
    for f in fields:
        typed = [i for i, label in enumerate(f.labels) if label in WBC_TYPES]
        if not typed:
            continue
        result = pipeline.model_answers(stage, f.image, f.boxes[typed])
        true += [WBC_TYPES.index(f.labels[i]) for i in typed]
        pred += [WBC_TYPES.index(names[int(c)]) for c in result.class_ids]
        conf += [float(c) for c in result.confidences]
    return Typed(true, pred, conf)


def score_types(typed: Typed, review_below: float) -> dict[str, object]:
    summary = classification_summary(typed.true, typed.pred, WBC_TYPES)
    summary.pop("confusion", None)
    wrong = np.array(typed.true) != np.array(typed.pred)
    marked = np.array(typed.confidence) < review_below
    summary["review_below"] = review_below
    summary["wrong_marked"] = round(float(marked[wrong].mean()), 4) if wrong.any() else None
    summary["share_marked"] = round(float(marked.mean()), 4) if len(marked) else None
    return summary


def run_suite(
    pipeline: Pipeline,
    stage: str,
    review_below: float,
    every: int = 2,
    progress: Callable[[str], None] = print,
) -> dict[str, dict[str, object]]:
    """Every condition: detection on BCCD fields and TXL-PBC val, types on PBC and BCCD."""
    bccd = load_fields(DATA / "fields", every=every)
    val_names = sorted(f"images/val/{p.name}" for p in (DATA / "detect/images/val").glob("*.png"))
    txl = load_fields(DATA / "detect", val_names, every=every)
    pbc = [r for r in held_out_rows() if not calibration_part(r["image"])][:: max(1, every)]
    report: dict[str, dict[str, object]] = {}
    for name, camera in CONDITIONS.items():
        fields = condition_fields(bccd, camera)
        tiles = detect_fields(pipeline, condition_fields(txl, camera))
        by_source = {
            source: score_detection([t for t in tiles if t.source == source])
            for source in sorted({t.source for t in tiles})
        }
        entry: dict[str, object] = {
            "detect_bccd": score_detection(detect_fields(pipeline, fields)),
            "detect_txl_val": score_detection(tiles),
            "detect_txl_val_by_source": by_source,
            "types_pbc": score_types(typed_pbc(pipeline, stage, pbc, camera), review_below),
            "types_bccd": score_types(typed_fields(pipeline, stage, fields), review_below),
        }
        report[name] = entry
        progress(f"{name}: {headline(entry)}")
    return report


def headline(entry: dict[str, object]) -> str:
    """One line: WBC AP50 (BCCD, TXL), top-1 (PBC, BCCD), wrong labels marked / cells marked."""

    def get(section: str, *keys: str) -> float:
        value: object = entry[section]
        for key in keys:
            value = value[key]  # type: ignore[index]
        return float(value)  # type: ignore[arg-type]

    parts = [
        f"WBC AP50 {get('detect_bccd', 'ap50', 'wbc'):.3f}"
        f"/{get('detect_txl_val', 'ap50', 'wbc'):.3f}",
        f"mAP50-95 {get('detect_txl_val', 'map50_95'):.3f}",
        f"top-1 {get('types_pbc', 'top1'):.3f}/{get('types_bccd', 'top1'):.3f}",
        f"review {entry['types_bccd']['wrong_marked']}/{entry['types_bccd']['share_marked']}",  # type: ignore[index]
    ]
    return ", ".join(parts)


def suite_table(report: dict[str, dict[str, object]]) -> str:
    """The suite as a Markdown table (the model cards carry it)."""
    head = (
        "| condition | WBC AP50 BCCD | WBC AP50 TXL | mAP50 TXL | mAP50-95 TXL | top-1 PBC "
        "| bal. acc. PBC | top-1 BCCD | wrong marked (PBC / BCCD) | marked (PBC / BCCD) |\n"
        "|---|---|---|---|---|---|---|---|---|---|\n"
    )
    rows = []
    for name, entry in report.items():
        bccd, txl = entry["detect_bccd"], entry["detect_txl_val"]
        pbc, typed = entry["types_pbc"], entry["types_bccd"]
        cells = [
            bccd["ap50"]["wbc"],  # type: ignore[index]
            txl["ap50"]["wbc"],  # type: ignore[index]
            txl["map50"],  # type: ignore[index]
            txl["map50_95"],  # type: ignore[index]
            pbc["top1"],  # type: ignore[index]
            pbc["balanced_accuracy"],  # type: ignore[index]
            typed["top1"],  # type: ignore[index]
        ]
        shown = [f"{float(c):.3f}" for c in cells]
        shown.append(f"{pbc['wrong_marked']} / {typed['wrong_marked']}")  # type: ignore[index]
        shown.append(f"{pbc['share_marked']} / {typed['share_marked']}")  # type: ignore[index]
        rows.append(f"| {name} | " + " | ".join(shown) + " |")
    return head + "\n".join(rows) + "\n"


def suite_figures(report: dict[str, dict[str, object]], kind: str) -> dict[str, dict[str, object]]:
    """Each condition's headline figures for a detector's or a classifier's manifest."""
    sections = (
        ("detect_bccd", "detect_txl_val") if kind == "detector" else ("types_pbc", "types_bccd")
    )
    keys = (
        ("ap50", "map50", "map50_95")
        if kind == "detector"
        else ("top1", "balanced_accuracy", "wrong_marked", "share_marked")
    )
    return {
        name: {
            section: {k: entry[section][k] for k in keys if k in entry[section]}  # type: ignore[index, operator]
            for section in sections
        }
        for name, entry in report.items()
    }
