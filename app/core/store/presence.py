"""Who has a slide open, across the lab server's stations: one row per slide being worked on
(``slide_open``), held by the window that opened it and renewed while it stays open.

A slide is worked on at one station at a time. Another station that opens it is told who has
it, where and since when, and opens it to look at only, or takes it over (written in the audit
trail); the journal refuses a change from any session that does not hold a slide someone else
holds, in the change's own transaction, so two stations never both change a slide unawares
(the one that lost it is told so at its next click). A hold not renewed for ``STALE_SECONDS``
(the station crashed, or lost the network) no longer counts. Times are the server's, so a
station's wrong clock cannot make a hold look fresh or stale. A single PC has no such rows: one
window per data folder (``folder_lock``) already guarantees it.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from app.core.errors import StorageError
from app.core.i18n import _
from app.core.records import now_iso
from app.core.store import audit
from app.core.store.sql import Connection, ServerAway, ServerConnection, ServerError

#: A hold not renewed for this long is a station that went away without closing the slide.
STALE_SECONDS = 120
#: How often an open slide's hold is renewed, and the server asked whether it is there.
RENEW_SECONDS = 5

_FRESH = f"renewed > now() - interval '{STALE_SECONDS} seconds'"


@dataclass(frozen=True)
class Holder:
    """Who has a slide open: a person, at a station, since (UTC, ISO)."""

    who: str
    station: str
    since: str


class SlideInUse(StorageError):
    """The slide is open at another station (``holder``)."""

    def __init__(self, message: str, holder: Holder) -> None:
        super().__init__(message)
        self.holder = holder


def new_token() -> str:
    """One window's hold on one slide."""
    return secrets.token_hex(8)


def holder_of(conn: Connection, slide_id: int, token: str | None = None) -> Holder | None:
    """Who else holds the slide (not the hold ``token``), if anyone does."""
    row = conn.execute(
        f"SELECT who, station, since, token FROM slide_open WHERE slide_id = ? AND {_FRESH}",
        (slide_id,),
    ).fetchone()
    if row is None or row["token"] == token:
        return None
    return Holder(str(row["who"]), str(row["station"]), str(row["since"]))


def holders(conn: Connection) -> dict[int, Holder]:
    """Every slide open somewhere in the lab now."""
    rows = conn.execute(
        f"SELECT slide_id, who, station, since FROM slide_open WHERE {_FRESH}"
    ).fetchall()
    return {int(r[0]): Holder(str(r[1]), str(r[2]), str(r[3])) for r in rows}


def claim(
    conn: Connection, slide_id: int, token: str, who: str, station: str, take_over: bool
) -> Holder | None:
    """Inside the caller's transaction: hold the slide, unless someone else does (returned)
    and ``take_over`` is not asked; a take-over is written in the audit trail."""
    other = holder_of(conn, slide_id, token)
    if other is not None and not take_over:
        return other
    conn.execute("DELETE FROM slide_open WHERE slide_id = ?", (slide_id,))
    conn.execute(
        "INSERT INTO slide_open (slide_id, token, who, station, since, renewed) "
        "VALUES (?, ?, ?, ?, ?, now())",
        (slide_id, token, who, station, now_iso()),
    )
    if other is not None:
        audit.append(
            conn, slide_id, who, "take over the open slide", f"slide {slide_id}",
            {"who": other.who, "station": other.station, "since": other.since},
            {"who": who, "station": station},
        )  # fmt: skip
    return None


def release(conn: Connection, slide_id: int, token: str) -> None:
    conn.execute("DELETE FROM slide_open WHERE slide_id = ? AND token = ?", (slide_id, token))


def check_held(conn: Connection, slide_id: int, token: str | None) -> None:
    """Inside a change's transaction: refuse it when someone else holds the slide, or when the
    window's own hold is gone (taken over, and let go since: taking it back is the person's).
    One read of the slide's one ``slide_open`` row: this runs at every click."""
    row = conn.execute(
        f"SELECT who, station, since, token, {_FRESH} AS fresh FROM slide_open WHERE slide_id = ?",
        (slide_id,),
    ).fetchone()
    ours = row is not None and row["token"] == token  # renewed lately or not: the next beat does
    held = row is not None and not ours and bool(row["fresh"])  # by someone else
    if token is not None and not ours and not held:
        raise StorageError(
            _(
                "This window no longer holds the slide (another station took it over): nothing "
                "was changed here. Press Take over or open it again to count on it."
            )
        )
    if not held:
        return
    assert row is not None
    said = (
        _(
            "{who} has it open at {station} (since {time} UTC): nothing was changed here. Open "
            "the slide again to see it as it is now."
        )
        if token is None
        else _(
            "{who} took it over at {station} (since {time} UTC): nothing was changed here. Open "
            "the slide again to see it as it is now."
        )
    )
    other = Holder(str(row["who"]), str(row["station"]), str(row["since"]))
    raise SlideInUse(
        said.format(who=other.who, station=other.station, time=other.since[11:16]), other
    )


@dataclass(frozen=True)
class Hold:
    """One window's hold on one slide."""

    slide_id: int
    token: str
    who: str
    station: str


@dataclass(frozen=True)
class Beat:
    """What a renewal found: the server away (``away``, its message), the hold taken by
    another station (``taken_by``), or all well."""

    away: str = ""
    taken_by: Holder | None = None


class Heartbeat:
    """Renews a window's hold and notices when the server goes away, on a connection of its
    own (a worker thread's: the window's connection is the GUI thread's)."""

    def __init__(self, url: str, station: str) -> None:
        self.url, self.station = url, station
        self._conn: ServerConnection | None = None
        self._taken: set[str] = set()  # holds another station took over: never taken back here

    def beat(self, hold: Hold | None) -> Beat:
        """Renew ``hold`` (or, holding nothing, ask whether the server is there)."""
        try:
            if self._conn is None:
                self._conn = ServerConnection(self.url, self.station)
            conn = self._conn
            if hold is None:
                conn.execute("SELECT 1").fetchone()
                return Beat()
            renewed = conn.execute(
                "UPDATE slide_open SET renewed = now() WHERE slide_id = ? AND token = ? "
                "RETURNING slide_id",
                (hold.slide_id, hold.token),
            ).fetchone()
            if renewed is not None:
                return Beat()
            taker = holder_of(conn, hold.slide_id, hold.token)
            if taker is not None:
                self._taken.add(hold.token)
            elif hold.token in self._taken:  # the taker let go: taking it back is a person's
                return Beat()  # choice (the window, looking only, offers it), never silent
            else:  # gone stale while the server was away, and nobody took it
                conn.begin()
                try:
                    claim(conn, hold.slide_id, hold.token, hold.who, hold.station, False)
                except BaseException:
                    conn.end(commit=False)
                    raise
                conn.end(commit=True)
            return Beat(taken_by=taker)
        except ServerAway as exc:
            return Beat(away=str(exc))
        except ServerError:  # another station claimed it at this moment: the next beat says
            return Beat()

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
