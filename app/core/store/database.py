"""Opening the SQLite database: durable settings, migrations, one transaction per action, and
SQLite's errors turned into messages a technician can act on."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.core.errors import StorageError
from app.core.paths import private_dir
from app.core.store.schema import CURRENT_VERSION, MIGRATIONS, ROW_DIGESTS_VERSION

DB_NAME = "smearcount.sqlite3"


def describe(exc: BaseException, path: Path) -> str:
    text = str(exc).lower()
    if "full" in text or "no space" in text:
        return f"The disk holding {path.parent} is full: free some space; nothing was lost."
    if "readonly" in text or "read-only" in text or "permission" in text:
        return f"SmearCount cannot write to {path.parent} (read-only or no permission)."
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return f"{path.name} is not a SmearCount database or is damaged."
    if "locked" in text or "busy" in text:
        return f"{path.name} is in use by another program; close it and try again."
    if "unable to open" in text:
        return f"SmearCount cannot open {path} (the folder may be missing or read-only)."
    return f"The slide database failed: {exc}"


class Database:
    """One connection, used from the GUI thread only (Qt workers never touch it)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            private_dir(path.parent)
        except OSError as exc:
            raise StorageError(
                f"SmearCount cannot create the folder {path.parent}: {exc.strerror}."
            ) from exc
        try:
            # isolation_level=None: transactions are opened explicitly by `transaction()`.
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=5.0)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=FULL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.Error as exc:
            raise StorageError(describe(exc, path)) from exc

    def _migrate(self) -> None:
        version = self.version()
        if version > CURRENT_VERSION:
            raise StorageError(
                f"{self.path.name} was made by a newer SmearCount (database version {version}); "
                "update SmearCount to open it."
            )
        for target in range(version, CURRENT_VERSION):
            with self.transaction():
                for statement in _statements(MIGRATIONS[target]):
                    self.conn.execute(statement)
                if target + 1 == ROW_DIGESTS_VERSION and version > 0:
                    from app.core.store.tamper import baseline  # it needs the new column

                    baseline(self.conn)
                self.conn.execute("DELETE FROM schema_version")
                self.conn.execute("INSERT INTO schema_version VALUES (?)", (target + 1,))

    def version(self) -> int:
        exists = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_version'"
        ).fetchone()
        if not exists:
            return 0
        row = self.conn.execute("SELECT version FROM schema_version").fetchone()
        return int(row[0]) if row else 0

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing; committed (and synced to disk) when the block ends."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StorageError(describe(exc, self.path)) from exc
        try:
            yield self.conn
        except sqlite3.Error as exc:
            self._rollback()
            raise StorageError(describe(exc, self.path)) from exc
        except BaseException:
            self._rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise StorageError(describe(exc, self.path)) from exc

    def _rollback(self) -> None:
        # SQLite has already rolled back by itself after some errors (e.g. a full disk).
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def integrity_ok(self) -> bool:
        rows = self.conn.execute("PRAGMA integrity_check").fetchall()
        fk = self.conn.execute("PRAGMA foreign_key_check").fetchall()
        return [tuple(r) for r in rows] == [("ok",)] and not fk

    def close(self) -> None:
        self.conn.close()


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (triggers hold inner semicolons)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return [s for s in statements if s]
