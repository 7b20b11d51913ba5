"""Putting a slide that comes from elsewhere (a bundle, a damaged database being salvaged) into
this store: its rows under new ids, its images registered, all inside the caller's
transaction. Returns what was written, for the audit entry that records it."""

from __future__ import annotations

from typing import Any

from app.core.records import Cell, Field, Slide, now_iso
from app.core.store.changes import next_id
from app.core.store.images import ImageStore
from app.core.store.sql import Connection

Rows = list[tuple[str, int]]


def insert_slide(
    conn: Connection,
    images: ImageStore,
    slide: dict[str, Any],
    fields: list[dict[str, Any]],
    cells: list[dict[str, Any]],
) -> tuple[int, Rows]:
    """The new slide's id and every (table, id) written. Images must be stored already."""
    slide_id = _insert(conn, "slide", Slide.columns(), {**slide, "id": next_id(conn, "slide")})
    written: Rows = [("slide", slide_id)]
    field_ids: dict[int, int] = {}
    for row in fields:
        sha256, ext = row["image_sha256"], row["image_ext"]
        conn.execute(
            "INSERT OR IGNORE INTO image (sha256, ext, size, stored_at) VALUES (?, ?, ?, ?)",
            (sha256, ext, images.size(sha256, ext), now_iso()),
        )
        new = {**row, "id": next_id(conn, "field"), "slide_id": slide_id}
        field_ids[int(row["id"])] = _insert(conn, "field", Field.columns(), new)
        written.append(("field", field_ids[int(row["id"])]))
    for row in cells:
        new = {**row, "id": next_id(conn, "cell"), "field_id": field_ids[int(row["field_id"])]}
        written.append(("cell", _insert(conn, "cell", Cell.columns(), new)))
    return slide_id, written


def _insert(conn: Connection, table: str, columns: tuple[str, ...], row: dict[str, Any]) -> int:
    marks = ", ".join("?" * len(columns))
    # .get: a slide from an older SmearCount lacks newer optional columns; NOT NULL guards
    # the required ones.
    values = [row.get(c) for c in columns]
    conn.execute(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", values)
    return int(row["id"])
