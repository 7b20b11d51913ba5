"""File → Open images / Open folder, and files dropped on the window: the images become fields
of the open slide (read and analysed by its intake, in the background)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QFileDialog

from app.core.errors import SmearCountError
from app.core.image_files import image_sources
from app.core.imaging import IMAGE_SUFFIXES
from app.ui.errors import reporter
from app.ui.translations import tr

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def choose_images(window: MainWindow) -> None:
    patterns = " ".join(f"*{s}" for s in sorted(IMAGE_SUFFIXES))
    filters = tr("Images or a zip of cell images") + f" ({patterns} *.zip)"
    paths, _ = QFileDialog.getOpenFileNames(window, tr("Open images"), "", filters)
    open_images(window, [Path(p) for p in paths])


def choose_folder(window: MainWindow) -> None:
    folder = QFileDialog.getExistingDirectory(window, tr("Open folder"))
    if folder:
        open_images(window, [Path(folder)])


def dropped(mime: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def open_images(window: MainWindow, paths: list[Path]) -> None:
    """Image files, the images in folders, or every image in a zip (single-cell sets)."""
    if not paths:
        return
    if window.slide_view is None:
        reporter().report(
            tr("No slide open"), tr("Create or open a slide first, then add its fields.")
        )
        return
    try:
        sources = image_sources(paths)
    except SmearCountError as exc:
        reporter().report_exception(exc, "open images")
        return
    window.slide_view.intake.import_sources(sources)
