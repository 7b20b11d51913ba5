"""Salvaging a damaged store: every slide whose rows can still be read, with the images that
still match their hashes, is copied into a new, sound store; what could not be read is listed.
The old folder is only read, never changed."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.errors import StorageError
from app.core.i18n import _
from app.core.records import Cell, Field, Slide
from app.core.store import audit
from app.core.store.copy_in import insert_slide
from app.core.store.database import DB_NAME, describe
from app.core.store.images import ImageStore
from app.core.store.library import SlideStore


@dataclass
class Recovery:
    slides: int = 0
    fields: int = 0
    cells: int = 0
    lost: list[str] = field(default_factory=list)  # what could not be salvaged, and why


def recover(source: Path, target: Path, user: str) -> Recovery:
    """Copy what can be read of the store in ``source`` into a new store in ``target``."""
    if (target / DB_NAME).exists():
        raise StorageError(
            _("{folder} already holds a slide store: choose an empty folder.").format(folder=target)
        )
    try:
        old = sqlite3.connect(f"file:{source / DB_NAME}?mode=ro", uri=True)
        slide_ids = [int(r[0]) for r in old.execute("SELECT id FROM slide ORDER BY id")]
    except sqlite3.DatabaseError as exc:
        raise StorageError(
            _("Nothing can be salvaged: {problem}").format(problem=describe(exc, source / DB_NAME))
        ) from exc
    images = ImageStore(source / "images")
    result = Recovery()
    store = SlideStore(target)
    try:
        for slide_id in slide_ids:
            try:
                slide, fields, cells = _read(old, slide_id)
            except sqlite3.DatabaseError as exc:
                said = _("slide {id}: its rows cannot be read ({problem})")
                result.lost.append(said.format(id=slide_id, problem=exc))
                continue
            kept = _fields_with_images(fields, images, store.images, slide, result.lost)
            kept_ids = {f["id"] for f in kept}
            cells = [c for c in cells if c["field_id"] in kept_ids]
            with store.db.transaction() as conn:
                new_id, written = insert_slide(conn, store.images, slide, kept, cells)
                audit.append(
                    conn, new_id, user, "recovered from a damaged store", str(source),
                    None, {"original_slide": slide_id, "fields": len(kept), "cells": len(cells)},
                    rows=written,
                )  # fmt: skip
            result.slides += 1
            result.fields += len(kept)
            result.cells += len(cells)
    finally:
        store.close()
        old.close()
    return result


def _read(
    conn: sqlite3.Connection, slide_id: int
) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    def rows(columns: tuple[str, ...], query: str) -> list[dict[str, Any]]:
        found = conn.execute(query.format(", ".join(columns)), (slide_id,)).fetchall()
        return [dict(zip(columns, r, strict=True)) for r in found]

    (slide,) = rows(Slide.columns(), "SELECT {} FROM slide WHERE id = ?")
    fields = rows(Field.columns(), "SELECT {} FROM field WHERE slide_id = ? ORDER BY position")
    columns = ", ".join(f"c.{c}" for c in Cell.columns())
    query = f"SELECT {columns} FROM cell c JOIN field f ON f.id = c.field_id WHERE f.slide_id = ?"
    cells = [dict(zip(Cell.columns(), r, strict=True)) for r in conn.execute(query, (slide_id,))]
    return slide, fields, cells


def _fields_with_images(
    fields: list[dict[str, Any]],
    source: ImageStore,
    target: ImageStore,
    slide: dict[str, Any],
    lost: list[str],
) -> list[dict[str, Any]]:
    kept = []
    for row in fields:
        path = source.path_for(row["image_sha256"], row["image_ext"])
        try:
            data = path.read_bytes()
        except OSError:
            data = b""
        if hashlib.sha256(data).hexdigest() != row["image_sha256"]:
            said = _("slide {sample} field {position}: its image is missing or damaged")
            lost.append(said.format(sample=slide["sample_id"], position=row["position"]))
            continue
        target.put(data, row["image_ext"])
        kept.append(row)
    return kept
