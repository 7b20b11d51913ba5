"""The Excel report: Summary (one printed page), Chart, Cells, Fields, Agreement, Audit.

Layout only: what the sheets say comes from ``tables`` (what is counted) and ``words`` (how it
is said). Every sheet prints: a print area, orientation, fit to the page width, the header row
repeated on every page, headers aligned like their values, units in the headers. Numbers are
written as numbers with formats; text from people is always text (never a formula); the file
is written to a temporary file and renamed over the target.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.drawing.image import Image as SheetImage
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from app.core.atomic import write_bytes_atomic
from app.core.i18n import _, ngettext, use_language
from app.core.report import tables, words
from app.core.report.data import ReportData
from app.core.report.review_sheets import agreement_sheet, audit_sheet
from app.core.report.sheets import (
    BOLD,
    PERCENT,
    RED,
    SMALL,
    TITLE,
    header,
    print_setup,
    put,
    widths,
)
from app.core.report.thumbnails import annotated_png

ROW_PX = 20  # rows holding pictures are set to this height (15 pt)
THUMBS_PER_PAGE = 2


def write_report(data: ReportData, path: Path) -> None:
    """Build the workbook in memory, in the report's language, then replace ``path``
    atomically (raises ExportError)."""
    with use_language(data.language):
        data_bytes = _workbook_bytes(data)
    write_bytes_atomic(path, data_bytes)


def _workbook_bytes(data: ReportData) -> bytes:
    book = Workbook()
    summary = book.active
    assert summary is not None
    counts_rows = _summary(summary, data)
    _chart(book.create_sheet(_("Chart")), summary, counts_rows, data)
    _cells(book.create_sheet(_("Cells")), data)
    _fields(book.create_sheet(_("Fields")), data)
    agreement_sheet(book.create_sheet(_("Agreement")), data)
    audit_sheet(book.create_sheet(_("Audit")), data)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _summary(ws: Worksheet, data: ReportData) -> tuple[int, int]:
    ws.title = _("Summary")
    slide, diff = data.slide, data.differential
    put(ws, 1, 1, _("Blood smear differential count"), font=TITLE)
    status = words.status_text(data.uncorrected, data.draft, data.tampered)
    if status:
        put(ws, 1, 5, status, font=Font(bold=True, color="C00000", size=12))
    put(ws, 2, 1, data.lab.name or _("Laboratory"), font=BOLD)
    put(ws, 3, 1, data.lab.address, font=SMALL)
    facts = [
        (_("Sample / slide ID"), slide.sample_id),
        (_("Patient ID"), slide.patient_id or ""),
        (_("Age"), slide.age or ""),
        (_("Sex"), slide.sex or ""),
        (_("Specimen"), words.specimen_text(slide.specimen)),
        (_("Stain"), slide.stain or ""),
        (_("Operator"), slide.operator or ""),
        (_("Created"), words.local_time(slide.created_at)),
        (_("Finished"), words.local_time(slide.finished_at)),
        (_("Signed"), words.local_time(slide.signed_at)),
        (_("Profile"), slide.profile or ""),
        (_("State"), words.stored_word(slide.state)),
    ]
    row = 5
    for index, (name, value) in enumerate(facts):
        r, c = row + index // 2, 1 + (index % 2) * 4
        put(ws, r, c, name, font=BOLD)
        put(ws, r, c + 1, value)
    row += (len(facts) + 1) // 2 + 1
    put(ws, row, 1, _("Models"), font=BOLD)
    row += 1
    header(ws, row, [_("Name"), _("Kind"), _("Version"), _("Provider"), "SHA-256"])
    for model in data.models or ({"name": _("none: counted by hand")},):
        row += 1
        for column, key in enumerate(("name", "kind", "version", "provider", "sha256"), 1):
            value = model.get(key, "")
            put(ws, row, column, words.stored_word(value) if key == "kind" else value)
        # The full hash, wrapped and small, inside the printed width.
        ws.merge_cells(start_row=row, start_column=5, end_row=row, end_column=8)
        ws.cell(row=row, column=5).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=row, column=5).font = Font(size=8)
        ws.row_dimensions[row].height = 24
    for note in data.adaptation_notes:  # which cells a lab adaptation typed, in words
        row += 1
        put(ws, row, 1, _("Lab adaptation: {note}").format(note=note), font=SMALL)
    if data.scale_note:
        row += 1
        put(ws, row, 1, data.scale_note, font=SMALL)
    row += 2
    header(
        ws,
        row,
        [
            _("Category"),
            _("Count (cells)"),
            _("% of WBC"),
            _("95% CI low (%)*"),
            _("95% CI high (%)*"),
            _("Absolute ({unit})").format(unit=words.ABSOLUTE_UNIT),
            _("Reference (unit)"),
            _("Flag"),
        ],
        numeric={2, 3, 4, 5, 6, 7},
    )
    ws.row_dimensions[row].height = 30
    first = row + 1
    for item in diff.rows:
        row += 1
        put(ws, row, 1, item.category.name)
        put(ws, row, 2, item.count, "0")
        put(ws, row, 3, None if item.percent is None else item.percent / 100, PERCENT)
        put(ws, row, 4, None if item.ci is None else item.ci[0] / 100, PERCENT)
        put(ws, row, 5, None if item.ci is None else item.ci[1] / 100, PERCENT)
        put(ws, row, 6, item.absolute, "0.00")
        put(ws, row, 7, words.reference_text(item))
        ws.cell(row=row, column=7).alignment = Alignment(horizontal="right")
        put(ws, row, 8, words.flag_text(item, diff), font=RED if item.flag else SMALL)
    last = row
    row += 1
    put(ws, row, 1, _("Total WBC counted"), font=BOLD)
    put(ws, row, 2, diff.total, "0", font=BOLD)
    row += 1
    put(ws, row, 1, _("Target (cells)"))
    put(ws, row, 2, diff.target, "0")
    note = words.flags_note(diff)
    if note:
        row += 1
        put(ws, row, 1, note, font=RED)
    row += 2
    extra: list[tuple[str, Any, str | None]] = [
        (words.per_100_name(p), p.per_100_wbc, "0.0") for p in diff.per_100
    ]
    extra += [
        (words.analyser_wbc_name(), diff.wbc_count, "0.00"),
        (
            _("Corrected WBC ({unit})").format(unit=words.ABSOLUTE_UNIT),
            diff.corrected_wbc
            if diff.corrected_wbc is not None
            else words.corrected_wbc_text(diff, data.rules.nrbc_correction_per_100),
            "0.00",
        ),
        (_("Blast flag"), words.blast_flag_text(diff) or _("no blasts seen"), None),
        (_("Blast %"), None if diff.blast_percent is None else diff.blast_percent / 100, PERCENT),
    ]
    for name, value, fmt in extra:
        put(ws, row, 1, name, font=BOLD)
        put(ws, row, 3, value, fmt)
        if isinstance(value, (int, float)):
            ws.cell(row=row, column=3).alignment = Alignment(horizontal="right")
        row += 1
    row += 1
    put(ws, row, 1, _("Comment"), font=BOLD)
    put(ws, row, 2, slide.comment or "")
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=8)
    ws.cell(row=row, column=2).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[row].height = max(15, 15 * (1 + len(slide.comment or "") // 110))
    row += 2
    signed = (
        words.signed_text(slide.signed_by, slide.signed_at)
        if slide.signed_by
        else _("Signature: ______________________    Date: ____________")
    )
    put(ws, row, 1, signed, font=BOLD)
    row += 1
    put(ws, row, 1, words.verification_text(data.state_code), font=SMALL)
    row += 1
    put(ws, row, 1, f"* {words.ci_note()}", font=SMALL)
    widths(ws, (34, 12, 10, 12, 12, 14, 20, 30))
    print_setup(ws, data, 8, row, "1:3", landscape=True, one_page=True)
    return first, last


def _chart(ws: Worksheet, summary: Worksheet, rows: tuple[int, int], data: ReportData) -> None:
    chart = BarChart()
    chart.type = "col"
    chart.title = _("Differential")
    chart.y_axis.title = _("cells")
    chart.x_axis.title = _("category")
    # openpyxl hides axes unless told; LibreOffice and Excel then show bare bars.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    first, last = rows
    chart.add_data(
        Reference(summary, min_col=2, min_row=first - 1, max_row=last), titles_from_data=True
    )
    chart.set_categories(Reference(summary, min_col=1, min_row=first, max_row=last))
    chart.legend = None
    chart.width, chart.height = 24, 12
    ws.add_chart(chart, "A1")
    print_setup(ws, data, 14, 25, None, landscape=True, one_page=True)


def _cells(ws: Worksheet, data: ReportData) -> None:
    names = [
        _("Field"),
        _("Cell"),
        _("Final class"),
        _("State"),
        _("Model class"),
        _("Model confidence (0-1)"),
        _("Detector confidence (0-1)"),
        _("Reviewed"),
        _("Source"),
        _("Changed by"),
        _("Changed at (local time)"),
        "x1 (px)",
        "y1 (px)",
        "x2 (px)",
        "y2 (px)",
        _("Classifier stages"),
    ]
    header(ws, 1, names, numeric={1, 2, 6, 7, 12, 13, 14, 15})
    ws.row_dimensions[1].height = 45
    position = {f.id: f.position for f in data.fields}
    listed = tables.report_cells(data)
    name_of = data.categories.category_of
    for row, cell in enumerate(listed, 2):
        values: list[tuple[Any, str | None]] = [
            (position.get(cell.field_id), "0"),
            (cell.id, "0"),
            (name_of(cell.label).name, None),
            (words.cell_state_text(cell.state, cell.reason), None),
            (name_of(cell.model_label).name if cell.model_label else _("added by hand"), None),
            (cell.model_confidence, "0.00"),
            (cell.detector_confidence, "0.00"),
            (_("yes") if cell.reviewed else _("no"), None),
            (_("model") if cell.source == "model" else _("by hand"), None),
            (cell.changed_by or "", None),
            (words.local_time(cell.changed_at), None),
            *((v, "0") for v in cell.box),
            (cell.stage_path_text(), None),
        ]
        for column, (value, fmt) in enumerate(values, 1):
            put(ws, row, column, value, fmt)
    left_out = len(data.cells) - len(listed)
    if left_out:
        ws.oddHeader.center.text = ngettext(
            "White cells only: {n} red cell or platelet is not listed",
            "White cells only: {n} red cells and platelets are not listed",
            left_out,
        ).format(n=left_out)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(names))}{max(1, len(listed) + 1)}"
    widths(ws, (6, 7, 22, 20, 22, 11, 11, 9, 8, 14, 22, 7, 7, 7, 7, 40))
    print_setup(ws, data, len(names), len(listed) + 1, "1:1", landscape=True)


def _fields(ws: Worksheet, data: ReportData) -> None:
    names = [
        _("Field"),
        _("File"),
        _("Source"),
        _("Captured (local time)"),
        _("Width (px)"),
        _("Height (px)"),
        _("Focus score"),
        _("Analysis"),
        _("WBC counted"),
        _("Not counted"),
        _("Deleted"),
        _("All cells"),
    ]
    header(ws, 1, names, numeric={1, 5, 6, 7, 9, 10, 11, 12})
    ws.row_dimensions[1].height = 30
    counts = tables.field_counts(data)
    for row, item in enumerate(counts, 2):
        f = item.field
        values = [
            f.position,
            f.file_name,
            words.stored_word(f.source),
            words.local_time(f.captured_at),
            f.width,
            f.height,
            f.quality,
            words.stored_word(f.analysis_state)
            + (f": {f.analysis_error}" if f.analysis_error else ""),
            item.wbc,
            item.not_counted,
            item.deleted,
            item.cells,
        ]
        for column, value in enumerate(values, 1):
            put(ws, row, column, value, "0.00" if column == 7 else None)
    widths(ws, (7, 28, 9, 22, 8, 8, 8, 14, 9, 9, 8, 8))
    row = len(counts) + 2
    by_field = tables.cells_by_field(data)
    # Each picture starts on a fresh group of rows of known height, and a page break comes
    # before every THUMBS_PER_PAGE pictures: a thumbnail is never cut across two pages.
    for index, f in enumerate(data.fields):
        if index % THUMBS_PER_PAGE == 0:
            ws.row_breaks.append(Break(id=row))
        row += 1
        title = _("Field {position}: {file}").format(position=f.position, file=f.file_name)
        put(ws, row, 1, title, font=BOLD)
        png = annotated_png(data.images[f.id], by_field[f.id], data.categories)
        if png is None:
            put(ws, row + 1, 1, _("(the stored image could not be read)"))
            row += 2
            continue
        picture = SheetImage(io.BytesIO(png))
        ws.add_image(picture, f"A{row + 1}")
        span = int(picture.height / ROW_PX) + 2
        for r in range(row + 1, row + 1 + span):
            ws.row_dimensions[r].height = ROW_PX * 0.75
        row += span
    print_setup(ws, data, len(names), row, "1:1")
