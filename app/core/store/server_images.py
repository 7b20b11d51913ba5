"""Field images on the lab server: the bytes in the database (``image_data``, one row per
SHA-256, so the same image is stored once for the whole lab and a station needs no shared
folder), and a copy of each image a station looks at in its own cache folder, fetched once and
checked against its hash before it is used."""

from __future__ import annotations

import hashlib
from pathlib import Path

from app.core.errors import StorageError
from app.core.i18n import _
from app.core.store.images import ImageStore
from app.core.store.sql import ServerConnection


class ServerImageStore(ImageStore):
    def __init__(self, conn: ServerConnection, cache: Path) -> None:
        super().__init__(cache)
        self.conn = conn

    def for_worker(self) -> ServerImageStore:
        # The window's connection is the GUI thread's: a worker's statement there could land
        # inside a transaction the GUI has open (and go with its rollback).
        own = ServerConnection(self.conn.url, self.conn.station, connect=False)
        return ServerImageStore(own, self.root)

    def close(self) -> None:
        self.conn.close()

    def put(self, data: bytes, ext: str, sha256: str | None = None) -> str:
        sha256 = sha256 or hashlib.sha256(data).hexdigest()
        # On the server before any row points to it (its own statement, like the file on a PC).
        self.conn.execute(
            "INSERT OR IGNORE INTO image_data (sha256, data) VALUES (?, ?)", (sha256, data)
        )
        self.keep(sha256, ext, data)
        return sha256

    def path_for(self, sha256: str, ext: str) -> Path:
        path = self.file_for(sha256, ext)
        if not path.is_file():
            data = self.stored_bytes(sha256, ext)
            if hashlib.sha256(data).hexdigest() != sha256:
                raise StorageError(
                    _("The image {name}… on the lab server is damaged (checksum differs).").format(
                        name=sha256[:12]
                    )
                )
            self.keep(sha256, ext, data)
        return path

    def size(self, sha256: str, ext: str) -> int:
        row = self.conn.execute(
            "SELECT length(data) FROM image_data WHERE sha256 = ?", (sha256,)
        ).fetchone()
        if row is None:
            raise FileNotFoundError(sha256)
        return int(row[0])

    def stored_bytes(self, sha256: str, ext: str) -> bytes:
        row = self.conn.execute(
            "SELECT data FROM image_data WHERE sha256 = ?", (sha256,)
        ).fetchone()
        if row is None:
            raise FileNotFoundError(
                _("{name} is not on the lab server").format(name=f"{sha256}{ext}")
            )
        return bytes(row[0])
