"""Reports from the window: File → Export PDF summary and Print (through the print path a
printer uses, into a PDF file), and the LIS result files written when the slide is signed."""

from __future__ import annotations

from pathlib import Path

import hl7
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from app.ui import export
from app.ui.dialogs import SettingsDialog
from tests.ui.conftest import wait_analysed


def _slide_with_a_field(window, images, qtbot):
    window.create_slide("ana", {"sample_id": "PB-7", "target": 100})
    window.open_images(images[:1])
    wait_analysed(qtbot, window, 1)
    return window.slide_view


def _text(path: Path) -> str:
    return " ".join(PdfReader(path).pages[0].extract_text().split())


def test_export_pdf_summary(make_window, images, qtbot, monkeypatch, tmp_path):
    window = make_window(paper="Letter")
    view = _slide_with_a_field(window, images, qtbot)
    target = tmp_path / "out" / "summary.pdf"
    target.parent.mkdir()
    asked = []

    def ask(_parent, _title, name, kind):
        asked.append((name, kind))
        return target

    monkeypatch.setattr(export, "ask_save_path", ask)
    assert window.file_actions["export_pdf"].isEnabled()
    window.file_actions["export_pdf"].trigger()
    qtbot.waitUntil(
        lambda: "PDF summary written" in window.statusBar().currentMessage(), timeout=30_000
    )
    assert asked == [("PB-7.pdf", "pdf")]
    assert "DRAFT" in window.statusBar().currentMessage()
    page = PdfReader(target).pages[0]
    assert float(page.mediabox.height) < 800  # Letter, as Settings say
    text = _text(target)
    total = view.session.differential(view.categories).total
    assert "PB-7" in text and f"Total WBC counted {total}" in text and "DRAFT" in text


def test_print_goes_through_the_printer(make_window, images, qtbot, monkeypatch, tmp_path):
    window = make_window()
    _slide_with_a_field(window, images, qtbot)
    printed = tmp_path / "printed.pdf"

    def printer(_parent, paper):
        assert paper == "A4"
        device = QPrinter(QPrinter.PrinterMode.HighResolution)
        device.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        device.setOutputFileName(str(printed))
        return device

    monkeypatch.setattr(export, "ask_printer", printer)
    window.file_actions["print"].trigger()
    qtbot.waitUntil(
        lambda: "sent to the printer" in window.statusBar().currentMessage(), timeout=30_000
    )
    assert len(PdfReader(printed).pages) == 1
    assert "Blood smear differential count" in _text(printed)


def test_signing_writes_the_lis_result(make_window, images, qtbot, answers, tmp_path, dialogs):
    folder = tmp_path / "lis"
    window = make_window(result_folder=str(folder))
    view = _slide_with_a_field(window, images, qtbot)
    answers.append("Dr. Sign")
    window.sign_slide()
    qtbot.waitUntil(lambda: (folder / "PB-7-1.hl7").exists(), timeout=30_000)
    message = hl7.parse((folder / "PB-7-1.hl7").read_bytes().decode())  # segments end in CR
    assert str(message.segment("OBR")[25]) == "F"
    counted = {
        str(o[3]).split("^")[1]: float(str(o[5]))
        for o in message.segments("OBX")
        if str(o[6]).startswith("%^")
    }
    diff = view.session.differential(view.categories)
    for row in diff.rows:
        assert counted[f"{row.category.name}/100 leukocytes"] == round(row.percent, 1)
    assert (folder / "PB-7-1.csv").read_text().startswith("sample_id,")
    assert dialogs == []


def test_no_result_folder_no_files_and_settings_keep_the_report_choices(
    make_window, images, qtbot, answers, tmp_path
):
    window = make_window()
    _slide_with_a_field(window, images, qtbot)
    answers.append("Dr. Sign")
    window.sign_slide()
    assert not window.reports.jobs.running()  # nothing to write without a result folder
    dialog = SettingsDialog(window.settings, window.slide_view.categories, window)
    dialog.paper.setCurrentText("Letter")
    dialog.min_count.setValue(200)
    dialog.result_folder.setText(str(tmp_path / "lis"))
    chosen = dialog.result_settings()
    assert (chosen.paper, chosen.min_count_for_flags) == ("Letter", 200)
    assert chosen.result_folder == str(tmp_path / "lis")
    assert window.apply_settings(chosen)
    assert window.settings.count_rules().min_count_for_flags == 200
