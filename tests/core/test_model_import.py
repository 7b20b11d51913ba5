"""Importing a lab's model: the self-test on reference images catches a wrong colour order or
range, and a checked import becomes a model (with manifest) and a profile that loads."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PIL import Image

from app.core.errors import ModelLoadError, ProfileError
from app.core.model_check import check_model, reference_folder, reference_images
from app.core.model_import import (
    CLASSIFIER_ON_DEFAULT_DETECTOR,
    DETECTOR_ONLY,
    SINGLE_CELL,
    ImportPlan,
    TemplateSlot,
    load_with,
    save_import,
    settings_of,
    template_slots,
    unmapped_classes,
)
from app.core.models import load_model
from app.core.profiles import available_templates, pipeline_for, read_profile, user_models_dir
from tests import onnx_graphs as g

ROWS = np.array(
    [[320, 240, 60, 60, 0.9, 0.0], [100, 100, 40, 40, 0.8, 0.0], [500, 300, 50, 44, 0.7, 0.0]],
    np.float32,
)


@pytest.fixture
def gated(tmp_path):
    """A detector that only fires when fed RGB (pinkish smear: channel 0 brighter than 2)."""
    meta = g.ultralytics_meta(["wbc", "rbc"])
    return g.channel_gated_detector(tmp_path / "gated.onnx", ROWS, (640, 640), metadata=meta)


def test_self_test_flags_a_detector_fed_the_wrong_channel_order(gated):
    settings = settings_of(load_model(gated))
    assert settings["color_order"] == "RGB"
    references = reference_images()
    right = check_model(load_with(gated, settings), references)
    assert not any("colour order" in w for w in right.warnings)
    assert sum(len(cells) for _, cells in right.results) == 3 * len(references)

    wrong = check_model(load_with(gated, settings | {"color_order": "BGR"}), references)
    assert any(
        "colour order RGB the model finds 9 cells" in w and "try RGB" in w for w in wrong.warnings
    )
    assert not wrong.passed


def _labelled_references(folder):
    for label, colour in (("blast", (220, 40, 60)), ("not_blast", (60, 40, 220))):
        (folder / label).mkdir(parents=True)
        for i in range(3):
            Image.new("RGB", (40 + i, 40), colour).save(folder / label / f"{i}.png")


def test_self_test_judges_a_classifier_by_the_labs_labelled_images(tmp_path):
    path = g.colour_classifier(tmp_path / "c.onnx", np.array([[8.0, -8], [0, 0], [-8, 8]]))
    _labelled_references(reference_folder())
    base = {"classes": ["blast", "not_blast"], "scale": 1 / 255, "mean": [0, 0, 0]}
    references = reference_images()
    good = check_model(load_with(path, base | {"color_order": "RGB"}), references)
    assert good.passed and "100% of 6 labelled images right." in good.notes
    bad = check_model(load_with(path, base | {"color_order": "BGR"}), references)
    assert any("colour order RGB the model gets 100%" in w for w in bad.warnings)


def test_self_test_flags_a_model_that_ignores_its_input(tmp_path):
    constant = g.classifier(tmp_path / "k.onnx", np.array([0.2, 0.5, 0.3]), softmax=True)
    result = check_model(load_model(constant), reference_images())
    assert any("same answer for every image" in w for w in result.warnings)


@pytest.mark.parametrize("name", ["cell_detector", "wbc_classifier"])
def test_the_shipped_models_pass_their_own_self_test(name):
    from app.core.paths import models_dir

    result = check_model(load_model(models_dir() / f"{name}.onnx"), reference_images())
    assert result.passed, result.warnings


def test_edited_class_names_must_match_the_output_count(gated):
    settings = settings_of(load_model(gated))
    renamed = load_with(gated, settings | {"classes": ["white", "red"]})
    assert renamed.config.classes == ("white", "red")
    with pytest.raises(ModelLoadError, match="lists 3 classes but the model outputs 2"):
        load_with(gated, settings | {"classes": ["a", "b", "c"]})


def test_import_as_a_single_cell_profile(tmp_path):
    path = g.colour_classifier(tmp_path / "lab_all.onnx", np.array([[8.0, -8], [0, 0], [-8, 8]]))
    settings = settings_of(load_model(path)) | {
        "classes": ["all", "hem"],
        "scale": 1 / 255,
        "mean": [0, 0, 0],
        "std": [1, 1, 1],
    }
    model = load_with(path, settings)
    assert unmapped_classes(model) == ["all", "hem"]
    plan = ImportPlan(path, settings, SINGLE_CELL, "all-screen", {"all": "blast", "hem": "other"})
    profile_path = save_import(plan)
    copied = user_models_dir() / "lab_all.onnx"
    manifest = json.loads(copied.with_suffix(".json").read_text())
    assert manifest["classes"] == ["all", "hem"] and len(manifest["sha256"]) == 64
    profile = read_profile(profile_path)
    assert profile.single_cell and profile.categories.category_of("all").blast
    pipeline = pipeline_for(profile)
    red = np.zeros((30, 30, 3), np.uint8)
    red[..., 0] = 230
    assert [c.label for c in pipeline.analyze(red)] == ["all"]
    # The same name again is refused; nothing is overwritten.
    with pytest.raises(ProfileError, match="already exists"):
        save_import(plan)


def test_import_a_classifier_behind_the_shipped_detector(tmp_path):
    path = g.colour_classifier(tmp_path / "types.onnx", np.array([[8.0, -8], [0, 0], [-8, 8]]))
    settings = settings_of(load_model(path)) | {"classes": ["lymphocyte", "monocyte"]}
    profile = read_profile(
        save_import(ImportPlan(path, settings, CLASSIFIER_ON_DEFAULT_DETECTOR, "lab-types"))
    )
    pipeline = pipeline_for(profile)
    assert pipeline.detector is not None and pipeline.entry == {"wbc": "wbc_type"}
    with pytest.raises(ProfileError, match="needs a detector"):
        save_import(ImportPlan(path, settings, DETECTOR_ONLY, "wrong-use"))


def test_import_fills_a_template_slot(tmp_path):
    template = next(t for t in available_templates() if "all_vs_normal" in t.name)
    (slot,) = template_slots([template])
    assert slot == TemplateSlot(template, "all_check", "all_vs_normal.onnx", ("normal", "all"))
    path = g.colour_classifier(tmp_path / "whatever.onnx", np.array([[-8.0, 8], [0, 0], [8, -8]]))
    settings = settings_of(load_model(path)) | {"classes": ["normal", "all"]}
    swapped = settings | {"classes": ["all", "normal"]}
    with pytest.raises(ProfileError, match="must have the classes normal, all"):
        save_import(ImportPlan(path, swapped, "template", slot=slot))
    profile = read_profile(save_import(ImportPlan(path, settings, "template", slot=slot)))
    assert (user_models_dir() / "all_vs_normal.onnx").is_file()
    assert pipeline_for(profile).single_cell
    # A different model under the same slot name is refused, not overwritten.
    other = g.colour_classifier(tmp_path / "other.onnx", np.ones((3, 2)))
    with pytest.raises(ModelLoadError, match=r"different model named all_vs_normal\.onnx"):
        save_import(ImportPlan(other, settings, "template", slot=slot))


def test_a_model_without_a_version_is_known_by_its_files_date_also_after_import(tmp_path):
    import os

    path = g.colour_classifier(tmp_path / "lab_v.onnx", np.array([[8.0, -8], [0, 0], [-8, 8]]))
    os.utime(path, (1_700_000_000, 1_700_000_000))  # 2023-11-14
    model = load_model(path)
    assert model.info.version == "file of 2023-11-14"
    assert model.info.summary()["version"] == "file of 2023-11-14"  # what the report shows
    settings = settings_of(model) | {"classes": ["all", "hem"]}
    save_import(
        ImportPlan(path, settings, SINGLE_CELL, "versioned", {"all": "blast", "hem": "other"})
    )
    copied = user_models_dir() / "lab_v.onnx"
    assert json.loads(copied.with_suffix(".json").read_text())["version"] == "file of 2023-11-14"
    assert load_model(copied).info.version == "file of 2023-11-14"  # not the copy's own date
