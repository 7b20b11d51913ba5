"""Everything a report shows, taken from a slide session at one moment as immutable values, so
the workbook can be written off the GUI thread while the technician goes on."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from app.core.adaptation.stored import shown
from app.core.categories import DEFAULT_CATEGORY_MAP, CategoryMap
from app.core.counting import DEFAULT_RULES, CountRules, Differential
from app.core.i18n import ENGLISH
from app.core.records import Cell, Field, Slide, SlideState
from app.core.reference_ranges import RangeTable, load_range_table
from app.core.report.words import scale_sentence
from app.core.store import audit
from app.core.store.anchor import Anchor
from app.core.store.database import reader, verify_trail
from app.core.store.session import SlideSession
from app.core.store.sql import Connection
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
    lab: LabInfo = NO_LAB
    uncorrected: bool = False  # a batch straight from the models, no person looked at it
    models: tuple[dict[str, str], ...] = field(default=())
    state_code: str = ""  # short form of the digest of what is reported (state_digest)
    paper: str = "A4"  # or "Letter": the workbook's print setup and the PDF page
    language: str = ENGLISH  # what the workbook and the PDF are written in
    # The trail's hash chain, and this slide's rows against the trail: None until verified
    # (``verified``, on the worker that writes the report).
    audit_check: audit.AuditCheck | None = None
    state_check: StateCheck | None = None
    database: Path | None = None  # where to verify them

    @property
    def draft(self) -> bool:
        return self.slide.state == SlideState.OPEN.value

    @property
    def tampered(self) -> bool:
        """The trail is broken or the slide's rows differ from what it recorded."""
        audit_check, state_check = self.checks
        return not (audit_check.ok and state_check.ok)

    @property
    def checks(self) -> tuple[audit.AuditCheck, StateCheck]:
        if self.audit_check is None or self.state_check is None:
            raise ValueError("The report's audit checks were not run (see data.verified).")
        return self.audit_check, self.state_check

    @property
    def adaptation_notes(self) -> tuple[str, ...]:
        """One sentence per model that typed cells with a lab adaptation, e.g. "SmearCount
        white-cell classifier: adapted on 412 cells from 9 slides, 2026-12-03" (empty when
        every field was typed by the models alone). Each entry of ``models`` that was adapted
        carries the same words under "adaptation"."""
        notes = (f"{m['name']}: {shown(m['adaptation'])}" for m in self.models if "adaptation" in m)
        return tuple(notes)

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
    language: str = ENGLISH,
    verify: bool = True,
) -> ReportData:
    """Take the slide as it is now (quick: no image is read). ``verify=False`` leaves the audit
    checks, which read the whole trail, to ``verified`` on the worker."""
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
    data = ReportData(
        slide=session.slide,
        fields=fields,
        cells=cells,
        images={f.id: session.image_path(f) for f in fields},
        differential=session.differential(categories, ranges, rules),
        categories=categories,
        ranges=ranges,
        rules=rules,
        audit_entries=tuple(audit.entries(conn, session.slide_id)),
        lab=lab,
        uncorrected=uncorrected,
        models=tuple(models.values()),
        state_code=short_code(slide_digest(session.slide, fields, cells)),
        paper=paper,
        language=language,
        database=session.db.path,
    )
    # A lab server's checks are read here, on the session's own connection (no file to open a
    # reader of the worker's own on).
    on_server = session.db.path is None
    return _checked(data, session.db.conn, session.db.anchor) if verify or on_server else data


def verified(data: ReportData) -> ReportData:
    """``data`` with its audit checks, read on a connection of this thread's own."""
    if data.database is None or data.audit_check is not None:
        return data
    conn = reader(data.database)
    try:
        return _checked(data, conn, Anchor(data.database.parent))
    finally:
        conn.close()


def _checked(data: ReportData, conn: Connection, anchor: Anchor) -> ReportData:
    return replace(
        data,
        audit_check=verify_trail(conn, anchor),
        state_check=check_state(conn, None, data.slide.id),
    )
