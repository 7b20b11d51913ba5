"""A slide as one zip file (rows, images, checksums) for backup or for a reviewer elsewhere.

Import trusts nothing: only the expected member names are accepted (no ``..``, no absolute
paths, no links), sizes are bounded, every image must match its checksum, and the rows go in
through one transaction, so a bad bundle leaves the store as it was.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import sqlite3
import stat
import zipfile
from pathlib import Path
from typing import Any

from app.core.atomic import write_bytes_atomic
from app.core.errors import StorageError
from app.core.records import Cell, Field, Slide, now_iso
from app.core.store import audit
from app.core.store.changes import next_id
from app.core.store.library import SlideStore

BUNDLE_VERSION = 1
MANIFEST = "bundle.json"
_IMAGE_NAME = re.compile(r"^images/([0-9a-f]{64})(\.[a-z0-9]{1,5})$")
MAX_BUNDLE_BYTES = 8 << 30  # uncompressed; a 500-field slide of 20 MB images is 10 GB: rare
MAX_MEMBERS = 100_000


def export_slide(store: SlideStore, slide_id: int, user: str, path: Path) -> None:
    """Write the slide, its fields, cells, audit entries and images to ``path`` atomically."""
    session = store.open(slide_id, user)
    fields = session.field_list()
    images = {f"images/{f.image_sha256}{f.image_ext}": f for f in fields}
    manifest = {
        "bundle_version": BUNDLE_VERSION,
        "exported_at": now_iso(),
        "exported_by": session.user,
        "slide": session.slide.to_row(),
        "fields": [f.to_row() for f in fields],
        "cells": [c.to_row() for c in sorted(session.cells.values(), key=lambda c: c.id)],
        "audit": [e.__dict__ for e in audit.entries(store.db.conn, slide_id)],
        "files": {name: f.image_sha256 for name, f in images.items()},
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, indent=1))
        for name, field in images.items():
            # Images are already compressed: storing them saves time and loses nothing.
            archive.writestr(
                name,
                store.images.read(field.image_sha256, field.image_ext),
                compress_type=zipfile.ZIP_STORED,
            )
    write_bytes_atomic(path, buffer.getvalue())
    with store.db.transaction() as conn:
        audit.append(conn, slide_id, session.user, "export bundle", str(path.name))


def import_slide(store: SlideStore, path: Path, user: str) -> int:
    """Add the bundled slide to the store as a new slide; returns its id."""
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise StorageError(f"{path.name} is not a SmearCount slide bundle or is damaged.") from exc
    with archive:
        manifest, images = _read_checked(archive, path.name)
    try:
        slide = manifest["slide"]
        fields = manifest["fields"]
        cells = manifest["cells"]
        for name, data in images.items():
            store.images.put(data, _IMAGE_NAME.match(name).group(2))  # type: ignore[union-attr]
        with store.db.transaction() as conn:
            slide_id = _insert(
                conn, "slide", Slide.columns(), {**slide, "id": next_id(conn, "slide")}
            )
            written = [("slide", slide_id)]
            field_ids: dict[int, int] = {}
            for row in fields:
                conn.execute(
                    "INSERT OR IGNORE INTO image (sha256, ext, size, stored_at) "
                    "VALUES (?, ?, ?, ?)",
                    (
                        row["image_sha256"],
                        row["image_ext"],
                        len(images[f"images/{row['image_sha256']}{row['image_ext']}"]),
                        now_iso(),
                    ),
                )
                new = {**row, "id": next_id(conn, "field"), "slide_id": slide_id}
                field_ids[int(row["id"])] = _insert(conn, "field", Field.columns(), new)
                written.append(("field", field_ids[int(row["id"])]))
            for row in cells:
                new = {
                    **row,
                    "id": next_id(conn, "cell"),
                    "field_id": field_ids[int(row["field_id"])],
                }
                written.append(("cell", _insert(conn, "cell", Cell.columns(), new)))
            audit.append(
                conn,
                slide_id,
                user,
                "import bundle",
                path.name,
                None,
                {
                    "original_slide": slide.get("id"),
                    "exported_by": manifest.get("exported_by"),
                    "exported_at": manifest.get("exported_at"),
                    "fields": len(fields),
                    "cells": len(cells),
                },
                rows=written,
            )
    except (KeyError, TypeError, ValueError, AttributeError, sqlite3.Error) as exc:
        raise StorageError(
            f"{path.name}: the slide data in the bundle is damaged ({exc})."
        ) from exc
    return slide_id


def _insert(
    conn: sqlite3.Connection, table: str, columns: tuple[str, ...], row: dict[str, Any]
) -> int:
    marks = ", ".join("?" * len(columns))
    # .get: a bundle from an older SmearCount lacks newer optional columns; NOT NULL guards
    # the required ones.
    values = [row.get(c) for c in columns]
    conn.execute(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", values)
    return int(row["id"])


def _read_checked(archive: zipfile.ZipFile, name: str) -> tuple[dict[str, Any], dict[str, bytes]]:
    members = archive.infolist()
    if len(members) > MAX_MEMBERS or sum(m.file_size for m in members) > MAX_BUNDLE_BYTES:
        raise StorageError(f"{name} is too large to be a slide bundle.")
    names = [m.filename for m in members]
    links = {m.filename for m in members if stat.S_ISLNK(m.external_attr >> 16)}
    bad = [n for n in names if (n != MANIFEST and not _IMAGE_NAME.match(n)) or n in links]
    if bad:
        raise StorageError(
            f"{name} holds unexpected or unsafe paths ({', '.join(bad[:3])}); refused."
        )
    if MANIFEST not in names:
        raise StorageError(f"{name} is not a SmearCount slide bundle ({MANIFEST} is missing).")
    try:
        manifest = json.loads(archive.read(MANIFEST))
        if not isinstance(manifest, dict) or manifest.get("bundle_version") != BUNDLE_VERSION:
            raise ValueError("unknown bundle version")
        images = {n: archive.read(n) for n in names if n != MANIFEST}
    except (ValueError, zipfile.BadZipFile, OSError) as exc:
        raise StorageError(f"{name} is damaged: {exc}.") from exc
    listed = manifest.get("files")
    if not isinstance(listed, dict) or set(listed) != set(images):
        raise StorageError(f"{name} is damaged: its list of images does not match its content.")
    for member, data in images.items():
        digest = hashlib.sha256(data).hexdigest()
        if digest != listed[member] or digest != _IMAGE_NAME.match(member).group(1):  # type: ignore[union-attr]
            raise StorageError(f"{name} is damaged: {member} does not match its checksum.")
    return manifest, images
