"""The workbook's review sheets: how often the technician kept the model's class, and the audit
trail with its verdict (intact, broken, or changed outside SmearCount)."""

from __future__ import annotations

from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from app.core.i18n import _
from app.core.report import tables, words
from app.core.report.data import ReportData
from app.core.report.sheets import BOLD, PERCENT, SMALL, header, print_setup, put, widths


def agreement_sheet(ws: Worksheet, data: ReportData) -> None:
    """How often the technician kept the model's class, per model class."""
    table = tables.agreement(data)
    name = data.categories.category_of
    title = _("Model class (rows) × final class after review (columns), cells")
    put(ws, 1, 1, title, font=BOLD)
    put(
        ws,
        2,
        1,
        _(
            "Counted over the {considered} of {found} white cells found by the models that a "
            "person reviewed or changed; cells nobody looked at are left out."
        ).format(considered=table.considered, found=table.model_cells),
        font=SMALL,
    )
    columns = [
        _(c) if c in (tables.DELETED_TEXT, tables.NOT_COUNTED_TEXT) else name(c).name
        for c in table.columns
    ]
    names = [_("Model class"), *columns, _("Total"), _("Kept"), _("Agreement (%)")]
    header(ws, 3, names, numeric=set(range(2, len(names) + 1)))
    ws.row_dimensions[3].height = 45
    for r, label in enumerate(table.rows, 4):
        put(ws, r, 1, name(label).name, font=BOLD)
        for column, final in enumerate(table.columns, 2):
            put(ws, r, column, table.matrix[(label, final)], "0")
        total, kept = table.total(label), table.kept(label)
        put(ws, r, len(columns) + 2, total, "0")
        put(ws, r, len(columns) + 3, kept, "0")
        put(ws, r, len(columns) + 4, kept / total if total else None, PERCENT)
    kept_all, total_all = table.overall
    r = len(table.rows) + 5
    put(ws, r, 1, _("All reviewed white cells"), font=BOLD)
    put(ws, r, len(columns) + 2, total_all, "0")
    put(ws, r, len(columns) + 3, kept_all, "0")
    put(ws, r, len(columns) + 4, kept_all / total_all if total_all else None, PERCENT)
    widths(ws, (26, *([13] * (len(columns) + 3))))
    print_setup(ws, data, len(names), r, "1:3", landscape=len(names) > 8)


def audit_sheet(ws: Worksheet, data: ReportData) -> None:
    check, state = data.checks
    if not check.ok:
        verdict = _("AUDIT TRAIL BROKEN: {problems}").format(problems="; ".join(check.problems))
    elif not state.ok:
        problems = "; ".join(state.problems[:20])
        verdict = _("CHANGED OUTSIDE SMEARCOUNT: {problems}").format(problems=problems)
    else:
        verdict = _(
            "Audit trail verified: its hash chain is intact ({entries} entries in the store) "
            "and this slide's {rows} rows are as it recorded them"
        ).format(entries=check.rows, rows=state.rows)
    put(ws, 1, 1, verdict, font=Font(bold=True, color="C00000" if data.tampered else "000000"))
    header(ws, 2, [_("When (local time)"), _("What happened"), _("Entry")], numeric={3})
    speaker = words.AuditWords(
        {c.id: c.field_id for c in data.cells},
        {f.id: f.position for f in data.fields},
        lambda label: data.categories.category_of(label).name,
    )
    wrap = Alignment(vertical="top", wrap_text=True)
    for row, entry in enumerate(data.audit_entries, 3):
        put(ws, row, 1, words.local_time(entry.at, seconds=True))
        put(ws, row, 2, speaker.sentence(entry))
        put(ws, row, 3, entry.id, "0")
        ws.cell(row=row, column=1).alignment = Alignment(vertical="top")
        ws.cell(row=row, column=2).alignment = wrap
    widths(ws, (30, 90, 8))
    print_setup(ws, data, 3, len(data.audit_entries) + 2, "1:2")
