"""Cutting a large image into overlapping tiles whose centre regions cover it exactly once.

A detection is kept only from the tile whose *core* holds its centre. With an overlap at least
as large as the biggest cell, every cell is whole in that tile, so nothing is counted twice or
cut in half, and small cells are not lost to downscaling the whole frame.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Tile:
    x0: int
    y0: int
    x1: int
    y1: int
    core: tuple[float, float, float, float]  # x0, y0, x1, y1 of the region this tile owns

    def owns(self, cx: float, cy: float) -> bool:
        cx0, cy0, cx1, cy1 = self.core
        return cx0 <= cx < cx1 and cy0 <= cy < cy1


def plan_tiles(width: int, height: int, side: int, overlap: int) -> list[Tile]:
    """Tiles of ``side`` pixels (smaller where the image is) overlapping by at least ``overlap``."""
    xs, ys = _spans(width, side, overlap), _spans(height, side, overlap)
    return [
        Tile(x0, y0, x1, y1, (cx0, cy0, cx1, cy1))
        for (y0, y1, cy0, cy1) in ys
        for (x0, x1, cx0, cx1) in xs
    ]


def _spans(length: int, side: int, overlap: int) -> list[tuple[int, int, float, float]]:
    """(start, end, core start, core end) along one axis."""
    if length <= side:
        return [(0, length, 0.0, math.inf)]
    count = math.ceil((length - side) / max(side - overlap, 1)) + 1
    starts = [round(i * (length - side) / (count - 1)) for i in range(count)]
    ends = [s + side for s in starts]
    # Each core ends half-way through the overlap with the next tile.
    cuts = [(ends[i] + starts[i + 1]) / 2 for i in range(count - 1)]
    lows = [0.0, *cuts]
    highs = [*cuts, math.inf]
    return list(zip(starts, ends, lows, highs, strict=True))
