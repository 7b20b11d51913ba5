"""Row changes: the unit every command is made of, stored with its action so that undo and redo
work the same way for every command, and after a restart."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, replace

from app.core.errors import StorageError
from app.core.i18n import _
from app.core.records import Cell, Field, Record, Row, Slide
from app.core.store.sql import Connection, ServerError, duplicate_key

TABLES: dict[str, type[Record]] = {t.TABLE: t for t in (Slide, Field, Cell)}


@dataclass(frozen=True)
class RowChange:
    """``before`` None: an insert; ``after`` None: a delete; both: an update."""

    table: str
    id: int
    before: Row | None
    after: Row | None

    def inverse(self) -> RowChange:
        return RowChange(self.table, self.id, self.after, self.before)

    def to_json(self) -> list[object]:
        return [self.table, self.id, self.before, self.after]

    @classmethod
    def from_json(cls, item: list[object]) -> RowChange:
        table, row_id, before, after = item
        # Rows stored by an older schema lack the columns added since, which were NULL then.
        columns = TABLES[str(table)].columns()

        def full(row: object) -> Row | None:
            return None if row is None else {c: row.get(c) for c in columns}  # type: ignore[attr-defined]

        return cls(str(table), int(row_id), full(before), full(after))  # type: ignore[call-overload]


def update(record: Record, **values: object) -> RowChange:
    """The change that sets ``values`` on ``record``'s row."""
    before = record.to_row()
    return RowChange(record.TABLE, record.id, before, replace(record, **values).to_row())  # type: ignore[arg-type]


def differs(change: RowChange, ignore: tuple[str, ...] = ()) -> bool:
    """An update that changes something (besides the ``ignore`` columns)."""
    assert change.before is not None and change.after is not None
    return any(change.before[k] != v for k, v in change.after.items() if k not in ignore)


def dumps(changes: list[RowChange]) -> str:
    return json.dumps([c.to_json() for c in changes])


def loads(text: str) -> list[RowChange]:
    return [RowChange.from_json(item) for item in json.loads(text)]


def read_row(conn: Connection, table: str, row_id: int) -> Row | None:
    columns = TABLES[table].columns()
    row = conn.execute(
        f"SELECT {', '.join(columns)} FROM {table} WHERE id = ?", (row_id,)
    ).fetchone()
    return dict(zip(columns, row, strict=True)) if row else None


def _replay_refused(table: str, row_id: int) -> str:
    return _("{table} {id} was changed since; this step cannot be replayed.").format(
        table=table, id=row_id
    )


def apply(conn: Connection, change: RowChange) -> None:
    """Write one change, first checking the row is as the change expects."""
    table = change.table
    columns = TABLES[table].columns()
    # An insert needs no look first: the primary key refuses a row that is already there.
    if change.before is not None and read_row(conn, table, change.id) != change.before:
        raise StorageError(_replay_refused(table, change.id))
    if change.after is None:
        conn.execute(f"DELETE FROM {table} WHERE id = ?", (change.id,))
    elif change.before is None:
        values = [change.after[c] for c in columns]
        marks = ", ".join("?" * len(columns))
        try:
            conn.execute(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", values)
        except (sqlite3.IntegrityError, ServerError) as exc:
            if not duplicate_key(exc):
                raise
            raise StorageError(_replay_refused(table, change.id)) from exc
    else:
        changed = [c for c in columns if change.after[c] != change.before[c]]
        if changed:
            sets = ", ".join(f"{c} = ?" for c in changed)
            conn.execute(
                f"UPDATE {table} SET {sets} WHERE id = ?",
                [*(change.after[c] for c in changed), change.id],
            )


def summary(changes: list[RowChange]) -> tuple[dict[str, object], dict[str, object]]:
    """Compact before/after for the audit trail: changed columns of updated rows, whole rows of
    a few inserts or deletes, and counts when an analysis adds or removes many cells."""
    before: dict[str, object] = {}
    after: dict[str, object] = {}
    inserted = [c for c in changes if c.before is None]
    deleted = [c for c in changes if c.after is None]
    for change in changes:
        key = f"{change.table} {change.id}"
        if change.before is not None and change.after is not None:
            diff = [k for k in change.after if change.after[k] != change.before[k]]
            before[key] = {k: change.before[k] for k in diff}
            after[key] = {k: change.after[k] for k in diff}
    for rows, side, name in ((inserted, after, "added"), (deleted, before, "removed")):
        if len(rows) > 5:
            side[name] = {"rows": len(rows), "ids": [c.id for c in rows]}
        else:
            for c in rows:
                side[f"{c.table} {c.id}"] = c.after if c.after is not None else c.before
    return before, after


def next_id(conn: Connection, table: str) -> int:
    """The next id never used in ``table``, so an undone row's id is never reused."""
    seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone()
    top = conn.execute(f"SELECT max(id) FROM {table}").fetchone()
    return max(int(seq[0]) if seq else 0, int(top[0] or 0)) + 1
