"""Profiles: files validated field by field, models checked against them, cascades routed."""

from __future__ import annotations

import json

import numpy as np
import pytest

from app.core.categories import CategoryKind
from app.core.errors import ModelLoadError, ProfileError
from app.core.paths import models_dir
from app.core.profiles import (
    available_profiles,
    find_profile,
    pipeline_for,
    profile_categories,
    read_profile,
    user_profiles_dir,
)
from app.core.store import SlideStore
from tests import onnx_graphs as g

# Three white cells on a grey 320 x 320 field: a red one, a blue-green one and a plain blue one.
BOXES = [(40, 40, 100, 100), (140, 140, 200, 200), (220, 60, 280, 120)]
COLOURS = [(230, 20, 20), (20, 200, 230), (20, 20, 230)]


def _write(folder, name, data):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.json"
    path.write_text(json.dumps(data))
    return path


def _field() -> np.ndarray:
    image = np.full((320, 320, 3), 128, np.uint8)
    for (x1, y1, x2, y2), colour in zip(BOXES, COLOURS, strict=True):
        image[y1:y2, x1:x2] = colour
    return image


def _detector(path, names=("wbc", "rbc")):
    rows = []
    for x1, y1, x2, y2 in BOXES:
        scores = [0.9] + [0.0] * (len(names) - 1)
        rows.append([(x1 + x2) / 2, (y1 + y2) / 2, x2 - x1, y2 - y1, *scores])
    return g.detector(
        path,
        np.array(rows, np.float32),
        "channels_first",
        (320, 320),
        metadata=g.ultralytics_meta(list(names), imgsz=(320, 320)),
    )


def _cascade_models(folder):
    """blast_check: blast when red dominates; subtype: lymphocyte when green is high."""
    folder.mkdir(parents=True, exist_ok=True)
    _detector(folder / "det.onnx")
    g.colour_classifier(folder / "blast.onnx", np.array([[8.0, -8.0], [0.0, 0.0], [-8.0, 8.0]]))
    g.colour_classifier(folder / "subtype.onnx", np.array([[0.0, 0.0], [-8.0, 8.0], [4.0, -4.0]]))
    for name in ("blast", "subtype"):  # inputs 0-1, no ImageNet statistics
        (folder / f"{name}.json").write_text(json.dumps({"scale": 1 / 255, "mean": [0, 0, 0]}))


BLAST_FIRST = {
    "profile_version": 2,
    "name": "blast-first",
    "detector": {"model": "models/det.onnx", "classes": ["wbc", "rbc"]},
    "stages": {
        "blast_check": {
            "model": "models/blast.onnx",
            "classes": ["blast", "not_blast"],
            "next": {"not_blast": "subtype"},
        },
        "subtype": {"model": "models/subtype.onnx", "classes": ["neutrophil", "lymphocyte"]},
    },
    "classify": {"wbc": "blast_check"},
}


def test_version_1_profile_reads_as_one_stage(tmp_path):
    models = tmp_path / "models"
    models.mkdir()
    _detector(models / "det.onnx", ("wbc", "rbc", "platelet"))
    g.classifier(models / "cls.onnx", np.array([0.0, 1.0]))
    folder = tmp_path / "profiles"
    _write(
        folder,
        "lab",
        {
            "profile_version": 1,
            "detector": "../models/det.onnx",
            "classifier": "../models/cls.onnx",
            "classify_labels": ["wbc", "rbc"],
            "conf_threshold": 0.4,
        },
    )
    assert available_profiles(folder) == ["lab"]
    pipeline = pipeline_for(read_profile(find_profile("lab", folder)))
    assert pipeline.detector is not None
    assert pipeline.detector.config.conf_threshold == pytest.approx(0.4)
    assert list(pipeline.stages) == ["classifier"]
    assert pipeline.entry == {"wbc": "classifier", "rbc": "classifier"}


def test_blast_first_cascade_routes_and_counts(tmp_path):
    _cascade_models(tmp_path / "models")
    profile = read_profile(_write(tmp_path, "blast-first", BLAST_FIRST))
    pipeline = pipeline_for(profile)
    assert pipeline.order == ["blast_check", "subtype"]
    cells = sorted(pipeline.analyze(_field()), key=lambda c: c.box)
    assert [c.label for c in cells] == ["blast", "lymphocyte", "neutrophil"]
    assert [len(c.path) for c in cells] == [1, 2, 2]
    assert [s.stage for s in cells[1].path] == ["blast_check", "subtype"]
    assert cells[1].path[0].label == "not_blast"
    assert cells[1].confidence == pytest.approx(cells[1].path[-1].confidence)

    # Through the store and the counting rules, as the window and report see it.
    store = SlideStore(tmp_path / "store")
    session = store.create_slide("tech", sample_id="S1", profile="blast-first")
    field = session.add_field(_png(tmp_path))
    session.apply_analysis(field.id, cells)
    stored = sorted(session.cells.values(), key=lambda c: c.box)
    assert stored[1].stage_path == [
        ("blast_check", "not_blast", pytest.approx(cells[1].path[0].confidence, abs=1e-4)),
        ("subtype", "lymphocyte", pytest.approx(cells[1].path[1].confidence, abs=1e-4)),
    ]
    diff = session.differential(profile.categories)
    assert diff.total == 3
    assert diff.blast_count == 1
    assert diff.blast_percent == pytest.approx(100 / 3)
    assert diff.blast_flag == "blasts >= 20%"
    # The report's Cells sheet shows each cell's path through the stages.
    from openpyxl import load_workbook

    from app.core.report import snapshot
    from app.core.report.xlsx import write_report

    write_report(snapshot(session, categories=profile.categories), tmp_path / "r.xlsx")
    rows = list(load_workbook(tmp_path / "r.xlsx")["Cells"].iter_rows(values_only=True))
    paths = {
        row[rows[0].index("Final class")]: row[rows[0].index("Classifier stages")]
        for row in rows[1:]
    }
    name = profile.categories.category_of
    assert paths[name("lymphocyte").name].startswith(
        "blast_check: not_blast 1.00 > subtype: lymphocyte"
    )
    assert paths[name("blast").name] is None  # one stage: the model columns say it all
    # A technician relabels the blast: the flag goes.
    blast = stored[0]
    session.relabel([blast.id], "lymphocyte")
    after = session.differential(profile.categories)
    assert after.blast_count == 0 and after.blast_flag is None
    store.close()


def _png(tmp_path):
    from tests.conftest import save_rgb

    return save_rgb(tmp_path / "field.png", _field())


def test_lineage_tree_each_level_chooses_the_next(tmp_path):
    models = tmp_path / "models"
    _cascade_models(models)
    g.colour_classifier(models / "lineage.onnx", np.array([[8.0, -8.0], [0, 0], [-8.0, 8.0]]))
    g.colour_classifier(models / "myeloid.onnx", np.array([[4.0, -4.0], [0, 0], [0, 0]]))
    (models / "lineage.json").write_text(json.dumps({"scale": 1 / 255, "mean": [0, 0, 0]}))
    (models / "myeloid.json").write_text(json.dumps({"scale": 1 / 255, "mean": [0, 0, 0]}))
    data = {
        "profile_version": 2,
        "detector": {"model": "models/det.onnx"},
        "stages": {
            "lineage": {
                "model": "models/lineage.onnx",
                "classes": ["myeloid", "lymphoid"],
                "next": {"myeloid": "myeloid", "lymphoid": "lymphoid"},
            },
            "myeloid": {"model": "models/myeloid.onnx", "classes": ["promyelocyte", "myelocyte"]},
            "lymphoid": {"model": "models/subtype.onnx", "classes": ["plasma_cell", "lymphocyte"]},
        },
        "classify": {"wbc": "lineage"},
        "class_map": {
            "promyelocyte": "ig",
            "myelocyte": "ig",
            "plasma_cell": "other",
            "rbc": "rbc",
        },
    }
    pipeline = pipeline_for(read_profile(_write(tmp_path, "tree", data)))
    cells = sorted(pipeline.analyze(_field()), key=lambda c: c.box)
    assert [[s.stage for s in c.path] for c in cells] == [
        ["lineage", "myeloid"],
        ["lineage", "lymphoid"],
        ["lineage", "lymphoid"],
    ]
    assert [c.label for c in cells] == ["promyelocyte", "lymphocyte", "plasma_cell"]


def _bad(**changes):
    data = json.loads(json.dumps(BLAST_FIRST))
    for key, value in changes.items():
        if value is None:
            data.pop(key)
        else:
            data[key] = value
    return data


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"detector": "d.onnx"}, "the field 'profile_version' is missing"),
        ({"profile_version": 7, "detector": "d.onnx"}, "profile_version 7 is not one"),
        ({"profile_version": 1}, "the field 'detector' is missing"),
        (
            {"profile_version": 1, "detector": "d.onnx", "clasifier": "c"},
            "Did you mean 'classifier'",
        ),
        (_bad(stagez={}), "unknown field 'stagez'. Did you mean 'stages'"),
        (_bad(detector="models/det.onnx"), "field 'detector' must be a JSON object"),
        (_bad(detector={"classes": ["wbc"]}), "detector: the field 'model' is missing"),
        (_bad(classify=None), "the field 'classify' is missing"),
        (_bad(stages=None, detector=None), "needs a 'detector', 'stages', or both"),
        (
            _bad(class_map={"blast": "blastz"}),
            "'class_map' maps to unknown categories: blastz",
        ),
        (
            _bad(stages={"s": {"model": "m.onnx", "classes": ["blast", "mystery"]}}),
            "stage 's': the class 'mystery' has no report category",
        ),
        (
            _bad(stages={"s": {"model": "m.onnx", "next": {"a": "t"}}}),
            "stage 's' sends 'a' to an unknown stage 't'",
        ),
        (
            _bad(categories=[{"key": "x", "name": "X", "kind": "counted", "colour": "#000000"}]),
            r"categories\[0\]: field 'kind' must be one of differential",
        ),
        (
            _bad(categories=[{"key": "x", "name": "X", "kind": "ignored", "colour": "red"}]),
            "field 'colour' must be a colour",
        ),
    ],
)
def test_invalid_profiles_name_the_field_and_problem(tmp_path, data, message):
    path = _write(tmp_path, "p", data)
    with pytest.raises(ProfileError, match=message):
        read_profile(path)


def test_class_count_mismatch_is_refused(tmp_path):
    _cascade_models(tmp_path / "models")
    data = json.loads(json.dumps(BLAST_FIRST))
    data["stages"]["subtype"]["classes"] = ["neutrophil", "lymphocyte", "monocyte"]
    profile = read_profile(_write(tmp_path, "p", data))
    with pytest.raises(ModelLoadError, match=r"lists 3 classes .* but the model outputs 2"):
        pipeline_for(profile)


def test_class_names_that_contradict_the_model_are_refused(tmp_path):
    _cascade_models(tmp_path / "models")
    data = json.loads(json.dumps(BLAST_FIRST))
    data["detector"]["classes"] = ["white", "red"]  # the file's metadata says wbc, rbc
    with pytest.raises(ModelLoadError, match="its metadata says wbc, rbc"):
        pipeline_for(read_profile(_write(tmp_path, "p", data)))


def test_an_unmapped_class_of_a_model_is_refused_when_loaded(tmp_path):
    _cascade_models(tmp_path / "models")
    data = json.loads(json.dumps(BLAST_FIRST))
    del data["stages"]["subtype"]["classes"]  # the model states none: "class 0", "class 1"
    with pytest.raises(ProfileError, match="stage 'subtype': the class 'class 0' has no report"):
        pipeline_for(read_profile(_write(tmp_path, "p", data)))


def test_circular_routes_are_refused(tmp_path):
    _cascade_models(tmp_path / "models")
    data = json.loads(json.dumps(BLAST_FIRST))
    data["stages"]["subtype"]["next"] = {"neutrophil": "blast_check"}
    with pytest.raises(ProfileError, match=r"route in a circle: .*blast_check -> subtype"):
        pipeline_for(read_profile(_write(tmp_path, "p", data)))


def test_own_categories_order_colours_and_shortcuts(tmp_path):
    data = _bad(
        categories=[
            {
                "key": "blast",
                "name": "Blasts",
                "kind": "differential",
                "colour": "#F0E442",
                "blast": True,
                "shortcut": "7",
            },
            {
                "key": "mature",
                "name": "Mature cells",
                "kind": "differential",
                "colour": "#0072B2",
                "shortcut": "8",
            },
            {"key": "rbc", "name": "RBC", "kind": "ignored", "colour": "#DDDDDD"},
        ],
        class_map={"neutrophil": "mature", "lymphocyte": "mature"},
    )
    profile = read_profile(_write(user_profiles_dir(), "lab-blasts", data))
    cats = profile.categories
    assert [c.key for c in cats.categories] == ["blast", "mature", "rbc", "other", "smudge"]
    assert cats.category_of("lymphocyte").name == "Mature cells"
    assert cats.category_of("blast").blast and cats.by_key["rbc"].kind is CategoryKind.IGNORED
    assert cats.shortcuts == {"blast": "7", "mature": "8"}
    # Found by name among the lab's own profiles, and used for slides analysed with it.
    assert "lab-blasts" in available_profiles()
    assert profile_categories("lab-blasts") == cats
    assert profile_categories("no-such-profile") is None


def test_unknown_profile_lists_the_available_ones(tmp_path):
    _write(tmp_path, "lab-a", {"profile_version": 1, "detector": "x.onnx"})
    with pytest.raises(ProfileError, match=r"no profile named 'lab-b' \(available: lab-a\)"):
        find_profile("lab-b", tmp_path)


def test_a_profile_can_show_its_detector_fields_as_they_are(tmp_path):
    """``prepare_fields: false`` (for a detector that does its own thing) and a calibrated
    scale reach the pipeline; the shipped profile prepares fields as the manifest asks."""
    shipped = models_dir() / "cell_detector.onnx"
    raw = {
        "profile_version": 2,
        "detector": {"model": str(shipped), "prepare_fields": False},
    }
    own = read_profile(_write(tmp_path, "own", raw))
    assert not own.prepare_fields and not pipeline_for(own).setup.prepare
    default = pipeline_for(read_profile(find_profile("default")), micrometres_per_pixel=0.25)
    assert default.setup.prepare and default.setup.rbc_px == pytest.approx(7.5 / 0.25)
    raw["detector"]["prepare_fields"] = "no"
    with pytest.raises(ProfileError, match="prepare_fields"):
        read_profile(_write(tmp_path, "bad", raw))
