"""A finished slide with corrections of every kind, for the report tests."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from app.core.pipeline import Detection
from app.core.records import NotCountedReason
from app.core.store import SlideSession, SlideStore
from tests import onnx_graphs as g
from tests.conftest import save_rgb
from tests.core.store_helpers import field_image

INJECTION = '=HYPERLINK("http://x","y")'
MODELS = [
    {
        "name": "det",
        "kind": "detector",
        "format": "ultralytics",
        "version": "3",
        "sha256": "ab" * 32,
        "provider": "CPU",
    }
]
#: per field: 6 neutrophils, 3 lymphocytes, an erythroblast (NRBC) and a red cell
LABELS = ["neutrophil"] * 6 + ["lymphocyte"] * 3 + ["erythroblast", "rbc"]


def report_slide(
    folder: Path, fields: int = 2, database: str | None = None
) -> tuple[SlideStore, SlideSession]:
    """Two neutrophils relabelled monocyte, one deleted, one a smudge, two confirmed
    (``database``: on that lab server)."""
    store = SlideStore(folder / "data", database=database)
    session = store.create_slide(
        "ana", "PB-9", patient_id=INJECTION, wbc_count=8.0, comment="+41 call the ward"
    )
    for index in range(fields):
        field = session.add_field(field_image(folder / f"f{index}.png", seed=index))
        found = [
            Detection((10.0 + 40 * i, 10.0, 40.0 + 40 * i, 40.0), label, 0.8, "wbc", 0.9)
            for i, label in enumerate(LABELS)
        ]
        session.apply_analysis(field.id, found, models=MODELS)
    cells = sorted(session.cells)
    session.relabel(cells[:2], "monocyte")  # two neutrophils overruled
    session.delete_cells([cells[2]])
    session.mark_not_counted([cells[3]], NotCountedReason.SMUDGE)
    session.set_reviewed(cells[4:6])  # two neutrophils confirmed as they are
    session.finish()
    return store, session


def uncorrected_batch(folder: Path) -> tuple[Path, Path]:
    """Three plain fields and a tiny detector that finds one WBC and one RBC in each."""
    rows = [[100, 120, 40, 40, 0.9, 0.0, 0.0], [200, 150, 20, 20, 0.0, 0.8, 0.0]]
    detector = g.detector(
        folder / "det.onnx",
        np.array(rows, np.float32),
        "channels_first",
        (320, 320),
        metadata=g.ultralytics_meta(["wbc", "rbc", "platelet"], imgsz=(320, 320)),
    )
    fields = folder / "fields"
    fields.mkdir()
    for i in range(3):
        save_rgb(fields / f"f{i}.png", np.full((480, 640, 3), 200 + i, np.uint8))
    return fields, detector
