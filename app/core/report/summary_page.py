"""The one-page summary a lab files and a clinician reads, as HTML plus the pictures it shows.

Qt-free: ``app.printing`` lays it out on a PDF or printer page with Qt's rich-text engine (so
no new dependency, fonts embedded). Everything people typed is escaped: a patient ID can never
become markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from html import escape

from PIL import Image

from app import __version__
from app.core.errors import SmearCountError
from app.core.imaging import read_image
from app.core.records import Cell
from app.core.report import words
from app.core.report.data import ReportData
from app.core.report.tables import flagged_categories, person_touched, representative_cells
from app.core.report.thumbnails import bar_png, cell_thumbnail_png

#: A comment longer than this is cut on the page (the workbook keeps all of it), so the
#: summary stays one page.
COMMENT_CHARS = 900
THUMBS_PER_CATEGORY = 6
MAX_EXAMPLE_CATEGORIES = 3


@dataclass(frozen=True)
class SummaryPage:
    html: str
    images: dict[str, bytes] = field(default_factory=dict)  # resource name -> PNG


def build_summary(data: ReportData, printed_at: str | None = None) -> SummaryPage:
    """Read the few field images the examples need (call it off the GUI thread)."""
    images: dict[str, bytes] = {}
    parts = [
        _header(data),
        _facts(data),
        _differential(data, images),
        _extras(data),
        _examples(data, images),
        _comment(data),
        _models(data),
        _sign_off(data, printed_at or datetime.now(timezone.utc).isoformat()),
    ]
    html = (
        "<html><body style=\"font-family: 'DejaVu Sans', 'Noto Sans', sans-serif; "
        'font-size: 9pt;">' + "".join(parts) + "</body></html>"
    )
    return SummaryPage(html, images)


def _e(value: object) -> str:
    return escape("" if value is None else str(value))


def _header(data: ReportData) -> str:
    lab = _e(data.lab.name or "Laboratory")
    address = _e(data.lab.address)
    status = words.status_text(data.uncorrected, data.draft, data.tampered)
    return (
        f'<p style="margin-bottom: 2pt;"><span style="font-size: 14pt; font-weight: bold;">'
        f"{lab}</span>"
        + (
            f'<br/><span style="font-size: 8pt; color: #444444;">{address}</span>'
            if address
            else ""
        )
        + "</p><hr/>"
        + '<p style="margin-top: 4pt;"><span style="font-size: 13pt; font-weight: bold;">'
        "Blood smear differential count</span>"
        + (
            f'<br/><span style="font-size: 10pt; font-weight: bold; color: #C00000;">'
            f"{_e(status)}</span>"
            if status
            else ""
        )
        + "</p>"
    )


def _facts(data: ReportData) -> str:
    s = data.slide
    facts = [
        ("Sample / slide ID", s.sample_id),
        ("Patient ID", s.patient_id),
        ("Age", s.age),
        ("Sex", s.sex),
        ("Specimen", words.SPECIMEN_WORDS.get(s.specimen, s.specimen)),
        ("Stain", s.stain),
        ("Created", words.local_time(s.created_at)),
        ("Finished", words.local_time(s.finished_at)),
        ("Operator", s.operator),
        ("Profile", s.profile),
    ]
    rows = []
    for i in range(0, len(facts), 2):
        cells = "".join(
            f'<td width="19%"><b>{_e(name)}</b></td><td width="31%">{_e(value)}</td>'
            for name, value in facts[i : i + 2]
        )
        rows.append(f"<tr>{cells}</tr>")
    return (
        f'<table width="100%" cellspacing="0" cellpadding="2" style="margin-bottom: 6px;">'
        f"{''.join(rows)}</table>"
    )


_NUMERIC = ' align="right"'


def _differential(data: ReportData, images: dict[str, bytes]) -> str:
    diff = data.differential
    heads = [  # (title, alignment, share of the width)
        ("Category", "", 23),
        ("Count", _NUMERIC, 7),
        ("%", _NUMERIC, 6),
        ("95% CI (%)*", _NUMERIC, 12),
        (f"Absolute<br/>{words.ABSOLUTE_UNIT}", _NUMERIC, 10),
        ("Reference", _NUMERIC, 17),
        ("Flag", "", 10),
        ("", "", 15),
    ]
    head = "".join(
        f'<th{align} width="{share}%" style="background-color: #E6E6E6;">{name}</th>'
        for name, align, share in heads
    )
    rows = []
    top = max((r.percent or 0.0 for r in diff.rows), default=0.0) or 100.0
    for index, row in enumerate(diff.rows):
        name = f"bar-{index}.png"
        images[name] = bar_png((row.percent or 0.0) / top, row.category.colour)
        flag = words.flag_text(row, diff)
        flag_style = ' style="color: #C00000; font-weight: bold;"' if row.flag else ""
        values = [
            (_e(row.category.name), ' style="white-space: nowrap;"'),
            (str(row.count), _NUMERIC),
            (words.percent(row.percent), _NUMERIC),
            (words.ci_text(row), _NUMERIC),
            (words.absolute_text(row), _NUMERIC),
            (_e(words.reference_text(row)), _NUMERIC + ' style="white-space: nowrap;"'),
        ]
        cells = "".join(f"<td{align}>{value}</td>" for value, align in values)
        cells += f"<td{flag_style}>{_e(flag)}</td>"
        cells += f'<td><img src="{name}" width="110" height="10"/></td>'
        rows.append(f"<tr>{cells}</tr>")
    total = (
        f'<tr><td><b>Total WBC counted</b></td><td align="right"><b>{diff.total}</b></td>'
        f'<td colspan="6">target {diff.target}</td></tr>'
    )
    note = words.flags_note(diff)
    return (
        '<p style="margin-top: 10px; margin-bottom: 3px;"><b>Differential</b></p>'
        '<table width="100%" border="1" cellspacing="0" cellpadding="2" '
        'style="border-color: #BBBBBB; border-style: solid;">'
        f"<tr>{head}</tr>{''.join(rows)}{total}</table>"
        + (f'<p style="color: #C00000;"><b>{_e(note)}</b></p>' if note else "")
        + f'<p style="font-size: 7pt; color: #444444;">* {_e(words.CI_NOTE)}</p>'
    )


def _extras(data: ReportData) -> str:
    diff = data.differential
    lines = [(f"{p.category.name} per 100 WBC", words.per_100_text(p)) for p in diff.per_100]
    lines += [
        (
            f"WBC count from the analyser ({words.ABSOLUTE_UNIT})",
            "" if diff.wbc_count is None else f"{diff.wbc_count:.2f}",
        ),
        (
            "Corrected WBC",
            words.corrected_wbc_text(diff, data.rules.nrbc_correction_per_100),
        ),
        ("Blast flag", words.blast_text(diff)),
    ]
    rows = "".join(
        f'<tr><td width="40%"><b>{_e(name)}</b></td><td>{_e(value)}</td></tr>'
        for name, value in lines
    )
    return f'<table width="100%" cellspacing="0" cellpadding="1">{rows}</table>'


def _examples(data: ReportData, images: dict[str, bytes]) -> str:
    keys = flagged_categories(data)[:MAX_EXAMPLE_CATEGORIES]
    if not keys:
        return ""
    picked = {key: representative_cells(data, key, THUMBS_PER_CATEGORY) for key in keys}
    fields: dict[int, Image.Image | None] = {}
    blocks = []
    for key, cells in picked.items():
        thumbs = []
        for cell in cells:
            png = _thumbnail(data, cell, fields)
            if png is None:
                continue
            name = f"cell-{cell.id}.png"
            images[name] = png
            mark = "" if person_touched(cell) else " (model)"
            thumbs.append(
                f'<td align="center"><img src="{name}" width="62" height="62"/><br/>'
                f'<span style="font-size: 6pt;">cell {cell.id}{mark}</span></td>'
            )
        if thumbs:
            blocks.append(
                f"<tr><td><b>{_e(data.categories.by_key[key].name)}</b></td>{''.join(thumbs)}</tr>"
            )
    if not blocks:
        return ""
    return (
        '<p style="margin-top: 10px; margin-bottom: 3px;"><b>Examples of flagged categories</b>'
        "</p>"
        f'<table cellspacing="2" cellpadding="1">{"".join(blocks)}</table>'
    )


def _thumbnail(data: ReportData, cell: Cell, cache: dict[int, Image.Image | None]) -> bytes | None:
    if cell.field_id not in cache:
        try:
            cache[cell.field_id] = Image.fromarray(read_image(data.images[cell.field_id]))
        except (SmearCountError, KeyError):
            cache[cell.field_id] = None
    image = cache[cell.field_id]
    return None if image is None else cell_thumbnail_png(image, cell)


def _comment(data: ReportData) -> str:
    comment = (data.slide.comment or "").strip()
    if not comment:
        return ""
    if len(comment) > COMMENT_CHARS:
        comment = comment[:COMMENT_CHARS].rstrip() + " … (cut here; the workbook has all of it)"
    return f'<p style="margin-top: 10px;"><b>Comment:</b> {_e(comment)}</p>'


def _models(data: ReportData) -> str:
    if not data.models:
        return '<p style="margin-top: 10px;"><b>Models:</b> none (counted by hand)</p>'
    rows = "".join(
        f"<tr><td>{_e(m.get('name'))}</td><td>{_e(m.get('kind'))}</td>"
        f"<td>{_e(m.get('version') or 'not stated')}</td>"
        f"<td>{_e(m.get('adaptation') or 'not adapted')}</td>"
        f'<td style="font-size: 6pt;">{_e(m.get("sha256", "")[:16])}</td></tr>'
        for m in data.models
    )
    head = "".join(
        f'<th align="left">{h}</th>'
        for h in ("Model", "Kind", "Version", "Lab adaptation", "SHA-256")
    )
    scale = f'<p style="font-size: 7pt;">{_e(data.scale_note)}</p>' if data.scale_note else ""
    return (
        '<p style="margin-top: 10px; margin-bottom: 3px;"><b>Models used</b></p>'
        f'<table width="100%" cellspacing="0" cellpadding="1"><tr>{head}</tr>{rows}</table>' + scale
    )


def _sign_off(data: ReportData, printed_at: str) -> str:
    s = data.slide
    if s.signed_by:
        signed = f"Signed by {_e(s.signed_by)} on {_e(words.local_time(s.signed_at))}"
    else:
        signed = "Signature: ______________________________ &nbsp;&nbsp; Date: ________________"
    reviewed = (
        "Cells found and typed by the models; not reviewed by a person."
        if data.uncorrected
        else "Cells found and typed by the models listed above, reviewed and corrected by the "
        "operator. Decision support, not a diagnosis."
    )
    return (
        f'<p style="margin-top: 14px;"><b>{signed}</b></p>'
        f'<p style="font-size: 7pt; color: #444444;">{reviewed}<br/>'
        f"Verification code of this state: <b>{_e(data.state_code)}</b> &nbsp;·&nbsp; "
        f"printed {_e(words.local_time(printed_at))} by SmearCount {__version__}</p>"
    )
