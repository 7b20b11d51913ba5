"""The audit trail: append-only rows, each hashed together with the previous row's hash.

Editing or removing any row breaks the chain at that point, and ``audit_head`` (the newest hash
and the row count, written in the same transaction) shows rows cut from the end. Each entry also
holds the digest of every slide, field and cell row its change wrote, as written (``rows``): the
chain then covers what is reported, and ``tamper.check_state`` finds any row changed behind
SmearCount's back.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from app.core.i18n import _, ngettext
from app.core.records import now_iso
from app.core.store.changes import read_row
from app.core.store.sql import Connection
from app.core.store.state_digest import row_digest

GENESIS = "0" * 64
_COLUMNS = (
    "slide_id", "at", "who", "what", "target", "before", "after", "prev_hash", "rows", "station",
)  # fmt: skip


@dataclass(frozen=True)
class AuditEntry:
    id: int
    slide_id: int | None
    at: str
    who: str
    what: str
    target: str
    before: Any
    after: Any


@dataclass(frozen=True)
class AuditCheck:
    ok: bool
    rows: int
    problems: tuple[str, ...]


def _digest(values: tuple[Any, ...]) -> str:
    # Columns added later are hashed only when set, so older entries keep their hashes: entries
    # from before row digests (schema v5) were hashed without ``rows``, entries written on a
    # single PC (no station named) without ``station``.
    rows, station = values[-2], values[-1]
    hashed = values if station is not None else values[:-1] if rows is not None else values[:-2]
    return hashlib.sha256(json.dumps(hashed, separators=(",", ":")).encode()).hexdigest()


def entry_hash(values: tuple[Any, ...]) -> str:
    """The hash an entry with these stored values (its columns, prev_hash and rows) has."""
    return _digest(values)


def row_digests(conn: Connection, rows: list[tuple[str, int]]) -> dict[str, str | None]:
    """ "table id" -> digest of the row as it is now in this transaction (None: gone)."""
    out: dict[str, str | None] = {}
    for table, row_id in rows:
        row = read_row(conn, table, row_id)
        out[f"{table} {row_id}"] = None if row is None else row_digest(row)
    return out


def append(
    conn: Connection,
    slide_id: int | None,
    who: str,
    what: str,
    target: str,
    before: Any = None,
    after: Any = None,
    rows: list[tuple[str, int]] | None = None,
    at: str | None = None,
    station: str | None = None,
) -> None:
    """Add one entry; call inside the transaction of the change it records, after the change,
    naming the (table, id) of every row it wrote in ``rows``. ``at``: when it happened, for
    entries brought in from elsewhere (a bundle's history), and ``station``: where. The station
    of a change made here is the connection's: a lab server's connection names it, a single
    PC's database does not."""
    head = conn.execute("SELECT count, hash FROM audit_head WHERE id = 1").fetchone()
    count, prev = (int(head[0]), str(head[1])) if head else (0, GENESIS)
    values = (
        slide_id,
        at or now_iso(),
        who,
        what,
        target,
        None if before is None else json.dumps(before, sort_keys=True),
        None if after is None else json.dumps(after, sort_keys=True),
        prev,
        json.dumps(row_digests(conn, rows or []), sort_keys=True),
        station or getattr(conn, "station", None),
    )
    digest = _digest(values)
    marks = ", ".join("?" * (len(_COLUMNS) + 1))
    conn.execute(
        f"INSERT INTO audit ({', '.join(_COLUMNS)}, hash) VALUES ({marks})", (*values, digest)
    )
    conn.execute(
        "INSERT INTO audit_head (id, count, hash) VALUES (1, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET count = excluded.count, hash = excluded.hash",
        (count + 1, digest),
    )


def verify(conn: Connection) -> AuditCheck:
    """Recompute the whole chain; name every row where it breaks."""
    problems: list[str] = []
    prev, rows = GENESIS, 0
    for row in conn.execute(f"SELECT id, {', '.join(_COLUMNS)}, hash FROM audit ORDER BY id"):
        rows += 1
        entry_id, values, stored = row[0], tuple(row[1:-1]), row[-1]
        if values[_COLUMNS.index("prev_hash")] != prev:
            problems.append(
                _("entry {id}: the entry before it was removed or changed").format(id=entry_id)
            )
        if _digest(values) != stored:
            problems.append(_("entry {id}: its content was changed").format(id=entry_id))
        prev = stored
    head = conn.execute("SELECT count, hash FROM audit_head WHERE id = 1").fetchone()
    count, last = (int(head[0]), str(head[1])) if head else (0, GENESIS)
    if count != rows or last != prev:
        problems.append(
            ngettext(
                "the trail should hold {count} entries ending in a known one; {rows} was found: "
                "entries were removed from the end",
                "the trail should hold {count} entries ending in a known one; {rows} were found: "
                "entries were removed from the end",
                rows,
            ).format(count=count, rows=rows)
        )
    return AuditCheck(not problems, rows, tuple(problems))


def latest(conn: Connection, slide_id: int) -> int:
    """The id of the slide's newest entry (0: none): every change of the slide writes one, so
    a slide whose ``latest`` is as it was is as it was (an index lookup, cheap to ask often)."""
    (found,) = conn.execute(
        "SELECT coalesce(max(id), 0) FROM audit WHERE slide_id = ?", (slide_id,)
    ).fetchone()
    return int(found)


def entries(conn: Connection, slide_id: int) -> list[AuditEntry]:
    return [
        AuditEntry(
            r["id"],
            r["slide_id"],
            r["at"],
            r["who"],
            r["what"],
            r["target"],
            json.loads(r["before"]) if r["before"] else None,
            json.loads(r["after"]) if r["after"] else None,
        )
        for r in conn.execute(
            "SELECT id, slide_id, at, who, what, target, before, after FROM audit "
            "WHERE slide_id = ? ORDER BY id",
            (slide_id,),
        )
    ]
