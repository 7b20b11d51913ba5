"""A slide looked at only follows the station counting it: a cheap check, often, of whether the
slide changed since the window last read it, and the rows that changed read again when it did.

Every change of a slide writes one audit entry in its own transaction, naming each row it wrote
(``audit.append``). The newest entry's id (``audit.latest``) therefore says whether anything
changed, and the entries since the last look say which rows to read again: a slide of 5,000
fields is not read whole every few seconds. The check runs on a connection of its own, off the
GUI thread (the window's connection is the GUI thread's); the GUI thread then brings the
session in line (``catch_up``), and the window redraws as it does for its own changes.

A look races a change committed while it reads: its rows may then be newer than its entries,
and the next look reads them again. Reading a row again is harmless (a row as memory has it is
no change), so the window is never behind by more than one look.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.errors import StorageError
from app.core.records import Record, Row, SlideState
from app.core.store import audit
from app.core.store.changes import TABLES, RowChange
from app.core.store.database import SlideDatabase, reader
from app.core.store.presence import Holder, holder_of
from app.core.store.sql import Connection, ServerAway, ServerConnection

if TYPE_CHECKING:
    from app.core.store.session import SlideSession

#: How often a slide looked at only is checked for changes made at the other station.
FOLLOW_SECONDS = 2
#: Ids read again in one statement (well under SQLite's limit on parameters).
_CHUNK = 500


@dataclass(frozen=True)
class Look:
    """What one check found: the slide's newest audit entry (``mark``), each row changed since
    the last look as it is now (None: deleted), who made the newest of those changes and where
    (``by``), who holds the slide now (always None on a PC), or the server away (``away``)."""

    mark: int
    rows: tuple[tuple[str, int, Row | None], ...] = ()
    by: tuple[str, str] = ("", "")
    holder: Holder | None = None
    away: str = ""


@dataclass(frozen=True)
class CaughtUp:
    """What ``catch_up`` brought in: whether anything changed on the screen, the slide's state
    before and after, and whether the slide was deleted at the other station."""

    changed: bool
    state_was: str
    state: str
    deleted: bool = False

    @property
    def finished(self) -> bool:
        """Counting was finished (not: a signed slide unsigned back to finished)."""
        return self.state_was == SlideState.OPEN.value and self.state == SlideState.FINISHED.value

    @property
    def signed(self) -> bool:
        return self.state != self.state_was and self.state == SlideState.SIGNED.value


def own_connection(db: SlideDatabase) -> Connection:
    """A connection of the calling thread's own to ``db``'s store (read-only on a PC)."""
    if isinstance(db.conn, ServerConnection):
        return ServerConnection(db.conn.url, db.station, connect=False)
    assert db.path is not None, "a store on a PC is a file"
    return reader(db.path)


class Follower:
    """Checks one session's slide for changes since its rows were read (``SlideRows.mark``);
    made on the GUI thread, ``look`` then runs on a worker thread, one look at a time."""

    def __init__(self, session: SlideSession) -> None:
        self.slide_id, self.seen = session.slide_id, session.rows.mark
        self._on_server = isinstance(session.db.conn, ServerConnection)
        self._conn = own_connection(session.db)
        self._images = session.images.for_worker()

    def look(self) -> Look:
        """What changed since the last look; a server (or file) that cannot be read now is
        said in ``away``, never raised: the next look tries again."""
        try:
            return self._look(self._conn)
        except (StorageError, sqlite3.Error) as exc:
            return Look(self.seen, away=str(exc))

    def _look(self, conn: Connection) -> Look:
        holder = holder_of(conn, self.slide_id) if self._on_server else None
        mark = audit.latest(conn, self.slide_id)
        if mark == self.seen:
            return Look(mark, holder=holder)
        keys: dict[tuple[str, int], None] = {}  # in the order they were written, once each
        by = ("", "")
        for entry in conn.execute(
            "SELECT who, station, rows FROM audit WHERE slide_id = ? AND id > ? AND id <= ? "
            "ORDER BY id",
            (self.slide_id, self.seen, mark),
        ):
            by = (str(entry["who"]), str(entry["station"] or ""))
            for key in json.loads(entry["rows"] or "{}"):
                table, row_id = key.split()
                keys[(table, int(row_id))] = None
        rows = _read_rows(conn, list(keys))
        self._fetch_images(rows)
        self.seen = mark
        return Look(mark, tuple(rows), by, holder)

    def _fetch_images(self, rows: list[tuple[str, int, Row | None]]) -> None:
        """New fields' images into this station's cache, here off the GUI thread (a lab
        server's image is megabytes over the network). One that cannot be fetched is left to
        the window, which says why when it shows that field; a server away ends the look."""
        for table, _row_id, row in rows:
            if table != "field" or row is None:
                continue
            try:
                self._images.path_for(row["image_sha256"], row["image_ext"])
            except ServerAway:
                raise
            except (OSError, StorageError):
                continue

    def close(self) -> None:
        self._conn.close()  # type: ignore[attr-defined]
        self._images.close()


def _read_rows(conn: Connection, keys: list[tuple[str, int]]) -> list[tuple[str, int, Row | None]]:
    """Each (table, id) as it is now, in ``keys``' order (None: no such row any more)."""
    found: dict[tuple[str, int], Row] = {}
    for table, record in TABLES.items():
        ids = [row_id for t, row_id in keys if t == table]
        columns = record.columns()
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            for row in conn.execute(
                f"SELECT {', '.join(columns)} FROM {table} WHERE id IN ({marks})", chunk
            ):
                values = dict(zip(columns, row, strict=True))
                found[(table, int(values["id"]))] = values
    return [(table, row_id, found.get((table, row_id))) for table, row_id in keys]


def catch_up(session: SlideSession, look: Look) -> CaughtUp:
    """On the GUI thread: bring ``session`` in line with what ``look`` read; its listeners are
    told as for a change made here. A slide deleted at the other station is left as it was."""
    was = session.slide.state
    memory: dict[str, Mapping[int, Record]] = {
        "slide": {session.slide_id: session.slide},
        "field": session.fields,
        "cell": session.cells,
    }
    changes = []
    for table, row_id, after in look.rows:
        if table == "slide" and row_id == session.slide_id and after is None:
            return CaughtUp(False, was, was, deleted=True)
        known = memory[table].get(row_id)
        before = known.to_row() if known is not None else None
        if before != after:
            changes.append(RowChange(table, row_id, before, after))
    if changes:
        session.follow(changes)
    return CaughtUp(bool(changes), was, session.slide.state)
