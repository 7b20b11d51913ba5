"""Audit chain verification, migrations from the first schema, and failures that must leave the
store as it was with a plain message: not a database, read-only, disk full, bad bundles."""

from __future__ import annotations

import errno
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from app.core.errors import StorageError
from app.core.store import SlideStore
from app.core.store.bundle import export_slide, import_slide
from app.core.store.database import DB_NAME, Database
from app.core.store.schema import CURRENT_VERSION
from tests.core.store_helpers import detections, field_image, first_schema_store, semantic_state


@pytest.fixture
def store(tmp_path):
    s = SlideStore(tmp_path / "data")
    yield s
    s.close()


@pytest.fixture
def worked_slide(store, tmp_path):
    session = store.create_slide("ana", "S-1", patient_id="P-1")
    field = session.add_field(field_image(tmp_path / "f.png"))
    session.apply_analysis(field.id, detections(5))
    ids = sorted(session.cells)
    session.relabel(ids[:2], "basophil")
    session.delete_cells([ids[2]])
    return session


def _tamper(store, sql, *params):
    conn = store.db.conn
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("DROP TRIGGER audit_no_delete")
    conn.execute(sql, params)


def test_audit_records_who_did_what(store, worked_slide):
    from app.core.store.audit import entries

    trail = entries(store.db.conn, worked_slide.slide_id)
    assert [e.what for e in trail] == ["create slide", "add field", "analysis", "relabel", "delete"]
    relabel = trail[3]
    assert relabel.who == "ana"
    assert {v["label"] for v in relabel.after.values()} == {"basophil"}
    assert store.verify_audit().ok and store.verify_audit().rows == 5


def test_audit_rows_cannot_be_changed_through_sql(store, worked_slide):
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.db.conn.execute("UPDATE audit SET who = 'bob' WHERE id = 2")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.db.conn.execute("DELETE FROM audit WHERE id = 2")


def test_verify_finds_an_edited_row(store, worked_slide):
    _tamper(store, "UPDATE audit SET who = 'bob' WHERE id = 4")
    check = store.verify_audit()
    assert not check.ok and check.problems == ("entry 4: its content was changed",)


def test_verify_finds_a_deleted_row(store, worked_slide):
    _tamper(store, "DELETE FROM audit WHERE id = 3")
    check = store.verify_audit()
    assert not check.ok
    assert "entry 4: the entry before it was removed or changed" in check.problems


def test_verify_finds_rows_cut_from_the_end(store, worked_slide):
    _tamper(store, "DELETE FROM audit WHERE id = 5")
    check = store.verify_audit()
    assert not check.ok and "removed from the end" in check.problems[0]


def test_a_database_from_the_first_schema_opens(tmp_path):
    folder = first_schema_store(tmp_path / "data")
    store = SlideStore(folder)
    assert store.db.version() == CURRENT_VERSION
    [summary] = store.search("V1-SLIDE")
    session = store.open(summary.slide.id, "ana")
    assert sorted(c.label for c in session.cells.values()) == ["basophil", "lymphocyte", "monocyte"]
    assert session.can_redo()  # the undone step of the old database can be redone
    assert [f.analysis_models for f in session.fields.values()] == [None]  # added by version 2
    session.redo()
    assert store.verify_audit().ok
    store.close()


def test_a_database_from_a_newer_version_is_refused(tmp_path):
    store = SlideStore(tmp_path / "data")
    store.db.conn.execute("UPDATE schema_version SET version = 99")
    store.close()
    with pytest.raises(StorageError, match="made by a newer SmearCount"):
        SlideStore(tmp_path / "data")


def test_a_file_that_is_not_a_database(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / DB_NAME).write_bytes(b"this is a spreadsheet, honest" * 100)
    with pytest.raises(StorageError, match="not a SmearCount database or is damaged"):
        SlideStore(tmp_path / "data")


def test_a_data_folder_that_cannot_be_created(tmp_path):
    (tmp_path / "blocker").write_text("a file where the folder should be")
    with pytest.raises(StorageError, match="cannot create the folder"):
        SlideStore(tmp_path / "blocker" / "data")


def test_a_read_only_database(tmp_path, worked_slide, store):
    # Permission bits do not stop root (CI), so open the file read-only the way a locked-down
    # folder would: every write must fail with a plain message and change nothing.
    readonly = Database.__new__(Database)
    readonly.path, readonly.anchor = store.db.path, store.db.anchor
    readonly._identity, readonly.anchoring = store.db._identity, False
    readonly.read_only = False  # SQLite itself must refuse, with its own message
    readonly.conn = sqlite3.connect(f"file:{store.db.path}?mode=ro", uri=True, isolation_level=None)
    readonly.conn.row_factory = sqlite3.Row
    session = worked_slide.__class__(readonly, store.images, worked_slide.slide_id, "ana")
    before = semantic_state(session)
    with pytest.raises(StorageError, match="cannot write"):
        session.relabel(sorted(session.cells)[:1], "monocyte")
    assert semantic_state(session) == before


def test_disk_full_during_a_command_changes_nothing(store, worked_slide):
    session = worked_slide
    conn = store.db.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk full" path
    added = 0
    with pytest.raises(StorageError, match=r"disk .* is full"):
        for _ in range(200):  # grow the database until the limit bites
            session.add_cell(session.field_list()[0].id, (1, 1, 30, 30), "x" * 2000)
            added += 1
    before_failure = semantic_state(session)
    conn.execute("PRAGMA max_page_count = 1073741823")
    reopened = SlideStore(store.data_dir)
    # Memory and disk agree: every add that returned is stored, the failed one is nowhere.
    assert semantic_state(reopened.open(session.slide_id, "r")) == before_failure
    assert len(session.cells) == 5 + added
    assert reopened.verify_audit().ok
    reopened.close()


def test_disk_full_while_storing_an_image(store, tmp_path, monkeypatch):
    session = store.create_slide("ana", "S-1")

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("app.core.atomic.os.fdopen", full)
    with pytest.raises(StorageError, match="cannot be saved"):
        session.add_field(field_image(tmp_path / "f.png"))
    assert session.fields == {}
    leftovers = [p for p in (store.data_dir / "images").rglob("*") if p.is_file()]
    assert leftovers == []  # no half-written image


def test_bundle_round_trip(store, worked_slide, tmp_path):
    path = tmp_path / "slide.zip"
    export_slide(store, worked_slide.slide_id, "ana", path)
    other = SlideStore(tmp_path / "elsewhere")
    new_id = import_slide(other, path, "reviewer")
    imported = other.open(new_id, "reviewer")
    strip = lambda s: sorted((c.label, c.state, c.box, c.source) for c in s.cells.values())  # noqa: E731
    assert strip(imported) == strip(worked_slide)
    assert imported.slide.sample_id == "S-1" and imported.slide.patient_id == "P-1"
    field = imported.field_list()[0]
    assert (
        imported.image_path(field).read_bytes()
        == worked_slide.image_path(worked_slide.field_list()[0]).read_bytes()
    )
    assert other.verify_audit().ok
    other.close()


def _rewrite(path: Path, out: Path, edit) -> Path:
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            name, data = edit(info.filename, src.read(info.filename))
            if name:
                dst.writestr(name, data)
    return out


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            lambda n, d: (n, d[:-10] + b"0123456789") if n.startswith("images/") else (n, d),
            "does not match its checksum",
        ),
        (lambda n, d: ("../../evil.png", d) if n.startswith("images/") else (n, d), "unsafe paths"),
        (lambda n, d: ("/etc/evil", d) if n.startswith("images/") else (n, d), "unsafe paths"),
        (lambda n, d: (None, d) if n == "bundle.json" else (n, d), "bundle.json is missing"),
        (lambda n, d: (n, b"{not json") if n == "bundle.json" else (n, d), "is damaged"),
        (
            lambda n, d: (
                (n, json.dumps({**json.loads(d), "cells": [{"id": 1}]}).encode())
                if n == "bundle.json"
                else (n, d)
            ),
            "slide data in the bundle is damaged",
        ),
    ],
)
def test_bad_bundles_are_refused_and_nothing_is_added(store, worked_slide, tmp_path, edit, message):
    good = tmp_path / "good.zip"
    export_slide(store, worked_slide.slide_id, "ana", good)
    bad = _rewrite(good, tmp_path / "bad.zip", edit)
    other = SlideStore(tmp_path / "elsewhere")
    with pytest.raises(StorageError, match=message):
        import_slide(other, bad, "reviewer")
    assert other.search() == []
    assert other.db.conn.execute("SELECT count(*) FROM cell").fetchone()[0] == 0
    other.close()


def test_a_file_that_is_not_a_zip(store, tmp_path):
    (tmp_path / "x.zip").write_bytes(b"PK but not really")
    with pytest.raises(StorageError, match="not a SmearCount slide bundle"):
        import_slide(store, tmp_path / "x.zip", "ana")
