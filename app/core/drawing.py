"""Boxes and labels drawn on an image, without Qt: the report's field thumbnails and the model
import dialog's reference images draw their cells the same way."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PIL import Image, ImageDraw


@dataclass(frozen=True)
class DrawnBox:
    box: tuple[float, float, float, float]  # x1, y1, x2, y2 in the image's pixels
    colour: str  # "#RRGGBB"
    label: str = ""  # nothing drawn when empty
    thin: bool = False  # red cells and platelets: a thin line and no label


def draw_boxes(image: Image.Image, boxes: Iterable[DrawnBox], scale: float = 1.0) -> Image.Image:
    """``image`` (changed in place, and returned) with each box, scaled by ``scale``; the line
    grows with the image so a box stays visible on a large reference field."""
    draw = ImageDraw.Draw(image)
    thick = max(2, round(max(image.size) / 300))
    for drawn in boxes:
        x1, y1, x2, y2 = (round(v * scale) for v in drawn.box)
        draw.rectangle((x1, y1, x2, y2), outline=drawn.colour, width=1 if drawn.thin else thick)
        if drawn.label and not drawn.thin:
            # Above the box, or inside it when the box touches the top of the image.
            draw.text((x1 + 2, y1 - 11 if y1 >= 11 else y1 + 2), drawn.label, fill=drawn.colour)
    return image
