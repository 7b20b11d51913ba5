"""The rules behind the warnings at New slide, Finish and Sign, and the "reviewed" mark."""

from __future__ import annotations

import pytest

from app.core.categories import DEFAULT_CATEGORY_MAP
from app.core.review import ReviewRule
from app.core.settings import DEFAULT_KEYMAP, Settings, check_settings, keymap_clash
from app.core.slide_checks import (
    cells_to_review,
    field_reviewed,
    finish_warnings,
    marked_for_review,
    same_sample_warning,
    unsure_of,
)
from app.core.store import SlideStore
from tests.core.store_helpers import detections, field_image


@pytest.fixture
def session(tmp_path):
    store = SlideStore(tmp_path / "data")
    session = store.create_slide("ana", "PB-9", target=4)
    field = session.add_field(field_image(tmp_path / "f.png"))
    session.apply_analysis(field.id, detections(3))  # confidences 0.5, 0.6, 0.7
    yield session
    store.close()


def test_short_counts_and_cells_to_review_are_warned(session):
    review = ReviewRule(below=0.65)
    cells = session.cells.values()
    marked = cells_to_review(cells, DEFAULT_CATEGORY_MAP, review)
    assert len(marked) == 2
    assert finish_warnings(session.differential(DEFAULT_CATEGORY_MAP), len(marked)) == [
        "Only 3 of the 4 target cells are counted.",
        "2 cells are still marked for review.",
    ]
    session.set_reviewed([c.id for c in marked])
    session.add_cell(session.field_list()[0].id, (300, 300, 340, 340), "lymphocyte")
    assert cells_to_review(session.cells.values(), DEFAULT_CATEGORY_MAP, review) == []
    assert finish_warnings(session.differential(DEFAULT_CATEGORY_MAP), 0) == []


def test_a_slide_the_models_were_mostly_unsure_of_is_said_so_even_once_reviewed(tmp_path):
    """Images unlike the training data (another camera, focus, stain) show as most cells
    under the review threshold: Finish says so, and keeps saying so after the cells were looked
    at, while a slide with a few unsure cells gets no such sentence."""
    store = SlideStore(tmp_path / "data")
    session = store.create_slide("ana", "PB-10", target=20)
    field = session.add_field(field_image(tmp_path / "f.png"))
    session.apply_analysis(field.id, detections(24))
    review = ReviewRule(below=0.75)
    cells = list(session.cells.values())
    doubtful = sum(c.model_confidence < 0.75 for c in cells)
    assert unsure_of(cells, DEFAULT_CATEGORY_MAP, review) == (doubtful, 24)
    session.set_reviewed(list(session.cells))
    warned = finish_warnings(
        session.differential(DEFAULT_CATEGORY_MAP),
        0,
        unsure_of(session.cells.values(), DEFAULT_CATEGORY_MAP, review),
    )
    few = unsure_of(cells, DEFAULT_CATEGORY_MAP, ReviewRule(below=0.51))
    store.close()
    assert doubtful >= 12
    assert warned == [
        f"The models were unsure of {doubtful} of the 24 white cells they typed: these images "
        "may be unlike those they learned from (magnification, focus, light or stain). Check "
        "every cell, and the camera and its focus."
    ]
    assert few[0] < 12
    assert finish_warnings(session.differential(DEFAULT_CATEGORY_MAP), 0, few) == []


def test_the_review_queue_holds_exactly_the_cells_drawn_as_to_review(session):
    review = ReviewRule(below=0.65)  # 0.5 and 0.6 are under it; 0.7 is not
    cells = list(session.cells.values())
    queue = cells_to_review(cells, DEFAULT_CATEGORY_MAP, review)
    drawn = [c for c in cells if marked_for_review(c, DEFAULT_CATEGORY_MAP, review)]
    assert sorted(c.id for c in queue) == sorted(c.id for c in drawn)
    assert [c.model_confidence for c in queue] == [0.5, 0.6]  # the least sure first
    sure = next(c for c in cells if c.model_confidence == 0.7)
    assert sure not in queue  # unreviewed but not marked: R does not stop at it


def test_a_field_is_reviewed_once_every_white_cell_was_looked_at(session):
    field_id = session.field_list()[0].id
    assert not field_reviewed(session.cells_in(field_id), DEFAULT_CATEGORY_MAP)
    session.set_reviewed(list(session.cells))
    assert field_reviewed(session.cells_in(field_id), DEFAULT_CATEGORY_MAP)


def test_a_used_sample_id_is_named_with_its_slide(session, tmp_path):
    store = SlideStore(tmp_path / "data")
    assert same_sample_warning(store, "PB-10") is None
    warning = same_sample_warning(store, " PB-9 ")
    assert warning is not None and "sample ID PB-9 already exists" in warning and "open" in warning
    store.close()


def test_a_key_clash_names_the_key_and_both_categories():
    clash = dict(DEFAULT_KEYMAP, monocyte="7")
    assert keymap_clash(clash) == ("7", ["neutrophil", "monocyte"])
    assert keymap_clash(DEFAULT_KEYMAP) is None
    with pytest.raises(ValueError, match="gives the key 7 to both neutrophil and monocyte"):
        check_settings(Settings(keymap=clash))
