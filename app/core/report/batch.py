"""A report for a batch analysed without a window: the images become the fields of one slide,
with the models' cells as found (no corrections), and the report says so."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from app.core.batch import FieldResult
from app.core.categories import DEFAULT_CATEGORY_MAP, CategoryMap
from app.core.counting import DEFAULT_RULES, CountRules
from app.core.errors import InvalidInputError
from app.core.i18n import ENGLISH, _
from app.core.report.data import NO_LAB, LabInfo, ReportData, snapshot
from app.core.store import SlideStore
from app.core.store.inputs import FieldImage


def write_batch_report(
    results: list[FieldResult],
    writers: Sequence[Callable[[ReportData], None]],
    lab: LabInfo = NO_LAB,
    categories: CategoryMap = DEFAULT_CATEGORY_MAP,
    profile: str | None = None,
    rules: CountRules = DEFAULT_RULES,
    paper: str = "A4",
    language: str = ENGLISH,
) -> list[str]:
    """Hand the batch's report data to each writer (workbook, PDF) while its images exist;
    returns why any analysed image was left out of it (the same image twice in one slide
    would count its cells twice, so the store refuses the second)."""
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
                        said = _("{problem} It is left out of the report.")
                        left_out.append(said.format(problem=exc))
                        continue
                    session.apply_analysis(field.id, result.cells, models=result.models)
            data = snapshot(
                session,
                lab,
                categories,
                rules=rules,
                uncorrected=True,
                paper=paper,
                language=language,
            )
            for write in writers:
                write(data)
            return left_out
        finally:
            store.close()
