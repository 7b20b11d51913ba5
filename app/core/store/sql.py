"""The store's SQL on PostgreSQL: one connection that takes the statements the store writes for
SQLite and returns rows the way ``sqlite3.Row`` does, so every module keeps one text per query.

The statements are plain SQL both engines read alike except for a few spellings, translated
here and nowhere else: ``?`` and ``:name`` placeholders become psycopg's ``%s`` and
``%(name)s`` (a literal ``%`` is doubled), ``INSERT OR IGNORE`` becomes ``ON CONFLICT DO
NOTHING``, ``LIKE`` becomes ``ILIKE`` (SQLite's LIKE ignores case, PostgreSQL's does not), and
``sqlite_sequence`` (the highest id a table ever had, so an undone row's id is never reused) is
the ``id_high`` table the server schema keeps by trigger. psycopg is imported only when a server
is used: a station without one never loads it.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any, Protocol

from app.core.errors import StorageError
from app.core.i18n import _


class Cursor(Protocol):
    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """What the store needs of a connection: ``sqlite3.Connection`` and ``ServerConnection``."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Cursor: ...


class ServerError(StorageError):
    """The server refused a statement (``duplicate``: a row with that key is there already)."""

    def __init__(self, message: str, duplicate: bool = False) -> None:
        super().__init__(message)
        self.duplicate = duplicate


class ServerAway(ServerError):
    """The server cannot be reached (network down, server stopped or restarting)."""


def duplicate_key(exc: BaseException) -> bool:
    """Whether ``exc`` is a primary-key or unique refusal, from either engine."""
    if isinstance(exc, sqlite3.IntegrityError):
        return "UNIQUE" in str(exc)
    return isinstance(exc, ServerError) and exc.duplicate


_TOKENS = re.compile(r"'[^']*'|\?|%|(?<![:\w]):([a-z_]+)\b|\bLIKE\b|\bsqlite_sequence\b")


@lru_cache(maxsize=512)
def to_postgres(statement: str) -> str:
    """The store's SQLite spelling of a statement in PostgreSQL's (see the module's doc)."""

    def swap(match: re.Match[str]) -> str:
        token = match.group(0)
        if token.startswith("'"):
            return token.replace("%", "%%")
        if token == "?":
            return "%s"
        if token == "%":
            return "%%"
        if token == "LIKE":
            return "ILIKE"
        if token == "sqlite_sequence":
            return "id_high"
        return f"%({match.group(1)})s"

    text = _TOKENS.sub(swap, statement)
    if text.lstrip().upper().startswith("INSERT OR IGNORE"):
        text = re.sub(r"(?i)^\s*INSERT OR IGNORE", "INSERT", text) + " ON CONFLICT DO NOTHING"
    return text


class Row(tuple):  # type: ignore[type-arg]
    """A result row read by position or by column name, as ``sqlite3.Row``."""

    names: dict[str, int]

    def __new__(cls, values: Sequence[Any], names: dict[str, int]) -> Row:
        row = super().__new__(cls, values)
        row.names = names
        return row

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return super().__getitem__(self.names[key])
        return super().__getitem__(key)

    def keys(self) -> list[str]:
        return list(self.names)


class ServerConnection:
    """One psycopg connection in autocommit mode: transactions are opened explicitly by the
    database's ``transaction()``, as on SQLite. A broken connection is opened again on the next
    statement outside a transaction (the server came back)."""

    def __init__(self, url: str, station: str | None, connect: bool = True) -> None:
        """``connect=False``: at the first statement (on the thread that will use it)."""
        self.url = url
        self.station = station  # named in every audit entry written through this connection
        self._conn: Any = None
        self.in_transaction = False
        if connect:
            self._connect()

    def _connect(self) -> None:
        import psycopg

        try:
            self._conn = psycopg.connect(_with_timeouts(self.url), autocommit=True)
        except psycopg.Error as exc:
            raise connect_failure(self.url, exc) from exc

    def execute(self, sql: str, parameters: Any = (), /) -> Cursor:
        import psycopg

        if self._conn is None or self._conn.broken or self._conn.closed:
            if self.in_transaction:  # the transaction died with the connection
                raise ServerAway(away_message(self.url, None))
            self._connect()
        try:
            cursor = self._conn.cursor(row_factory=_rows)
            return cursor.execute(to_postgres(sql), parameters)  # type: ignore[no-any-return]
        except psycopg.OperationalError as exc:
            if self._conn.broken or self._conn.closed:
                raise ServerAway(away_message(self.url, exc)) from exc
            raise ServerError(_refused_change(exc)) from exc
        except psycopg.errors.UniqueViolation as exc:
            if exc.diag.constraint_name == "field_image_once":  # SQLite's trigger says the same
                raise ServerError(_("This image is already a field of this slide.")) from exc
            raise ServerError(
                _("The lab server refused: {problem}").format(problem=_first_line(exc)), True
            ) from exc
        except psycopg.Error as exc:
            raise ServerError(_refused_change(exc)) from exc

    def begin(self) -> None:
        self.execute("BEGIN")
        self.in_transaction = True

    def end(self, commit: bool) -> None:
        """COMMIT or ROLLBACK; a rollback on a connection that is gone is no error."""
        self.in_transaction = False
        if commit:
            self.execute("COMMIT")
        elif self._conn is not None and not self._conn.broken and not self._conn.closed:
            # The server may have dropped the transaction with the connection.
            with contextlib.suppress(ServerError):
                self.execute("ROLLBACK")

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()


#: How long a station waits for the server before saying it is away, unless the address says
#: otherwise: to connect, and for sent data to be acknowledged (a pulled cable would otherwise
#: hold a click for the minutes TCP retries), with keepalives so an idle connection notices too.
_TIMEOUTS = {
    "connect_timeout": "5",
    "tcp_user_timeout": "5000",
    "keepalives": "1",
    "keepalives_idle": "5",
    "keepalives_interval": "2",
    "keepalives_count": "2",
}


def _with_timeouts(url: str) -> str:
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    given = conninfo_to_dict(url)
    return make_conninfo(url, **{k: v for k, v in _TIMEOUTS.items() if k not in given})


def connect_failure(url: str, exc: BaseException) -> ServerError:
    """Why a connection could not be made, as a person can act on it: the address is not one,
    the server refused this login or has no such database (trying again will not help), or the
    server cannot be reached (it may come back: ``ServerAway``)."""
    import psycopg

    if isinstance(exc, psycopg.ProgrammingError):  # libpq's words may repeat a password
        return ServerError(
            _(
                "The lab server address is not valid: it is written like "
                "postgresql://USER@HOST/DATABASE (or postgresql://USER:PASSWORD@HOST/DATABASE)."
            )
        )
    text = str(exc)
    if "authentication failed" in text or "pg_hba.conf" in text or "no password" in text:
        return ServerError(
            _(
                "The lab server {name} refused this station's login ({problem}): check the user "
                "and password in the server address."
            ).format(name=server_name(url), problem=_fatal(text))
        )
    if "does not exist" in text:
        return ServerError(
            _(
                "The lab server {name} said: {problem}. Check the database name in the server "
                "address."
            ).format(name=server_name(url), problem=_fatal(text))
        )
    return ServerAway(away_message(url, exc))


def _fatal(text: str) -> str:
    """The server's reason in a refused connection ("password authentication failed …")."""
    return text.split("FATAL:", 1)[-1].strip().splitlines()[0]


def _rows(cursor: Any) -> Any:
    names = {d.name: i for i, d in enumerate(cursor.description or ())}
    return lambda values: Row(values, names)


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _refused_change(exc: BaseException) -> str:
    return _("The lab server refused a change: {problem}").format(problem=_first_line(exc))


def server_name(url: str) -> str:
    """The server as a person knows it ("labserver/smearcount"), never with its password."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        info = conninfo_to_dict(url)
    except Exception:
        return "the lab server"
    host = str(info.get("host") or "localhost")
    return f"{host}/{info.get('dbname') or info.get('user') or ''}".rstrip("/")


def wake(conn: Connection) -> None:
    """After an outage: a connection the server dropped while nothing was asked of it is found
    broken only at its next statement, so ask one now (it connects again at the one after)."""
    with contextlib.suppress(ServerAway):
        conn.execute("SELECT 1").fetchone()


def away_message(url: str, exc: BaseException | None) -> str:
    if exc is None:
        away = _(
            "The lab server {name} cannot be reached. Check the network cable and that the "
            "server is on."
        )
    else:
        away = _(
            "The lab server {name} cannot be reached ({problem}). Check the network cable and "
            "that the server is on."
        )
    return away.format(name=server_name(url), problem=_first_line(exc) if exc else "")
