"""A slide counts in the categories its profile had when the slide was created: editing or
deleting the profile later, or taking the slide to another lab in a bundle, does not recount it.
"""

from __future__ import annotations

import json

import pytest

from app.cli import main
from app.core.categories import categories_from_json, categories_to_json
from app.core.errors import InvalidInputError
from app.core.profiles import profile_categories, user_profiles_dir
from app.core.slide_setup import slide_categories
from app.core.store import SlideStore
from app.core.store.bundle import export_slide, import_slide
from tests.core.store_helpers import detections, field_image

LABELS = ("neutrophil", "lymphocyte", "atypical_lymphocyte")


def _profile(atypical_kind: str) -> dict:
    return {
        "profile_version": 2,
        "detector": {"model": "shipped:cell_detector.onnx", "classes": ["wbc", "rbc", "platelet"]},
        "categories": [
            {"key": "mature", "name": "Mature cells", "kind": "differential", "colour": "#0072B2"},
            {"key": "atypical", "name": "Atypical", "kind": atypical_kind, "colour": "#D55E00"},
            {"key": "rbc", "name": "RBC", "kind": "ignored", "colour": "#DDDDDD"},
        ],
        "class_map": {
            "neutrophil": "mature",
            "lymphocyte": "mature",
            "atypical_lymphocyte": "atypical",
        },
    }


def _save_profile(data: dict) -> None:
    user_profiles_dir().mkdir(parents=True, exist_ok=True)
    (user_profiles_dir() / "lab.json").write_text(json.dumps(data))


def _counted_slide(store: SlideStore, tmp_path, **create) -> int:
    """Six cells: two of each label; the atypical ones per 100 WBC in the first profile."""
    session = store.create_slide("ana", "S-1", profile="lab", **create)
    field = session.add_field(field_image(tmp_path / "f.png"))
    session.apply_analysis(field.id, detections(6, LABELS))
    return session.slide_id


def test_the_categories_travel_with_the_slide(tmp_path):
    _save_profile(_profile("per_100_wbc"))
    created_with = profile_categories("lab")
    assert created_with is not None
    store = SlideStore(tmp_path / "data")
    slide_id = _counted_slide(store, tmp_path, categories=created_with)

    def counted() -> tuple[int, str]:
        session = store.open(slide_id, "ana")
        [categories] = slide_categories([session.slide])
        return session.differential(categories).total, categories.category_of("x").name

    assert counted() == (4, "Other")  # the atypical cells are outside the differential
    _save_profile(_profile("differential"))  # the lab edits the profile later
    assert profile_categories("lab").by_key["atypical"].kind.value == "differential"
    assert counted() == (4, "Other")
    (user_profiles_dir() / "lab.json").unlink()  # and deletes it
    assert counted() == (4, "Other")

    # To another lab that has no such profile, in a bundle.
    export_slide(store, slide_id, "ana", tmp_path / "s.zip")
    elsewhere = SlideStore(tmp_path / "elsewhere")
    moved = elsewhere.open(import_slide(elsewhere, tmp_path / "s.zip", "bo"), "bo")
    [categories] = slide_categories([moved.slide])
    assert categories == created_with and moved.differential(categories).total == 4


def test_a_slide_without_a_kept_list_counts_by_its_profile_now(tmp_path):
    """Slides stored before the list was kept (or whose profile was unreadable then)."""
    store = SlideStore(tmp_path / "data")
    slide_id = _counted_slide(store, tmp_path)
    slide = store.open(slide_id, "ana").slide
    assert slide.categories is None
    _save_profile(_profile("per_100_wbc"))
    assert slide_categories([slide])[0].by_key["atypical"].name == "Atypical"
    (user_profiles_dir() / "lab.json").unlink()
    fallback = slide_categories([slide])[0]
    assert fallback.category_of("atypical_lymphocyte").name == "Other"  # the default list


def test_the_list_round_trips_with_shortcuts_and_blast_flags(tmp_path):
    data = _profile("per_100_wbc")
    data["categories"][1] |= {"blast": True, "shortcut": "9"}
    _save_profile(data)
    categories = profile_categories("lab")
    assert categories is not None and categories.shortcuts == {"atypical": "9"}
    assert categories_from_json(categories_to_json(categories)) == categories


def test_the_profile_of_a_slide_cannot_be_changed_afterwards(tmp_path):
    store = SlideStore(tmp_path / "data")
    session = store.open(_counted_slide(store, tmp_path), "ana")
    with pytest.raises(InvalidInputError, match="chosen when the slide is created"):
        session.edit_slide(profile="default")
    session.edit_slide(profile="lab", comment="same profile: fine")
    assert session.slide.comment == "same profile: fine"


def test_slides_list_counts_wbc_in_each_slides_categories(tmp_path, capsys):
    _save_profile(_profile("per_100_wbc"))
    store = SlideStore(tmp_path / "data")
    _counted_slide(store, tmp_path, categories=profile_categories("lab"))
    store.close()
    assert main(["slides", "--data-dir", str(tmp_path / "data"), "list"]) == 0
    # Six counted cells, two of them per 100 WBC: with the default list all six would count.
    assert " 4 WBC" in capsys.readouterr().out


def test_a_damaged_kept_list_falls_back_to_the_profile(tmp_path, caplog):
    _save_profile(_profile("per_100_wbc"))
    store = SlideStore(tmp_path / "data")
    slide_id = _counted_slide(store, tmp_path, categories=profile_categories("lab"))
    store.db.conn.execute("UPDATE slide SET categories = '{\"categories\": 7}'")
    [categories] = slide_categories([store.open(slide_id, "ana").slide])
    assert categories == profile_categories("lab")
    assert "stored category list is unreadable" in caplog.text
