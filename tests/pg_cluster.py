"""A PostgreSQL cluster of a test's own (``initdb`` in a temporary folder, ``pg_ctl`` on a
free port), so a test can stop the server under a station and start it again without
touching the server other tests use. Run as the ``postgres`` user when the tests run as root
(``initdb`` refuses root). Skips when PostgreSQL's programs are not installed, unless CI
requires the server (``SMEARCOUNT_REQUIRE_SERVER=1``)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

from tests.engines import ADMIN, PASSWORD, REQUIRE_ENV

USER = "smearcount"


def bin_dir() -> Path | None:
    pg_config = shutil.which("pg_config")
    candidates = []
    if pg_config:
        found = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True)
        candidates.append(Path(found.stdout.strip()))
    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    return next(
        (c for c in candidates if (c / "initdb").exists() and (c / "pg_ctl").exists()), None
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Cluster:
    def __init__(self) -> None:
        programs = bin_dir()
        if programs is None:
            why = "PostgreSQL's initdb and pg_ctl are not installed"
            if os.environ.get(REQUIRE_ENV) == "1":
                pytest.fail(why)
            pytest.skip(why)
        self.bin = programs
        self.root = Path(tempfile.mkdtemp(prefix="smearcount-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.as_postgres = os.geteuid() == 0
        if self.as_postgres:
            shutil.chown(self.root, "postgres")
        self._run("initdb", "-D", str(self.data), "-U", USER, "--auth=trust", "-E", "UTF8")
        self.start()
        self.url = f"postgresql://{USER}@127.0.0.1:{self.port}/lab"
        import psycopg

        with psycopg.connect(self.url.replace("/lab", "/postgres"), autocommit=True) as conn:
            conn.execute("CREATE DATABASE lab")
        from app.core.store.server import init_server

        init_server(self.url, ADMIN, PASSWORD)

    def _run(self, program: str, *args: str, check: bool = True) -> None:
        command = [str(self.bin / program), *args]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=check, capture_output=True, cwd=self.root)

    def start(self) -> None:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1"
        log = str(self.root / "log")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", log, "-w", "start")

    def stop(self) -> None:
        """As a power cut or a crash would: no goodbye to the connected stations."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def remove(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop", check=False)
        shutil.rmtree(self.root, ignore_errors=True)
