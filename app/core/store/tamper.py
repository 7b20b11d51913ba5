"""Finding what was changed behind SmearCount's back: every slide, field and cell row is compared
with the digest its last audit entry recorded (see ``audit``), and every stored image with the
hash its field names. Each difference is named: which slide, which field, which cell."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from app.core.i18n import _
from app.core.records import Cell, Field, Slide
from app.core.store import audit
from app.core.store.images import ImageStore
from app.core.store.sql import Connection
from app.core.store.state_digest import row_digest

BASELINE = "tamper evidence begins"  # the entry that covers rows written before schema v5
_TABLES = (("slide", Slide.columns()), ("field", Field.columns()), ("cell", Cell.columns()))


@dataclass(frozen=True)
class StateCheck:
    ok: bool
    rows: int  # rows compared
    images: int  # image files hashed
    problems: tuple[str, ...]


def baseline(conn: Connection) -> None:
    """One entry per existing slide recording its rows as they are (at the migration that brings
    row digests: from then on any change outside SmearCount shows)."""
    for (slide_id,) in conn.execute("SELECT id FROM slide ORDER BY id").fetchall():
        rows = [("slide", int(slide_id))]
        fields = conn.execute("SELECT id FROM field WHERE slide_id = ?", (slide_id,)).fetchall()
        rows += [("field", int(f[0])) for f in fields]
        cells = conn.execute(
            "SELECT c.id FROM cell c JOIN field f ON f.id = c.field_id WHERE f.slide_id = ?",
            (slide_id,),
        ).fetchall()
        rows += [("cell", int(c[0])) for c in cells]
        audit.append(conn, int(slide_id), "SmearCount", BASELINE, f"slide {slide_id}", rows=rows)


def recorded(conn: Connection, slide_id: int | None = None) -> dict[str, str | None]:
    """ "table id" -> the digest the newest audit entry that wrote the row recorded."""
    where, params = ("AND slide_id = ?", (slide_id,)) if slide_id is not None else ("", ())
    expected: dict[str, str | None] = {}
    for (text,) in conn.execute(
        f"SELECT rows FROM audit WHERE rows IS NOT NULL {where} ORDER BY id", params
    ):
        expected.update(json.loads(text))
    return expected


#: The rows of one slide (or of all, with the condition left out), per table.
_SLIDE_ROWS = {
    "slide": "WHERE id = :slide",
    "field": "WHERE slide_id = :slide",
    "cell": "WHERE field_id IN (SELECT id FROM field WHERE slide_id = :slide)",
}


def check_state(
    conn: Connection,
    images: ImageStore | None,
    slide_id: int | None = None,
) -> StateCheck:
    """Every row (of one slide, or of the store) against the audit trail, and with ``images``
    every stored image against its hash."""
    expected = recorded(conn, slide_id)
    problems: list[str] = []
    names = _names(conn)
    seen: set[str] = set()
    for table, columns in _TABLES:
        where = _SLIDE_ROWS[table] if slide_id is not None else ""
        query = f"SELECT {', '.join(columns)} FROM {table} {where} ORDER BY id"
        for values in conn.execute(query, {"slide": slide_id}):
            row = dict(zip(columns, values, strict=True))
            key, what = f"{table} {row['id']}", names.describe(table, row)
            seen.add(key)
            if key not in expected:
                said = _("{what} is in no audit entry: added outside SmearCount")
            elif expected[key] is None:
                said = _("{what} was deleted by SmearCount but is back")
            elif expected[key] != row_digest(row):
                said = _("{what} was changed outside SmearCount")
            else:
                continue
            problems.append(said.format(what=what))
    for key, digest in expected.items():
        if digest is not None and key not in seen:
            said = _("{what} was removed outside SmearCount")
            problems.append(said.format(what=row_name(key)))
    checked = 0 if images is None else _check_images(conn, images, names, slide_id, problems)
    return StateCheck(not problems, len(seen), checked, tuple(problems))


def _check_images(
    conn: Connection,
    images: ImageStore,
    names: _Names,
    slide_id: int | None,
    problems: list[str],
) -> int:
    where = _SLIDE_ROWS["field"] if slide_id is not None else ""
    query = f"SELECT id, image_sha256, image_ext FROM field {where}"
    checked = 0
    for field_id, sha, ext in conn.execute(query, {"slide": slide_id}).fetchall():
        name, label = f"{sha}{ext}", names.describe("field", {"id": field_id})
        checked += 1
        try:
            actual = hashlib.sha256(images.stored_bytes(sha, ext)).hexdigest()
        except OSError:
            problems.append(
                _("the image of {what} is missing ({file})").format(what=label, file=name)
            )
            continue
        if actual != sha:
            problems.append(
                _("the image of {what} was replaced by another file ({file})").format(
                    what=label, file=name
                )
            )
    return checked


def row_name(key: str) -> str:
    """A person's words for a row known only by its key ("cell 12"): it is gone, or outside
    the store (a bundle), so no sample ID names it."""
    table, row_id = key.split()
    names = {"slide": _("slide {id}"), "field": _("field {id}")}
    return names.get(table, _("cell {id}")).format(id=row_id)


class _Names:
    """How a person finds a row: the slide's sample ID and the field's number in it."""

    def __init__(self, slides: dict[int, str], fields: dict[int, tuple[int, int]]) -> None:
        self.slides, self.fields = slides, fields  # field id -> (slide id, position)

    def slide(self, slide_id: object) -> str:
        sample = self.slides.get(int(str(slide_id)), "?")
        return _("slide {sample} (id {id})").format(sample=sample, id=slide_id)

    def field(self, field_id: object) -> str:
        slide_id, position = self.fields.get(int(str(field_id)), (-1, "?"))
        return _("field {position} of {slide}").format(
            position=position, slide=self.slide(slide_id)
        )

    def describe(self, table: str, row: dict[str, object]) -> str:
        if table == "slide":
            return self.slide(row["id"])
        if table == "field":
            return self.field(row["id"])
        return _("cell {id} in {field}").format(id=row["id"], field=self.field(row["field_id"]))


def _names(conn: Connection) -> _Names:
    slides = {int(i): str(s) for i, s in conn.execute("SELECT id, sample_id FROM slide")}
    fields = {
        int(i): (int(s), int(p))
        for i, s, p in conn.execute("SELECT id, slide_id, position FROM field")
    }
    return _Names(slides, fields)
