"""Counting on this computer while the lab server is away, and sending the slide when it is back.

When the server cannot be reached, the open slide as the window last read it from the server
(its rows in memory are exactly what the server committed: memory changes only after a commit)
is copied into this computer's own store, with the images the station already keeps in its
cache, through the one copier bundles use (``copy_in``). The copy's first audit entry records
where it came from: the server (no password), the server's slide id and the digest of the
slide's state then. An outbox record beside it (``outbox/<local id>.json`` in the data folder,
written atomically, so it survives the app being closed) says it waits to be sent.

Sending (``outbox_send``) exports the local copy as a verified bundle and imports it on the
server, where the rows are checked against the copy's audit trail.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from app.core.atomic import write_text_atomic
from app.core.errors import StorageError
from app.core.i18n import _
from app.core.records import now_iso
from app.core.store import audit
from app.core.store.copy_in import insert_slide
from app.core.store.journal import SENT_TO_SERVER
from app.core.store.library import SlideStore
from app.core.store.session import SlideSession
from app.core.store.sql import server_name
from app.core.store.state_digest import slide_digest

FOLDER = "outbox"
WAITING, SENT = "waiting", "sent"
COPIED = "copy from lab server"  # the local copy's first audit entry


@dataclass(frozen=True)
class Waiting:
    """A slide counted on this computer for a lab server, and how far its sending got."""

    local_slide: int
    sample: str
    server: str  # as a person knows it, never with a password
    server_slide: int
    server_digest: str  # the server slide's state when it was copied (state_digest)
    who: str
    station: str
    kept_at: str
    state: str = WAITING
    bundle_sha256: str | None = None  # the bundle being sent: a retry sends the same one
    bundle_entries: int | None = None  # the copy's audit entries when that bundle was made
    sent_as: int | None = None  # the server's slide id once sent
    replaced: bool | None = None  # whether it replaced the server's slide (else: both kept)


def folder(data_dir: Path) -> Path:
    return data_dir / FOLDER


def save(data_dir: Path, item: Waiting) -> None:
    path = folder(data_dir) / f"{item.local_slide}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, json.dumps(asdict(item), indent=1))


def entries(data_dir: Path) -> list[Waiting]:
    """Every outbox record of this computer, oldest first (an unreadable one is skipped: the
    local copy it names is still in the local store, with its audit entry)."""
    found = []
    for path in sorted(folder(data_dir).glob("*.json")):
        try:
            found.append(Waiting(**json.loads(path.read_text(encoding="utf-8"))))
        except (OSError, ValueError, TypeError):
            continue
    return sorted(found, key=lambda w: w.kept_at)


def waiting(data_dir: Path, server: str | None = None) -> list[Waiting]:
    """What waits to be sent (to ``server`` when given: a URL or the name a person knows)."""
    name = None if server is None else server_name(server)
    return [w for w in entries(data_dir) if w.state == WAITING and name in (None, w.server)]


def record_for(data_dir: Path, local_slide: int) -> Waiting | None:
    return next((w for w in entries(data_dir) if w.local_slide == local_slide), None)


def keep_here(session: SlideSession, local: SlideStore, server_url: str) -> Waiting:
    """Copy the slide of ``session`` (on the server, which is away) into ``local``; returns its
    outbox record. Refused, changing nothing, when an image of the slide is not on this
    computer (a field the station never showed before the server went away)."""
    fields = session.field_list()
    images = []
    for field in fields:
        path = session.images.file_for(field.image_sha256, field.image_ext)
        if not path.is_file():
            raise StorageError(
                _(
                    "The image of field {position} of this slide is not on this computer, so the "
                    "slide cannot be counted here until the lab server answers again."
                ).format(position=field.position)
            )
        images.append((path.read_bytes(), field))
    for data, field in images:
        local.images.put(data, field.image_ext, field.image_sha256)
    cells = sorted(session.cells.values(), key=lambda c: c.id)
    digest = slide_digest(session.slide, fields, cells)
    station = str(getattr(session.db, "station", "") or "")
    server = server_name(server_url)
    with local.db.transaction() as conn:
        slide_id, written = insert_slide(
            conn,
            local.images,
            session.slide.to_row(),
            [f.to_row() for f in fields],
            [c.to_row() for c in cells],
        )
        audit.append(
            conn,
            slide_id,
            session.user,
            COPIED,
            f"slide {session.slide_id} on {server}",
            None,
            {"server": server, "server_slide": session.slide_id, "server_digest": digest,
             "station": station},
            rows=written,
        )  # fmt: skip
    item = Waiting(
        local_slide=slide_id,
        sample=session.slide.sample_id,
        server=server,
        server_slide=session.slide_id,
        server_digest=digest,
        who=session.user,
        station=station,
        kept_at=now_iso(),
    )
    save(local.data_dir, item)
    return item


def mark_sent(local: SlideStore, item: Waiting, sent_as: int, replaced: bool) -> Waiting:
    """The local copy was sent: it stays with an audit entry, after which the journal refuses
    every change to it (read-only: a click there would be lost to the lab)."""
    with local.db.transaction() as conn:
        audit.append(
            conn,
            item.local_slide,
            item.who,
            SENT_TO_SERVER,
            f"slide {item.local_slide}",
            None,
            {"server": item.server, "server_slide": sent_as, "replaced": replaced,
             "bundle_sha256": item.bundle_sha256},
        )  # fmt: skip
    done = replace(item, state=SENT, sent_as=sent_as, replaced=replaced)
    save(local.data_dir, done)
    return done
