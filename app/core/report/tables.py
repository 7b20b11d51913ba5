"""The tables a report prints, computed from a snapshot without any file format: the cells a
lab reads, the agreement between the models and the people who reviewed them, the counts per
field and the cells that illustrate each flagged category."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from app.core.categories import CategoryKind
from app.core.counting import wbc_total
from app.core.i18n import N_
from app.core.records import Cell, CellSource, CellState, Field
from app.core.report.data import ReportData

#: The agreement's outcome columns besides the classes (translated where they are shown).
DELETED_TEXT = N_("deleted (false detection)")
NOT_COUNTED_TEXT = N_("not counted")


def is_wbc_type(data: ReportData, cell: Cell) -> bool:
    """A white cell (or one the models or a person took for one): RBC and platelets are not."""
    labels = [cell.label, cell.model_label] if cell.model_label else [cell.label]
    return any(data.categories.category_of(x).kind is not CategoryKind.IGNORED for x in labels)


def report_cells(data: ReportData) -> list[Cell]:
    """The cells the Cells sheet lists: WBC-type ones, in field order."""
    return [c for c in data.cells if is_wbc_type(data, c)]


def person_touched(cell: Cell) -> bool:
    """Reviewed, relabelled, accepted, removed or excluded by a person."""
    return bool(cell.reviewed) or cell.changed_at is not None


@dataclass(frozen=True)
class Agreement:
    """Model class (rows) x final outcome (columns) over the model cells a person looked at."""

    rows: tuple[str, ...]
    columns: tuple[str, ...]
    matrix: Counter[tuple[str, str]]
    considered: int  # WBC-type model cells a person reviewed or changed
    model_cells: int  # all WBC-type model cells

    def total(self, label: str) -> int:
        return sum(self.matrix[(label, name)] for name in self.columns)

    def kept(self, label: str) -> int:
        return self.matrix[(label, label)]

    @property
    def overall(self) -> tuple[int, int]:
        """(kept, total) over every row."""
        return sum(self.kept(r) for r in self.rows), sum(self.total(r) for r in self.rows)


def agreement(data: ReportData) -> Agreement:
    outcome = {
        CellState.DELETED.value: DELETED_TEXT,
        CellState.NOT_COUNTED.value: NOT_COUNTED_TEXT,
    }
    # An untouched cell says nothing about whether the model was right: only cells a person
    # reviewed or changed count here, and WBC-type ones only (hundreds of RBC would drown it).
    model_cells = [
        c
        for c in data.cells
        if c.source == CellSource.MODEL.value and c.model_label and is_wbc_type(data, c)
    ]
    pairs = [
        (str(c.model_label), outcome.get(c.state, c.label))
        for c in model_cells
        if person_touched(c)
    ]
    finals = {final for _, final in pairs}
    columns = sorted(finals - set(outcome.values())) + [v for v in outcome.values() if v in finals]
    return Agreement(
        rows=tuple(sorted({label for label, _ in pairs})),
        columns=tuple(columns),
        matrix=Counter(pairs),
        considered=len(pairs),
        model_cells=len(model_cells),
    )


@dataclass(frozen=True)
class FieldCounts:
    field: Field
    wbc: int
    not_counted: int
    deleted: int
    cells: int


def field_counts(data: ReportData) -> list[FieldCounts]:
    by_field = cells_by_field(data)
    out = []
    for f in data.fields:
        cells = by_field[f.id]
        states = Counter(c.state for c in cells)
        out.append(
            FieldCounts(
                f,
                wbc_total(cells, data.categories),
                states[CellState.NOT_COUNTED.value],
                states[CellState.DELETED.value],
                len(cells),
            )
        )
    return out


def cells_by_field(data: ReportData) -> dict[int, list[Cell]]:
    out: dict[int, list[Cell]] = {f.id: [] for f in data.fields}
    for cell in data.cells:
        out.setdefault(cell.field_id, []).append(cell)
    return out


def flagged_categories(data: ReportData) -> list[str]:
    """Category keys a reader should see examples of: H/L flagged ones and blasts."""
    diff = data.differential
    return [row.category.key for row in diff.rows if row.count and (row.flag or row.category.blast)]


def representative_cells(data: ReportData, key: str, limit: int = 6) -> list[Cell]:
    """Up to ``limit`` counted cells of a category, spread over fields, surest first (cells a
    person confirmed before those only the model called)."""
    cells = [
        c
        for c in data.cells
        if c.state == CellState.COUNTED.value and data.categories.category_of(c.label).key == key
    ]
    cells.sort(key=lambda c: (not person_touched(c), -(c.model_confidence or 0.0), c.id))
    chosen: list[Cell] = []
    seen_fields: set[int] = set()
    for spread in (True, False):  # first one per field, then fill up
        for cell in cells:
            if len(chosen) == limit:
                return chosen
            if cell in chosen or (spread and cell.field_id in seen_fields):
                continue
            chosen.append(cell)
            seen_fields.add(cell.field_id)
    return chosen
