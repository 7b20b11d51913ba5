"""The write path of a slide: every change is one transaction holding its row changes, its undo
record and its audit entry (chained with the digests of the rows as written), or nothing at all.

One place for the rules every write keeps: the slide is re-read inside the transaction and a
signed slide refuses every change (another window or process may have signed it since this one
read it); each changed row must still be as this session last saw it (``changes.apply``); undo
and redo replay stored row changes, so they work for every command and after a restart.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.core.errors import StorageError
from app.core.i18n import _
from app.core.records import SlideState, now_iso
from app.core.store import audit
from app.core.store.changes import RowChange, apply, dumps, loads, summary
from app.core.store.database import SlideDatabase
from app.core.store.presence import SlideInUse
from app.core.store.sql import Connection, ServerAway

# The audit entry that closes a copy counted on this computer for a lab server (``outbox``):
# the slide is on the server now, and this copy is kept, read-only, for the record.
SENT_TO_SERVER = "sent to lab server"
# ... and on the server, the entry that retires the slide such a copy replaced (``outbox_send``):
# kept for the record, read-only, so the sample is never counted on twice.
RETIRED = "retire: replaced by a slide counted offline"

Build = Callable[[Connection], list[RowChange]]


@dataclass(frozen=True)
class Replayed:
    kind: str  # the action undone or redone
    changes: list[RowChange]


class Journal:
    def __init__(
        self, db: SlideDatabase, slide_id: int, user: str, token: str | None = None
    ) -> None:
        """``token``: this window's hold on the slide (``presence``), if it holds it."""
        self.db, self.slide_id, self.user, self.token = db, slide_id, user, token

    def write(
        self,
        kind: str,
        changes_or_build: list[RowChange] | Build,
        new_action: bool = False,
        action_id: tuple[int, str] | None = None,
        check_lock: bool = True,
    ) -> list[RowChange]:
        """Apply the changes in one transaction; returns them ([] when there was nothing)."""
        with self.db.transaction() as conn:
            self.db.check_held(conn, self.slide_id, self.token)
            if check_lock:
                self._check_unlocked(conn)
            changes = changes_or_build(conn) if callable(changes_or_build) else changes_or_build
            if not changes:
                return []
            for change in changes:
                apply(conn, change)
            if new_action:
                conn.execute(
                    "UPDATE action SET status = 'discarded' "
                    "WHERE slide_id = ? AND status = 'undone'",
                    (self.slide_id,),
                )
                conn.execute(
                    "INSERT INTO action (slide_id, kind, changes, status, at) "
                    "VALUES (?, ?, ?, 'done', ?)",
                    (self.slide_id, kind, dumps(changes), now_iso()),
                )
            if action_id is not None:
                conn.execute(
                    "UPDATE action SET status = ? WHERE id = ?", (action_id[1], action_id[0])
                )
            before, after = summary(changes)
            audit.append(
                conn,
                self.slide_id,
                self.user,
                kind,
                _target(changes),
                before,
                after,
                rows=[(c.table, c.id) for c in changes],
            )
        return changes

    def next_action(self, status: str) -> Any:
        order = "DESC" if status == "done" else "ASC"
        row: Any = self.db.conn.execute(
            f"SELECT id, kind, changes FROM action WHERE slide_id = ? AND status = ? "
            f"ORDER BY id {order} LIMIT 1",
            (self.slide_id, status),
        ).fetchone()
        return row

    def replay(self, verb: str) -> Replayed | None:
        """Undo ("undo") or redo ("redo") the next action; None when there is none."""
        status, new_status = ("done", "undone") if verb == "undo" else ("undone", "done")
        action = self.next_action(status)
        if action is None:
            return None
        stored = loads(action["changes"])
        changes = [c.inverse() for c in reversed(stored)] if verb == "undo" else stored
        try:
            written = self.write(
                f"{verb} {action['kind']}", changes, action_id=(action["id"], new_status)
            )
        except (ServerAway, SlideInUse):  # nothing about the rows: the step stays as it was
            raise
        except StorageError as exc:
            # The rows moved on (e.g. a re-analysis replaced them): drop the step, keep the rest.
            with self.db.transaction() as conn:
                conn.execute("UPDATE action SET status = 'discarded' WHERE id = ?", (action["id"],))
                audit.append(
                    conn,
                    self.slide_id,
                    self.user,
                    f"{verb} refused",
                    action["kind"],
                    None,
                    str(exc),
                )
            refused = (
                _("'{action}' can no longer be undone: {problem}")
                if verb == "undo"
                else _("'{action}' can no longer be redone: {problem}")
            )
            raise StorageError(refused.format(action=action["kind"], problem=exc)) from exc
        return Replayed(str(action["kind"]), written)

    def _check_unlocked(self, conn: Connection) -> None:
        row = conn.execute(
            "SELECT sample_id, state FROM slide WHERE id = ?", (self.slide_id,)
        ).fetchone()
        if row is None:
            raise StorageError(_("This slide was deleted (by another window or program)."))
        if row["state"] == SlideState.SIGNED.value:
            raise StorageError(
                _(
                    "Slide {sample} is signed and cannot be changed; unsign it first (an audited "
                    "act)."
                ).format(sample=row["sample_id"])
            )
        kept_for_the_record(conn, self.slide_id, row["sample_id"])


def kept_for_the_record(conn: Connection, slide_id: int, sample: str) -> None:
    """Inside a change's transaction: refused when the slide is kept for the record only (a copy
    counted here and sent to the lab server, or the server's slide such a copy replaced)."""
    closed = conn.execute(
        "SELECT what, after FROM audit WHERE slide_id = ? AND what IN (?, ?) "
        "ORDER BY id DESC LIMIT 1",
        (slide_id, SENT_TO_SERVER, RETIRED),
    ).fetchone()
    if closed is not None and closed["what"] == RETIRED:
        replaced = json.loads(str(closed["after"]))
        raise StorageError(
            _(
                "Slide {sample} was replaced by slide {id}, counted offline at {station}; "
                "this one is kept for the record only. Count on slide {id}."
            ).format(
                sample=sample,
                id=replaced.get("replaced_by"),
                station=replaced.get("counted_offline_at"),
            )
        )
    if closed is not None:
        raise StorageError(
            _(
                "Slide {sample} was counted on this computer and has been sent to the lab "
                "server; this copy is kept for the record only. Go on counting it on the "
                "server."
            ).format(sample=sample)
        )


def _target(changes: list[RowChange]) -> str:
    tables = sorted({c.table for c in changes})
    ids = [str(c.id) for c in changes][:20]
    more = f" (+{len(changes) - 20})" if len(changes) > 20 else ""
    return f"{'/'.join(tables)} {', '.join(ids)}{more}"
