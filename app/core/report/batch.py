"""A report for a batch analysed without a window: the images become the fields of one slide,
with the models' cells as found (no corrections), and the report says so."""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

from app.core.batch import FieldResult
from app.core.pipeline import Pipeline
from app.core.report.data import NO_LAB, LabInfo, snapshot
from app.core.report.xlsx import write_report
from app.core.store import SlideStore


def write_batch_report(
    results: list[FieldResult], pipeline: Pipeline, path: Path, lab: LabInfo = NO_LAB
) -> None:
    models = [m.summary() for m in pipeline.models]
    with tempfile.TemporaryDirectory(prefix="smearcount-batch-") as folder:
        store = SlideStore(Path(folder))
        try:
            stamp = datetime.now().strftime("%Y-%m-%d %H:%M")
            session = store.create_slide("analyze", f"batch {stamp}", target=100)
            for result in results:
                if result.error is None:
                    field = session.add_field(result.image)
                    session.apply_analysis(field.id, result.cells, models=models)
            write_report(snapshot(session, lab, uncorrected=True), path)
        finally:
            store.close()
