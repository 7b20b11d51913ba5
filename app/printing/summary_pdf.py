"""Lays the summary page out with Qt's rich-text engine on one PDF or printer page.

The page is always one page: when the content is taller (many categories, a long comment),
the whole page is scaled down to fit rather than spilling onto a second sheet. QPdfWriter
embeds the fonts it uses, so the PDF reads the same on any computer.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from app.core.atomic import write_bytes_atomic
from app.core.errors import ExportError
from app.core.i18n import _
from app.core.report.summary_page import SummaryPage

PAPER_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 14.0
RESOLUTION = 300
#: Below this the text gets too small to read on paper; the page builder keeps content short
#: enough (comment cut, few example cells) that it is never reached in practice.
SMALLEST_SCALE = 0.5


def ensure_gui() -> None:
    """Qt's fonts need a QGuiApplication; the command line has none, and no screen."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication([])


def summary_pdf_bytes(page: SummaryPage, paper: str = "A4") -> bytes:
    ensure_gui()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle("Blood smear differential count")
    writer.setCreator("SmearCount")
    set_page(writer, paper)
    _paint(page, writer)
    buffer.close()
    data: QByteArray = buffer.data()
    return bytes(data.data())


def write_summary_pdf(page: SummaryPage, path: Path, paper: str = "A4") -> None:
    """Write the PDF atomically (raises ExportError with a plain reason)."""
    write_bytes_atomic(path, summary_pdf_bytes(page, paper))


def print_summary(page: SummaryPage, printer: QPagedPaintDevice) -> None:
    """Paint onto a printer the system dialog set up (GUI thread: printers want it)."""
    _paint(page, printer)


def set_page(device: QPagedPaintDevice, paper: str) -> None:
    """Portrait, the given paper, the summary's margins."""
    size = PAPER_SIZES.get(paper)
    if size is None:
        first, second = PAPER_SIZES
        raise ExportError(
            _("Unknown paper size {paper}: use {first} or {second}.").format(
                paper=repr(paper), first=first, second=second
            )
        )
    device.setPageLayout(
        QPageLayout(
            QPageSize(size),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )


def _document(page: SummaryPage, device: QPagedPaintDevice) -> QTextDocument:
    doc = QTextDocument()
    # Points and image sizes are then measured on the page, not on a screen.
    doc.documentLayout().setPaintDevice(device)
    # No ligatures: "fl" set as one glyph reads back as "ﬂ" when a reader searches or copies
    # the PDF (or a LIS extracts its text).
    font = QFont(doc.defaultFont())
    font.setFeature(QFont.Tag("liga"), 0)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    for name, png in page.images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), QImage.fromData(png))
    doc.setHtml(page.html)
    return doc


def _paint(page: SummaryPage, device: QPagedPaintDevice) -> None:
    doc = _document(page, device)
    rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
    width, height = float(rect.width()), float(rect.height())
    scale = 1.0
    for _round in range(6):  # shrinking the width reflows the text: a few rounds settle it
        doc.setTextWidth(width / scale)
        needed = doc.size().height() * scale
        if needed <= height:
            break
        scale = max(SMALLEST_SCALE, scale * height / needed * 0.98)
    doc.setPageSize(QSizeF(width / scale, height / scale))
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError(_("The page could not be drawn (the printer or file refused it)."))
    try:
        painter.scale(scale, scale)
        doc.drawContents(painter)
    finally:
        painter.end()
