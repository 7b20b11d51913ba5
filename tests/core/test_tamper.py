"""Changes made behind SmearCount's back are found and named: rows of cells, fields and slides
edited, added or removed with sqlite3, stored images replaced or deleted; the report then says
the slide is not verified, and `slides verify` fails naming each one."""

from __future__ import annotations

import pytest

from app.cli import main
from app.core.report import snapshot
from app.core.store import SlideStore
from tests.core.report_helpers import report_slide
from tests.core.store_helpers import first_schema_store
from tests.engines import Engine


@pytest.fixture
def slide(engine, tmp_path):
    store, session = report_slide(tmp_path, database=engine.url)
    engine.opened.append(store)
    return store, session


@pytest.fixture
def _sql(engine):
    """What anyone with the database's own tool (sqlite3, psql) can do behind SmearCount."""
    return engine.sql


def _cli(store: SlideStore) -> list[str]:
    server = ["--database", store.server] if store.server else []
    return ["--data-dir", str(store.data_dir), *server]


def test_an_untouched_store_verifies(slide, capsys):
    store, session = slide
    session.undo()
    session.redo()
    check = store.verify_state()
    assert check.ok and check.problems == ()
    assert check.rows == 1 + 2 + 22 and check.images == 2
    assert not snapshot(session).tampered
    session.sign("Dr. A")  # verify lists the code a signed slide's report carries
    assert main(["slides", *_cli(store), "verify"]) == 0
    assert f"signed PB-9 (slide 1): {snapshot(session).state_code}" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("statements", "named"),
    [
        (
            ["UPDATE cell SET label = 'blast' WHERE id IN (1, 12)"],
            [
                "cell 1 in field 1 of slide PB-9 (id 1) was changed outside SmearCount",
                "cell 12 in field 2 of slide PB-9 (id 1) was changed outside SmearCount",
            ],
        ),
        (
            ["UPDATE field SET quality = 9.5 WHERE id = 2"],
            ["field 2 of slide PB-9 (id 1) was changed outside SmearCount"],
        ),
        (
            ["UPDATE slide SET state = 'signed', signed_by = 'Dr. Nobody'"],
            ["slide PB-9 (id 1) was changed outside SmearCount"],
        ),
        (
            [
                "INSERT INTO cell (id, field_id, x1, y1, x2, y2, model_label, model_confidence,"
                " detector_label, detector_confidence, label, state, reason, source, reviewed)"
                " VALUES (500, 1, 1, 1, 9, 9, NULL, NULL, NULL, NULL, 'blast', 'counted', NULL,"
                " 'manual', 0)"
            ],
            ["cell 500 in field 1 of slide PB-9 (id 1) is in no audit entry"],
        ),
        (["DELETE FROM cell WHERE id = 7"], ["cell 7 was removed outside SmearCount"]),
    ],
)
def test_row_changes_are_found_and_named(slide, _sql, capsys, statements, named):
    store, session = slide
    _sql(store, *statements)
    check = store.verify_state()
    assert not check.ok
    for text in named:
        assert any(p.startswith(text) for p in check.problems), check.problems
    assert len(check.problems) == len(named)
    reopened = store.open(session.slide_id, "ana")
    data = snapshot(reopened)
    assert data.tampered  # the report says so on every page that shows a result
    assert store.verify_audit().ok  # the hash chain alone would not have seen it
    code = main(["slides", *_cli(store), "verify"])
    out = capsys.readouterr().out
    assert code == 1 and "CHANGED OUTSIDE SMEARCOUNT" in out
    assert all(text in out for text in named)


def test_replaced_and_missing_images_are_found(slide, _sql):
    store, session = slide
    first, second = session.field_list()
    if store.server:  # the images are on the server
        _sql(
            store,
            f"UPDATE image_data SET data = 'another photo' WHERE sha256 = '{first.image_sha256}'",
            f"DELETE FROM image_data WHERE sha256 = '{second.image_sha256}'",
        )
    else:
        session.image_path(first).write_bytes(b"another photo")
        session.image_path(second).unlink()
    problems = store.verify_state().problems
    assert any("image of field 1 of slide PB-9" in p and "replaced" in p for p in problems)
    assert any("image of field 2 of slide PB-9" in p and "missing" in p for p in problems)


def test_the_report_of_a_changed_slide_says_it_is_not_verified(slide, _sql, tmp_path):
    from openpyxl import load_workbook

    from app.core.report.xlsx import write_report

    store, session = slide
    _sql(store, "UPDATE cell SET label = 'blast' WHERE id = 1")
    data = snapshot(store.open(session.slide_id, "ana"))
    write_report(data, tmp_path / "r.xlsx")
    book = load_workbook(tmp_path / "r.xlsx")
    assert book["Summary"]["E1"].value.startswith("NOT VERIFIED")
    assert book["Audit"]["A1"].value.startswith("CHANGED OUTSIDE SMEARCOUNT: cell 1 in field 1")


def test_a_database_from_before_row_digests_is_covered_from_its_migration(tmp_path):
    store = SlideStore(first_schema_store(tmp_path / "old"))
    _sql = Engine("sqlite").sql
    try:
        rows = store.verify_state()
        assert rows.ok or all("image" in p for p in rows.problems)  # the dump has no image files
        _sql(store, "UPDATE cell SET label = 'blast'")
        changed = [p for p in store.verify_state().problems if "changed outside" in p]
        assert len(changed) == 3  # every cell of the old slide
    finally:
        store.close()
