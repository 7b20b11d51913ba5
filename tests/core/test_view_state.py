"""Where the technician stopped is remembered per slide; a damaged file is only forgotten."""

from __future__ import annotations

import json

from app.core.view_state import SlidePlace, ViewState


def test_places_are_kept_per_slide_across_restarts(tmp_path):
    state = ViewState(tmp_path)
    state.remember(3, SlidePlace(field_id=7, cell_id=42, zoom=2.5, target_alerted=True))
    state.window_geometry = "AdnQyw=="
    state.save()
    again = ViewState(tmp_path)
    assert again.last_slide == 3 and again.window_geometry == "AdnQyw=="
    assert again.place(3) == SlidePlace(7, 42, 2.5, True)
    assert again.place(4) == SlidePlace()
    again.forget(3)
    assert ViewState(tmp_path).last_slide is None and ViewState(tmp_path).place(3) == SlidePlace()


def test_a_damaged_or_hand_edited_file_is_ignored_value_by_value(tmp_path):
    (tmp_path / "view_state.json").write_text("{not json")
    assert ViewState(tmp_path).place(1) == SlidePlace()
    (tmp_path / "view_state.json").write_text(
        json.dumps(
            {
                "last_slide": "3",
                "slides": {"1": {"field_id": "x", "zoom": "big", "cell_id": 5}, "2": [1]},
            }
        )
    )
    state = ViewState(tmp_path)
    assert state.last_slide is None
    assert state.place(1) == SlidePlace(cell_id=5) and state.place(2) == SlidePlace()
