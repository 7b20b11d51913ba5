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
from app.core.pipeline import Cell as Detection
from app.core.records import NotCountedReason
from app.core.report import LabInfo, snapshot
from app.core.report.xlsx import write_report
from app.core.store import SlideStore
from tests import onnx_graphs as g
from tests.conftest import save_rgb
from tests.core.store_helpers import field_image

INJECTION = '=HYPERLINK("http://x","y")'
MODELS = [
    {
        "name": "det",
        "kind": "detector",
        "format": "ultralytics",
        "version": "3",
        "sha256": "ab" * 32,
        "provider": "CPU",
    }
]


@pytest.fixture
def slide(tmp_path):
    store = SlideStore(tmp_path / "data")
    session = store.create_slide(
        "ana", "PB-9", patient_id=INJECTION, wbc_count=8.0, comment="+41 call the ward"
    )
    labels = ["neutrophil"] * 6 + ["lymphocyte"] * 3 + ["erythroblast", "rbc"]
    for index in range(2):
        field = session.add_field(field_image(tmp_path / f"f{index}.png", seed=index))
        found = [
            Detection((10.0 + 40 * i, 10.0, 40.0 + 40 * i, 40.0), label, 0.8, "wbc", 0.9)
            for i, label in enumerate(labels)
        ]
        session.apply_analysis(field.id, found, models=MODELS)
    cells = sorted(session.cells)
    session.relabel(cells[:2], "monocyte")  # two neutrophils overruled
    session.delete_cells([cells[2]])
    session.mark_not_counted([cells[3]], NotCountedReason.SMUDGE)
    session.finish()
    yield store, session
    store.close()


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
    diff = data.differential
    table = {
        row[0].value: row
        for row in summary.iter_rows()
        if row[0].value in {r.category.name for r in diff.rows}
    }
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
    assert summary.page_setup.orientation == "landscape"
    assert summary.sheet_properties.pageSetUpPr.fitToPage
    assert summary.page_setup.fitToWidth == 1 and summary.page_setup.fitToHeight == 1
    assert summary.print_area and summary.print_title_rows == "$1:$3"
    assert len(book["Chart"]._charts) == 1

    cells = book["Cells"]
    assert cells.max_row == 1 + len(session.cells)
    finals = Counter(row[10].value for row in cells.iter_rows(min_row=2))
    assert finals == Counter(c.label for c in session.cells.values())

    agreement = book["Agreement"]
    header = [c.value for c in agreement[2]]
    totals = {row[0].value: row for row in agreement.iter_rows(min_row=3) if row[0].value}
    wbc_model_cells = [
        c for c in session.cells.values() if c.source == "model" and c.model_label != "rbc"
    ]
    overall = totals["All WBC-type model cells"]
    assert overall[header.index("Total")].value == len(wbc_model_cells) == 20
    assert overall[header.index("Kept")].value == 20 - 4
    assert totals["rbc"][header.index("Total")].value == 2
    neutrophil = totals["neutrophil"]
    assert neutrophil[header.index("monocyte")].value == 2
    assert neutrophil[header.index("Kept")].value == 12 - 4
    assert neutrophil[header.index("Agreement")].value == pytest.approx(8 / 12)

    fields = book["Fields"]
    assert len(fields._images) == 2  # one annotated thumbnail per field
    assert "verified" in book["Audit"]["A1"].value
    assert book["Audit"].max_row == 3 + len(data.audit_entries)


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
    rows = [[100, 120, 40, 40, 0.9, 0.0, 0.0], [200, 150, 20, 20, 0.0, 0.8, 0.0]]
    import numpy as np

    detector = g.detector(
        tmp_path / "det.onnx",
        np.array(rows, np.float32),
        "channels_first",
        (320, 320),
        metadata=g.ultralytics_meta(["wbc", "rbc", "platelet"], imgsz=(320, 320)),
    )
    folder = tmp_path / "fields"
    folder.mkdir()
    for i in range(3):
        save_rgb(folder / f"f{i}.png", np.full((480, 640, 3), 200 + i, np.uint8))
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
    finals = Counter(row[10].value for row in book["Cells"].iter_rows(min_row=2))
    assert dict(finals) == counts == {"rbc": 3, "wbc": 3}
    summary = {row[0].value: row[1].value for row in book["Summary"].iter_rows() if row[0].value}
    category = DEFAULT_CATEGORY_MAP.category_of("wbc").name
    assert summary[category] == counts["wbc"] and summary["Total WBC counted"] == 3
    texts = [c.value for row in book["Summary"].iter_rows() for c in row]
    assert any(isinstance(t, str) and t.startswith("UNCORRECTED") for t in texts)
