"""The audit trail's length and newest hash, kept outside the database.

After every commit one line is appended to ``smearcount.anchor`` beside the database: the
number of audit entries, the newest entry's hash, and an HMAC of both with this installation's
key (``smearcount.anchor-key``, readable by this user only). What it catches that the database
alone cannot: a whole audit chain recomputed after an edit (the hash at a recorded length no
longer matches), and committed changes that vanished (a deleted ``-wal`` file, an older copy of
the database put back, an emptied or deleted database): the file remembers more entries than
the database holds. Someone who can read the key can forge lines too; it raises the bar from
"knows sqlite3" to "knows SmearCount's key file", and says so in SECURITY.md.

Lines are appended without a sync of their own: after a power cut the file may lag behind the
database by the last few entries, which is never reported as a problem (only a file ahead of
the database is).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from app.core.i18n import _, ngettext
from app.core.store.sql import Connection

ANCHOR_NAME = "smearcount.anchor"
KEY_NAME = "smearcount.anchor-key"


class Anchor:
    def __init__(self, folder: Path, name: str = ANCHOR_NAME) -> None:
        """``name``: a station keeps one record per lab server beside its own database's."""
        self.path = folder / name
        self.key_path = folder / KEY_NAME
        self._key: bytes | None = None

    def key(self) -> bytes:
        if self._key is None:
            if not self.key_path.exists():
                fd = os.open(self.key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(fd, "w") as out:
                    out.write(secrets.token_hex(32))
            self._key = bytes.fromhex(self.key_path.read_text().strip())
        return self._key

    def _mac(self, count: int, head: str) -> str:
        return hmac.new(self.key(), f"{count} {head}".encode(), hashlib.sha256).hexdigest()

    def record(self, count: int, head: str) -> None:
        with self.path.open("a", encoding="ascii") as out:
            out.write(f"{count} {head} {self._mac(count, head)}\n")

    def exists(self) -> bool:
        return self.path.exists()

    def recorded(self) -> tuple[tuple[int, str] | None, list[str]]:
        """The newest genuine line (count, hash), and what is wrong with the file."""
        if not self.path.exists():
            return None, []
        if not self.key_path.exists():
            return None, [
                _("{name} is missing: the record of the audit trail cannot be checked").format(
                    name=KEY_NAME
                )
            ]
        newest: tuple[int, str] | None = None
        problems: list[str] = []
        lines = self.path.read_text(errors="replace").splitlines()
        for number, line in enumerate(lines, 1):
            parts = line.split()
            genuine = (
                len(parts) == 3
                and parts[0].isdigit()
                and hmac.compare_digest(parts[2], self._mac(int(parts[0]), parts[1]))
            )
            if genuine:
                newest = (int(parts[0]), parts[1])
            elif number < len(lines):  # a last line cut short by a power cut is no forgery
                problems.append(
                    _("{name} line {number} is not one SmearCount wrote").format(
                        name=self.path.name, number=number
                    )
                )
        return newest, problems

    def problems(self, conn: Connection) -> list[str]:
        """What the database lacks or changed compared with the record."""
        newest, problems = self.recorded()
        if newest is None:
            return problems
        count, head = newest
        (held,) = conn.execute("SELECT count(*) FROM audit").fetchone()
        if held < count:
            problems.append(lost_message(held, count))
            return problems
        row = conn.execute("SELECT hash FROM audit ORDER BY id LIMIT 1 OFFSET ?", (count - 1,))
        found = row.fetchone()
        if found is None or found[0] != head:
            problems.append(
                _(
                    "the audit trail was rewritten: entry {n} is not the one recorded when it was "
                    "written"
                ).format(n=count)
            )
        return problems


def lost_message(held: int, recorded: int) -> str:
    return ngettext(
        "the database holds {held} audit entry but {recorded} were committed: changes were lost "
        "(a deleted -wal file, or an older copy of the database put back)",
        "the database holds {held} audit entries but {recorded} were committed: changes were "
        "lost (a deleted -wal file, or an older copy of the database put back)",
        held,
    ).format(held=held, recorded=recorded)
