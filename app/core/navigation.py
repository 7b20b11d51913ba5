"""Stepping through a field's cells: which cells Tab visits, in what order, and how big a box a
click on a missed cell gets."""

from __future__ import annotations

from collections.abc import Iterable

from app.core.categories import CategoryKind, CategoryMap
from app.core.records import Cell, CellState

DEFAULT_CELL_SIDE = 60.0  # a click's box on a field without white cells yet (pixels)


def reading_order(cells: Iterable[Cell], categories: CategoryMap) -> list[Cell]:
    """The white cells of a field in reading order (top to bottom, then left to right); red
    cells and platelets are shown but never stepped through."""
    return sorted(
        (
            c
            for c in cells
            if c.state != CellState.DELETED.value
            and categories.category_of(c.label).kind is not CategoryKind.IGNORED
        ),
        key=lambda c: (c.y1, c.x1, c.id),
    )


def step(ids: list[int], selected: list[int], backwards: bool) -> int | None:
    """The cell after (or before) the last selected one, wrapping round; the first (or last)
    when none of ``ids`` is selected; None when there is no cell."""
    if not ids:
        return None
    if selected and selected[-1] in ids:
        index = ids.index(selected[-1]) + (-1 if backwards else 1)
    else:
        index = -1 if backwards else 0
    return ids[index % len(ids)]


def typical_side(cells: Iterable[Cell], categories: CategoryMap) -> float:
    """The median side of the field's differential cells: the size of a box a click adds."""
    sides = sorted(
        max(c.x2 - c.x1, c.y2 - c.y1)
        for c in cells
        if categories.category_of(c.label).kind is CategoryKind.DIFFERENTIAL
    )
    return sides[len(sides) // 2] if sides else DEFAULT_CELL_SIDE
