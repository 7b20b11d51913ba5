"""A report for a batch analysed without a window: the images become the fields of one slide,
with the models' cells as found (no corrections), and the report says so."""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

from app.core.batch import FieldResult
from app.core.categories import DEFAULT_CATEGORY_MAP, CategoryMap
from app.core.errors import InvalidInputError
from app.core.pipeline import Pipeline
from app.core.report.data import NO_LAB, LabInfo, snapshot
from app.core.report.xlsx import write_report
from app.core.store import SlideStore
from app.core.store.inputs import FieldImage


def write_batch_report(
    results: list[FieldResult],
    pipeline: Pipeline,
    path: Path,
    lab: LabInfo = NO_LAB,
    categories: CategoryMap = DEFAULT_CATEGORY_MAP,
    profile: str | None = None,
) -> list[str]:
    """Write the report; returns why any analysed image was left out of it (the same image
    twice in one slide would count its cells twice, so the store refuses the second)."""
    models = pipeline.model_summaries()
    with tempfile.TemporaryDirectory(prefix="smearcount-batch-") as folder:
        store = SlideStore(Path(folder))
        try:
            stamp = datetime.now().strftime("%Y-%m-%d %H:%M")
            session = store.create_slide(
                "analyze", f"batch {stamp}", categories, target=100, profile=profile
            )
            left_out = []
            for result in results:
                if result.error is None:
                    try:
                        field = session.add_field(FieldImage.from_source(result.source))
                    except InvalidInputError as exc:
                        left_out.append(f"{exc} It is left out of the report.")
                        continue
                    session.apply_analysis(field.id, result.cells, models=models)
            write_report(snapshot(session, lab, categories, uncorrected=True), path)
            return left_out
        finally:
            store.close()
