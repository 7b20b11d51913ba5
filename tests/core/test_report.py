"""The Excel report: every sheet, values equal to the counting rules, text kept as text, print
settings, and failures that leave the previous file alone."""

from __future__ import annotations

import errno
import json
from collections import Counter

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.core.categories import DEFAULT_CATEGORY_MAP
from app.core.errors import ExportError
from app.core.report import LabInfo, snapshot
from app.core.report.xlsx import write_report
from tests.core.report_helpers import INJECTION, report_slide, uncorrected_batch


@pytest.fixture
def slide(tmp_path):
    store, session = report_slide(tmp_path)
    yield store, session
    store.close()


def _summary_rows(summary, names):
    return {row[0].value: row for row in summary.iter_rows() if row[0].value in names}


def test_round_trip(slide, tmp_path):
    _, session = slide
    data = snapshot(session, LabInfo("Rural Lab", "Main St 1"))
    path = tmp_path / "report.xlsx"
    write_report(data, path)
    book = load_workbook(path)
    assert book.sheetnames == ["Summary", "Chart", "Cells", "Fields", "Agreement", "Audit"]
    summary = book["Summary"]
    texts = {c.value for row in summary.iter_rows() for c in row if isinstance(c.value, str)}
    assert {"Rural Lab", "Main St 1", "PB-9", "det", "ab" * 32}.issubset(texts)
    assert f"Verification code of this state: {data.state_code}" in texts
    diff = data.differential
    table = _summary_rows(summary, {r.category.name for r in diff.rows})
    for expected in diff.rows:
        row = table[expected.category.name]
        assert row[1].value == expected.count
        if expected.percent is None:
            assert row[2].value is None
        else:
            assert row[2].value == pytest.approx(expected.percent / 100)
            assert (row[3].value, row[4].value) == pytest.approx(
                (expected.ci[0] / 100, expected.ci[1] / 100)
            )
            assert row[5].value == pytest.approx(expected.absolute)
        assert row[2].number_format == "0.0%"
    assert diff.row("monocyte").count == 2 and diff.total == 18 - 2  # one deleted, one smudge
    # 16 WBC is under the 100 needed for flags: said in every flag cell that has a range.
    assert table["Neutrophils"][7].value == "not flagged"
    assert any(isinstance(t, str) and t.startswith("Not flagged: only 16 cells") for t in texts)
    assert len(book["Chart"]._charts) == 1

    cells = book["Cells"]
    white = [c for c in session.cells.values() if c.label != "rbc"]
    assert cells.max_row == 1 + len(white) == 1 + 20  # red cells are not listed
    header = [c.value for c in cells[1]]
    rows = [dict(zip(header, (c.value for c in row), strict=True)) for row in cells.iter_rows(2)]
    assert Counter(r["Final class"] for r in rows) == Counter(
        DEFAULT_CATEGORY_MAP.category_of(c.label).name for c in white
    )
    states = Counter(r["State"] for r in rows)
    assert states == {"counted": 18, "deleted (false detection)": 1, "not counted: smudge": 1}
    assert "2 red cells" in cells.oddHeader.center.text

    fields = book["Fields"]
    assert len(fields._images) == 2  # one annotated thumbnail per field
    assert "verified" in book["Audit"]["A1"].value
    assert book["Audit"].max_row == 2 + len(data.audit_entries)


def test_agreement_counts_only_cells_a_person_looked_at(slide, tmp_path):
    _, session = slide
    path = tmp_path / "report.xlsx"
    write_report(snapshot(session), path)
    sheet = load_workbook(path)["Agreement"]
    # 20 white model cells; a person relabelled 2, deleted 1, excluded 1 and confirmed 2.
    assert "6 of 20 white cells" in sheet["A2"].value
    header = [c.value for c in sheet[3]]
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=4) if row[0].value}
    neutrophils = rows["Neutrophils"]
    assert neutrophils[header.index("Monocytes")].value == 2
    assert neutrophils[header.index("Total")].value == 6
    assert neutrophils[header.index("Kept")].value == 2
    assert neutrophils[header.index("Agreement (%)")].value == pytest.approx(2 / 6)
    assert "Lymphocytes" not in rows  # nobody looked at one: nothing to say about them
    overall = rows["All reviewed white cells"]
    assert overall[header.index("Total")].value == 6


def test_every_sheet_prints_with_its_headers_aligned_like_its_values(slide, tmp_path):
    _, session = slide
    path = tmp_path / "report.xlsx"
    write_report(snapshot(session, paper="Letter"), path)
    book = load_workbook(path)
    repeated = {"Summary": "$1:$3", "Cells": "$1:$1", "Fields": "$1:$1", "Audit": "$1:$2"}
    for sheet in book.worksheets:
        setup = sheet.page_setup
        assert sheet.print_area, sheet.title
        assert setup.orientation in ("portrait", "landscape"), sheet.title
        assert str(setup.paperSize) == sheet.PAPERSIZE_LETTER, sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage and setup.fitToWidth == 1
        if sheet.title in repeated:
            assert sheet.print_title_rows == repeated[sheet.title], sheet.title
    summary = book["Summary"]
    assert summary.page_setup.fitToHeight == 1  # the summary is one page
    header_row = next(r for r in summary.iter_rows() if r[0].value == "Category")
    for cell in header_row:
        below = summary.cell(row=cell.row + 1, column=cell.column)
        if isinstance(below.value, (int, float)):
            assert cell.alignment.horizontal == "right", cell.value
    assert "×10⁹/L" in header_row[5].value and "%" in header_row[2].value
    cells = book["Cells"]
    for cell in cells[1]:
        value = cells.cell(row=2, column=cell.column).value
        expected = "right" if isinstance(value, (int, float)) else "left"
        assert cell.alignment.horizontal == expected, cell.value
    # Thumbnails never straddle a page: a break before every second one.
    assert len(book["Fields"].row_breaks.brk) == 1


def test_times_are_local_with_their_zone(slide, tmp_path, monkeypatch):
    import time

    monkeypatch.setenv("TZ", "ICT-7")  # POSIX form: needs no time-zone database
    time.tzset()
    try:
        _, session = slide
        session.sign("Dr. A")
        path = tmp_path / "report.xlsx"
        write_report(snapshot(session), path)
        book = load_workbook(path)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    from datetime import datetime, timedelta, timezone

    created = datetime.fromisoformat(session.slide.created_at).astimezone(
        timezone(timedelta(hours=7))
    )
    values = [c.value for row in book["Summary"].iter_rows() for c in row]
    assert f"{created:%Y-%m-%d %H:%M} ICT (UTC+07:00)" in values
    signed = next(v for v in values if isinstance(v, str) and v.startswith("Signed by Dr. A"))
    assert signed.endswith("ICT (UTC+07:00)") and "T" not in signed.split(" on ")[1][:11]
    audit = book["Audit"]
    assert all(r[0].value.endswith("ICT (UTC+07:00)") for r in audit.iter_rows(min_row=3))


def test_text_from_people_is_never_a_formula(slide, tmp_path):
    _, session = slide
    path = tmp_path / "r.xlsx"
    write_report(snapshot(session), path)
    summary = load_workbook(path)["Summary"]
    cells = [
        c for row in summary.iter_rows() for c in row if c.value in (INJECTION, "+41 call the ward")
    ]
    assert len(cells) == 2
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)


def test_draft_and_uncorrected_are_marked(slide, tmp_path):
    store, session = slide
    session.edit_slide(comment="x")  # still finished
    other = store.create_slide("ana", "OPEN-1")
    write_report(snapshot(other), tmp_path / "d.xlsx")
    texts = [
        c.value for row in load_workbook(tmp_path / "d.xlsx")["Summary"].iter_rows() for c in row
    ]
    assert any(isinstance(t, str) and t.startswith("DRAFT") for t in texts)


@pytest.mark.parametrize(
    ("where", "error", "message"),
    [
        (
            "app.core.atomic.os.replace",
            PermissionError(errno.EACCES, "denied"),
            "open in another program",
        ),
        ("app.core.atomic.os.fdopen", OSError(errno.ENOSPC, "No space left"), "the disk is full"),
        ("app.core.atomic.os.replace", OSError(errno.ENAMETOOLONG, "too long"), "path is too long"),
    ],
)
def test_a_failed_write_keeps_the_old_file(slide, tmp_path, monkeypatch, where, error, message):
    _, session = slide
    path = tmp_path / "r.xlsx"
    path.write_bytes(b"the previous report")

    def fail(*_args, **_kwargs):
        raise error

    monkeypatch.setattr(where, fail)
    with pytest.raises(ExportError, match=message):
        write_report(snapshot(session), path)
    assert path.read_bytes() == b"the previous report"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".r.xlsx")] == []


def test_cli_xlsx_counts_equal_the_json(tmp_path, capsys):
    folder, detector = uncorrected_batch(tmp_path)
    out_json, out_xlsx = tmp_path / "o.json", tmp_path / "o.xlsx"
    assert (
        main(
            [
                "analyze",
                str(folder),
                "--detector",
                str(detector),
                "--json",
                str(out_json),
                "--xlsx",
                str(out_xlsx),
            ]
        )
        == 0
    )
    counts = json.loads(out_json.read_text())["counts"]
    book = load_workbook(out_xlsx)
    assert counts == {"rbc": 3, "wbc": 3}
    finals = Counter(row[2].value for row in book["Cells"].iter_rows(min_row=2))
    assert dict(finals) == {DEFAULT_CATEGORY_MAP.category_of("wbc").name: 3}  # no red cells
    summary = {row[0].value: row[1].value for row in book["Summary"].iter_rows() if row[0].value}
    category = DEFAULT_CATEGORY_MAP.category_of("wbc").name
    assert summary[category] == counts["wbc"] and summary["Total WBC counted"] == 3
    texts = [c.value for row in book["Summary"].iter_rows() for c in row]
    assert any(isinstance(t, str) and t.startswith("UNCORRECTED") for t in texts)
