"""An open slide: the one source of truth for its fields and cells.

Every command is one SQLite transaction (row changes + undo record + audit entry) committed
before the call returns; only then is memory updated and listeners told. Undo and redo replay the
stored row changes, so they work for every command and survive a restart.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.core.categories import CategoryMap
from app.core.counting import (
    DEFAULT_RULES,
    CellKinds,
    CountRules,
    Differential,
    differential,
)
from app.core.errors import InvalidInputError
from app.core.i18n import _
from app.core.records import (
    AnalysisState,
    Cell,
    CellState,
    Field,
    FieldSource,
    NotCountedReason,
    Slide,
    SlideState,
    now_iso,
)
from app.core.reference_ranges import RangeTable, load_range_table
from app.core.store.changes import RowChange, differs, next_id, update
from app.core.store.database import SlideDatabase
from app.core.store.images import ImageStore
from app.core.store.inputs import Detection, FieldImage
from app.core.store.journal import Build, Journal
from app.core.store.new_cells import clean_label, inside, manual_cell, model_cells
from app.core.store.people import Person
from app.core.store.presence import Hold
from app.core.store.signing import audit_kind, by_reviewer, signed_values, unsigned
from app.core.store.slide_rows import SlideRows, field_of
from app.core.store.sql import Connection, ServerError
from app.core.store.validation import clean_slide_values


@dataclass(frozen=True)
class SessionChange:
    """What a command changed, for listeners to refresh what they show."""

    kind: str
    field_ids: frozenset[int]
    cell_ids: frozenset[int] = frozenset()  # so an undo can show the cells it changed


Listener = Callable[[SessionChange], None]


class SlideSession:
    def __init__(
        self,
        db: SlideDatabase,
        images: ImageStore,
        slide_id: int,
        user: str,
        person: Person | None = None,
        hold: Hold | None = None,
    ) -> None:
        """``person``: who signed in on the lab server, whose role says what they may do.
        ``hold``: this window's hold on the slide (``presence``), let go by ``close``."""
        if not user.strip():
            raise InvalidInputError(_("An operator name is needed to open a slide."))
        self.db, self.images, self.user = db, images, user.strip()
        self.person, self.hold = person, hold
        self.rows = SlideRows(db.conn, slide_id)
        self._listeners: list[Listener] = []
        self.journal = Journal(db, slide_id, self.user, hold.token if hold else None)

    def close(self) -> None:
        """The window is done with the slide: other stations may work on it now."""
        if self.hold is not None:
            hold, self.hold = self.hold, None
            # A server away now lets the hold go stale by itself (presence.STALE_SECONDS).
            with contextlib.suppress(ServerError):
                self.db.let_go(hold)

    # ----- reading -------------------------------------------------------------------------
    @property
    def slide(self) -> Slide:
        return self.rows.slide

    @property
    def fields(self) -> dict[int, Field]:
        return self.rows.fields

    @property
    def cells(self) -> dict[int, Cell]:
        return self.rows.cells

    @property
    def kinds(self) -> CellKinds:
        """What the differential is computed from."""
        return self.rows.kinds

    @property
    def slide_id(self) -> int:
        return self.slide.id

    def field_list(self) -> list[Field]:
        return sorted(self.fields.values(), key=lambda f: f.position)

    def cells_in(self, field_id: int) -> list[Cell]:
        return self.rows.cells_in(field_id)

    def image_path(self, field: Field) -> Path:
        return self.images.path_for(field.image_sha256, field.image_ext)

    def differential(
        self,
        categories: CategoryMap,
        ranges: RangeTable | None = None,
        rules: CountRules = DEFAULT_RULES,
    ) -> Differential:
        return differential(
            self.kinds,
            categories,
            ranges or load_range_table(),
            self.slide.wbc_count,
            self.slide.target,
            rules,
        )

    def can_undo(self) -> bool:
        return self.journal.next_action("done") is not None and not self.slide.locked

    def can_redo(self) -> bool:
        return self.journal.next_action("undone") is not None and not self.slide.locked

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    # ----- fields --------------------------------------------------------------------------
    def add_field(
        self,
        image: Path | FieldImage,
        source: FieldSource = FieldSource.FILE,
        captured_at: str | None = None,
        quality: float | None = None,
    ) -> Field:
        """Copy an image into the store as the slide's next field (not on the undo stack:
        removing a field is the undoable act). Pass a ``FieldImage`` read off the GUI thread
        to keep the decoding there; ``quality`` is its focus score."""
        if isinstance(image, Path):
            image = FieldImage.from_file(image)
        unsigned(self.slide)
        data, sha256, ext, name = image.data, image.sha256, image.ext, image.name
        self.images.put(data, ext, sha256)  # the file first: a row never points at nothing
        twin = next((f for f in self.fields.values() if f.image_sha256 == sha256), None)
        if twin is not None:
            raise InvalidInputError(
                _("{name} is already field {position} of this slide.").format(
                    name=name, position=twin.position
                )
            )

        def build(conn: Connection) -> list[RowChange]:
            conn.execute(
                "INSERT OR IGNORE INTO image (sha256, ext, size, stored_at) VALUES (?, ?, ?, ?)",
                (sha256, ext, len(data), now_iso()),
            )
            position = max((f.position for f in self.fields.values()), default=0) + 1
            field = Field(
                id=next_id(conn, "field"),
                slide_id=self.slide_id,
                position=position,
                image_sha256=sha256,
                image_ext=ext,
                file_name=name,
                source=source.value,
                captured_at=captured_at or now_iso(),
                width=image.width,
                height=image.height,
                quality=quality,
                analysis_state=AnalysisState.PENDING.value,
                analysis_error=None,
            )
            return [RowChange("field", field.id, None, field.to_row())]

        changes = self._commit("add field", build, undoable=False)
        return self.fields[changes[0].id]

    def remove_field(self, field_id: int) -> None:
        field = self._field(field_id)
        cells = self.cells_in(field_id)

        def build(_conn: Connection) -> list[RowChange]:
            return [RowChange("cell", c.id, c.to_row(), None) for c in cells] + [
                RowChange("field", field.id, field.to_row(), None)
            ]

        self._commit("remove field", build)

    # ----- analysis ------------------------------------------------------------------------
    def apply_analysis(
        self,
        field_id: int,
        found: Sequence[Detection],
        user_action: bool = False,
        models: Sequence[dict[str, str]] = (),
    ) -> None:
        """Put the models' cells on a field. Cells a person touched (and manual cells) stay; the
        untouched model cells are replaced; a new detection on a kept cell is dropped.

        The automatic first analysis of a new field is not on the undo stack; a re-analysis the
        technician asked for (``user_action``) is. ``models`` (``ModelInfo.summary()`` of each
        model) is kept with the field for the report."""
        field = self._field(field_id)
        existing = self.cells_in(field_id)
        kept = [c for c in existing if c.corrected]

        def build(conn: Connection) -> list[RowChange]:
            changes = [
                RowChange("cell", c.id, c.to_row(), None) for c in existing if not c.corrected
            ]
            fresh = model_cells(found, kept, field_id, next_id(conn, "cell"))
            changes += [RowChange("cell", c.id, None, c.to_row()) for c in fresh]
            done = update(
                field,
                analysis_state=AnalysisState.DONE.value,
                analysis_error=None,
                analysis_models=json.dumps(list(models)) if models else field.analysis_models,
            )
            return [*changes, done] if done.before != done.after else changes

        self._commit("re-analyse field" if user_action else "analysis", build, undoable=user_action)

    def record_analysis_failure(self, field_id: int, message: str) -> None:
        field = self._field(field_id)
        change = update(field, analysis_state=AnalysisState.FAILED.value, analysis_error=message)
        self._commit("analysis failed", lambda _c: [change], undoable=False)

    # ----- corrections ---------------------------------------------------------------------
    def add_cell(self, field_id: int, box: tuple[float, float, float, float], label: str) -> Cell:
        checked, label = inside(self._field(field_id), box), clean_label(label)

        def build(conn: Connection) -> list[RowChange]:
            cell = manual_cell(next_id(conn, "cell"), field_id, checked, label, self.user)
            return [RowChange("cell", cell.id, None, cell.to_row())]

        changes = self._commit("add cell", build)
        return self.cells[changes[0].id]

    def resize_cell(self, cell_id: int, box: tuple[float, float, float, float]) -> None:
        """A box drawn too small or too large (an added cell, often) fitted to the cell."""
        x1, y1, x2, y2 = inside(self._field(self._cell(cell_id).field_id), box)
        self._edit_cells("resize", [cell_id], x1=x1, y1=y1, x2=x2, y2=y2)

    def relabel(self, cell_ids: Iterable[int], label: str) -> None:
        label = clean_label(label)
        self._edit_cells(
            "relabel", cell_ids, label=label, state=CellState.COUNTED.value, reason=None, reviewed=1
        )

    def delete_cells(self, cell_ids: Iterable[int]) -> None:
        self._edit_cells("delete", cell_ids, state=CellState.DELETED.value, reason=None)

    def mark_not_counted(self, cell_ids: Iterable[int], reason: NotCountedReason) -> None:
        self._edit_cells(
            "not counted",
            cell_ids,
            state=CellState.NOT_COUNTED.value,
            reason=NotCountedReason(reason).value,
        )

    def count_again(self, cell_ids: Iterable[int]) -> None:
        """Undo a delete or a not-counted mark by hand (e.g. from the gallery)."""
        self._edit_cells("count again", cell_ids, state=CellState.COUNTED.value, reason=None)

    def set_reviewed(self, cell_ids: Iterable[int], reviewed: bool = True) -> None:
        self._edit_cells("review", cell_ids, reviewed=int(reviewed))

    def _edit_cells(self, kind: str, cell_ids: Iterable[int], **values: object) -> None:
        cells = [self._cell(i) for i in dict.fromkeys(cell_ids)]
        if not cells:
            return
        stamp = now_iso()

        def build(_conn: Connection) -> list[RowChange]:
            changes = [update(c, changed_by=self.user, changed_at=stamp, **values) for c in cells]
            # A cell already in the asked-for state is not a change worth a step of undo.
            return [c for c in changes if differs(c, ignore=("changed_by", "changed_at"))]

        self._commit(kind, build)

    # ----- the slide -----------------------------------------------------------------------
    def edit_slide(self, **values: object) -> None:
        clean = clean_slide_values(dict(values))
        if "profile" in clean and clean["profile"] != self.slide.profile:
            # Its cells were analysed with this profile and count in its categories.
            raise InvalidInputError(
                _(
                    "A slide's model profile is chosen when the slide is created; start a new "
                    "slide to count with another profile."
                )
            )
        change = update(self.slide, **clean)
        if differs(change):
            self._commit("edit slide", lambda _c: [change])

    def finish(self, comment: str | None = None, despite: Sequence[str] = ()) -> None:
        """``despite``: the warnings the technician saw and went on past, kept in the audit."""
        values: dict[str, object] = {"state": SlideState.FINISHED.value, "finished_at": now_iso()}
        if comment is not None:
            values["comment"] = comment.strip() or None
        self._commit(audit_kind("finish", despite), lambda _c: [update(self.slide, **values)])

    def sign(self, operator: str, despite: Sequence[str] = ()) -> None:
        """Sign the slide: it is locked against every change until unsigned."""
        values = signed_values(self.db.conn, self.slide, operator)
        self._commit(
            audit_kind("sign", despite),
            by_reviewer(self.person, [update(self.slide, **values)]),
            undoable=False,
        )

    def unsign(self, reason: str) -> None:
        """Reopen a signed slide for changes: an audited act that needs a reason."""
        if not self.slide.locked:
            raise InvalidInputError(_("The slide is not signed."))
        if not reason.strip():
            raise InvalidInputError(
                _("Unsigning a slide needs a reason (it is kept in the audit trail).")
            )
        change = update(self.slide, state=SlideState.FINISHED.value, signed_at=None, signed_by=None)
        self._commit(
            f"unsign: {reason.strip()}",
            by_reviewer(self.person, [change]),
            undoable=False,
            check_lock=False,
        )

    # ----- undo / redo ---------------------------------------------------------------------
    def undo(self) -> str | None:
        """Undo the latest action; returns its name, or None when there is nothing to undo."""
        return self._replay("undo")

    def redo(self) -> str | None:
        return self._replay("redo")

    def _replay(self, verb: str) -> str | None:
        unsigned(self.slide)
        replayed = self.journal.replay(verb)
        if replayed is None:
            return None
        self._changed(f"{verb} {replayed.kind}", replayed.changes)
        return replayed.kind

    # ----- the write path (app.core.store.journal) -----------------------------------------
    def _commit(
        self,
        kind: str,
        build: Build,
        undoable: bool = True,
        check_lock: bool = True,
    ) -> list[RowChange]:
        if check_lock:
            unsigned(self.slide)
        changes = self.journal.write(kind, build, new_action=undoable, check_lock=check_lock)
        if changes:
            self._changed(kind, changes)
        return changes

    def follow(self, changes: list[RowChange]) -> None:
        """Rows another station committed (``follow``): memory and listeners catch up."""
        self._changed("follow", changes)

    def _changed(self, kind: str, changes: list[RowChange]) -> None:
        """Rows are committed: bring memory in line, then tell the listeners."""
        self.rows.absorb(changes)
        event = SessionChange(
            kind,
            frozenset(field_of(c) for c in changes if c.table in ("cell", "field")),
            frozenset(c.id for c in changes if c.table == "cell"),
        )
        for listener in list(self._listeners):
            listener(event)

    def _field(self, field_id: int) -> Field:
        return self.rows.field(field_id)

    def _cell(self, cell_id: int) -> Cell:
        return self.rows.cell(cell_id)
