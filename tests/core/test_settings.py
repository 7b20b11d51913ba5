"""Settings survive a restart; a damaged settings file is kept aside and defaults are used."""

from __future__ import annotations

import json
import re

import pytest

from app.core.categories import DEFAULT_CATEGORY_MAP, with_palette
from app.core.i18n import use_language
from app.core.settings import Settings, check_settings, load_settings, read_scale, save_settings


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
        json.dumps([1, 2]),
        '{"settings_version": 1, "lab_name": ' + "[" * 200_000 + "]" * 200_000 + "}",
    ],
)
def test_a_file_that_cannot_be_read_is_kept_aside_and_defaults_used(tmp_path, content):
    (tmp_path / "settings.json").write_text(content)
    assert load_settings(tmp_path) == Settings()
    assert (tmp_path / "settings.json.bad").read_text() == content
    assert not (tmp_path / "settings.json").exists()


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("review_below", "0.5"),  # a string made every slide fail to open
        ("review_below", 3),
        ("conf_threshold", "0.4"),  # a string failed every analysis
        ("min_focus", "4"),  # a string refused every new image
        ("min_focus", True),
        ("operator", 5),
        ("show_labels", "yes"),
        ("min_count_for_flags", 100.5),
        ("palette", "rainbow"),
        ("paper", "A3"),
        ("keymap", {"neutrophil": "7", "lymphocyte": "7"}),
        ("keymap", {"neutrophil": 7}),
    ],
)
def test_a_bad_value_falls_back_to_its_default_and_keeps_the_rest(tmp_path, caplog, name, value):
    (tmp_path / "settings.json").write_text(
        json.dumps({"settings_version": 1, "operator": "bo", "lab_name": "Lab", name: value})
    )
    loaded = load_settings(tmp_path)
    assert getattr(loaded, name) == getattr(Settings(), name)
    assert loaded.lab_name == "Lab" and (name == "operator" or loaded.operator == "bo")
    assert f"Setting {name} is not valid" in caplog.text
    check_settings(loaded)  # what is left is sound


def test_numbers_may_be_written_either_way(tmp_path):
    (tmp_path / "settings.json").write_text(
        json.dumps({"settings_version": 1, "review_below": 1, "conf_threshold": None})
    )
    loaded = load_settings(tmp_path)
    assert loaded.review_below == 1.0 and loaded.conf_threshold is None


def test_a_keymap_clash_names_the_key_and_both_categories():
    with pytest.raises(ValueError, match="gives the key 7 to both neutrophil and lymphocyte"):
        check_settings(Settings(keymap={"neutrophil": "7", "lymphocyte": "7"}))


def test_unknown_keys_from_a_newer_version_are_ignored(tmp_path):
    (tmp_path / "settings.json").write_text(
        json.dumps({"settings_version": 1, "operator": "bo", "future_option": True})
    )
    assert load_settings(tmp_path).operator == "bo"


def test_palettes_recolour_categories_and_unknown_ones_are_refused():
    bright = with_palette(DEFAULT_CATEGORY_MAP, "tol-bright")
    assert bright.by_key["neutrophil"].colour == "#EE6677"
    assert bright.by_key["rbc"].colour == DEFAULT_CATEGORY_MAP.by_key["rbc"].colour
    with pytest.raises(ValueError, match="palette must be one of"):
        check_settings(Settings(palette="rainbow"))


def test_every_palette_keeps_every_category_apart_from_the_no_class_greys():
    from app.core.categories import PALETTE_NAMES, PALETTES, grey_lookalikes

    assert set(PALETTE_NAMES) == set(PALETTES)
    for palette in PALETTES:
        assert grey_lookalikes(with_palette(DEFAULT_CATEGORY_MAP, palette)) == [], palette


@pytest.mark.parametrize(("typed", "value"), [("0.125", 0.125), (" 0,125 ", 0.125), ("", None)])
def test_the_camera_scale_is_read_as_typed_with_either_decimal_mark(typed, value):
    assert read_scale(typed) == value


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("0", "0 µm per pixel is not a microscope camera's scale"),
        ("12", "between 0.02 and 5"),
        ("nan", "stage micrometer"),
        ("0.1 µm", "must be a number of µm per pixel"),
    ],
)
def test_an_implausible_camera_scale_is_refused_in_plain_words(typed, says):
    with pytest.raises(ValueError, match=re.escape(says)):
        read_scale(typed)


def test_the_camera_scale_refusal_speaks_the_language_with_its_decimal_mark():
    with use_language("ru"), pytest.raises(ValueError) as refused:
        read_scale("7,5")
    assert "от 0,02 до 5" in str(refused.value) and "объект-микрометр" in str(refused.value)
