"""What a slide bundle must be before anything of it is written: every JSON value checked with
limits (depth, sizes, numbers, the columns each row may have, the JSON inside text columns),
and the slide's audit trail checked against its rows, so an edited bundle is refused with the
rows that were edited named.

A bundle carries the slide's audit entries as stored (hashes and row digests included). Each
entry's hash is recomputed from its content, and each row must have the digest its newest entry
recorded. What that proves: nobody changed the bundle's rows or entries without also rewriting
the hashes. What it cannot prove: that the hashes were not all recomputed by someone who read
this code (only the exporting installation's record could, and it stays there).
"""

from __future__ import annotations

import json
import math
from typing import Any

from app.core.errors import InvalidInputError, StorageError
from app.core.i18n import _
from app.core.records import (
    EDITABLE_SLIDE_FIELDS,
    AnalysisState,
    Cell,
    CellSource,
    CellState,
    Field,
    FieldSource,
    NotCountedReason,
    Slide,
    SlideState,
)
from app.core.store.audit import entry_hash
from app.core.store.state_digest import row_digest
from app.core.store.tamper import row_name
from app.core.store.validation import clean_slide_values

MAX_MANIFEST_BYTES = 64 << 20
MAX_TEXT = 200_000  # characters in one text value (a long comment, a stage path)
MAX_INT = 2**53  # larger integers are not ids, counts or sizes SmearCount writes
AUDIT_KEYS = (
    "id", "slide_id", "at", "who", "what", "target", "before", "after", "prev_hash", "rows",
    "station", "hash",
)  # fmt: skip
_CHOICES: dict[tuple[str, str], set[str | None]] = {
    ("slide", "state"): {s.value for s in SlideState},
    ("field", "source"): {s.value for s in FieldSource},
    ("field", "analysis_state"): {s.value for s in AnalysisState},
    ("cell", "state"): {s.value for s in CellState},
    ("cell", "source"): {s.value for s in CellSource},
    ("cell", "reason"): {r.value for r in NotCountedReason} | {None},
}
_JSON_COLUMNS = {("slide", "categories"), ("field", "analysis_models"), ("cell", "model_path")}


def parse(data: bytes, name: str) -> dict[str, Any]:
    if len(data) > MAX_MANIFEST_BYTES:
        raise StorageError(
            _("{name}: its bundle.json is too large to be a slide's.").format(name=name)
        )
    try:
        manifest = json.loads(data)
    except (ValueError, RecursionError) as exc:
        why = _("nested too deep") if isinstance(exc, RecursionError) else str(exc)
        raise StorageError(
            _("{name} is damaged: bundle.json is not readable ({problem}).").format(
                name=name, problem=why
            )
        ) from exc
    if not isinstance(manifest, dict):
        raise StorageError(
            _("{name} is damaged: bundle.json is not a slide bundle.").format(name=name)
        )
    return manifest


def check_rows(manifest: dict[str, Any], name: str) -> None:
    """Refuse (StorageError naming the place) anything that is not a row SmearCount wrote."""
    try:
        slide = _row("slide", manifest.get("slide"), Slide.columns())
        fields = [_row("field", r, Field.columns()) for r in _list(manifest, "fields")]
        cells = [_row("cell", r, Cell.columns()) for r in _list(manifest, "cells")]
        clean_slide_values({k: v for k, v in slide.items() if k in EDITABLE_SLIDE_FIELDS})
        field_ids = {f["id"] for f in fields}
        for cell in cells:
            if cell.get("field_id") not in field_ids:
                raise ValueError(
                    _("cell {id} belongs to no field of the bundle").format(id=cell.get("id"))
                )
            for key in ("x1", "y1", "x2", "y2"):
                if not isinstance(cell.get(key), (int, float)):
                    raise ValueError(_("cell {id} has no {key}").format(id=cell.get("id"), key=key))
        for entry in _list(manifest, "audit"):
            if not isinstance(entry, dict) or not set(entry) <= set(AUDIT_KEYS):
                raise ValueError(_("an audit entry is not one SmearCount wrote"))
            for value in entry.values():
                _scalar(value, "an audit entry")
    except (ValueError, TypeError, InvalidInputError) as exc:
        raise StorageError(
            _("{name}: the slide data in the bundle is damaged ({problem}).").format(
                name=name, problem=exc
            )
        ) from exc


def _list(manifest: dict[str, Any], key: str) -> list[Any]:
    value = manifest.get(key, [])
    if not isinstance(value, list):
        raise ValueError(_("{key} is not a list").format(key=key))
    return value


def _row(table: str, row: Any, columns: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(row, dict):
        raise ValueError(_("a {table} row is not a row").format(table=table))
    unknown = set(row) - set(columns)
    if unknown:
        raise ValueError(
            _("a {table} row has unknown columns: {columns}").format(
                table=table, columns=", ".join(sorted(unknown))
            )
        )
    if not isinstance(row.get("id"), int):
        raise ValueError(_("a {table} row has no id").format(table=table))
    where = f"{table} {row['id']}"
    for key, value in row.items():
        _scalar(value, where)
        allowed = _CHOICES.get((table, key))
        if allowed is not None and value not in allowed:
            raise ValueError(
                _("{where}: {key} {value} is not one SmearCount writes").format(
                    where=where, key=key, value=repr(value)
                )
            )
        if (table, key) in _JSON_COLUMNS and value is not None:
            try:
                json.loads(value)
            except (ValueError, TypeError, RecursionError) as exc:
                raise ValueError(
                    _("{where}: {key} is not readable").format(where=where, key=key)
                ) from exc
    return row


def _scalar(value: Any, where: str) -> None:
    if value is None or isinstance(value, bool):
        return
    if isinstance(value, int):
        if abs(value) > MAX_INT:
            raise ValueError(
                _("{where}: the number {value} is out of range").format(where=where, value=value)
            )
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(_("{where}: a number is not finite").format(where=where))
    elif isinstance(value, str):
        if len(value) > MAX_TEXT:
            raise ValueError(_("{where}: a text is too long").format(where=where))
    else:
        raise ValueError(_("{where}: a value is not a plain text or number").format(where=where))


def verify(manifest: dict[str, Any]) -> list[str]:
    """What in the bundle does not match its own audit trail (empty: it verifies)."""
    entries = manifest.get("audit", [])
    problems: list[str] = []
    expected: dict[str, str | None] = {}
    for entry in entries:
        values = tuple(entry.get(k) for k in AUDIT_KEYS[1:-1])
        if entry_hash(values) != entry.get("hash"):
            problems.append(_("audit entry {id} was edited").format(id=entry.get("id")))
        if entry.get("rows"):
            expected.update(json.loads(entry["rows"]))
    tables = [("slide", [manifest["slide"]]), ("field", manifest["fields"])]
    tables.append(("cell", manifest["cells"]))
    for table, rows in tables:
        for row in rows:
            key = f"{table} {row['id']}"
            if expected.get(key) != row_digest(row):
                said = _("{what} differs from what its audit trail recorded")
                problems.append(said.format(what=row_name(key)))
    return problems
