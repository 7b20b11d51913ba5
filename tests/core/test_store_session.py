"""Slides, fields and cells: every command on disk before it returns, re-analysis rules, locks."""

from __future__ import annotations

import json

import pytest

from app.core.errors import InvalidInputError, StorageError
from app.core.pipeline import Detection
from app.core.store import (
    AnalysisState,
    CellSource,
    CellState,
    NotCountedReason,
    SlideState,
    SlideStore,
    audit,
)
from tests.core.store_helpers import detections, field_image, semantic_state


@pytest.fixture
def store(engine, tmp_path):
    return engine.store(tmp_path / "data")


def reopened(store: SlideStore, session) -> dict:
    """The slide as a fresh process would see it: a new connection to the same files."""
    other = SlideStore(store.data_dir, database=store.server)
    try:
        return semantic_state(other.open(session.slide_id, "reader"))
    finally:
        other.close()


def test_database_settings(store):
    if store.server:
        pytest.skip("SQLite's settings; the server keeps its own durability (fsync on)")
    conn = store.db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_every_command_is_on_disk_when_it_returns(store, tmp_path):
    session = store.create_slide("ana", "S-1", wbc_count=7.5, target=200)
    field = session.add_field(field_image(tmp_path / "f.png"))
    session.apply_analysis(field.id, detections(6))
    a, b, c, d, *_ = sorted(session.cells)
    steps = [
        lambda: session.relabel([a], "eosinophil"),
        lambda: session.delete_cells([b]),
        lambda: session.mark_not_counted([c], NotCountedReason.SMUDGE),
        lambda: session.set_reviewed([d]),
        lambda: session.add_cell(field.id, (300, 300, 330, 330), "basophil"),
        lambda: session.edit_slide(patient_id="P-9", comment="left shift?"),
        lambda: session.undo(),
        lambda: session.redo(),
        lambda: session.finish("done"),
    ]
    for step in steps:
        step()
        assert reopened(store, session) == semantic_state(session)
    cells = session.cells
    assert (cells[a].label, cells[a].state, cells[a].changed_by) == ("eosinophil", "counted", "ana")
    assert cells[b].state == CellState.DELETED.value
    assert (cells[c].state, cells[c].reason) == ("not_counted", "smudge")
    assert session.slide.state == SlideState.FINISHED.value and session.slide.comment == "done"


def test_images_are_copied_once_and_survive_the_original(store, tmp_path):
    original = field_image(tmp_path / "orig.png", seed=3)
    data = original.read_bytes()
    first = store.create_slide("ana", "S-1")
    second = store.create_slide("ana", "S-2")
    f1 = first.add_field(original)
    f2 = second.add_field(original)
    assert f1.image_sha256 == f2.image_sha256
    assert store.db.conn.execute("SELECT count(*) FROM image").fetchone()[0] == 1
    assert len(list(store.images.root.rglob("*.png"))) == 1
    original.unlink()
    again = store.open(first.slide_id, "ana")
    assert again.image_path(again.fields[f1.id]).read_bytes() == data
    with pytest.raises(InvalidInputError, match="already field 1"):
        first.add_field(field_image(tmp_path / "copy.png", seed=3))


def test_a_file_that_is_not_an_image_is_refused_before_anything_is_stored(store, tmp_path):
    session = store.create_slide("ana", "S-1")
    (tmp_path / "x.png").write_text("no")
    with pytest.raises(Exception, match="not an image"):
        session.add_field(tmp_path / "x.png")
    assert session.fields == {} and not (store.data_dir / "images").exists()


def test_the_models_that_analysed_a_field_are_kept(store, tmp_path):
    session = store.create_slide("ana", "S-1")
    field = session.add_field(field_image(tmp_path / "f.png"))
    models = [
        {
            "name": "det",
            "kind": "detector",
            "format": "ultralytics",
            "version": "1",
            "sha256": "ab" * 32,
            "provider": "CPU",
        }
    ]
    session.apply_analysis(field.id, detections(2), models=models)
    assert json.loads(session.fields[field.id].analysis_models) == models
    assert json.loads(reopened(store, session)["fields_models"][0]) == models


def test_reanalysis_keeps_what_a_person_touched(store, tmp_path):
    session = store.create_slide("ana", "S-1")
    field = session.add_field(field_image(tmp_path / "f.png"))
    session.apply_analysis(field.id, detections(5))
    assert session.fields[field.id].analysis_state == AnalysisState.DONE.value
    assert not session.can_undo()  # the first, automatic analysis is not a user step
    ids = sorted(session.cells)
    session.relabel([ids[0]], "basophil")
    session.delete_cells([ids[1]])
    manual = session.add_cell(field.id, (500, 400, 530, 430), "monocyte")
    # The new analysis finds the relabelled cell, the deleted one and the manual one again,
    # plus one new cell.
    again = [
        Detection(session.cells[ids[0]].box, "neutrophil", 0.9, "wbc", 0.9),
        Detection(session.cells[ids[1]].box, "lymphocyte", 0.9, "wbc", 0.9),
        Detection((501, 401, 531, 431), "lymphocyte", 0.9, "wbc", 0.9),
        Detection((200, 300, 230, 330), "eosinophil", 0.8, "wbc", 0.9),
    ]
    session.apply_analysis(field.id, again, user_action=True)
    by_label = sorted((c.label, c.state, c.source) for c in session.cells.values())
    assert by_label == [
        ("basophil", "counted", "model"),  # corrected: kept with the person's label
        ("eosinophil", "counted", "model"),  # new
        ("lymphocyte", "deleted", "model"),  # stays deleted; its re-detection dropped
        ("monocyte", "counted", CellSource.MANUAL.value),  # manual: kept, duplicate dropped
    ]
    assert manual.id in session.cells
    assert session.undo() == "re-analyse field"
    assert len([c for c in session.cells.values() if c.source == "model"]) == 5


def test_signing_locks_and_unsigning_is_audited(store, tmp_path):
    session = store.create_slide("ana", "S-1")
    field = session.add_field(field_image(tmp_path / "f.png"))
    session.apply_analysis(field.id, detections(2))
    with pytest.raises(InvalidInputError, match="operator's name"):
        session.sign("  ")
    session.sign("Dr Ana")
    assert session.slide.locked and session.slide.signed_by == "Dr Ana"
    for attempt in (
        lambda: session.relabel(list(session.cells)[:1], "basophil"),
        lambda: session.undo(),
        lambda: session.edit_slide(comment="x"),
        lambda: session.add_field(field_image(tmp_path / "g.png", seed=2)),
    ):
        with pytest.raises(StorageError, match="is signed"):
            attempt()
    with pytest.raises(InvalidInputError, match="needs a reason"):
        session.unsign("")
    session.unsign("wrong patient ID")
    assert session.slide.state == SlideState.FINISHED.value and session.slide.signed_by is None
    kinds = [e.what for e in audit.entries(store.db.conn, session.slide_id)]
    assert kinds[-2:] == ["sign", "unsign: wrong patient ID"]
    session.edit_slide(patient_id="P-2")  # editable again


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"sample_id": " "}, "cannot be empty"),
        ({"sex": "female"}, "Sex must be one of"),
        ({"wbc_count": "many"}, "must be a number"),
        ({"target": 0}, "whole number of cells"),
        ({"specimen": "urine"}, "peripheral blood or bone marrow"),
        ({"colour": "red"}, "Unknown slide field"),
    ],
)
def test_bad_slide_values_are_refused_and_nothing_changes(store, values, message):
    session = store.create_slide("ana", "S-1")
    before = semantic_state(session)
    with pytest.raises(InvalidInputError, match=message):
        session.edit_slide(**values)
    assert semantic_state(session) == before == reopened(store, session)


def test_unfinished_search_and_delete(store, tmp_path):
    a = store.create_slide("ana", "BM-2026-001", patient_id="P-77")
    b = store.create_slide("ana", "PB-2026-002")
    b.finish()
    assert [s.slide.sample_id for s in store.unfinished()] == ["BM-2026-001"]
    assert [s.slide.sample_id for s in store.search("P-77")] == ["BM-2026-001"]
    assert {s.slide.sample_id for s in store.search("2026")} == {"BM-2026-001", "PB-2026-002"}
    today = a.slide.created_at[:10]
    assert len(store.search(date_from=today, date_to=today)) == 2
    assert store.search(date_to="2000-01-01") == []
    field = a.add_field(field_image(tmp_path / "f.png"))
    a.apply_analysis(field.id, detections(3))
    assert store.unfinished()[0].cells == 3
    with pytest.raises(InvalidInputError, match="needs a reason"):
        store.delete_slide(a.slide_id, "ana", "")
    store.delete_slide(a.slide_id, "ana", "duplicate entry")
    assert [s.slide.sample_id for s in store.search()] == ["PB-2026-002"]
    assert store.db.conn.execute("SELECT count(*) FROM cell").fetchone()[0] == 0
    assert store.verify_audit().ok


def test_listeners_hear_after_the_write(store, tmp_path):
    session = store.create_slide("ana", "S-1")
    field = session.add_field(field_image(tmp_path / "f.png"))
    heard = []
    session.subscribe(
        lambda change: heard.append(
            (
                change.kind,
                set(change.field_ids),
                reopened(store, session) == semantic_state(session),
            )
        )
    )
    session.apply_analysis(field.id, detections(2))
    session.edit_slide(stain="Giemsa")
    assert heard == [("analysis", {field.id}, True), ("edit slide", set(), True)]


def test_remove_field_is_undoable_with_its_cells(store, tmp_path):
    session = store.create_slide("ana", "S-1")
    field = session.add_field(field_image(tmp_path / "f.png"))
    session.apply_analysis(field.id, detections(4))
    before = semantic_state(session)
    session.remove_field(field.id)
    assert session.fields == {} and session.cells == {}
    session.undo()
    assert {k: v for k, v in semantic_state(session).items() if k != "stack"} == {
        k: v for k, v in before.items() if k != "stack"
    }


def test_undo_and_redo_survive_a_restart(store, tmp_path):
    session = store.create_slide("ana", "S-1")
    field = session.add_field(field_image(tmp_path / "f.png"))
    session.apply_analysis(field.id, detections(3))
    cell = sorted(session.cells)[0]
    session.relabel([cell], "basophil")
    session.relabel([cell], "eosinophil")
    session.undo()
    store.close()
    later = SlideStore(store.data_dir, database=store.server)
    again = later.open(session.slide_id, "ana")
    assert again.cells[cell].label == "basophil"
    assert again.can_undo() and again.can_redo()
    assert again.redo() == "relabel" and again.cells[cell].label == "eosinophil"
    assert again.undo() == "relabel" and again.undo() == "relabel"
    assert again.cells[cell].label == "neutrophil" and not again.can_undo()
    later.close()


def test_redo_replays_steps_in_the_order_they_were_made(store, tmp_path):
    session = store.create_slide("ana", "S-1")
    field = session.add_field(field_image(tmp_path / "f.png"))
    session.apply_analysis(field.id, detections(3))
    a, b, _ = sorted(session.cells)
    session.relabel([a], "basophil")
    session.relabel([b], "eosinophil")
    session.undo()
    session.undo()
    session.redo()
    assert (session.cells[a].label, session.cells[b].label) == ("basophil", "lymphocyte")
    session.redo()
    assert (session.cells[a].label, session.cells[b].label) == ("basophil", "eosinophil")
    assert session.redo() is None


def test_an_image_read_off_the_gui_thread_is_not_hashed_again_when_it_becomes_a_field(
    store, tmp_path, monkeypatch
):
    from app.core.store import images
    from app.core.store.inputs import FieldImage

    image = FieldImage.from_file(field_image(tmp_path / "f.png"))  # hashed here, on the worker
    store.images.put(image.data, image.ext, image.sha256)  # the worker stores the file

    real = images.hashlib.sha256

    def no_second_hash(data=b"", *args, **kwargs):
        assert data != image.data, "the image was hashed a second time"
        return real(data, *args, **kwargs)

    monkeypatch.setattr(images.hashlib, "sha256", no_second_hash)
    session = store.create_slide("ana", sample_id="H-1")
    field = session.add_field(image)
    assert field.image_sha256 == image.sha256
