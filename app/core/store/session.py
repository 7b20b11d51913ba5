"""An open slide: the one source of truth for its fields and cells.

Every command is one SQLite transaction (row changes + undo record + audit entry) committed
before the call returns; only then is memory updated and listeners told. Undo and redo replay the
stored row changes, so they work for every command and survive a restart.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

import numpy as np

from app.core.categories import CategoryMap, RangeTable, load_range_table
from app.core.counting import (
    DEFAULT_RULES,
    CountRules,
    Differential,
    cell_kinds,
    differential,
)
from app.core.errors import InvalidInputError, StorageError
from app.core.geometry import iou_one_to_many
from app.core.records import (
    AnalysisState,
    Cell,
    CellSource,
    CellState,
    Field,
    FieldSource,
    NotCountedReason,
    Record,
    Slide,
    SlideState,
    now_iso,
)
from app.core.store.changes import RowChange, next_id
from app.core.store.database import SlideDatabase
from app.core.store.images import ImageStore
from app.core.store.inputs import Detection, FieldImage, StageStep
from app.core.store.journal import Build, Journal
from app.core.store.people import Person
from app.core.store.presence import Hold
from app.core.store.sql import Connection, ServerError
from app.core.store.validation import clean_slide_values

#: A new detection overlapping a kept (corrected or manual) cell this much is the same cell.
SAME_CELL_IOU = 0.5


@dataclass(frozen=True)
class SessionChange:
    """What a command changed, for listeners to refresh what they show."""

    kind: str
    field_ids: frozenset[int]
    slide_changed: bool
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
            raise InvalidInputError("An operator name is needed to open a slide.")
        self.db, self.images, self.user = db, images, user.strip()
        self.person, self.hold = person, hold
        conn = db.conn
        row = conn.execute(
            f"SELECT {', '.join(Slide.columns())} FROM slide WHERE id = ?", (slide_id,)
        ).fetchone()
        if row is None:
            raise StorageError(f"Slide {slide_id} does not exist (it may have been deleted).")
        self.slide = Slide(*row)
        self.fields = {
            r["id"]: Field(*r)
            for r in conn.execute(
                f"SELECT {', '.join(Field.columns())} FROM field "
                "WHERE slide_id = ? ORDER BY position",
                (slide_id,),
            )
        }
        self.cells = {
            r["id"]: Cell(*r)
            for r in conn.execute(
                f"SELECT {', '.join('c.' + c for c in Cell.columns())} FROM cell c "
                "JOIN field f ON f.id = c.field_id WHERE f.slide_id = ? ORDER BY c.id",
                (slide_id,),
            )
        }
        self._listeners: list[Listener] = []
        self.journal = Journal(db, slide_id, self.user, hold.token if hold else None)
        # Indexes kept with the cells in _absorb, the one place memory follows the store.
        self._by_field: dict[int, dict[int, Cell]] = {}  # field id -> cell id -> cell
        for cell in self.cells.values():
            self._by_field.setdefault(cell.field_id, {})[cell.id] = cell
        self.kinds = cell_kinds(self.cells.values())  # what the differential is computed from

    def close(self) -> None:
        """The window is done with the slide: other stations may work on it now."""
        if self.hold is not None:
            hold, self.hold = self.hold, None
            # A server away now lets the hold go stale by itself (presence.STALE_SECONDS).
            with contextlib.suppress(ServerError):
                self.db.let_go(hold)

    # ----- reading -------------------------------------------------------------------------
    @property
    def slide_id(self) -> int:
        return self.slide.id

    def field_list(self) -> list[Field]:
        return sorted(self.fields.values(), key=lambda f: f.position)

    def cells_in(self, field_id: int) -> list[Cell]:
        """The field's cells by id (from an index: a slide of 5,000 fields asks this a lot)."""
        return list(self._by_field.get(field_id, {}).values())

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
        self._check_unlocked()
        data, sha256, ext, name = image.data, image.sha256, image.ext, image.name
        self.images.put(data, ext, sha256)  # the file first: a row never points at nothing
        twin = next((f for f in self.fields.values() if f.image_sha256 == sha256), None)
        if twin is not None:
            raise InvalidInputError(f"{name} is already field {twin.position} of this slide.")

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
        kept_boxes = np.array([c.box for c in kept], np.float32).reshape(-1, 4)

        def build(conn: Connection) -> list[RowChange]:
            changes = [
                RowChange("cell", c.id, c.to_row(), None) for c in existing if not c.corrected
            ]
            fresh = [
                f
                for f in found
                if not len(kept_boxes)
                or iou_one_to_many(np.array(f.box, np.float32), kept_boxes).max() < SAME_CELL_IOU
            ]
            first = next_id(conn, "cell")
            for offset, f in enumerate(fresh):
                cell = Cell(
                    id=first + offset,
                    field_id=field_id,
                    x1=float(f.box[0]),
                    y1=float(f.box[1]),
                    x2=float(f.box[2]),
                    y2=float(f.box[3]),
                    model_label=f.label,
                    model_confidence=float(f.confidence),
                    detector_label=f.detector_label,
                    detector_confidence=float(f.detector_confidence),
                    label=f.label,
                    state=CellState.COUNTED.value,
                    reason=None,
                    source=CellSource.MODEL.value,
                    reviewed=0,
                    changed_by=None,
                    changed_at=None,
                    model_path=_path_json(f.path),
                )
                changes.append(RowChange("cell", cell.id, None, cell.to_row()))
            done = _update(
                field,
                analysis_state=AnalysisState.DONE.value,
                analysis_error=None,
                analysis_models=json.dumps(list(models)) if models else field.analysis_models,
            )
            return [*changes, done] if done.before != done.after else changes

        self._commit("re-analyse field" if user_action else "analysis", build, undoable=user_action)

    def record_analysis_failure(self, field_id: int, message: str) -> None:
        field = self._field(field_id)
        change = _update(field, analysis_state=AnalysisState.FAILED.value, analysis_error=message)
        self._commit("analysis failed", lambda _c: [change], undoable=False)

    # ----- corrections ---------------------------------------------------------------------
    def add_cell(self, field_id: int, box: tuple[float, float, float, float], label: str) -> Cell:
        field = self._field(field_id)
        x1, y1, x2, y2 = _inside(field, box)
        label = _label(label)

        def build(conn: Connection) -> list[RowChange]:
            cell = Cell(
                id=next_id(conn, "cell"),
                field_id=field_id,
                x1=x1,
                y1=y1,
                x2=x2,
                y2=y2,
                model_label=None,
                model_confidence=None,
                detector_label=None,
                detector_confidence=None,
                label=label,
                state=CellState.COUNTED.value,
                reason=None,
                source=CellSource.MANUAL.value,
                reviewed=1,
                changed_by=self.user,
                changed_at=now_iso(),
            )
            return [RowChange("cell", cell.id, None, cell.to_row())]

        changes = self._commit("add cell", build)
        return self.cells[changes[0].id]

    def resize_cell(self, cell_id: int, box: tuple[float, float, float, float]) -> None:
        """A box drawn too small or too large (an added cell, often) fitted to the cell."""
        x1, y1, x2, y2 = _inside(self._field(self._cell(cell_id).field_id), box)
        self._edit_cells("resize", [cell_id], x1=x1, y1=y1, x2=x2, y2=y2)

    def relabel(self, cell_ids: Iterable[int], label: str) -> None:
        label = _label(label)
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
            changes = [_update(c, changed_by=self.user, changed_at=stamp, **values) for c in cells]
            # A cell already in the asked-for state is not a change worth a step of undo.
            return [c for c in changes if _differs(c, ignore=("changed_by", "changed_at"))]

        self._commit(kind, build)

    # ----- the slide -----------------------------------------------------------------------
    def edit_slide(self, **values: object) -> None:
        clean = clean_slide_values(dict(values))
        if "profile" in clean and clean["profile"] != self.slide.profile:
            # Its cells were analysed with this profile and count in its categories.
            raise InvalidInputError(
                "A slide's model profile is chosen when the slide is created; start a new "
                "slide to count with another profile."
            )
        change = _update(self.slide, **clean)
        if _differs(change):
            self._commit("edit slide", lambda _c: [change])

    def finish(self, comment: str | None = None, despite: Sequence[str] = ()) -> None:
        """``despite``: the warnings the technician saw and went on past, kept in the audit."""
        values: dict[str, object] = {"state": SlideState.FINISHED.value, "finished_at": now_iso()}
        if comment is not None:
            values["comment"] = comment.strip() or None
        self._commit(_despite("finish", despite), lambda _c: [_update(self.slide, **values)])

    def sign(self, operator: str, despite: Sequence[str] = ()) -> None:
        """Sign the slide: it is locked against every change until unsigned."""
        name = operator.strip()
        if not name:
            raise InvalidInputError("Signing needs the operator's name.")
        self._check_may("sign")
        values = {"state": SlideState.SIGNED.value, "signed_at": now_iso(), "signed_by": name}
        (latest,) = self.db.conn.execute(
            "SELECT max(at) FROM audit WHERE slide_id = ?", (self.slide_id,)
        ).fetchone()
        latest = max(latest or "", self.slide.created_at)
        if _moment(values["signed_at"]) < _moment(latest):
            raise StorageError(
                f"The computer's clock reads {values['signed_at'][:16].replace('T', ' ')} UTC, "
                f"earlier than this slide's last change ({latest[:16].replace('T', ' ')} UTC): "
                "a signature cannot come before the work it signs. Set the clock right, then "
                "sign."
            )
        if self.slide.finished_at is None:
            values["finished_at"] = values["signed_at"]
        self._commit(
            _despite("sign", despite), lambda _c: [_update(self.slide, **values)], undoable=False
        )

    def unsign(self, reason: str) -> None:
        """Reopen a signed slide for changes: an audited act that needs a reason."""
        if not self.slide.locked:
            raise InvalidInputError("The slide is not signed.")
        self._check_may("sign")
        if not reason.strip():
            raise InvalidInputError(
                "Unsigning a slide needs a reason (it is kept in the audit trail)."
            )
        change = _update(
            self.slide, state=SlideState.FINISHED.value, signed_at=None, signed_by=None
        )
        self._commit(
            f"unsign: {reason.strip()}", lambda _c: [change], undoable=False, check_lock=False
        )

    # ----- undo / redo ---------------------------------------------------------------------
    def undo(self) -> str | None:
        """Undo the latest action; returns its name, or None when there is nothing to undo."""
        return self._replay("undo")

    def redo(self) -> str | None:
        return self._replay("redo")

    def _replay(self, verb: str) -> str | None:
        self._check_unlocked()
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
            self._check_unlocked()
        changes = self.journal.write(kind, build, new_action=undoable, check_lock=check_lock)
        if changes:
            self._changed(kind, changes)
        return changes

    def _changed(self, kind: str, changes: list[RowChange]) -> None:
        """Rows are committed: bring memory in line, then tell the listeners."""
        self._absorb(changes)
        event = SessionChange(
            kind,
            frozenset(self._field_of(c) for c in changes if c.table in ("cell", "field")),
            any(c.table == "slide" for c in changes),
            frozenset(c.id for c in changes if c.table == "cell"),
        )
        for listener in list(self._listeners):
            listener(event)

    def _absorb(self, changes: list[RowChange]) -> None:
        """Bring memory in line with rows already committed."""
        for change in changes:
            if change.table == "slide":
                assert change.after is not None
                self.slide = Slide.from_row(change.after)
                continue
            if change.table == "field":
                if change.after is None:
                    self.fields.pop(change.id, None)
                else:
                    self.fields[change.id] = Field.from_row(change.after)
                continue
            old = self.cells.get(change.id)
            if change.after is None:
                self.cells.pop(change.id, None)
            else:  # an update keeps the cell's place in both dicts
                self.cells[change.id] = Cell.from_row(change.after)
            new = self.cells.get(change.id) if change.after is not None else None
            if old is not None and (new is None or new.field_id != old.field_id):
                self._by_field.get(old.field_id, {}).pop(change.id, None)
            if new is not None:
                self._by_field.setdefault(new.field_id, {})[new.id] = new
            if old is not None:
                self.kinds[(old.state, old.label, old.reason)] -= 1
            if new is not None:
                self.kinds[(new.state, new.label, new.reason)] += 1

    def _field_of(self, change: RowChange) -> int:
        if change.table == "field":
            return change.id
        row = change.after if change.after is not None else change.before
        assert row is not None
        return int(row["field_id"])

    def _check_may(self, act: str) -> None:
        if self.person is not None and not self.person.may(act):
            raise StorageError(
                f"{self.person.name} signs in as {self.person.role.value}: a reviewer may {act} "
                "slides, so ask one to."
            )

    def _check_unlocked(self) -> None:
        if self.slide.locked:
            raise StorageError(
                f"Slide {self.slide.sample_id} is signed and cannot be changed; unsign it first "
                "(an audited act)."
            )

    def _field(self, field_id: int) -> Field:
        try:
            return self.fields[field_id]
        except KeyError:
            raise InvalidInputError(f"Field {field_id} is not part of this slide.") from None

    def _cell(self, cell_id: int) -> Cell:
        try:
            return self.cells[cell_id]
        except KeyError:
            raise InvalidInputError(f"Cell {cell_id} is not part of this slide.") from None


def _update(record: Record, **values: object) -> RowChange:
    before = record.to_row()
    return RowChange(record.TABLE, record.id, before, replace(record, **values).to_row())  # type: ignore[arg-type]


def _differs(change: RowChange, ignore: tuple[str, ...] = ()) -> bool:
    assert change.before is not None and change.after is not None
    return any(change.before[k] != v for k, v in change.after.items() if k not in ignore)


def _despite(kind: str, warnings: Sequence[str]) -> str:
    """The audit name of an act done although the window warned (like "unsign: reason")."""
    return f"{kind}: going on although {' '.join(warnings)}" if warnings else kind


def _inside(field: Field, box: tuple[float, float, float, float]) -> tuple[float, ...]:
    """The box clipped to the field's image; refused when nothing of it is left."""
    x1, y1, x2, y2 = (float(v) for v in box)
    x1, x2 = sorted((max(0.0, min(x1, field.width)), max(0.0, min(x2, field.width))))
    y1, y2 = sorted((max(0.0, min(y1, field.height)), max(0.0, min(y2, field.height))))
    if x2 - x1 < 1 or y2 - y1 < 1:
        raise InvalidInputError("A cell needs a box of at least 1 x 1 pixel inside the image.")
    return x1, y1, x2, y2


def _moment(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp)


def _label(label: str) -> str:
    clean = label.strip()
    if not clean:
        raise InvalidInputError("A cell class cannot be empty.")
    return clean


def _path_json(path: Sequence[StageStep]) -> str | None:
    """A cascade's path as stored; None for a single model (nothing more to say)."""
    if len(path) < 2:
        return None
    return json.dumps([[step.stage, step.label, round(step.confidence, 4)] for step in path])
