"""Field images kept inside the data folder, named by their SHA-256, so a slide reopens after the
original files moved and the same image is stored once."""

from __future__ import annotations

import hashlib
from pathlib import Path

from app.core.atomic import write_bytes_atomic
from app.core.errors import ExportError, StorageError


class ImageStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str, ext: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}{ext}"

    def put(self, data: bytes, ext: str, sha256: str | None = None) -> str:
        """Store ``data`` (if not yet stored) and return its SHA-256; pass ``sha256`` when it
        is known (``FieldImage.sha256``, hashed where the image was read): a 20 MB field takes
        tens of milliseconds to hash, on the GUI thread when the row is added."""
        sha256 = sha256 or hashlib.sha256(data).hexdigest()
        path = self.path_for(sha256, ext)
        if path.is_file() and path.stat().st_size == len(data):
            return sha256
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(path, data)
        except (OSError, ExportError) as exc:
            raise StorageError(f"The field image cannot be saved in {self.root}: {exc}") from exc
        return sha256

    def read(self, sha256: str, ext: str) -> bytes:
        path = self.path_for(sha256, ext)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise StorageError(f"The stored image {path.name} is missing: {exc.strerror}.") from exc
        if hashlib.sha256(data).hexdigest() != sha256:
            raise StorageError(f"The stored image {path.name} is damaged (checksum differs).")
        return data
