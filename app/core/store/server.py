"""The slide store on a lab server (PostgreSQL): the same tables, journal and audit trail as the
SQLite store, reached over the network by every station of the lab.

Writers take turns: every transaction first takes one server-wide lock
(``pg_advisory_xact_lock``), as SQLite's ``BEGIN IMMEDIATE`` does for one file. The audit trail
is one chain for the whole lab, so its entries must be appended one after another anyway, and
the journal's rule (re-read the slide inside the transaction, check each changed row is as this
station last saw it) then holds across stations exactly as it holds across windows. Each
station keeps its own record of the chain it saw committed (``anchor``, one file per server in
the station's data folder): a server put back from an older backup, or a trail rewritten on the
server, shows at the next open.
"""

from __future__ import annotations

import hashlib
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.core.errors import StorageError
from app.core.i18n import _
from app.core.paths import private_dir
from app.core.store import audit, presence
from app.core.store.anchor import Anchor
from app.core.store.database import SlideDatabase
from app.core.store.presence import Hold, Holder
from app.core.store.schema import CURRENT_VERSION
from app.core.store.server_schema import SERVER_SCHEMA, SERVER_VERSION, migrate_server
from app.core.store.sql import Connection, ServerConnection, server_name

#: Any number the lab's other programs do not use as an advisory lock: "SmearCount" in letters.
WRITE_LOCK = 0x536D_6561_72
DATABASE_URL_ENV = "SMEARCOUNT_DATABASE_URL"
STATION_ENV = "SMEARCOUNT_STATION"


def station_name() -> str:
    """This computer as the audit trail names it: ``SMEARCOUNT_STATION`` or its host name."""
    import os

    return os.environ.get(STATION_ENV, "").strip() or socket.gethostname()


class ServerDatabase(SlideDatabase):
    """One connection to the server, used from the GUI thread only."""

    def __init__(
        self, url: str, station_dir: Path, accept_loss: bool = False, station: str | None = None
    ) -> None:
        self.url, self.path = url, None  # no file: a report checks on this connection
        self.label = f"the lab server {server_name(url)}"
        self.station = station or station_name()
        key = hashlib.sha256(server_name(url).encode()).hexdigest()[:16]
        super().__init__(Anchor(private_dir(station_dir), f"server-{key}.anchor"))
        self.conn: ServerConnection = ServerConnection(url, self.station)
        version = self.version()
        if version == 0:
            self.conn.close()
            raise StorageError(
                _(
                    "The lab server {name} holds no SmearCount slides yet: set it up once with "
                    "`python -m app server init DATABASE_URL`."
                ).format(name=server_name(url))
            )
        if version != CURRENT_VERSION:
            self.conn.close()
            newer = version > CURRENT_VERSION
            said = (
                _(
                    "The lab server {name} was set up by a newer SmearCount (database version "
                    "{version}); update SmearCount on this station."
                )
                if newer
                else _(
                    "The lab server {name} was set up by a different SmearCount (database "
                    "version {version}); update the server."
                )
            )
            raise StorageError(said.format(name=server_name(url), version=version))
        if self._server_version() != SERVER_VERSION:
            with self.transaction() as conn:  # one station migrates; the rest wait, then see it
                migrate_server(conn, _statements)
        self._check_anchor(accept_loss)

    def version(self) -> int:
        (table,) = self.conn.execute("SELECT to_regclass('schema_version')").fetchone()
        if table is None:
            return 0
        row = self.conn.execute("SELECT version FROM schema_version").fetchone()
        return int(row[0]) if row else 0

    def _server_version(self) -> int:
        (table,) = self.conn.execute("SELECT to_regclass('server_version')").fetchone()
        if table is None:
            return 0
        row = self.conn.execute("SELECT version FROM server_version").fetchone()
        return int(row[0]) if row else 0

    def lost_advice(self) -> str:
        return _(
            "The server's database was put back from an older backup, or entries were removed "
            "there: ask the lab's IT to restore the newest backup, or run `python -m app slides "
            "--database URL accept-loss` to go on with what the server holds (recorded in the "
            "audit trail)."
        )

    @contextmanager
    def transaction(self) -> Iterator[ServerConnection]:
        """All or nothing, one writer at a time across the lab; committed when the block ends."""
        self.conn.begin()
        try:
            self.conn.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))
            yield self.conn
        except BaseException:
            self.conn.end(commit=False)
            raise
        self.conn.end(commit=True)
        self.record_head()

    def hold(self, hold: Hold, take_over: bool = False) -> Holder | None:
        with self.transaction() as conn:
            return presence.claim(
                conn, hold.slide_id, hold.token, hold.who, hold.station, take_over
            )

    def let_go(self, hold: Hold) -> None:
        presence.release(self.conn, hold.slide_id, hold.token)

    def check_held(self, conn: Connection, slide_id: int, token: str | None) -> None:
        presence.check_held(conn, slide_id, token)

    def open_slides(self) -> dict[int, Holder]:
        return presence.holders(self.conn)

    def integrity_ok(self) -> bool:
        """PostgreSQL checks its own pages; what SmearCount checks is the trail and the rows."""
        return True

    def close(self) -> None:
        self.conn.close()


def init_server(url: str, admin: str, password: str) -> None:
    """Create the schema on an empty server database and its first administrator."""
    from app.core.store.people import add_person

    conn = ServerConnection(url, station_name())
    try:
        (table,) = conn.execute("SELECT to_regclass('schema_version')").fetchone()
        if table is not None:
            raise StorageError(
                _("The lab server {name} is set up already; nothing was changed.").format(
                    name=server_name(url)
                )
            )
        conn.begin()
        try:
            for statement in _statements(SERVER_SCHEMA):
                conn.execute(statement)
            migrate_server(conn, _statements)
            conn.execute("INSERT INTO schema_version VALUES (?)", (CURRENT_VERSION,))
            add_person(conn, admin, "administrator", password)
            audit.append(conn, None, admin, "set up the lab server", server_name(url))
        except BaseException:
            conn.end(commit=False)
            raise
        conn.end(commit=True)
    finally:
        conn.close()


def _statements(script: str) -> list[str]:
    """The schema's statements (function bodies between $$ hold semicolons of their own)."""
    statements, current, quoted = [], "", False
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--") and not quoted:
            continue
        current += line
        quoted ^= line.count("$$") % 2 == 1
        if not quoted and line.rstrip().endswith(";"):
            statements.append(current.strip())
            current = ""
    return [s for s in statements if s]
