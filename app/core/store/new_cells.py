"""The rows of new cells: the models' (dropped where a kept cell already is) and a person's
(clipped to the image), each checked before it is written."""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np

from app.core.errors import InvalidInputError
from app.core.geometry import iou_one_to_many
from app.core.i18n import _
from app.core.records import Cell, CellSource, CellState, Field, now_iso
from app.core.store.inputs import Detection, StageStep

#: A new detection overlapping a kept (corrected or manual) cell this much is the same cell.
SAME_CELL_IOU = 0.5

Box = tuple[float, float, float, float]


def model_cells(
    found: Sequence[Detection], kept: Sequence[Cell], field_id: int, first_id: int
) -> list[Cell]:
    """The detections that are not a ``kept`` cell again, as cells numbered from ``first_id``."""
    kept_boxes = np.array([c.box for c in kept], np.float32).reshape(-1, 4)
    fresh = [
        f
        for f in found
        if not len(kept_boxes)
        or iou_one_to_many(np.array(f.box, np.float32), kept_boxes).max() < SAME_CELL_IOU
    ]
    return [
        Cell(
            id=first_id + offset,
            field_id=field_id,
            x1=float(f.box[0]),
            y1=float(f.box[1]),
            x2=float(f.box[2]),
            y2=float(f.box[3]),
            model_label=f.label,
            model_confidence=float(f.confidence),
            detector_label=f.detector_label,
            detector_confidence=float(f.detector_confidence),
            label=f.label,
            state=CellState.COUNTED.value,
            reason=None,
            source=CellSource.MODEL.value,
            reviewed=0,
            changed_by=None,
            changed_at=None,
            model_path=_path_json(f.path),
        )
        for offset, f in enumerate(fresh)
    ]


def manual_cell(cell_id: int, field_id: int, box: Box, label: str, user: str) -> Cell:
    """A cell a person drew (``box`` checked by ``inside``, ``label`` by ``clean_label``),
    reviewed by them as they drew it."""
    x1, y1, x2, y2 = box
    return Cell(
        id=cell_id,
        field_id=field_id,
        x1=x1,
        y1=y1,
        x2=x2,
        y2=y2,
        model_label=None,
        model_confidence=None,
        detector_label=None,
        detector_confidence=None,
        label=label,
        state=CellState.COUNTED.value,
        reason=None,
        source=CellSource.MANUAL.value,
        reviewed=1,
        changed_by=user,
        changed_at=now_iso(),
    )


def inside(field: Field, box: Box) -> Box:
    """The box clipped to the field's image; refused when nothing of it is left."""
    x1, y1, x2, y2 = (float(v) for v in box)
    x1, x2 = sorted((max(0.0, min(x1, field.width)), max(0.0, min(x2, field.width))))
    y1, y2 = sorted((max(0.0, min(y1, field.height)), max(0.0, min(y2, field.height))))
    if x2 - x1 < 1 or y2 - y1 < 1:
        raise InvalidInputError(_("A cell needs a box of at least 1 x 1 pixel inside the image."))
    return x1, y1, x2, y2


def clean_label(label: str) -> str:
    clean = label.strip()
    if not clean:
        raise InvalidInputError(_("A cell class cannot be empty."))
    return clean


def _path_json(path: Sequence[StageStep]) -> str | None:
    """A cascade's path as stored; None for a single model (nothing more to say)."""
    if len(path) < 2:
        return None
    return json.dumps([[step.stage, step.label, round(step.confidence, 4)] for step in path])
