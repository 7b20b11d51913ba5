"""Field images with their cells drawn on, small enough to embed in a report."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw

from app.core.categories import CategoryKind, CategoryMap
from app.core.drawing import DrawnBox, draw_boxes
from app.core.errors import SmearCountError
from app.core.imaging import read_image
from app.core.records import Cell, CellState

THUMB_WIDTH = 480


def annotated_png(path: Path, cells: list[Cell], categories: CategoryMap) -> bytes | None:
    """PNG bytes of the field with boxes and labels, or None if the image cannot be read."""
    try:
        image = Image.fromarray(read_image(path))
    except SmearCountError:
        return None
    scale = min(1.0, THUMB_WIDTH / image.width)
    image = image.resize((max(1, round(image.width * scale)), max(1, round(image.height * scale))))
    boxes = [
        DrawnBox(
            cell.box,
            category.colour if cell.state == CellState.COUNTED.value else "#9E9E9E",
            category.name,
            thin=category.kind is CategoryKind.IGNORED,
        )
        for cell in cells
        if cell.state != CellState.DELETED.value
        for category in [categories.category_of(cell.label)]
    ]
    return png_bytes(draw_boxes(image, boxes, scale))


def png_bytes(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def cell_thumbnail_png(field_image: Image.Image, cell: Cell, side: int = 96) -> bytes:
    """The cell with some of its surroundings (the box widened 1.6x, squared), ``side`` px."""
    x1, y1, x2, y2 = cell.box
    half = 0.8 * max(x2 - x1, y2 - y1, 1.0)
    # The window slides back inside the image at its edges rather than showing black.
    side_px = min(2 * half, field_image.width, field_image.height)
    left = min(max(0.0, (x1 + x2) / 2 - side_px / 2), field_image.width - side_px)
    top = min(max(0.0, (y1 + y2) / 2 - side_px / 2), field_image.height - side_px)
    crop = field_image.crop((round(left), round(top), round(left + side_px), round(top + side_px)))
    return png_bytes(crop.resize((side, side)))


def bar_png(fraction: float, colour: str, width: int = 160, height: int = 14) -> bytes:
    """One bar of the summary's chart: ``fraction`` (0-1) of the width in the category colour."""
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width - 1, height - 1), outline="#BBBBBB")
    filled = round(max(0.0, min(1.0, fraction)) * (width - 2))
    if filled:
        draw.rectangle((1, 1, filled, height - 2), fill=colour)
    return png_bytes(image)
