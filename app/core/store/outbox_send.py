"""Sending a slide counted on this computer to the lab server, as a verified bundle.

The local copy is exported once (``bundle.export_slide``) and its SHA-256 recorded in the
outbox record before the server sees it; the server's import checks the rows against the copy's
audit trail and records that SHA-256 in its import entry. A send cut off after the server
committed is then found again by that SHA-256 on the next try, so a slide is never sent twice.

Inside the import's transaction (the server's writer lock held): when the server's slide is
still as it was copied (same state digest), the sent slide replaces it: the original is retired
(kept, never deleted, and read-only: the journal refuses changes to it; its comment and an
audit entry name the slide that replaces it, and the new slide's entry names the one it
replaces), so the lab counts it once and the history of both stays whole. When someone changed
the server's slide meanwhile, both are kept and the sent one says plainly in its comment that it
was counted offline at this station: never merged silently.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from app.core.i18n import _
from app.core.store import audit, outbox
from app.core.store.bundle import export_slide, import_slide
from app.core.store.changes import read_row
from app.core.store.journal import RETIRED
from app.core.store.library import SlideStore
from app.core.store.outbox import Waiting
from app.core.store.slide_rows import SlideRows
from app.core.store.sql import Connection
from app.core.store.state_digest import slide_digest


@dataclass(frozen=True)
class Sent:
    item: Waiting
    message: str  # what the technician is told


def send(item: Waiting, local: SlideStore, server: SlideStore) -> Sent:
    """Send one waiting slide; raises (StorageError, ServerAway) and keeps it waiting when the
    server refuses it or cannot be reached."""
    path = outbox.folder(local.data_dir) / f"{item.local_slide}.zip"
    if item.bundle_sha256 is not None and path.is_file():
        found = imported_as(server, item.bundle_sha256)
        if found is not None:  # the last try reached the server; only its answer was lost
            return _done(item, local, server, found)
        if _entries(local, item.local_slide) != item.bundle_entries:
            item = _bundle(item, local, path)  # counted on since: send what it is now
    else:
        item = _bundle(item, local, path)
    sha256 = item.bundle_sha256
    assert sha256 is not None
    new_id = import_slide(
        server,
        path,
        item.who,
        extra={"bundle_sha256": sha256, "counted_offline_at": item.station},
        then=lambda conn, new_id: _settle(conn, item, new_id),
    )
    return _done(item, local, server, new_id)


def _bundle(item: Waiting, local: SlideStore, path: Path) -> Waiting:
    export_slide(local, item.local_slide, item.who, path)
    sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
    made = replace(item, bundle_sha256=sha256, bundle_entries=_entries(local, item.local_slide))
    outbox.save(local.data_dir, made)  # before the server sees it: a retry looks for this
    return made


def _entries(store: SlideStore, slide_id: int) -> int:
    (count,) = store.db.conn.execute(
        "SELECT count(*) FROM audit WHERE slide_id = ?", (slide_id,)
    ).fetchone()
    return int(count)


def imported_as(server: SlideStore, sha256: str) -> int | None:
    """The server's slide imported from the bundle with this SHA-256, if any."""
    row = server.db.conn.execute(
        "SELECT slide_id FROM audit WHERE what = 'import bundle' AND after LIKE ? "
        "ORDER BY id LIMIT 1",
        (f'%"bundle_sha256": "{sha256}"%',),
    ).fetchone()
    return None if row is None else int(row[0])


def _settle(conn: Connection, item: Waiting, new_id: int) -> None:
    """Retire the server's slide when it is as it was copied; else mark the sent one."""
    original = read_row(conn, "slide", item.server_slide)
    now = None
    if original is not None:
        rows = SlideRows(conn, item.server_slide)
        now = slide_digest(rows.slide, rows.fields.values(), rows.cells.values())
    if now == item.server_digest:
        note = f"Retired: replaced by slide {new_id}, counted offline at {item.station}."
        _comment(conn, item.server_slide, original, note)
        audit.append(
            conn, item.server_slide, item.who, RETIRED, f"slide {item.server_slide}", None,
            {"replaced_by": new_id, "counted_offline_at": item.station},
            rows=[("slide", item.server_slide)],
        )  # fmt: skip
        link = {"replaces": item.server_slide}
    else:
        note = f"Counted offline at {item.station}: slide {item.server_slide} changed meanwhile."
        _comment(conn, new_id, read_row(conn, "slide", new_id), note)
        link = {"kept_beside": item.server_slide, "server_slide_changed": True}
    audit.append(
        conn, new_id, item.who, "counted offline", f"slide {new_id}", None,
        {**link, "counted_offline_at": item.station}, rows=[("slide", new_id)],
    )  # fmt: skip


def _comment(conn: Connection, slide_id: int, row: dict[str, object] | None, note: str) -> None:
    if row is None:  # the server's slide was deleted meanwhile: nothing to retire
        return
    old = str(row.get("comment") or "")
    conn.execute("UPDATE slide SET comment = ? WHERE id = ?", (f"{note} {old}".strip(), slide_id))


def _done(item: Waiting, local: SlideStore, server: SlideStore, sent_as: int) -> Sent:
    row = server.db.conn.execute(
        "SELECT after FROM audit WHERE slide_id = ? AND what = 'counted offline' "
        "ORDER BY id LIMIT 1",
        (sent_as,),
    ).fetchone()
    replaced = row is not None and "replaces" in json.loads(str(row[0]))
    done = outbox.mark_sent(local, item, sent_as, replaced)
    if replaced:
        message = _("{sample} was sent to the lab server and replaces its copy there.")
    else:
        message = _(
            "{sample} was sent to the lab server, but someone changed it there meanwhile: both "
            "are kept, the one sent marked as counted offline at {station}. Compare them."
        )
    return Sent(done, message.format(sample=item.sample, station=item.station))


def send_all(local: SlideStore, server: SlideStore) -> list[Sent]:
    """Every slide waiting for ``server``; stops at the first that fails (raised)."""
    assert server.server is not None
    return [send(item, local, server) for item in outbox.waiting(local.data_dir, server.server)]


def replacements(store: SlideStore, slide_ids: Sequence[int]) -> dict[int, int]:
    """Which of ``slide_ids`` were retired by a copy counted offline: slide -> the one replacing
    it (what the start view says beside each)."""
    if not slide_ids:
        return {}
    marks = ", ".join("?" * len(slide_ids))
    rows = store.db.conn.execute(
        f"SELECT slide_id, after FROM audit WHERE what = ? AND slide_id IN ({marks})",
        (RETIRED, *slide_ids),
    ).fetchall()
    return {int(r[0]): int(json.loads(str(r[1]))["replaced_by"]) for r in rows}
