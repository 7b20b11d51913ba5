"""The one-page PDF summary, read back as text: every number of the differential in its own
row, one page whatever the content, both paper sizes, fonts embedded, people's text as text."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from pypdf import PdfReader

from app.cli import main
from app.core.categories import DEFAULT_CATEGORY_MAP, Category, CategoryKind
from app.core.report import LabInfo, snapshot
from app.core.report.summary_page import build_summary
from app.printing import summary_pdf_bytes, write_summary_pdf
from tests.core.report_helpers import report_slide, uncorrected_batch

POINTS_PER_MM = 72 / 25.4


@pytest.fixture
def slide(tmp_path):
    store, session = report_slide(tmp_path)
    yield session
    store.close()


def _lines(path) -> list[str]:
    text = PdfReader(path).pages[0].extract_text(extraction_mode="layout")
    return [re.sub(r"\s+", " ", line).strip() for line in text.splitlines() if line.strip()]


def _row(lines: list[str], name: str) -> str:
    found = [line for line in lines if line.startswith(f"{name} ")]
    assert len(found) == 1, (name, lines)
    return found[0]


def test_every_number_of_the_differential_in_its_row(slide, tmp_path):
    data = snapshot(slide, LabInfo("Rural Lab", "Main St 1"))
    path = tmp_path / "summary.pdf"
    write_summary_pdf(build_summary(data), path)
    lines = _lines(path)
    diff = data.differential
    for row in diff.rows:
        expected = [row.category.name, str(row.count), f"{row.percent:.1f}"]
        expected.append(f"{row.ci[0]:.1f}–{row.ci[1]:.1f}")
        expected.append(f"{row.absolute:.2f}")
        assert _row(lines, row.category.name).startswith(" ".join(expected)), row.category.key
    assert _row(lines, "Total WBC counted").startswith(f"Total WBC counted {diff.total} ")
    nrbc = diff.per_100_of("nrbc")
    assert _row(lines, "NRBC per 100 WBC") == f"NRBC per 100 WBC {nrbc.per_100_wbc:.1f}"
    assert f"Corrected WBC {diff.corrected_wbc:.2f} ×10⁹/L" in lines
    assert any(line.startswith(f"Not flagged: only {diff.total} cells counted") for line in lines)
    joined = " ".join(lines)
    assert data.state_code in joined and "Rural Lab" in joined and "PB-9" in joined
    assert data.slide.patient_id in joined  # a formula-looking ID is plain text here


def test_one_page_with_ten_categories_and_a_long_comment(slide, tmp_path):
    extra = tuple(
        Category(f"extra{i}", f"Extra category {i}", CategoryKind.DIFFERENTIAL, "#123456")
        for i in range(2)
    )
    categories = replace(DEFAULT_CATEGORY_MAP, categories=extra + DEFAULT_CATEGORY_MAP.categories)
    assert sum(c.kind is CategoryKind.DIFFERENTIAL for c in categories.categories) >= 10
    slide.edit_slide(comment="A long comment about the smear. " * 120)
    data = snapshot(slide, categories=categories)
    path = tmp_path / "long.pdf"
    write_summary_pdf(build_summary(data), path)
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    lines = _lines(path)
    for row in data.differential.rows:
        assert _row(lines, row.category.name)
    assert "the workbook has all of it" in " ".join(lines)


@pytest.mark.parametrize(("paper", "size_mm"), [("A4", (210, 297)), ("Letter", (215.9, 279.4))])
def test_paper_sizes_and_embedded_fonts(slide, tmp_path, paper, size_mm):
    path = tmp_path / f"{paper}.pdf"
    path.write_bytes(summary_pdf_bytes(build_summary(snapshot(slide)), paper))
    page = PdfReader(path).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert (width, height) == pytest.approx(
        (size_mm[0] * POINTS_PER_MM, size_mm[1] * POINTS_PER_MM), abs=1.5
    )
    fonts = [f.get_object() for f in page["/Resources"]["/Font"].values()]
    assert fonts
    for font in fonts:
        descriptor = font.get("/FontDescriptor") or font["/DescendantFonts"][0].get_object().get(
            "/FontDescriptor"
        )
        descriptor = descriptor.get_object()
        assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), font


def test_markup_typed_by_people_stays_text_and_flagged_cells_are_shown(slide, tmp_path):
    slide.edit_slide(patient_id="<b>P&amp;17</b>")
    cells = [c.id for c in slide.cells.values() if c.label == "lymphocyte"]
    slide.relabel(cells[:2], "blast")
    page = build_summary(snapshot(slide))
    assert "&lt;b&gt;P&amp;amp;17&lt;/b&gt;" in page.html
    examples = [name for name in page.images if name.startswith("cell-")]
    assert len(examples) == 2  # the two blasts, each as a thumbnail
    path = tmp_path / "flagged.pdf"
    write_summary_pdf(page, path)
    assert "<b>P&amp;17</b>" in " ".join(_lines(path))
    assert len(PdfReader(path).pages[0].images) >= len(examples)


def test_cli_writes_the_pdf(tmp_path, capsys):
    folder, detector = uncorrected_batch(tmp_path)
    out = tmp_path / "batch.pdf"
    code = main(["analyze", str(folder), "--detector", str(detector), "--pdf", str(out)])
    assert code == 0 and f"report {out}" in capsys.readouterr().out
    lines = _lines(out)
    assert any(line.startswith("UNCORRECTED") for line in lines)
    assert _row(lines, "Total WBC counted").startswith("Total WBC counted 3 ")
