"""The slide library: one database and image folder per user; create, find, open, delete."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.categories import CategoryMap, categories_to_json
from app.core.errors import InvalidInputError, StorageError
from app.core.i18n import _
from app.core.paths import private_dir, user_data_dir
from app.core.profiles import lab
from app.core.records import Slide, SlideState, Specimen, now_iso
from app.core.store import audit
from app.core.store.changes import next_id
from app.core.store.database import DB_NAME, Database
from app.core.store.folder_lock import FolderLock
from app.core.store.images import ImageStore
from app.core.store.journal import kept_for_the_record
from app.core.store.people import Person, sign_in
from app.core.store.presence import Hold, Holder, SlideInUse, new_token
from app.core.store.session import SlideSession
from app.core.store.tamper import StateCheck, check_state
from app.core.store.validation import clean_slide_values

if TYPE_CHECKING:  # psycopg is loaded only when a lab server is used
    from app.core.store.server import ServerDatabase


#: Slides a start view reads at a time: a lab server holds tens of thousands, a person wants
#: the top of the list.
PAGE = 200


def _refuse_lost_database(data_dir: Path, accept_loss: bool) -> None:
    """A missing or empty database beside stored images is lost data, not a new store (an
    installation older than the record beside the database has no other sign of it)."""
    path = data_dir / DB_NAME
    if accept_loss or (path.exists() and path.stat().st_size > 0):
        return
    images = data_dir / "images"
    stored = sum(1 for p in images.rglob("*") if p.is_file()) if images.is_dir() else 0
    if stored:
        gone = (
            _(
                "The slide database {path} is missing, but {images} still holds {n} field "
                "images: the slides were deleted or moved. Nothing was opened. Put the database "
                "back (or restore it from {backups}), or run `python -m app slides accept-loss` "
                "to start again with an empty store."
            )
            if not path.exists()
            else _(
                "The slide database {path} is empty (0 bytes), but {images} still holds {n} "
                "field images: the slides were deleted or moved. Nothing was opened. Put the "
                "database back (or restore it from {backups}), or run `python -m app slides "
                "accept-loss` to start again with an empty store."
            )
        )
        raise StorageError(
            gone.format(path=path, images=images, n=stored, backups=data_dir / "backups")
        )


@dataclass(frozen=True)
class SlideSummary:
    slide: Slide
    fields: int
    labels: dict[str, int]  # counted cells per final label

    @property
    def cells(self) -> int:
        return sum(self.labels.values())

    last_change: str


class SlideStore:
    def __init__(
        self,
        data_dir: Path | None = None,
        accept_loss: bool = False,
        exclusive: bool = False,
        database: str | None = None,
        person: tuple[str, str] | None = None,
    ) -> None:
        """``exclusive``: the window's store, one per data folder (folder_lock). ``database``:
        a lab server's URL (``postgresql://…``); the slides are there, and ``data_dir`` keeps
        this station's record of the server's audit trail and its cache of images. ``person``:
        (name, password) signed in on the server; without it the database role's own rights
        apply (the lab's IT, scripts)."""
        self.data_dir = data_dir or user_data_dir()
        self.server = database
        self.person: Person | None = None
        if database is None:
            _refuse_lost_database(self.data_dir, accept_loss)
        self.lock = FolderLock(private_dir(self.data_dir)) if exclusive else None
        if self.lock is not None:
            self.lock.acquire()
        try:
            self.db, self.images = self._open(database, accept_loss)
            if database is not None and person is not None:
                self.person = sign_in(self.db.conn, *person)
            if database is not None:  # its lab: profiles come from this server
                lab.attach(database, getattr(self.db, "station", None), self.data_dir, self)
        except BaseException:
            if hasattr(self, "db"):
                self.db.close()
            self.close_lock()
            raise
        if exclusive and isinstance(self.db, Database):  # a copy a day to come back to
            self.db.daily_backup()

    def _open(
        self, database: str | None, accept_loss: bool
    ) -> tuple[Database | ServerDatabase, ImageStore]:
        if database is None:
            db = Database(self.data_dir / DB_NAME, accept_loss)
            return db, ImageStore(self.data_dir / "images")
        from app.core.store.server import ServerDatabase
        from app.core.store.server_images import ServerImageStore

        server = ServerDatabase(database, self.data_dir, accept_loss)
        return server, ServerImageStore(server.conn, self.data_dir / "server-images")

    @property
    def where(self) -> str:
        """Where the slides are, as a message names it."""
        return str(self.data_dir) if self.server is None else self.db.label

    @cached_property
    def worker_images(self) -> ImageStore:
        """The images as worker threads write them (the analysis stores each new field's image
        off the GUI thread): ``ImageStore.for_worker``."""
        return self.images.for_worker()

    def close(self) -> None:
        if "worker_images" in self.__dict__ and self.worker_images is not self.images:
            self.worker_images.close()
        lab.detach(self)
        self.db.close()
        self.close_lock()

    def claim_folder(self, previous: SlideStore | None = None) -> None:
        """Become the window's store of the data folder (``exclusive``): the lock ``previous``
        holds is handed over, so no second window slips in while the window changes stores."""
        if previous is not None and previous.lock is not None:
            self.lock, previous.lock = previous.lock, None
            return
        self.lock = FolderLock(private_dir(self.data_dir))
        self.lock.acquire()

    def close_lock(self) -> None:
        if self.lock is not None:
            self.lock.release()

    def create_slide(
        self,
        user: str,
        sample_id: str,
        categories: CategoryMap | None = None,
        **values: object,
    ) -> SlideSession:
        """A new open slide; ``values`` are any of the editable slide fields. ``categories``
        (its profile's) are kept with the slide: it counts in them for good."""
        if not user.strip():
            raise InvalidInputError(_("An operator name is needed to create a slide."))
        clean = clean_slide_values({"sample_id": sample_id, **values})
        if self.server is not None and lab.is_lab_ref(clean.get("profile")):
            # The slide names the version it counts with: a later publish leaves it as it was.
            clean["profile"] = lab.pin(self.db.conn, str(clean["profile"]))
        row = {
            "patient_id": None,
            "age": None,
            "sex": None,
            "specimen": Specimen.PERIPHERAL_BLOOD.value,
            "stain": None,
            "wbc_count": None,
            "wbc_unit": "10^9/L",
            "target": 100,
            "profile": None,
            "operator": user.strip(),
            "comment": None,
            **clean,
            "created_at": now_iso(),
            "finished_at": None,
            "signed_at": None,
            "signed_by": None,
            "state": SlideState.OPEN.value,
            "categories": categories_to_json(categories) if categories else None,
        }
        columns = [c for c in Slide.columns() if c != "id"]
        marks = ", ".join("?" * len(columns))
        with self.db.transaction() as conn:
            slide_id = next_id(conn, "slide")
            conn.execute(
                f"INSERT INTO slide (id, {', '.join(columns)}) VALUES (?, {marks})",
                [slide_id, *(row[c] for c in columns)],
            )
            audit.append(
                conn,
                slide_id,
                user.strip(),
                "create slide",
                f"slide {slide_id}",
                None,
                row,
                rows=[("slide", slide_id)],
            )
        return self.open(slide_id, user)

    def open(
        self, slide_id: int, user: str, hold: bool = False, take_over: bool = False
    ) -> SlideSession:
        """``hold``: the window works on the slide, and other stations see it in use (and
        cannot change it meanwhile); refused with ``SlideInUse`` when another station holds
        it, unless ``take_over``. Without ``hold`` every change is refused while another
        station holds the slide."""
        if self.person is not None and user.strip() != self.person.name:
            raise InvalidInputError(
                _("{name} is signed in at this station: work goes in their name.").format(
                    name=self.person.name
                )
            )
        held = Hold(slide_id, new_token(), user.strip(), self.db.station) if hold else None
        if held is not None:
            other = self.db.hold(held, take_over)
            if other is not None:
                raise SlideInUse(
                    _("{who} has this slide open at {station} (since {time} UTC).").format(
                        who=other.who, station=other.station, time=other.since[11:16]
                    ),
                    other,
                )
        try:
            return SlideSession(self.db, self.images, slide_id, user, self.person, held)
        except BaseException:
            if held is not None:
                self.db.let_go(held)
            raise

    def open_slides(self) -> dict[int, Holder]:
        """The slides open at other stations of the lab now (none on a PC)."""
        return self.db.open_slides()

    def summaries(
        self,
        where: str = "",
        params: tuple[object, ...] = (),
        page: tuple[int, int] | None = None,
        open_first: bool = False,
    ) -> list[SlideSummary]:
        """The slides ``where`` says, most recently changed first (``open_first``: unfinished
        ones before the rest); ``page``: (how many, from which) of them, so a start view of a
        lab's 100,000 slides reads one page, not all."""
        order = "(s.state <> 'open'), " if open_first else ""
        limit = f" LIMIT {int(page[0])} OFFSET {int(page[1])}" if page is not None else ""
        rows = self.db.conn.execute(
            f"""SELECT s.*,
                (SELECT count(*) FROM field f WHERE f.slide_id = s.id) AS n_fields,
                coalesce((SELECT max(at) FROM audit a WHERE a.slide_id = s.id), s.created_at)
                  AS last_change
            FROM slide s {where} ORDER BY {order}last_change DESC, s.id DESC{limit}""",
            params,
        ).fetchall()
        labels = self._labels([r["id"] for r in rows] if page is not None else None)
        return [
            SlideSummary(
                Slide(*(r[c] for c in Slide.columns())),
                r["n_fields"],
                labels.get(r["id"], {}),
                r["last_change"],
            )
            for r in rows
        ]

    def _labels(self, slide_ids: list[int] | None) -> dict[int, dict[str, int]]:
        """Counted cells per label of each slide (of ``slide_ids``; None: of every slide)."""
        if slide_ids == []:
            return {}
        among = (
            "" if slide_ids is None else f" AND f.slide_id IN ({', '.join('?' * len(slide_ids))})"
        )
        labels: dict[int, dict[str, int]] = {}
        for slide_id, label, count in self.db.conn.execute(
            "SELECT f.slide_id, c.label, count(*) FROM cell c JOIN field f ON f.id = c.field_id "
            f"WHERE c.state = 'counted'{among} GROUP BY f.slide_id, c.label",
            tuple(slide_ids or ()),
        ):
            labels.setdefault(slide_id, {})[label] = count
        return labels

    def unfinished(self) -> list[SlideSummary]:
        return self.search(state=SlideState.OPEN)

    def search(
        self,
        text: str = "",
        date_from: str | None = None,
        date_to: str | None = None,
        state: SlideState | None = None,
        page: tuple[int, int] | None = None,
        open_first: bool = False,
    ) -> list[SlideSummary]:
        """Slides whose sample or patient ID contains ``text``, created within the dates
        (ISO, inclusive), in ``state`` if given (``page``, ``open_first``: see summaries)."""
        where, params = _where(text, date_from, date_to, state)
        return self.summaries(where, params, page, open_first)

    def count(self, text: str = "", state: SlideState | None = None) -> int:
        """How many slides ``search`` would find, without reading them."""
        where, params = _where(text, None, None, state)
        (found,) = self.db.conn.execute(f"SELECT count(*) FROM slide s {where}", params).fetchone()
        return int(found)

    def delete_slide(self, slide_id: int, user: str, reason: str) -> None:
        """Remove a slide and its fields and cells; the audit trail keeps the act."""
        if not reason.strip():
            raise InvalidInputError(_("Deleting a slide needs a reason (kept in the audit trail)."))
        session = self.open(slide_id, user)
        if session.slide.locked:
            raise StorageError(_("A signed slide cannot be deleted; unsign it first."))
        gone = [("slide", slide_id)]
        gone += [("field", i) for i in session.fields] + [("cell", i) for i in session.cells]
        with self.db.transaction() as conn:
            kept_for_the_record(conn, slide_id, session.slide.sample_id)
            conn.execute("DELETE FROM action WHERE slide_id = ?", (slide_id,))
            conn.execute("DELETE FROM slide WHERE id = ?", (slide_id,))
            audit.append(
                conn,
                slide_id,
                user.strip(),
                f"delete slide: {reason.strip()}",
                f"slide {slide_id}",
                session.slide.to_row(),
                {"fields": len(session.fields), "cells": len(session.cells)},
                rows=gone,
            )

    def verify_audit(self) -> audit.AuditCheck:
        return self.db.verify_trail()

    def verify_state(self) -> StateCheck:
        """Every stored row and image against the audit trail (reads every image: seconds)."""
        return check_state(self.db.conn, self.images)


def _where(
    text: str, date_from: str | None, date_to: str | None, state: SlideState | None
) -> tuple[str, tuple[object, ...]]:
    clauses: list[str] = []
    params: list[object] = []
    if state is not None:
        clauses.append("s.state = ?")
        params.append(state.value)
    if text.strip():
        like = f"%{text.strip()}%"
        clauses.append("(s.sample_id LIKE ? OR s.patient_id LIKE ?)")
        params += [like, like]
    if date_from:
        clauses.append("s.created_at >= ?")
        params.append(date_from)
    if date_to:
        clauses.append("substr(s.created_at, 1, 10) <= ?")
        params.append(date_to[:10])
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), tuple(params)
