"""Field images with their cells drawn on, small enough to embed in a report."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw

from app.core.categories import CategoryKind, CategoryMap
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
    draw = ImageDraw.Draw(image)
    for cell in cells:
        if cell.state == CellState.DELETED.value:
            continue
        category = categories.category_of(cell.label)
        box = [round(v * scale) for v in cell.box]
        background = category.kind is CategoryKind.IGNORED
        colour = category.colour if cell.state == CellState.COUNTED.value else "#9E9E9E"
        draw.rectangle(box, outline=colour, width=1 if background else 2)
        if not background:
            draw.text((box[0] + 2, max(0, box[1] - 11)), category.name, fill=colour)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
