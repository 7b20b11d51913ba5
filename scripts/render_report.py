"""Render the reports as a lab would print them, to look at them (not a CI test).

Without an .xlsx it first writes a demo slide: four fields of ../shared/data/fields (their
annotated boxes as the "detections") with a few corrections, finished and signed, and writes
its workbook, its one-page PDF summary (A4 and Letter) and its result files (CSV, HL7). The
PDF pages become PNG with pdftoppm; the workbook is printed to PDF with LibreOffice first.

    python scripts/render_report.py OUT_FOLDER [REPORT.xlsx]
Needs `pdftoppm` (Debian: poppler-utils) and, for the workbook, `soffice` (libreoffice-calc).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from screenshots import field_sources  # noqa: E402

from app.core.records import NotCountedReason  # noqa: E402
from app.core.report import LabInfo, snapshot  # noqa: E402
from app.core.report.results import write_results  # noqa: E402
from app.core.report.summary_page import build_summary  # noqa: E402
from app.core.report.xlsx import write_report  # noqa: E402
from app.core.store import SlideStore  # noqa: E402
from app.printing import write_summary_pdf  # noqa: E402

MODELS = [
    {
        "name": "demo-detector",
        "kind": "detector",
        "format": "ultralytics",
        "version": "0",
        "sha256": "0" * 64,
        "provider": "CPU",
    }
]


def demo_report(path: Path) -> None:
    """Write the demo slide's workbook at ``path``, its PDFs and result files beside it."""
    work = Path(tempfile.mkdtemp())
    store = SlideStore(work / "data")
    session = store.create_slide(
        "demo",
        "PB-2026-0042",
        patient_id="P-17",
        age="54 y",
        sex="F",
        wbc_count=7.2,
        stain="May-Grünwald-Giemsa",
        target=100,
    )
    # 110 BCCD fields hold a little over 100 WBC: enough for the flags to be given.
    for source, found in field_sources(work, count=110):
        field = session.add_field(source)
        session.apply_analysis(field.id, found, models=MODELS)
    wbc = sorted(c.id for c in session.cells.values() if c.detector_label == "wbc")
    session.edit_slide(operator="A. Technician")
    session.relabel(wbc[:1], "lymphocyte")
    session.relabel(wbc[2:5], "blast")
    session.set_reviewed(wbc[5:40])
    session.mark_not_counted(wbc[1:2], NotCountedReason.SMUDGE)
    session.finish("Demo report: boxes from the BCCD annotations, not a model.")
    session.sign("Demo Operator")
    data = snapshot(session, LabInfo("District Hospital Laboratory", "Main road, Kisumu"))
    write_report(data, path)
    page = build_summary(data)
    for paper in ("A4", "Letter"):
        write_summary_pdf(page, path.with_name(f"{path.stem}-summary-{paper}.pdf"), paper)
    write_results(data, path.parent)
    store.close()


def main(out: Path, report: Path | None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    if report is None:
        report = out / "demo-report.xlsx"
        demo_report(report)
    for pdf in sorted(out.glob(f"{report.stem}-summary-*.pdf")):
        subprocess.run(["pdftoppm", "-r", "100", "-png", str(pdf), str(pdf.with_suffix(""))])
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit(
            "soffice not found (the workbook was not printed): apt-get install libreoffice-calc"
        )
    subprocess.run(
        [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(out), str(report)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    pdf = out / f"{report.stem}.pdf"
    subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(out / report.stem)], check=True)
    print(f"{pdf} and its pages as PNG in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None)
