"""Opening the SQLite database: durable settings, migrations, one transaction per action, and
SQLite's errors turned into messages a technician can act on."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import date
from pathlib import Path

from app.core.errors import StorageError
from app.core.i18n import _
from app.core.paths import private_dir
from app.core.store import audit
from app.core.store.anchor import Anchor, lost_message
from app.core.store.presence import Hold, Holder
from app.core.store.schema import CURRENT_VERSION, MIGRATIONS, ROW_DIGESTS_VERSION
from app.core.store.sql import Connection

DB_NAME = "smearcount.sqlite3"
BACKUPS = "backups"  # beside the database: a copy a day, and one before each migration
DAILY_BACKUPS = 7

log = logging.getLogger(__name__)


def describe(exc: BaseException, path: Path) -> str:
    text = str(exc).lower()
    if "full" in text or "no space" in text:
        said = _("The disk holding {folder} is full: free some space; nothing was lost.")
    elif "readonly" in text or "read-only" in text or "permission" in text:
        said = _("SmearCount cannot write to {folder} (read-only or no permission).")
    elif "not a database" in text or "malformed" in text or "file is encrypted" in text:
        said = _("{name} is not a SmearCount database or is damaged.")
    elif "locked" in text or "busy" in text:
        said = _("{name} is in use by another program; close it and try again.")
    elif "unable to open" in text:
        said = _("SmearCount cannot open {path} (the folder may be missing or read-only).")
    else:
        said = _("The slide database failed: {error}")
    return said.format(folder=path.parent, name=path.name, path=path, error=exc)


def verify_trail(conn: Connection, anchor: Anchor) -> audit.AuditCheck:
    """The hash chain, and the chain against its record outside the database (its time grows
    with the store's history: a report does it on a worker, with ``reader``)."""
    check = audit.verify(conn)
    problems = check.problems + tuple(anchor.problems(conn))
    return audit.AuditCheck(not problems, check.rows, problems)


def reader(path: Path) -> sqlite3.Connection:
    """A read-only connection of its own, for a worker thread (the GUI's is for the GUI)."""
    writable = _writable(path)
    uri = f"file:{path}?mode=ro" + ("" if writable else "&immutable=1")
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    return conn


class SlideDatabase:
    """What the store needs of its database on either engine (``Database`` here, SQLite;
    ``server.ServerDatabase``, PostgreSQL): a connection, transactions, and the audit trail's
    record outside the database (a database lacking committed changes is refused at open, and
    every commit is recorded: ``anchor``)."""

    def __init__(self, anchor: Anchor) -> None:
        self.anchor = anchor
        self.anchoring = False  # once the database is known to hold all it should
        self._anchored = (0, "")

    conn: Connection
    label: str  # the database as a message names it
    path: Path | None  # the file, where there is one (a worker thread opens its own reader)
    station = ""  # this computer, where the database is shared with other stations
    read_only = False

    def lost_advice(self) -> str:
        """What a person does about a database that lacks committed changes."""
        raise NotImplementedError

    def transaction(self) -> AbstractContextManager[Connection]:
        raise NotImplementedError

    # Who has a slide open (``presence``): on a PC nobody else can (one window per folder).
    def hold(self, hold: Hold, take_over: bool = False) -> Holder | None:
        """Hold a slide for one window; who else holds it, when someone does."""
        return None

    def let_go(self, hold: Hold) -> None:
        """The window closed the slide."""

    def check_held(self, conn: Connection, slide_id: int, token: str | None) -> None:
        """Inside a change's transaction: refuse it when another window holds the slide."""

    def open_slides(self) -> dict[int, Holder]:
        """The slides open at other stations now."""
        return {}

    def _check_anchor(self, accept_loss: bool) -> None:
        """Refuse a database that lacks committed changes (unless a person accepts the loss,
        which the audit trail keeps); from here on, record each commit."""
        self._anchored = self._head()
        recorded, _problems = self.anchor.recorded()
        lost = recorded is not None and self._anchored[0] < recorded[0]
        if lost and accept_loss:
            assert recorded is not None
            self.anchoring = True
            with self.transaction() as conn:
                audit.append(
                    conn, None, "SmearCount", "changes lost, loss accepted", self.label,
                    {"recorded_entries": recorded[0]}, {"entries_left": self._anchored[0]},
                )  # fmt: skip
            return
        if lost:
            assert recorded is not None
            raise StorageError(
                _(
                    "{store} is missing changes that were saved: {loss}. Nothing was opened, so "
                    "nothing more is lost. {advice}"
                ).format(
                    store=self.label,
                    loss=lost_message(self._anchored[0], recorded[0]),
                    advice=self.lost_advice(),
                )
            )
        self.anchoring = True

    def verify_trail(self) -> audit.AuditCheck:
        """The hash chain, and the chain against its record outside the database."""
        return verify_trail(self.conn, self.anchor)

    def _head(self) -> tuple[int, str]:
        row = self.conn.execute("SELECT count, hash FROM audit_head WHERE id = 1").fetchone()
        return (int(row[0]), str(row[1])) if row else (0, "")

    def record_head(self) -> None:
        """After a commit: the trail's new length and newest hash, outside the database."""
        if not self.anchoring:
            return
        head = self._head()
        if head != self._anchored:
            self._anchored = head
            try:
                self.anchor.record(*head)
            except OSError as exc:  # the change itself is saved; say the record is not
                raise StorageError(
                    _(
                        "The change was saved, but its record beside the database could not be "
                        "written ({why}); check the disk."
                    ).format(why=exc.strerror)
                ) from exc


class Database(SlideDatabase):
    """One connection, used from the GUI thread only (Qt workers never touch it)."""

    conn: sqlite3.Connection
    path: Path

    def __init__(self, path: Path, accept_loss: bool = False) -> None:
        self.path, self.label = path, path.name
        super().__init__(Anchor(path.parent))
        try:
            private_dir(path.parent)
        except OSError as exc:
            raise StorageError(
                _("SmearCount cannot create the folder {folder}: {why}.").format(
                    folder=path.parent, why=exc.strerror
                )
            ) from exc
        # An archive on a read-only disk or share is opened as it is: listed, checked and
        # exported, never changed (SQLite could not even keep its WAL files there).
        self.read_only = path.exists() and not _writable(path)
        try:
            # isolation_level=None: transactions are opened explicitly by `transaction()`.
            if self.read_only:
                self.conn = sqlite3.connect(
                    f"file:{path}?mode=ro&immutable=1", uri=True, isolation_level=None
                )
            else:
                self.conn = sqlite3.connect(path, isolation_level=None, timeout=5.0)
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA synchronous=FULL")
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys=ON")
            self._identity = _identity(path)
            if self.read_only and self.version() != CURRENT_VERSION:
                raise StorageError(
                    _(
                        "{path} was made by another SmearCount version and cannot be brought up "
                        "to date where it is (the folder is read-only): copy the folder to a "
                        "writable place to open it."
                    ).format(path=path)
                )
            self._migrate()
            self._check_anchor(accept_loss)
        except sqlite3.Error as exc:
            raise StorageError(describe(exc, path)) from exc

    def _migrate(self) -> None:
        version = self.version()
        if version > CURRENT_VERSION:
            raise StorageError(
                _(
                    "{name} was made by a newer SmearCount (database version {version}); update "
                    "SmearCount to open it."
                ).format(name=self.path.name, version=version)
            )
        if 0 < version < CURRENT_VERSION:  # an older store: keep it as it was first
            self.backup(self.path.parent / BACKUPS / f"before-version-{CURRENT_VERSION}.sqlite3")
        if version == CURRENT_VERSION:
            return
        # Every step in one transaction: the baseline below writes audit entries with every
        # column the trail has now, so it runs once all of them are there.
        with self.transaction():
            for target in range(version, CURRENT_VERSION):
                for statement in _statements(MIGRATIONS[target]):
                    self.conn.execute(statement)
            if 0 < version < ROW_DIGESTS_VERSION:
                from app.core.store.tamper import baseline  # it needs the new columns

                baseline(self.conn)
            self.conn.execute("DELETE FROM schema_version")
            self.conn.execute("INSERT INTO schema_version VALUES (?)", (CURRENT_VERSION,))

    def lost_advice(self) -> str:
        return _(
            "Put back the database from {backups} (or its -wal file), or run `python -m app "
            "slides accept-loss` to go on with what is left (recorded in the audit trail)."
        ).format(backups=self.path.parent / BACKUPS)

    def backup(self, target: Path) -> None:
        """A consistent copy of the database (SQLite's online backup), even while in use."""
        private_dir(target.parent)
        partial = target.with_name(target.name + ".partial")
        copy = sqlite3.connect(partial)
        try:
            self.conn.backup(copy)
        finally:
            copy.close()
        partial.replace(target)

    def daily_backup(self, keep: int = DAILY_BACKUPS) -> Path | None:
        """Today's copy in backups/ unless there is one; only the newest ``keep`` are kept."""
        folder = self.path.parent / BACKUPS
        target = folder / f"daily-{date.today().isoformat()}.sqlite3"
        if target.exists():
            return None
        try:
            self.backup(target)
        except (OSError, sqlite3.Error):
            log.warning("The daily backup of %s could not be written", self.path, exc_info=True)
            return None
        for old in sorted(folder.glob("daily-*.sqlite3"))[:-keep]:
            old.unlink(missing_ok=True)
        return target

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
        if self.read_only:
            raise StorageError(
                _(
                    "{folder} is read-only: its slides can be listed, checked and exported here, "
                    "not changed."
                ).format(folder=self.path.parent)
            )
        if _identity(self.path) != self._identity:
            raise StorageError(
                _(
                    "{path} was deleted or replaced while SmearCount had it open: nothing more can "
                    "be saved there. Close SmearCount and put the database back (or restore it "
                    "from the backups folder)."
                ).format(path=self.path)
            )
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
        self.record_head()

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


def _writable(path: Path) -> bool:
    return os.access(path.parent, os.W_OK) and os.access(path, os.W_OK)


def _identity(path: Path) -> tuple[int, int] | None:
    """Which file ``path`` is (device, inode), or None when there is none."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


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
