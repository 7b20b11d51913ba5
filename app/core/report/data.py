"""Everything a report shows, taken from a slide session at one moment as immutable values, so
the workbook can be written off the GUI thread while the technician goes on."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from app.core.categories import DEFAULT_CATEGORY_MAP, CategoryMap, RangeTable, load_range_table
from app.core.counting import DEFAULT_RULES, CountRules, Differential
from app.core.records import Cell, Field, Slide, SlideState
from app.core.report.words import scale_sentence
from app.core.store import audit
from app.core.store.session import SlideSession
from app.core.store.state_digest import short_code, slide_digest
from app.core.store.tamper import StateCheck, check_state


@dataclass(frozen=True)
class LabInfo:
    name: str = ""
    address: str = ""


NO_LAB = LabInfo()


@dataclass(frozen=True)
class ReportData:
    slide: Slide
    fields: tuple[Field, ...]
    cells: tuple[Cell, ...]
    images: dict[int, Path]  # field id -> stored image
    differential: Differential
    categories: CategoryMap
    ranges: RangeTable
    rules: CountRules
    audit_entries: tuple[audit.AuditEntry, ...]
    audit_check: audit.AuditCheck
    state_check: StateCheck  # this slide's rows against the audit trail
    lab: LabInfo = NO_LAB
    uncorrected: bool = False  # a batch straight from the models, no person looked at it
    models: tuple[dict[str, str], ...] = field(default=())
    state_code: str = ""  # short form of the digest of what is reported (state_digest)
    paper: str = "A4"  # or "Letter": the workbook's print setup and the PDF page

    @property
    def draft(self) -> bool:
        return self.slide.state == SlideState.OPEN.value

    @property
    def tampered(self) -> bool:
        """The trail is broken or the slide's rows differ from what it recorded."""
        return not (self.audit_check.ok and self.state_check.ok)

    @property
    def adaptation_notes(self) -> tuple[str, ...]:
        """One sentence per model that typed cells with a lab adaptation, e.g. "SmearCount
        white-cell classifier: adapted on 412 cells from 9 slides, 2026-12-03" (empty when
        every field was typed by the models alone). Each entry of ``models`` that was adapted
        carries the same words under "adaptation"."""
        return tuple(f"{m['name']}: {m['adaptation']}" for m in self.models if "adaptation" in m)

    @property
    def scale_note(self) -> str:
        """How the fields were brought to the models' scale, in one sentence ("" when the
        detector takes fields as they are)."""
        scales = []
        for f in self.fields:
            for model in json.loads(f.analysis_models or "[]"):
                if "um_per_px" in model:
                    scales.append((float(model["um_per_px"]), model.get("scale_source", "")))
        return scale_sentence(scales)


def snapshot(
    session: SlideSession,
    lab: LabInfo = NO_LAB,
    categories: CategoryMap = DEFAULT_CATEGORY_MAP,
    ranges: RangeTable | None = None,
    rules: CountRules = DEFAULT_RULES,
    uncorrected: bool = False,
    paper: str = "A4",
) -> ReportData:
    """Take the slide as it is now (quick: no image is read)."""
    ranges = ranges or load_range_table()
    fields = tuple(session.field_list())
    models: dict[str, dict[str, str]] = {}
    for f in fields:
        for model in json.loads(f.analysis_models or "[]"):
            # The same model with and without a lab adaptation is listed twice, so that the
            # report says which fields the adaptation typed.
            key = model.get("sha256", "") + model.get("name", "") + model.get("adaptation", "")
            models[key] = model
    conn = session.db.conn
    cells = tuple(sorted(session.cells.values(), key=lambda c: (c.field_id, c.id)))
    return ReportData(
        slide=session.slide,
        fields=fields,
        cells=cells,
        images={f.id: session.image_path(f) for f in fields},
        differential=session.differential(categories, ranges, rules),
        categories=categories,
        ranges=ranges,
        rules=rules,
        audit_entries=tuple(audit.entries(conn, session.slide_id)),
        audit_check=session.db.verify_trail(),
        state_check=check_state(conn, None, session.slide_id),
        lab=lab,
        uncorrected=uncorrected,
        models=tuple(models.values()),
        state_code=short_code(slide_digest(session.slide, fields, cells)),
        paper=paper,
    )
