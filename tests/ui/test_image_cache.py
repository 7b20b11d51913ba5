"""The slide view keeps the newest few decoded field images, not every one it has seen."""

from __future__ import annotations

from app.ui.image_cache import FIELDS_KEPT, RecentlyUsed
from tests.ui.conftest import wait_analysed


def test_the_least_recently_used_go_first():
    cache: RecentlyUsed[int, str] = RecentlyUsed(limit=3)
    for key in range(3):
        cache[key] = str(key)
    assert cache.get(0) == "0"  # used again: now the newest
    cache[3] = "3"
    assert list(cache) == [2, 0, 3] and cache.get(1) is None


def test_a_slide_view_keeps_a_bounded_number_of_images(make_window, tmp_path, qtbot):
    import numpy as np

    from tests.conftest import save_rgb

    folder = tmp_path / "many"
    folder.mkdir()
    paths = []
    for i in range(FIELDS_KEPT + 4):
        image = np.full((48, 64, 3), 200, np.uint8)
        image[0, i] = 0
        paths.append(save_rgb(folder / f"f{i}.png", image))
    window = make_window()
    window.create_slide("ana", {"sample_id": "MANY"})
    window.open_images(paths)
    wait_analysed(qtbot, window, len(paths))
    view = window.slide_view
    for field in view.session.field_list():
        view.show_field(field.id)
    assert len(view._images) == FIELDS_KEPT
