"""The rows of one open slide in memory: read from the store once, then brought in line with
each committed change (``absorb``, the one place memory follows the store), with the indexes
the window asks a lot (cells by field, the cell kinds the differential is counted from)."""

from __future__ import annotations

from app.core.counting import cell_kinds
from app.core.errors import InvalidInputError, StorageError
from app.core.i18n import _
from app.core.records import Cell, Field, Slide
from app.core.store import audit
from app.core.store.changes import RowChange
from app.core.store.sql import Connection


class SlideRows:
    def __init__(self, conn: Connection, slide_id: int) -> None:
        # Read first: the rows below are at least as new as this entry (``follow``).
        self.mark = audit.latest(conn, slide_id)
        row = conn.execute(
            f"SELECT {', '.join(Slide.columns())} FROM slide WHERE id = ?", (slide_id,)
        ).fetchone()
        if row is None:
            raise StorageError(
                _("Slide {id} does not exist (it may have been deleted).").format(id=slide_id)
            )
        self.slide = Slide(*row)
        self.fields = {
            r["id"]: Field(*r)
            for r in conn.execute(
                f"SELECT {', '.join(Field.columns())} FROM field "
                "WHERE slide_id = ? ORDER BY position",
                (slide_id,),
            )
        }
        self.cells = {
            r["id"]: Cell(*r)
            for r in conn.execute(
                f"SELECT {', '.join('c.' + c for c in Cell.columns())} FROM cell c "
                "JOIN field f ON f.id = c.field_id WHERE f.slide_id = ? ORDER BY c.id",
                (slide_id,),
            )
        }
        self._by_field: dict[int, dict[int, Cell]] = {}  # field id -> cell id -> cell
        for cell in self.cells.values():
            self._by_field.setdefault(cell.field_id, {})[cell.id] = cell
        self.kinds = cell_kinds(self.cells.values())

    def cells_in(self, field_id: int) -> list[Cell]:
        """The field's cells by id (from an index: a slide of 5,000 fields asks this a lot)."""
        return list(self._by_field.get(field_id, {}).values())

    def field(self, field_id: int) -> Field:
        try:
            return self.fields[field_id]
        except KeyError:
            raise InvalidInputError(
                _("Field {id} is not part of this slide.").format(id=field_id)
            ) from None

    def cell(self, cell_id: int) -> Cell:
        try:
            return self.cells[cell_id]
        except KeyError:
            raise InvalidInputError(
                _("Cell {id} is not part of this slide.").format(id=cell_id)
            ) from None

    def absorb(self, changes: list[RowChange]) -> None:
        """Bring memory in line with rows already committed."""
        for change in changes:
            if change.table == "slide":
                assert change.after is not None
                self.slide = Slide.from_row(change.after)
                continue
            if change.table == "field":
                if change.after is None:
                    self.fields.pop(change.id, None)
                else:
                    self.fields[change.id] = Field.from_row(change.after)
                continue
            old = self.cells.get(change.id)
            if change.after is None:
                self.cells.pop(change.id, None)
            else:  # an update keeps the cell's place in both dicts
                self.cells[change.id] = Cell.from_row(change.after)
            new = self.cells.get(change.id) if change.after is not None else None
            if old is not None and (new is None or new.field_id != old.field_id):
                self._by_field.get(old.field_id, {}).pop(change.id, None)
            if new is not None:
                self._by_field.setdefault(new.field_id, {})[new.id] = new
            if old is not None:
                self.kinds[(old.state, old.label, old.reason)] -= 1
            if new is not None:
                self.kinds[(new.state, new.label, new.reason)] += 1


def field_of(change: RowChange) -> int:
    """The field a field or cell change is about."""
    if change.table == "field":
        return change.id
    row = change.after if change.after is not None else change.before
    assert row is not None
    return int(row["field_id"])
