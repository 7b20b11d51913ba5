"""Field images kept inside the data folder, named by their SHA-256, so a slide reopens after the
original files moved and the same image is stored once."""

from __future__ import annotations

import hashlib
from pathlib import Path

from app.core.atomic import write_bytes_atomic
from app.core.errors import ExportError, StorageError
from app.core.i18n import _


class ImageStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def for_worker(self) -> ImageStore:
        """The store as a worker thread writes to it (files: this one; a lab server: over a
        connection of the worker's own)."""
        return self

    def close(self) -> None:
        """Let go of what ``for_worker`` opened."""

    def file_for(self, sha256: str, ext: str) -> Path:
        """Where the image's file is (or would be) in this folder."""
        return self.root / sha256[:2] / f"{sha256}{ext}"

    def path_for(self, sha256: str, ext: str) -> Path:
        """A file holding the image, for whoever reads it (the window, the report)."""
        return self.file_for(sha256, ext)

    def put(self, data: bytes, ext: str, sha256: str | None = None) -> str:
        """Store ``data`` (if not yet stored) and return its SHA-256; pass ``sha256`` when it
        is known (``FieldImage.sha256``, hashed where the image was read): a 20 MB field takes
        tens of milliseconds to hash, on the GUI thread when the row is added."""
        sha256 = sha256 or hashlib.sha256(data).hexdigest()
        self.keep(sha256, ext, data)
        return sha256

    def keep(self, sha256: str, ext: str, data: bytes) -> None:
        """Write the file unless it is there already (through a temporary file and a rename)."""
        path = self.file_for(sha256, ext)
        if path.is_file() and path.stat().st_size == len(data):
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(path, data)
        except (OSError, ExportError) as exc:
            raise StorageError(
                _("The field image cannot be saved in {folder}: {problem}").format(
                    folder=self.root, problem=exc
                )
            ) from exc

    def size(self, sha256: str, ext: str) -> int:
        return self.file_for(sha256, ext).stat().st_size

    def stored_bytes(self, sha256: str, ext: str) -> bytes:
        """The image as stored, unchecked (OSError when it is missing): what ``verify`` hashes."""
        return self.file_for(sha256, ext).read_bytes()

    def read(self, sha256: str, ext: str) -> bytes:
        name = f"{sha256}{ext}"
        try:
            data = self.stored_bytes(sha256, ext)
        except OSError as exc:
            raise StorageError(
                _("The stored image {name} is missing: {problem}.").format(
                    name=name, problem=exc.strerror
                )
            ) from exc
        if hashlib.sha256(data).hexdigest() != sha256:
            raise StorageError(
                _("The stored image {name} is damaged (checksum differs).").format(name=name)
            )
        return data
