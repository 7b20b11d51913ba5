"""Damage and loss are found, never silent: a whole audit chain recomputed after an edit, lost
committed changes (an older copy of the database put back, a deleted -wal), a deleted or empty
database beside its images, a database deleted while open, a forged record line, a damaged
database page; each gives a plain message, none a traceback."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3

import pytest

from app.cli import main
from app.core.errors import StorageError
from app.core.store import SlideStore
from app.core.store.anchor import ANCHOR_NAME
from app.core.store.database import DB_NAME
from tests.core.report_helpers import report_slide
from tests.core.store_helpers import first_schema_store


@pytest.fixture
def store(tmp_path):
    store, _session = report_slide(tmp_path)
    yield store
    store.close()


def _rewrite_chain(path, statement):
    """An attacker who read audit.py: edit a row, then recompute every hash and the head."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute(statement)
    columns = ("slide_id", "at", "who", "what", "target", "before", "after", "prev_hash", "rows")
    prev = "0" * 64
    for row in conn.execute(f"SELECT id, {', '.join(columns[:-2])}, rows FROM audit ORDER BY id"):
        values = (*row[1:-1], prev, row[-1])
        hashed = values if values[-1] is not None else values[:-1]
        digest = hashlib.sha256(json.dumps(hashed, separators=(",", ":")).encode()).hexdigest()
        conn.execute(
            "UPDATE audit SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, row[0])
        )
        prev = digest
    count = conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    conn.execute("UPDATE audit_head SET count = ?, hash = ?", (count, prev))
    conn.commit()
    conn.close()


def test_a_recomputed_chain_is_caught_by_the_record_outside(store, tmp_path, capsys):
    path = store.db.path
    store.close()
    _rewrite_chain(path, "UPDATE audit SET who = 'Dr. Nobody' WHERE what = 'sign' OR id = 1")
    again = SlideStore(tmp_path / "data")
    try:
        check = again.verify_audit()
    finally:
        again.close()
    assert not check.ok
    assert any("the audit trail was rewritten" in p for p in check.problems)
    assert main(["slides", "--data-dir", str(tmp_path / "data"), "verify"]) == 1
    assert "rewritten" in capsys.readouterr().out


def test_lost_changes_are_refused_until_the_loss_is_accepted(store, tmp_path, capsys):
    data = tmp_path / "data"
    older = tmp_path / "older.sqlite3"
    store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(store.db.path, older)
    session = store.open(store.search()[0].slide.id, "ana")
    session.relabel([min(session.cells)], "basophil")
    store.close()
    shutil.copy(older, data / DB_NAME)  # an older copy put back (or the -wal deleted)
    for stale in (data / f"{DB_NAME}-wal", data / f"{DB_NAME}-shm"):
        stale.unlink(missing_ok=True)
    with pytest.raises(StorageError, match="missing changes that were saved"):
        SlideStore(data)
    assert main(["slides", "--data-dir", str(data), "list"]) == 2  # a message, no traceback
    assert "missing changes" in capsys.readouterr().err
    assert main(["slides", "--data-dir", str(data), "accept-loss"]) == 0
    reopened = SlideStore(data)
    try:
        assert reopened.verify_audit().ok
        whats = [r[0] for r in reopened.db.conn.execute("SELECT what FROM audit")]
        assert "changes lost, loss accepted" in whats
    finally:
        reopened.close()


@pytest.mark.parametrize("how", ["deleted", "emptied"])
def test_a_missing_or_empty_database_beside_its_images_is_not_a_new_store(store, tmp_path, how):
    data = tmp_path / "data"
    store.close()
    for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
        (data / name).unlink(missing_ok=True)
    if how == "emptied":
        (data / DB_NAME).write_bytes(b"")
    with pytest.raises(StorageError, match="the slides were deleted or moved"):
        SlideStore(data)
    (data / ANCHOR_NAME).unlink()  # no record either: the images alone still tell
    with pytest.raises(StorageError, match="field images"):
        SlideStore(data)


def test_a_database_deleted_while_open_fails_the_next_write_loudly(store):
    session = store.open(store.search()[0].slide.id, "ana")
    store.db.path.unlink()
    with pytest.raises(StorageError, match="deleted or replaced while SmearCount had it open"):
        session.relabel([min(session.cells)], "basophil")


def test_a_forged_record_line_is_named(store, tmp_path):
    anchor = tmp_path / "data" / ANCHOR_NAME
    lines = anchor.read_text().splitlines()
    lines.insert(1, "999 " + "ab" * 32 + " " + "cd" * 32)
    anchor.write_text("\n".join(lines) + "\n")
    problems = store.verify_audit().problems
    assert any(f"{ANCHOR_NAME} line 2 is not one SmearCount wrote" in p for p in problems)


def test_a_damaged_database_page_is_reported_not_raised(store, tmp_path, capsys):
    data = tmp_path / "data"
    store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    raw = bytearray((data / DB_NAME).read_bytes())
    page = 4096
    raw[page * 2 : page * 2 + 200] = b"\xff" * 200  # a page in the middle of the tables
    (data / DB_NAME).write_bytes(bytes(raw))
    code = main(["slides", "--data-dir", str(data), "verify"])
    captured = capsys.readouterr()
    assert code in (1, 2) and "Traceback" not in captured.err
    assert "DAMAGED" in captured.out or "damaged" in captured.err


def test_a_second_window_on_the_same_slides_is_refused(tmp_path):
    first = SlideStore(tmp_path / "data", exclusive=True)
    try:
        with pytest.raises(StorageError, match=r"already open on these slides \(process \d+"):
            SlideStore(tmp_path / "data", exclusive=True)
        SlideStore(tmp_path / "data").close()  # the command line still reads and imports
    finally:
        first.close()
    SlideStore(tmp_path / "data", exclusive=True).close()  # free again once closed


def test_backups_a_day_and_before_a_migration(tmp_path):
    folder = first_schema_store(tmp_path / "old")
    store = SlideStore(folder, exclusive=True)
    store.close()
    backups = sorted(p.name for p in (folder / "backups").iterdir())
    assert backups[0].startswith("before-version-") and backups[1].startswith("daily-")
    old = sqlite3.connect(folder / "backups" / backups[0])
    assert old.execute("SELECT version FROM schema_version").fetchone() == (1,)
    old.close()
    SlideStore(folder, exclusive=True).close()  # one a day, not one a start
    assert len(list((folder / "backups").iterdir())) == 2


def test_recover_copies_what_can_be_read_into_a_new_store(store, tmp_path, capsys):
    data, target = tmp_path / "data", tmp_path / "salvaged"
    session = store.open(store.search()[0].slide.id, "ana")
    first, second = session.field_list()
    kept = sorted((c.label, c.state, c.box) for c in session.cells_in(first.id))
    session.image_path(second).unlink()  # one field's image is gone
    store.close()
    code = main(["slides", "--data-dir", str(data), "recover", str(target)])
    out = capsys.readouterr().out
    assert code == 1 and "Slides: 1, fields: 1, cells: 11, copied" in out
    assert "field 2: its image is missing or damaged" in out
    saved = SlideStore(target)
    try:
        (summary,) = saved.search()
        copy = saved.open(summary.slide.id, "ana")
        assert copy.slide.sample_id == "PB-9"
        assert sorted((c.label, c.state, c.box) for c in copy.cells.values()) == kept
        assert saved.verify_audit().ok and saved.verify_state().ok
    finally:
        saved.close()
    assert (data / DB_NAME).exists()  # the damaged store is left as it was


def test_recover_of_a_database_nothing_can_be_read_from_is_a_plain_message(tmp_path, capsys):
    data = tmp_path / "data"
    data.mkdir()
    (data / DB_NAME).write_bytes(b"this is not a database at all" * 100)
    code = main(["slides", "--data-dir", str(data), "recover", str(tmp_path / "new")])
    assert code == 2 and "Nothing can be salvaged" in capsys.readouterr().err


def test_a_read_only_archive_is_listed_checked_and_exported_not_changed(
    store, tmp_path, monkeypatch, capsys
):
    from app.core.store import database

    data = tmp_path / "data"
    slide_id = store.search()[0].slide.id
    store.close()
    monkeypatch.setattr(database, "_writable", lambda _path: False)  # as a CD or a locked share
    assert main(["slides", "--data-dir", str(data), "list"]) == 0
    assert "PB-9" in capsys.readouterr().out
    assert main(["slides", "--data-dir", str(data), "verify"]) == 0
    bundle = tmp_path / "out.zip"
    assert main(["slides", "--data-dir", str(data), "export", str(slide_id), str(bundle)]) == 0
    archive = SlideStore(data)
    try:
        assert archive.db.read_only
        session = archive.open(slide_id, "ana")
        with pytest.raises(StorageError, match="is read-only: its slides can be listed"):
            session.relabel([min(session.cells)], "basophil")
    finally:
        archive.close()
    assert bundle.stat().st_size > 0
