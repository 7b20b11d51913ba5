"""Render an Excel report to PDF and PNG pages with LibreOffice, to look at it (not a CI test).

Without an .xlsx it first writes a demo report: four fields of ../shared/data/fields (their
annotated boxes as the "detections") with a few corrections, finished and signed.

    python scripts/render_report.py OUT_FOLDER [REPORT.xlsx]
Needs `soffice` (Debian: libreoffice-calc) and `pdftoppm` (poppler-utils).
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
from app.core.report.xlsx import write_report  # noqa: E402
from app.core.store import SlideStore  # noqa: E402

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
    for source, found in field_sources(work):
        field = session.add_field(source)
        session.apply_analysis(field.id, found, models=MODELS)
    wbc = sorted(c.id for c in session.cells.values() if c.detector_label == "wbc")
    session.relabel(wbc[:1], "lymphocyte")
    session.mark_not_counted(wbc[1:2], NotCountedReason.SMUDGE)
    session.finish("Demo report: boxes from the BCCD annotations, not a model.")
    session.sign("Demo Operator")
    write_report(
        snapshot(session, LabInfo("District Hospital Laboratory", "Main road, Kisumu")), path
    )
    store.close()


def main(out: Path, report: Path | None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    if report is None:
        report = out / "demo-report.xlsx"
        demo_report(report)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit("soffice not found: apt-get install libreoffice-calc poppler-utils")
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
