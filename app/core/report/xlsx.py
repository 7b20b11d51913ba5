"""The Excel report: Summary (one printed page), Chart, Cells, Fields, Agreement, Audit.

Numbers are written as numbers with formats; text from people is always stored as text (never a
formula); the file is written to a temporary file and renamed over the target.
"""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.chart import BarChart, Reference
from openpyxl.drawing.image import Image as SheetImage
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.core.atomic import write_bytes_atomic
from app.core.categories import CategoryKind
from app.core.records import CellSource, CellState
from app.core.report.data import ReportData
from app.core.report.thumbnails import annotated_png

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
HEADER_FILL = PatternFill("solid", fgColor="DDDDDD")
#: Leading characters that make a spreadsheet (or a CSV made from it) run a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PERCENT = "0.0%"


def put(
    ws: Worksheet,
    row: int,
    column: int,
    value: Any,
    number_format: str | None = None,
    font: Font | None = None,
) -> None:
    """Write one cell; text is forced to be text, and text that looks like a formula is also
    marked quote-prefixed so no spreadsheet ever evaluates it."""
    cell = ws.cell(row=row, column=column)
    if isinstance(value, str):
        # Control characters (pasted from other software, or a model's class name) are not
        # allowed in a workbook: drop them rather than fail the whole report.
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
        if value.startswith(FORMULA_STARTS):
            cell.quotePrefix = True
    if number_format:
        cell.number_format = number_format
    if font:
        cell.font = font


def header(ws: Worksheet, row: int, names: list[str]) -> None:
    for column, name in enumerate(names, 1):
        put(ws, row, column, name, font=BOLD)
        ws.cell(row=row, column=column).fill = HEADER_FILL


def write_report(data: ReportData, path: Path) -> None:
    """Build the workbook in memory, then replace ``path`` atomically (raises ExportError)."""
    book = Workbook()
    summary = book.active
    assert summary is not None
    counts_rows = _summary(summary, data)
    _chart(book.create_sheet("Chart"), summary, counts_rows)
    _cells(book.create_sheet("Cells"), data)
    _fields(book.create_sheet("Fields"), data)
    _agreement(book.create_sheet("Agreement"), data)
    _audit(book.create_sheet("Audit"), data)
    for sheet in book.worksheets[1:]:
        _print_wide(sheet)
    buffer = io.BytesIO()
    book.save(buffer)
    write_bytes_atomic(path, buffer.getvalue())


def _when(stamp: str | None) -> str:
    """An ISO time as people read it (UTC, to the second)."""
    return f"{stamp[:10]} {stamp[11:19]} UTC" if stamp else ""


def _print_wide(ws: Worksheet) -> None:
    """Landscape, as wide as the page, as many pages down as needed."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _status(data: ReportData) -> str:
    if data.uncorrected:
        return "UNCORRECTED: models only, not reviewed by a person"
    if data.draft:
        return "DRAFT: the slide is not finished"
    return ""


def _summary(ws: Worksheet, data: ReportData) -> tuple[int, int]:
    ws.title = "Summary"
    slide, diff = data.slide, data.differential
    put(ws, 1, 1, data.lab.name or "Laboratory", font=TITLE)
    put(ws, 2, 1, data.lab.address)
    put(ws, 3, 1, "Blood smear differential count", font=TITLE)
    status = _status(data)
    if status:
        put(ws, 3, 5, status, font=Font(bold=True, color="C00000", size=12))
    specimen = {"peripheral_blood": "peripheral blood", "bone_marrow": "bone marrow"}
    facts = [
        ("Sample / slide ID", slide.sample_id),
        ("Patient ID", slide.patient_id or ""),
        ("Age", slide.age or ""),
        ("Sex", slide.sex or ""),
        ("Specimen", specimen.get(slide.specimen, slide.specimen)),
        ("Stain", slide.stain or ""),
        ("Operator", slide.operator or ""),
        ("Analysed (created)", _when(slide.created_at)),
        ("Finished", _when(slide.finished_at)),
        ("Signed", _when(slide.signed_at)),
        ("Profile", slide.profile or ""),
        ("State", slide.state),
    ]
    row = 5
    for index, (name, value) in enumerate(facts):
        r, c = row + index // 2, 1 + (index % 2) * 4
        put(ws, r, c, name, font=BOLD)
        put(ws, r, c + 1, value)
    row += (len(facts) + 1) // 2 + 1
    put(ws, row, 1, "Models", font=BOLD)
    row += 1
    header(ws, row, ["Name", "Kind", "Version", "Provider", "SHA-256"])
    for model in data.models or ({"name": "none: counted by hand"},):
        row += 1
        for column, key in enumerate(("name", "kind", "version", "provider", "sha256"), 1):
            put(ws, row, column, model.get(key, ""))
        # The full hash, wrapped and small, inside the printed width.
        ws.merge_cells(start_row=row, start_column=5, end_row=row, end_column=8)
        ws.cell(row=row, column=5).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=row, column=5).font = Font(size=8)
        ws.row_dimensions[row].height = 24
    row += 2
    header(
        ws,
        row,
        ["Category", "Count", "%", "95% CI low", "95% CI high", "×10⁹/L", "Reference", "Flag"],
    )
    first = row + 1
    for item in diff.rows:
        row += 1
        put(ws, row, 1, item.category.name)
        put(ws, row, 2, item.count, "0")
        put(ws, row, 3, None if item.percent is None else item.percent / 100, PERCENT)
        put(ws, row, 4, None if item.ci is None else item.ci[0] / 100, PERCENT)
        put(ws, row, 5, None if item.ci is None else item.ci[1] / 100, PERCENT)
        put(ws, row, 6, item.absolute, "0.00")
        put(ws, row, 7, item.reference_text)
        ws.cell(row=row, column=7).alignment = Alignment(horizontal="center")
        put(ws, row, 8, item.flag or "", font=Font(bold=True, color="C00000"))
    last = row
    row += 1
    put(ws, row, 1, "Total WBC counted", font=BOLD)
    put(ws, row, 2, diff.total, "0", font=BOLD)
    put(ws, row, 3, "target")
    put(ws, row, 4, diff.target, "0")
    row += 2
    extra: list[tuple[str, Any, str | None]] = [
        (f"{p.category.name} per 100 WBC", p.per_100_wbc, "0.0") for p in diff.per_100
    ]
    extra += [
        ("WBC count from the analyser (×10⁹/L)", diff.wbc_count, "0.00"),
        ("Corrected WBC (×10⁹/L)", diff.corrected_wbc, "0.00"),
        ("Blast flag", diff.blast_flag or "no blasts seen", None),
        ("Blast %", None if diff.blast_percent is None else diff.blast_percent / 100, PERCENT),
    ]
    for name, value, fmt in extra:
        put(ws, row, 1, name, font=BOLD)
        put(ws, row, 3, value, fmt)
        row += 1
    row += 1
    put(ws, row, 1, "Comment", font=BOLD)
    put(ws, row, 2, slide.comment or "")
    row += 2
    signed = (
        f"Signed by {slide.signed_by} on {(slide.signed_at or '')[:19]}"
        if slide.signed_by
        else "Signature: ______________________    Date: ____________"
    )
    put(ws, row, 1, signed, font=BOLD)
    for letter, width in zip("ABCDEFGH", (30, 14, 12, 12, 22, 14, 16, 10), strict=True):
        ws.column_dimensions[letter].width = width
    ws.print_area = f"A1:H{row}"
    ws.print_title_rows = "1:3"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return first, last


def _chart(ws: Worksheet, summary: Worksheet, rows: tuple[int, int]) -> None:
    chart = BarChart()
    chart.type = "col"
    chart.title = "Differential"
    chart.y_axis.title = "cells"
    chart.x_axis.title = "category"
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


def _cells(ws: Worksheet, data: ReportData) -> None:
    names = [
        "Field",
        "Cell",
        "x1",
        "y1",
        "x2",
        "y2",
        "Model label",
        "Model confidence",
        "Detector label",
        "Detector confidence",
        "Final label",
        "Category",
        "State",
        "Reason",
        "Source",
        "Reviewed",
        "Changed by",
        "Changed at",
        "Classifier stages",
    ]
    header(ws, 1, names)
    position = {f.id: f.position for f in data.fields}
    for row, cell in enumerate(data.cells, 2):
        values = [
            position.get(cell.field_id),
            cell.id,
            *cell.box,
            cell.model_label or "",
            cell.model_confidence,
            cell.detector_label or "",
            cell.detector_confidence,
            cell.label,
            data.categories.category_of(cell.label).name,
            cell.state,
            cell.reason or "",
            cell.source,
            "yes" if cell.reviewed else "no",
            cell.changed_by or "",
            (cell.changed_at or "")[:19],
            cell.stage_path_text(),
        ]
        formats = [None, None, "0.0", "0.0", "0.0", "0.0", None, "0.000", None, "0.000"]
        for column, value in enumerate(values, 1):
            put(ws, row, column, value, formats[column - 1] if column <= len(formats) else None)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(names))}{max(1, len(data.cells) + 1)}"


def _fields(ws: Worksheet, data: ReportData) -> None:
    names = [
        "Field",
        "File",
        "Source",
        "Captured",
        "Width",
        "Height",
        "Quality",
        "Analysis",
        "WBC counted",
        "Not counted",
        "Deleted",
        "All cells",
    ]
    header(ws, 1, names)
    by_field: dict[int, list[Any]] = {f.id: [] for f in data.fields}
    for cell in data.cells:
        by_field.setdefault(cell.field_id, []).append(cell)
    for row, f in enumerate(data.fields, 2):
        cells = by_field[f.id]
        wbc = sum(
            1
            for c in cells
            if c.state == CellState.COUNTED.value
            and data.categories.category_of(c.label).kind is CategoryKind.DIFFERENTIAL
        )
        states = Counter(c.state for c in cells)
        values = [
            f.position,
            f.file_name,
            f.source,
            f.captured_at[:19],
            f.width,
            f.height,
            f.quality,
            f.analysis_state + (f": {f.analysis_error}" if f.analysis_error else ""),
            wbc,
            states[CellState.NOT_COUNTED.value],
            states[CellState.DELETED.value],
            len(cells),
        ]
        for column, value in enumerate(values, 1):
            put(ws, row, column, value, "0.00" if column == 7 else None)
    for letter, width in zip(
        "ABCDEFGHIJKL", (7, 28, 9, 20, 7, 7, 8, 14, 11, 11, 8, 9), strict=True
    ):
        ws.column_dimensions[letter].width = width
    row = len(data.fields) + 3
    for f in data.fields:
        put(ws, row, 1, f"Field {f.position}: {f.file_name}", font=BOLD)
        png = annotated_png(data.images[f.id], by_field[f.id], data.categories)
        if png is None:
            put(ws, row + 1, 1, "(the stored image could not be read)")
            row += 3
            continue
        picture = SheetImage(io.BytesIO(png))
        ws.add_image(picture, f"A{row + 1}")
        row += 2 + int(picture.height / 20) + 1  # rows are about 20 px high


def _agreement(ws: Worksheet, data: ReportData) -> None:
    """How often the technician kept the model's class, per model class."""
    outcome = {
        CellState.DELETED.value: "deleted (false detection)",
        CellState.NOT_COUNTED.value: "not counted",
    }
    # (model class, what the cell finally is) for every cell the models found
    pairs = [
        (c.model_label, outcome.get(c.state, c.label))
        for c in data.cells
        if c.source == CellSource.MODEL.value and c.model_label
    ]
    finals = {final for _, final in pairs}
    rows = sorted({label for label, _ in pairs})
    columns = sorted(finals - set(outcome.values())) + [v for v in outcome.values() if v in finals]
    put(ws, 1, 1, "Model class (rows) × final class after review (columns), cell counts", font=BOLD)
    header(ws, 2, ["Model class", *columns, "Total", "Kept", "Agreement"])
    matrix = Counter(pairs)
    for r, label in enumerate(rows, 3):
        put(ws, r, 1, label, font=BOLD)
        for column, name in enumerate(columns, 2):
            put(ws, r, column, matrix[(label, name)], "0")
        total = sum(matrix[(label, name)] for name in columns)
        kept = matrix[(label, label)]
        put(ws, r, len(columns) + 2, total, "0")
        put(ws, r, len(columns) + 3, kept, "0")
        put(ws, r, len(columns) + 4, kept / total if total else None, PERCENT)
    # The overall figure is for WBC-type classes: hundreds of RBC would drown it.
    counted = [
        label
        for label in rows
        if data.categories.category_of(label).kind is not CategoryKind.IGNORED
    ]
    total_all = sum(matrix[(label, name)] for label in counted for name in columns)
    kept_all = sum(matrix[(label, label)] for label in counted)
    r = len(rows) + 4
    put(ws, r, 1, "All WBC-type model cells", font=BOLD)
    put(ws, r, len(columns) + 2, total_all, "0")
    put(ws, r, len(columns) + 3, kept_all, "0")
    put(ws, r, len(columns) + 4, kept_all / total_all if total_all else None, PERCENT)
    ws.column_dimensions["A"].width = 26
    for column in range(2, len(columns) + 5):
        ws.column_dimensions[get_column_letter(column)].width = 15


def _audit(ws: Worksheet, data: ReportData) -> None:
    check = data.audit_check
    verdict = (
        f"Audit trail verified: its hash chain is intact ({check.rows} entries in the store)"
        if check.ok
        else "AUDIT TRAIL BROKEN: " + "; ".join(check.problems)
    )
    put(ws, 1, 1, verdict, font=Font(bold=True, color="000000" if check.ok else "C00000"))
    header(ws, 3, ["Entry", "When", "Who", "What", "Target", "Before", "After"])
    for row, entry in enumerate(data.audit_entries, 4):
        values = [
            entry.id,
            entry.at[:23],
            entry.who,
            entry.what,
            entry.target,
            "" if entry.before is None else str(entry.before)[:2000],
            "" if entry.after is None else str(entry.after)[:2000],
        ]
        for column, value in enumerate(values, 1):
            put(ws, row, column, value)
            ws.cell(row=row, column=column).alignment = Alignment(vertical="top")
    for letter, width in zip("ABCDEFG", (8, 24, 14, 22, 24, 50, 50), strict=True):
        ws.column_dimensions[letter].width = width
