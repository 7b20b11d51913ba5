"""Settings survive a restart; a damaged settings file is kept aside and defaults are used."""

from __future__ import annotations

import json

import pytest

from app.core.categories import DEFAULT_CATEGORY_MAP, with_palette
from app.core.settings import Settings, check_settings, load_settings, save_settings


def test_round_trip(tmp_path):
    settings = Settings(
        operator="ana",
        profile="lab.json",
        review_below=0.7,
        palette="tol-bright",
        keymap={"neutrophil": "q", "lymphocyte": "w"},
    )
    save_settings(tmp_path, settings)
    assert json.loads((tmp_path / "settings.json").read_text())["settings_version"] == 1
    assert load_settings(tmp_path) == settings


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        json.dumps({"settings_version": 99}),
        json.dumps({"settings_version": 1, "keymap": {"neutrophil": "7", "lymphocyte": "7"}}),
        json.dumps({"settings_version": 1, "review_below": 3}),
        json.dumps({"settings_version": 1, "operator": 5}),
    ],
)
def test_a_bad_file_is_kept_aside_and_defaults_used(tmp_path, content):
    (tmp_path / "settings.json").write_text(content)
    assert load_settings(tmp_path) == Settings()
    assert (tmp_path / "settings.json.bad").read_text() == content
    assert not (tmp_path / "settings.json").exists()


def test_unknown_keys_from_a_newer_version_are_ignored(tmp_path):
    (tmp_path / "settings.json").write_text(
        json.dumps({"settings_version": 1, "operator": "bo", "future_option": True})
    )
    assert load_settings(tmp_path).operator == "bo"


def test_palettes_recolour_categories_and_unknown_ones_are_refused():
    bright = with_palette(DEFAULT_CATEGORY_MAP, "tol-bright")
    assert bright.by_key["neutrophil"].colour == "#EE6677"
    assert bright.by_key["rbc"].colour == DEFAULT_CATEGORY_MAP.by_key["rbc"].colour
    with pytest.raises(ValueError, match="unknown palette"):
        check_settings(Settings(palette="rainbow"))


def test_every_palette_keeps_every_category_apart_from_the_no_class_greys():
    from app.core.categories import PALETTE_NAMES, PALETTES, grey_lookalikes

    assert set(PALETTE_NAMES) == set(PALETTES)
    for palette in PALETTES:
        assert grey_lookalikes(with_palette(DEFAULT_CATEGORY_MAP, palette)) == [], palette
