"""Writing into a worksheet: one cell (text always text, never a formula), a header row, column
widths, and the print setup every sheet of the workbook gets."""

from __future__ import annotations

from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.core.i18n import _
from app.core.report.data import ReportData
from app.core.report.words import FORMULA_STARTS

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
SMALL = Font(size=9, color="444444")
RED = Font(bold=True, color="C00000")
HEADER_FILL = PatternFill("solid", fgColor="DDDDDD")
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


def header(ws: Worksheet, row: int, names: list[str], numeric: set[int] | None = None) -> None:
    """Bold, shaded, wrapped; numeric columns (1-based) right-aligned like their numbers."""
    for column, name in enumerate(names, 1):
        put(ws, row, column, name, font=BOLD)
        cell = ws.cell(row=row, column=column)
        cell.fill = HEADER_FILL
        right = numeric is not None and column in numeric
        cell.alignment = Alignment(
            horizontal="right" if right else "left", vertical="center", wrap_text=True
        )


def widths(ws: Worksheet, values: tuple[float, ...]) -> None:
    for column, width in enumerate(values, 1):
        ws.column_dimensions[get_column_letter(column)].width = width


def print_setup(
    ws: Worksheet,
    data: ReportData,
    last_column: int,
    last_row: int,
    header_rows: str | None,
    landscape: bool = False,
    one_page: bool = False,
) -> None:
    """Print area, paper and orientation, fit to the width (and height for one page), the
    header rows on every page, and a footer naming the slide and the page."""
    ws.print_area = f"A1:{get_column_letter(last_column)}{max(1, last_row)}"
    if header_rows:
        ws.print_title_rows = header_rows
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_LETTER if data.paper == "Letter" else ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1 if one_page else 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    # "&" starts a code in print headers and footers: a sample ID's own is doubled.
    ws.oddFooter.left.text = f"{data.slide.sample_id.replace('&', '&&')} · {ws.title}"
    ws.oddFooter.right.text = _("Page &P of &N")
