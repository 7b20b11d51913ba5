"""The two engines the slide store runs on, for tests that must hold on both: SQLite (a folder)
and PostgreSQL (a lab server).

The server tests need a PostgreSQL server the tests may create databases on: its URL in
``SMEARCOUNT_TEST_DATABASE_URL`` (a role with CREATEDB, e.g.
``postgresql://smearcount_test:test@localhost/postgres``). Without one they skip, saying so;
CI sets ``SMEARCOUNT_REQUIRE_SERVER=1`` so that a missing server fails instead. Each test gets
a database of its own, copied from one set up once per run (``CREATE DATABASE … TEMPLATE``).
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from app.core.store import SlideStore

TEST_SERVER_ENV = "SMEARCOUNT_TEST_DATABASE_URL"
REQUIRE_ENV = "SMEARCOUNT_REQUIRE_SERVER"
ADMIN, PASSWORD = "admin", "admin-password"
_TEMPLATE = f"smearcount_template_{os.getpid()}"


def server_url() -> str:
    """The test server's URL, or a skip (a failure where CI requires the server)."""
    url = os.environ.get(TEST_SERVER_ENV, "")
    why = f"no PostgreSQL server for the tests ({TEST_SERVER_ENV} is not set)"
    if url:
        try:
            _admin(url).close()
            return url
        except Exception as exc:
            why = f"the PostgreSQL server in {TEST_SERVER_ENV} cannot be reached ({exc})"
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(why)
    pytest.skip(why)


def _admin(url: str) -> Any:
    import psycopg

    return psycopg.connect(url, autocommit=True, connect_timeout=3)


def _with_db(url: str, name: str) -> str:
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    info = conninfo_to_dict(url)
    info["dbname"] = name
    return make_conninfo("", **info)


_template_ready: set[str] = set()


def new_server_database(url: str, copy_of: str | None = None, empty: bool = False) -> str:
    """A new database on the test server: set up with the schema and the admin, a copy of
    ``copy_of`` (a database URL), or ``empty``. Dropped at the end of the run
    (``drop_test_databases``)."""
    from app.core.store.server import init_server

    if empty:
        name = f"smearcount_test_{secrets.token_hex(6)}"
        with _admin(url) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        _created.append(name)
        return _with_db(url, name)
    if copy_of is None and _TEMPLATE not in _template_ready:
        with _admin(url) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {_TEMPLATE}")
            conn.execute(f"CREATE DATABASE {_TEMPLATE}")
        init_server(_with_db(url, _TEMPLATE), ADMIN, PASSWORD)
        _template_ready.add(_TEMPLATE)
        _created.append(_TEMPLATE)
    source = _TEMPLATE if copy_of is None else _dbname(copy_of)
    name = f"smearcount_test_{secrets.token_hex(6)}"
    with _admin(url) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {source}")
    _created.append(name)
    return _with_db(url, name)


def _dbname(url: str) -> str:
    from psycopg.conninfo import conninfo_to_dict

    return str(conninfo_to_dict(url)["dbname"])


_created: list[str] = []


def drop_test_databases() -> None:
    url = os.environ.get(TEST_SERVER_ENV, "")
    if not url or not _created:
        return
    import time

    import psycopg

    with _admin(url) as conn:
        for name in reversed(_created):
            # FORCE ends our own sessions, but a role without superuser rights cannot end an
            # autovacuum worker busy in the database: it is done within moments, so try again.
            for attempt in range(20):
                try:
                    conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
                    break
                except psycopg.errors.InsufficientPrivilege:
                    if attempt == 19:
                        raise
                    time.sleep(0.5)
    _created.clear()


@dataclass
class Engine:
    """Opens stores on one engine; ``url`` is None for SQLite."""

    name: str
    url: str | None = None
    opened: list[SlideStore] = field(default_factory=list)

    def store(self, folder: Path, **options: Any) -> SlideStore:
        store = SlideStore(folder, database=self.url, **options)
        self.opened.append(store)
        return store

    def cli(self, folder: Path) -> list[str]:
        """The ``slides`` options that reach this store."""
        return ["--data-dir", str(folder)] + (["--database", self.url] if self.url else [])

    def copy(self, src: Path, dst: Path) -> Engine:
        """Another store holding what ``src``'s holds (the folder copied; the server's
        database copied too), for replaying the same steps twice."""
        import shutil

        shutil.copytree(src, dst)
        if self.url is None:
            return self
        return Engine(self.name, new_server_database(server_url(), copy_of=self.url))

    def sql(self, store: SlideStore, *statements: str) -> None:
        """What anyone with the database's own tool (sqlite3, psql) can do behind SmearCount."""
        if self.url is None:
            import sqlite3

            conn = sqlite3.connect(store.data_dir / "smearcount.sqlite3")
            for statement in statements:
                conn.execute(statement)
            conn.commit()
            conn.close()
            return
        with _admin(self.url) as conn:
            for statement in statements:
                conn.execute(statement)


def engine_for(name: str) -> Engine:
    if name == "sqlite":
        return Engine("sqlite")
    return Engine("postgresql", new_server_database(server_url()))
