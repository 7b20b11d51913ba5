"""Two writers on one slide (a second program beside the window, on the same database): each
write re-checks inside its transaction what it depends on, so nothing lands on a slide the
other signed, nothing overwrites a change it did not see, and an image is a field once."""

from __future__ import annotations

import pytest

from app.core.errors import InvalidInputError, StorageError
from app.core.store import SlideStore
from tests.core.report_helpers import report_slide
from tests.core.store_helpers import field_image


@pytest.fixture
def two(engine, tmp_path):
    store, first = report_slide(tmp_path, database=engine.url)
    # Another process (or another station of the lab), its own connection.
    other_store = SlideStore(tmp_path / "other", database=engine.url)
    if engine.url is None:
        other_store.close()
        other_store = SlideStore(tmp_path / "data")
    second = other_store.open(first.slide_id, "bo")
    yield first, second
    other_store.close()
    store.close()


def test_no_change_lands_on_a_slide_the_other_signed(two):
    first, second = two
    first.sign("Dr. A")
    with pytest.raises(StorageError, match="is signed and cannot be changed"):
        second.relabel([min(second.cells)], "basophil")  # its memory still says "finished"
    query = "SELECT count(*) FROM cell WHERE label = 'basophil'"
    assert second.db.conn.execute(query).fetchone()[0] == 0


def test_a_change_the_other_did_not_see_is_not_overwritten(two):
    first, second = two
    cell = min(first.cells)
    first.relabel([cell], "eosinophil")
    with pytest.raises(StorageError, match="was changed since"):
        second.relabel([cell], "basophil")
    label = first.db.conn.execute("SELECT label FROM cell WHERE id = ?", (cell,)).fetchone()[0]
    assert label == "eosinophil"


def test_the_same_image_is_a_field_once_whoever_adds_it(two, tmp_path):
    first, second = two
    image = field_image(tmp_path / "new.png", seed=9)
    first.add_field(image)
    with pytest.raises((StorageError, InvalidInputError), match="already a field"):
        second.add_field(image)  # its memory does not know the first one added it
    assert len(first.db.conn.execute("SELECT id FROM field").fetchall()) == 3


def test_undo_undoes_only_what_is_still_as_it_left_it(two):
    first, second = two
    cell = min(first.cells)
    first.relabel([cell], "eosinophil")
    seen = second.db.conn.execute("SELECT label FROM cell WHERE id = ?", (cell,)).fetchone()
    assert seen[0] == "eosinophil"  # the other connection sees the committed change
    first.undo()  # its own step: allowed, the row is as it left it
    assert first.cells[cell].label != "eosinophil"
