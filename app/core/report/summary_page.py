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
from app.core.adaptation.stored import shown
from app.core.errors import SmearCountError
from app.core.i18n import N_, _, decimal, use_language
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
#: DejaVu and Noto Sans have Latin and Cyrillic; Thai comes from the next one installed (Noto
#: Sans Thai on Linux, Leelawadee UI or Tahoma on Windows). The PDF embeds what it used.
FONTS = "'DejaVu Sans', 'Noto Sans', 'Noto Sans Thai', 'Leelawadee UI', 'Tahoma', sans-serif"
MAX_EXAMPLE_CATEGORIES = 3


@dataclass(frozen=True)
class SummaryPage:
    html: str
    images: dict[str, bytes] = field(default_factory=dict)  # resource name -> PNG


def build_summary(data: ReportData, printed_at: str | None = None) -> SummaryPage:
    """The page in the report's language; reads the few field images the examples need (call
    it off the GUI thread)."""
    with use_language(data.language):
        return _summary(data, printed_at)


def _summary(data: ReportData, printed_at: str | None) -> SummaryPage:
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
        f'<html><body style="font-family: {FONTS}; '
        'font-size: 9pt;">' + "".join(parts) + "</body></html>"
    )
    return SummaryPage(html, images)


def _e(value: object) -> str:
    return escape("" if value is None else str(value))


def _header(data: ReportData) -> str:
    lab = _e(data.lab.name or _("Laboratory"))
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
        + _e(_("Blood smear differential count"))
        + "</span>"
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
        (N_("Sample / slide ID"), s.sample_id),
        (N_("Patient ID"), s.patient_id),
        (N_("Age"), s.age),
        (N_("Sex"), s.sex),
        (N_("Specimen"), words.specimen_text(s.specimen)),
        (N_("Stain"), s.stain),
        (N_("Created"), words.local_time(s.created_at)),
        (N_("Finished"), words.local_time(s.finished_at)),
        (N_("Operator"), s.operator),
        (N_("Profile"), s.profile),
    ]
    rows = []
    for i in range(0, len(facts), 2):
        cells = "".join(
            f'<td width="19%"><b>{_e(_(name))}</b></td><td width="31%">{_e(value)}</td>'
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
        (_e(_("Category")), "", 23),
        (_e(_("Count")), _NUMERIC, 7),
        ("%", _NUMERIC, 6),
        (_e(_("95% CI (%)*")), _NUMERIC, 12),
        (f"{_e(_('Absolute'))}<br/>{words.ABSOLUTE_UNIT}", _NUMERIC, 10),
        (_e(_("Reference")), _NUMERIC, 17),
        (_e(_("Flag")), "", 10),
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
        f"<tr><td><b>{_e(_('Total WBC counted'))}</b></td>"
        f'<td align="right"><b>{diff.total}</b></td>'
        f'<td colspan="6">{_e(words.target_text(diff))}</td></tr>'
    )
    note = words.flags_note(diff)
    return (
        f'<p style="margin-top: 10px; margin-bottom: 3px;"><b>{_e(_("Differential"))}</b></p>'
        '<table width="100%" border="1" cellspacing="0" cellpadding="2" '
        'style="border-color: #BBBBBB; border-style: solid;">'
        f"<tr>{head}</tr>{''.join(rows)}{total}</table>"
        + (f'<p style="color: #C00000;"><b>{_e(note)}</b></p>' if note else "")
        + f'<p style="font-size: 7pt; color: #444444;">* {_e(words.ci_note())}</p>'
    )


def _extras(data: ReportData) -> str:
    diff = data.differential
    lines = [(words.per_100_name(p), words.per_100_text(p)) for p in diff.per_100]
    lines += [
        (
            words.analyser_wbc_name(),
            "" if diff.wbc_count is None else decimal(diff.wbc_count, 2),
        ),
        (
            _("Corrected WBC"),
            words.corrected_wbc_text(diff, data.rules.nrbc_correction_per_100),
        ),
        (_("Blast flag"), words.blast_text(diff)),
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
            caption = (
                _("cell {cell}") if person_touched(cell) else _("cell {cell} (model)")
            ).format(cell=cell.id)
            thumbs.append(
                f'<td align="center"><img src="{name}" width="62" height="62"/><br/>'
                f'<span style="font-size: 6pt;">{_e(caption)}</span></td>'
            )
        if thumbs:
            blocks.append(
                f"<tr><td><b>{_e(data.categories.by_key[key].name)}</b></td>{''.join(thumbs)}</tr>"
            )
    if not blocks:
        return ""
    return (
        '<p style="margin-top: 10px; margin-bottom: 3px;">'
        f"<b>{_e(_('Examples of flagged categories'))}</b></p>"
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
        cut = _("(cut here; the workbook has all of it)")
        comment = f"{comment[:COMMENT_CHARS].rstrip()} … {cut}"
    return f'<p style="margin-top: 10px;"><b>{_e(_("Comment:"))}</b> {_e(comment)}</p>'


def _models(data: ReportData) -> str:
    if not data.models:
        return (
            f'<p style="margin-top: 10px;"><b>{_e(_("Models:"))}</b> '
            f"{_e(_('none (counted by hand)'))}</p>"
        )
    rows = "".join(
        f"<tr><td>{_e(m.get('name'))}</td><td>{_e(words.stored_word(m.get('kind')))}</td>"
        f"<td>{_e(m.get('version') or _('not stated'))}</td>"
        f"<td>{_e(shown(m['adaptation']) if m.get('adaptation') else _('not adapted'))}</td>"
        f'<td style="font-size: 6pt;">{_e(m.get("sha256", "")[:16])}</td></tr>'
        for m in data.models
    )
    head = "".join(
        f'<th align="left">{_e(h)}</th>'
        for h in (_("Model"), _("Kind"), _("Version"), _("Lab adaptation"), "SHA-256")
    )
    scale = f'<p style="font-size: 7pt;">{_e(data.scale_note)}</p>' if data.scale_note else ""
    return (
        f'<p style="margin-top: 10px; margin-bottom: 3px;"><b>{_e(_("Models used"))}</b></p>'
        f'<table width="100%" cellspacing="0" cellpadding="1"><tr>{head}</tr>{rows}</table>' + scale
    )


def _sign_off(data: ReportData, printed_at: str) -> str:
    s = data.slide
    if s.signed_by:
        signed = _e(words.signed_text(s.signed_by, s.signed_at))
    else:
        blank = _("Signature: ______________________________   Date: ________________")
        signed = _e(blank).replace("  ", "&nbsp;&nbsp;")
    reviewed = _e(
        _("Cells found and typed by the models; not reviewed by a person.")
        if data.uncorrected
        else _(
            "Cells found and typed by the models listed above, reviewed and corrected by the "
            "operator. Decision support, not a diagnosis."
        )
    )
    printed = _("printed {when} by SmearCount {version}").format(
        when=words.local_time(printed_at), version=__version__
    )
    return (
        f'<p style="margin-top: 14px;"><b>{signed}</b></p>'
        f'<p style="font-size: 7pt; color: #444444;">{reviewed}<br/>'
        f"{_e(words.verification_text(data.state_code))} &nbsp;·&nbsp; {_e(printed)}</p>"
    )
