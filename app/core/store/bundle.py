"""A slide as one zip file (rows, audit trail, images, checksums) for backup or for a reviewer
elsewhere.

Import trusts nothing: only the expected member names are accepted (no ``..``, no absolute
paths, no links; a folder entry as ``zip -r`` writes it is fine), every JSON value is checked
with limits and the rows must match the slide's own audit trail (``bundle_check``) before
anything is written, each image's declared and actual size are bounded while it is read and it
must match its checksum, and the rows go in through one transaction, so a bad bundle leaves
the store as it was. The slide's history comes along: its audit entries are added to this
store's trail, then the import itself.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import sqlite3
import stat
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from app.core.atomic import write_bytes_atomic
from app.core.errors import StorageError
from app.core.i18n import _
from app.core.records import now_iso
from app.core.store import audit, bundle_check
from app.core.store.copy_in import insert_slide
from app.core.store.library import SlideStore
from app.core.store.sql import Connection

# Run inside the import's transaction with the new slide's id: what must land with it or not at
# all (the outbox retires the slide the bundle replaces).
AfterImport = Callable[[Connection, int], None]

BUNDLE_VERSION = 2  # 2: the audit entries as stored (hashes, row digests), so it can be verified
MANIFEST = "bundle.json"
_IMAGE_NAME = re.compile(r"^images/([0-9a-f]{64})(\.[a-z0-9]{1,5})$")
_FOLDERS = {"images/"}  # entries an ordinary zip tool adds
MAX_BUNDLE_BYTES = 8 << 30  # uncompressed; a 500-field slide of 20 MB images is 10 GB: rare
MAX_IMAGE_BYTES = 1 << 30  # one field image (a 150-megapixel TIFF is about 450 MB)
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
        "audit": _stored_entries(store, slide_id),
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
    if not store.db.read_only:  # an archive on a read-only disk cannot record the export
        with store.db.transaction() as conn:
            audit.append(conn, slide_id, session.user, "export bundle", str(path.name))


def _stored_entries(store: SlideStore, slide_id: int) -> list[dict[str, Any]]:
    """The slide's audit entries exactly as stored, so the importer can recompute each hash."""
    keys = bundle_check.AUDIT_KEYS
    rows = store.db.conn.execute(
        f"SELECT {', '.join(keys)} FROM audit WHERE slide_id = ? ORDER BY id", (slide_id,)
    ).fetchall()
    return [dict(zip(keys, row, strict=True)) for row in rows]


def import_slide(
    store: SlideStore,
    path: Path,
    user: str,
    extra: dict[str, Any] | None = None,
    then: AfterImport | None = None,
) -> int:
    """Add the bundled slide, and its history, to the store as a new slide; returns its id.
    ``extra`` goes into the import's audit entry; ``then`` runs inside its transaction."""
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise StorageError(
            _("{name} is not a SmearCount slide bundle or is damaged.").format(name=path.name)
        ) from exc
    with archive:
        manifest = _manifest(archive, path.name)
        slide, fields, cells = manifest["slide"], manifest["fields"], manifest["cells"]
        # One image in memory at a time; an image that fails its checks stops the import before
        # any row is written (earlier ones stay stored, named by content: harmless).
        for data, ext in _images(archive, manifest, path.name):
            store.images.put(data, ext)
    try:
        with store.db.transaction() as conn:
            slide_id, written = insert_slide(conn, store.images, slide, fields, cells)
            for entry in manifest["audit"]:  # the slide's history, as it happened
                audit.append(
                    conn,
                    slide_id,
                    str(entry["who"]),
                    str(entry["what"]),
                    f"{entry['target']} (before import)",
                    _json(entry["before"]),
                    _json(entry["after"]),
                    at=str(entry["at"]),
                    station=entry.get("station"),
                )
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
                    "history_entries": len(manifest["audit"]),
                    "verified": True,
                    **(extra or {}),
                },
                rows=written,
            )
            if then is not None:
                then(conn, slide_id)
    except (KeyError, TypeError, ValueError, AttributeError, OSError, sqlite3.Error) as exc:
        raise StorageError(
            _("{name}: the slide data in the bundle is damaged ({problem}).").format(
                name=path.name, problem=exc
            )
        ) from exc
    return slide_id


def _json(text: object) -> Any:
    return None if text is None else json.loads(str(text))


def _manifest(archive: zipfile.ZipFile, name: str) -> dict[str, Any]:
    """The checked bundle.json of a bundle whose member names are safe."""
    members = archive.infolist()
    if len(members) > MAX_MEMBERS or sum(m.file_size for m in members) > MAX_BUNDLE_BYTES:
        raise StorageError(_("{name} is too large to be a slide bundle.").format(name=name))
    links = {m.filename for m in members if stat.S_ISLNK(m.external_attr >> 16)}
    names = [m.filename for m in members if m.filename not in _FOLDERS or m.filename in links]
    bad = [n for n in names if (n != MANIFEST and not _IMAGE_NAME.match(n)) or n in links]
    if bad:
        raise StorageError(
            _("{name} holds unexpected or unsafe paths ({paths}); refused.").format(
                name=name, paths=", ".join(bad[:3])
            )
        )
    if MANIFEST not in names:
        raise StorageError(
            _("{name} is not a SmearCount slide bundle ({manifest} is missing).").format(
                name=name, manifest=MANIFEST
            )
        )
    manifest = bundle_check.parse(_read(archive, MANIFEST, bundle_check.MAX_MANIFEST_BYTES), name)
    version = manifest.get("bundle_version")
    if version != BUNDLE_VERSION:
        older = isinstance(version, int) and not isinstance(version, bool) and version < 2
        raise StorageError(
            (
                _(
                    "{name} was made by an older SmearCount that did not carry the slide's audit "
                    "trail in a form that can be verified: export it again with this version."
                )
                if older
                else _("{name} is damaged: unknown bundle version.")
            ).format(name=name)
        )
    bundle_check.check_rows(manifest, name)
    problems = bundle_check.verify(manifest)
    if problems:
        raise StorageError(
            _(
                "{name} does not verify: it was changed after it was exported ({problems}). "
                "Nothing was imported."
            ).format(name=name, problems="; ".join(problems[:5]))
        )
    listed = manifest.get("files")
    if not isinstance(listed, dict) or set(listed) != {n for n in names if n != MANIFEST}:
        raise StorageError(
            _("{name} is damaged: its list of images does not match its content.").format(name=name)
        )
    return manifest


def _images(
    archive: zipfile.ZipFile, manifest: dict[str, Any], name: str
) -> Iterator[tuple[bytes, str]]:
    """Each image's bytes and extension, read one at a time with bounds, checksum checked."""
    for member, sha256 in manifest["files"].items():
        data = _read(archive, member, MAX_IMAGE_BYTES)
        match = _IMAGE_NAME.match(member)
        assert match is not None  # names were checked by _manifest
        if hashlib.sha256(data).hexdigest() != sha256 or sha256 != match.group(1):
            raise StorageError(
                _("{name} is damaged: {member} does not match its checksum.").format(
                    name=name, member=member
                )
            )
        yield data, match.group(2)


def _read(archive: zipfile.ZipFile, member: str, limit: int) -> bytes:
    """A member's bytes, never more than ``limit`` nor more than it declares."""
    info = archive.getinfo(member)
    if info.file_size > limit:
        raise StorageError(
            _("{name}: {member} is too large ({size} bytes).").format(
                name=archive.filename, member=member, size=info.file_size
            )
        )
    try:
        with archive.open(info) as stream:
            data = stream.read(info.file_size + 1)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise StorageError(
            _("{name} is damaged: {member} ({problem}).").format(
                name=archive.filename, member=member, problem=exc
            )
        ) from exc
    if len(data) != info.file_size:
        raise StorageError(
            _("{name} is damaged: {member} is not the size it says.").format(
                name=archive.filename, member=member
            )
        )
    return data
