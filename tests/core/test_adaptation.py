"""The lab adaptation: the head, the slide cross-validated guard, its file, fitting from slides."""

from __future__ import annotations

import dataclasses
import json
import logging

import numpy as np
import pytest

from app.core.adaptation import guard
from app.core.adaptation.examples import Examples
from app.core.adaptation.fitting import (
    adapted,
    confirmed_cells,
    examples_for,
    refit,
    reset,
    stage_targets,
)
from app.core.adaptation.guard import Judgement, judge, slide_folds
from app.core.adaptation.head import Head, fit_head
from app.core.adaptation.stored import (
    Adaptation,
    AdaptationError,
    adaptation_path,
    cache_path,
    load_adaptation,
    save_adaptation,
)
from app.core.imaging import read_image
from app.core.models import load_classifier
from app.core.models.classifier import Classification, log_probabilities
from app.core.pipeline import Pipeline, Stage
from app.core.profiles import find_profile, pipeline_for, read_profile
from app.core.report.data import snapshot
from app.core.store import SlideStore
from app.core.synthetic import render_field
from tests import onnx_graphs as g
from tests.conftest import save_rgb
from tests.core.store_helpers import detections, field_image

CLASSES = 4


def synthetic_lab(
    rng: np.random.Generator, slides: int = 12, per_slide: int = 30, swap_per_slide: bool = False
) -> Examples:
    """Features whose true class the model gets wrong in one systematic way (it calls class 1
    class 0, as a new microscope might), or, with ``swap_per_slide``, labels that each slide's
    technician gives by a private rule of their own: nothing carries over to another slide."""
    n = slides * per_slide
    truth = rng.integers(0, CLASSES, n)
    centres = rng.normal(0, 3, (CLASSES, 8))
    features = (centres[truth] + rng.normal(0, 1, (n, 8))).astype(np.float32)
    seen = np.where(truth == 1, 0, truth)
    probs = np.full((n, CLASSES), 0.1 / (CLASSES - 1), np.float32)
    probs[np.arange(n), seen] = 0.9
    slide_ids = np.repeat(np.arange(slides), per_slide).astype(np.int64)
    targets = truth.copy()
    if swap_per_slide:
        # Each slide's own relabelling of what the model says: the model is right by every
        # slide's rule on most cells, an adaptation learnt on the others is not.
        targets = seen.copy()
        for s in range(slides):
            mine = slide_ids == s
            a, b = s % CLASSES, (s + 1) % CLASSES
            targets[mine & (seen == a)] = b
    return Examples(
        features, log_probabilities(probs), targets, slide_ids, np.arange(n, dtype=np.int64)
    )


def test_a_zero_head_is_the_model_itself(rng):
    probs = rng.dirichlet(np.ones(CLASSES), 20).astype(np.float32)
    features = rng.normal(0, 1, (20, 5)).astype(np.float32)
    result = Classification(probs.argmax(1), probs.max(1), probs, features)
    zero = Head(
        np.zeros(5, np.float32),
        np.ones(5, np.float32),
        np.zeros((5, CLASSES), np.float32),
        np.zeros(CLASSES, np.float32),
    )
    again = zero.adapt(result)
    np.testing.assert_array_equal(again.class_ids, result.class_ids)
    np.testing.assert_allclose(again.probabilities, probs, atol=1e-6)


def test_the_head_learns_the_labs_systematic_error(rng):
    lab = synthetic_lab(rng)
    train, test = lab.subset(lab.slide_ids < 8), lab.subset(lab.slide_ids >= 8)
    head = fit_head(train.features, train.log_p, train.targets)
    before = (test.log_p.argmax(1) == test.targets).mean()
    after = ((test.log_p + head.offsets(test.features)).argmax(1) == test.targets).mean()
    assert before < 0.9 and after > 0.95, (before, after)


def test_a_class_nobody_corrected_is_left_alone(rng):
    lab = synthetic_lab(rng)
    taught = lab.subset(lab.targets != 3)
    head = fit_head(taught.features, taught.log_p, taught.targets)
    assert not head.weights[:, 3].any() and head.bias[3] == 0


def test_cross_validation_never_splits_a_slide(rng):
    slide_ids = rng.integers(0, 13, 500).astype(np.int64)
    folds = slide_folds(slide_ids)
    assert sum(f.sum() for f in folds) == len(slide_ids)  # each cell held out exactly once
    for held_out in folds:
        assert not set(slide_ids[held_out]) & set(slide_ids[~held_out])


def test_judge_fits_each_fold_without_the_held_out_slides(rng, monkeypatch):
    lab = synthetic_lab(rng)
    trained_on: list[set[int]] = []
    real_fit = guard.fit_head

    def spy(features, log_p, targets):
        rows = [int(np.flatnonzero((lab.features == f).all(1))[0]) for f in features]
        trained_on.append({int(lab.slide_ids[r]) for r in rows})
        return real_fit(features, log_p, targets)

    monkeypatch.setattr(guard, "fit_head", spy)
    verdict = judge(lab)
    assert verdict.cells == len(lab) and len(trained_on) == len(slide_folds(lab.slide_ids))
    for used, held_out in zip(trained_on, slide_folds(lab.slide_ids), strict=True):
        assert not used & set(lab.slide_ids[held_out].tolist())


def test_the_guard_switches_on_when_it_helps_and_off_when_it_does_worse(rng):
    good = judge(synthetic_lab(rng))
    assert good.passed and good.adapted_top1 > good.base_top1 + guard.MARGIN
    bad = judge(synthetic_lab(rng, swap_per_slide=True))
    assert bad.adapted_correct < bad.base_correct  # it really does worse on this lab
    assert not bad.passed


def test_too_few_slides_never_switch_it_on(rng):
    lab = synthetic_lab(rng, slides=2, per_slide=100)
    assert not judge(lab).passed


def _adaptation(rng, sha: str = "a" * 64) -> Adaptation:
    lab = synthetic_lab(rng)
    return Adaptation(
        profile="default",
        stage="wbc_type",
        model_sha256=sha,
        classes=("a", "b", "c", "d"),
        feature="embedding",
        head=fit_head(lab.features, lab.log_p, lab.targets),
        cell_ids=tuple(lab.cell_ids.tolist()),
        slide_ids=tuple(lab.slide_ids.tolist()),
        fitted_at="2026-12-03T10:00:00.000+00:00",
        judgement=Judgement(360, 12, 250, 340),
    )


def test_the_file_round_trips(rng, tmp_path):
    adaptation = _adaptation(rng)
    path = tmp_path / "wbc_type.json"
    save_adaptation(adaptation, path)
    again = load_adaptation(path, "a" * 64)
    assert again is not None
    for name in ("mean", "scale", "weights", "bias"):
        np.testing.assert_array_equal(getattr(again.head, name), getattr(adaptation.head, name))
    assert dataclasses.replace(again, head=adaptation.head) == adaptation
    assert again.describe() == "adapted on 360 cells from 12 slides, 2026-12-03"


def test_an_adaptation_for_another_model_is_refused_with_a_clear_message(rng, tmp_path):
    path = tmp_path / "wbc_type.json"
    save_adaptation(_adaptation(rng, sha="b" * 64), path)
    with pytest.raises(AdaptationError, match=r"fitted for another model.*Refit it in Settings"):
        load_adaptation(path, "a" * 64)


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],
        lambda text: "",
        lambda text: json.dumps({**json.loads(text), "weights": [[1.0, 2.0]]}),
        lambda text: json.dumps({**json.loads(text), "scale": "x"}),
        lambda text: json.dumps({**json.loads(text), "bias": [float("nan")] * CLASSES}),
        lambda text: json.dumps({**json.loads(text), "adaptation_version": 9}),
        lambda text: json.dumps([1, 2]),
    ],
)
def test_a_damaged_file_is_ignored_with_a_warning(rng, tmp_path, caplog, damage):
    path = tmp_path / "wbc_type.json"
    save_adaptation(_adaptation(rng), path)
    path.write_text(damage(path.read_text()))
    with caplog.at_level(logging.WARNING):
        assert load_adaptation(path, "a" * 64) is None
    assert "damaged and was ignored" in caplog.text


# ----- from the slide store ------------------------------------------------------------------


@pytest.fixture
def store(tmp_path):
    s = SlideStore(tmp_path / "data")
    yield s
    s.close()


@pytest.fixture(scope="module")
def default_pipeline():
    return pipeline_for(read_profile(find_profile("default")))


def test_only_cells_a_person_confirmed_teach_it(store, tmp_path):
    session = store.create_slide("ana", "S-1", profile="default")
    field = session.add_field(field_image(tmp_path / "f.png"))
    session.apply_analysis(field.id, detections(6))
    a, b, c, d, e, f = sorted(session.cells)
    session.relabel([a], "eosinophil")  # corrected
    session.set_reviewed([b])  # accepted with Enter
    session.set_reviewed([c])
    session.delete_cells([c])  # reviewed, then found to be no cell
    session.delete_cells([d])
    manual = session.add_cell(field.id, (400, 300, 440, 340), "basophil")
    other = store.create_slide("ana", "S-2", profile="elsewhere")
    field2 = other.add_field(field_image(tmp_path / "g.png", seed=1))
    other.apply_analysis(field2.id, detections(2))
    other.set_reviewed(list(other.cells))
    found = {cell.cell_id: cell.label for cell in confirmed_cells(store, "default", "default")}
    assert found == {a: "eosinophil", b: "lymphocyte", manual.id: "basophil"}
    assert e not in found and f not in found  # untouched model answers


def test_a_slide_without_a_profile_counts_with_the_default_one(store, tmp_path):
    session = store.create_slide("ana", "S-1")
    field = session.add_field(field_image(tmp_path / "f.png"))
    session.apply_analysis(field.id, detections(2))
    session.set_reviewed(list(session.cells))
    assert len(confirmed_cells(store, "default", "default")) == 2
    assert confirmed_cells(store, "default", "other") == []


def _stage(tmp_path, name, classes, routes=None):
    path = g.classifier(tmp_path / f"{name}.onnx", logits=np.zeros(len(classes), np.float32))
    path.with_suffix(".json").write_text(json.dumps({"classes": list(classes)}))
    return Stage(name, load_classifier(path), routes or {})


def test_each_cascade_stage_learns_the_class_that_led_to_a_label(tmp_path):
    pipeline = Pipeline(
        None,
        [
            _stage(tmp_path, "blast_check", ("blast", "not_blast"), {"not_blast": "subtype"}),
            _stage(tmp_path, "subtype", ("neutrophil", "lymphocyte", "monocyte")),
        ],
    )
    assert stage_targets(pipeline, "blast_check") == {
        "blast": 0,
        "neutrophil": 1,
        "lymphocyte": 1,
        "monocyte": 1,
    }
    assert stage_targets(pipeline, "subtype") == {"neutrophil": 0, "lymphocyte": 1, "monocyte": 2}


def test_a_label_two_classes_lead_to_teaches_that_stage_nothing(tmp_path):
    pipeline = Pipeline(
        None,
        [
            _stage(tmp_path, "blast_check", ("blast", "not_blast"), {"not_blast": "subtype"}),
            _stage(tmp_path, "subtype", ("neutrophil", "blast")),  # a blast the first missed
        ],
    )
    assert stage_targets(pipeline, "blast_check") == {"neutrophil": 1}


def test_a_cascade_stage_learns_its_own_classes(default_pipeline):
    targets = stage_targets(default_pipeline, "wbc_type")
    classes = default_pipeline.stages["wbc_type"].classifier.config.classes
    assert targets == {c: i for i, c in enumerate(classes)}


def test_refit_stores_audits_and_types_new_analyses_only(store, tmp_path, default_pipeline):
    labels = ("neutrophil", "lymphocyte", "eosinophil")
    for s in range(4):
        session = store.create_slide("ana", f"S-{s}", profile="default")
        for k in range(2):
            field = session.add_field(field_image(tmp_path / f"f{s}{k}.png", seed=10 * s + k))
            session.apply_analysis(field.id, detections(9, labels))
            ids = sorted(session.cells_in(field.id), key=lambda c: c.id)
            session.set_reviewed([c.id for c in ids])
    before = {c.id: c.label for c in store.open(1, "ana").cells.values()}
    (stage,) = default_pipeline.stages
    fitted = refit(store, default_pipeline, "default", "default", "ana")
    assert [a.stage for a in fitted] == [stage] and len(fitted[0].cell_ids) == 72
    assert len(set(fitted[0].slide_ids)) == 4
    assert adaptation_path("default", stage).is_file()
    logged = store.db.conn.execute(
        "SELECT what, after FROM audit WHERE slide_id IS NULL ORDER BY id"
    ).fetchall()
    assert logged[-1][0] == "lab adaptation fitted: default / wbc_type"
    assert json.loads(logged[-1][1])["cells"] == 72
    assert store.verify_audit().ok
    assert {c.id: c.label for c in store.open(1, "ana").cells.values()} == before
    reset(store, "default", "ana")
    assert not adaptation_path("default", stage).exists()
    assert adapted(default_pipeline, "default") is default_pipeline


def test_an_active_adaptation_types_cells_and_is_named_in_the_models(rng, default_pipeline):
    (stage,) = default_pipeline.stages
    classifier = default_pipeline.stages[stage].classifier
    image = rng.integers(0, 255, (240, 320, 3), dtype=np.uint8)
    base = classifier.classify_boxes(image, np.array([[40, 40, 90, 90]], np.float32))
    # A head that pushes every cell to class 4, with a guard verdict that switched it on.
    width = base.features.shape[1]
    bias = np.zeros(len(classifier.config.classes), np.float32)
    bias[4] = 50.0
    head = Head(
        np.zeros(width, np.float32),
        np.ones(width, np.float32),
        np.zeros((width, len(bias)), np.float32),
        bias,
    )
    adaptation = dataclasses.replace(
        _adaptation(rng, classifier.info.sha256), head=head, classes=classifier.config.classes
    )
    save_adaptation(adaptation, adaptation_path("default", stage))
    pipeline = adapted(default_pipeline, "default")
    assert pipeline.stages[stage].adaptation is not None
    field = render_field(white_cells=3, seed=2)
    typed = [c for c in pipeline.analyze(field.image) if c.path]
    assert typed and {c.label for c in typed} == {"basophil"}
    assert {c.label for c in default_pipeline.analyze(field.image) if c.path} != {"basophil"}
    assert pipeline.stages[stage].classifier.embedding_name == "embedding"
    summary = pipeline.model_summaries()[-1]
    assert summary["adaptation"] == "adapted on 360 cells from 12 slides, 2026-12-03"
    assert "adaptation" not in default_pipeline.model_summaries()[-1]
    save_adaptation(
        dataclasses.replace(adaptation, judgement=Judgement(360, 12, 300, 290)),
        adaptation_path("default", stage),
    )
    assert adapted(default_pipeline, "default").stages[stage].adaptation is None  # switched off


def test_each_field_records_the_adaptation_that_typed_it_and_the_report_says_so(
    rng, store, tmp_path, default_pipeline
):
    (stage,) = default_pipeline.stages
    sha = default_pipeline.stages[stage].classifier.info.sha256
    adaptation = dataclasses.replace(_adaptation(rng, sha), judgement=Judgement(412, 9, 270, 330))
    adapted_pipeline = default_pipeline.with_adaptations({stage: adaptation})
    session = store.create_slide("ana", "S-1")
    plain = session.add_field(field_image(tmp_path / "a.png"))
    typed = session.add_field(field_image(tmp_path / "b.png", seed=1))
    session.apply_analysis(plain.id, detections(2), models=default_pipeline.model_summaries())
    session.apply_analysis(typed.id, detections(2), models=adapted_pipeline.model_summaries())
    recorded = json.loads(session.fields[typed.id].analysis_models)
    assert recorded[-1]["adaptation"] == "adapted on 360 cells from 12 slides, 2026-12-03"
    assert "adaptation" not in json.loads(session.fields[plain.id].analysis_models)[-1]
    data = snapshot(session)
    assert len([m for m in data.models if m["kind"] == "classifier"]) == 2
    name = default_pipeline.stages[stage].classifier.info.name
    assert data.adaptation_notes == (f"{name}: adapted on 360 cells from 12 slides, 2026-12-03",)
    # ...and the printed reports say it: the PDF summary's model list and the workbook's.
    from openpyxl import load_workbook

    from app.core.report.summary_page import build_summary
    from app.core.report.xlsx import write_report

    assert "adapted on 360 cells from 12 slides, 2026-12-03" in build_summary(data).html
    write_report(data, tmp_path / "r.xlsx")
    texts = [
        c.value for row in load_workbook(tmp_path / "r.xlsx")["Summary"].iter_rows() for c in row
    ]
    assert f"Lab adaptation: {data.adaptation_notes[0]}" in texts


def test_a_refit_that_stops_beating_the_model_switches_it_off(rng):
    lab = synthetic_lab(rng, slides=40)
    first = lab.subset(lab.slide_ids < 8)
    assert judge(first).passed
    # Then the lab's cells stop looking that way (say, a new camera fixed the colour): on the
    # later slides the technicians confirm the model's own answers, which the head would undo.
    model_says = lab.log_p.argmax(1)
    later = np.where(lab.slide_ids >= 8, model_says, lab.targets)
    assert not judge(dataclasses.replace(lab, targets=later)).passed


def test_a_refit_runs_the_classifier_only_on_cells_it_has_not_seen(
    store, tmp_path, default_pipeline, monkeypatch, caplog
):
    session = store.create_slide("ana", "S-1", profile="default")
    field = session.add_field(field_image(tmp_path / "f.png"))
    session.apply_analysis(field.id, detections(6))
    session.set_reviewed(list(session.cells))
    (stage,) = default_pipeline.stages
    first = refit(store, default_pipeline, "default", "default", "ana")[0]
    classifier = default_pipeline.stages[stage].classifier
    seen: list[int] = []
    real = classifier.classify_boxes
    monkeypatch.setattr(
        classifier,
        "classify_boxes",
        lambda image, boxes, timer=None: seen.append(len(boxes)) or real(image, boxes),
    )
    again = refit(store, default_pipeline, "default", "default", "ana")[0]
    assert seen == []
    np.testing.assert_array_equal(again.head.weights, first.head.weights)
    session.add_cell(field.id, (500, 300, 540, 340), "monocyte")
    refit(store, default_pipeline, "default", "default", "ana")
    assert seen == [1]
    cache_path("default", stage).write_bytes(b"not a cache")
    with caplog.at_level(logging.WARNING):
        rebuilt = refit(store, default_pipeline, "default", "default", "ana")[0]
    assert "unreadable" in caplog.text and seen == [1, 7] and len(rebuilt.cell_ids) == 7


def test_single_cell_mode_learns_from_the_whole_image_as_analysis_sees_it(store, tmp_path):
    # Scores are the input's channel means: a crop around the "box" (the image's centre half)
    # would see only the green middle, the whole image its white rim too.
    path = tmp_path / "cell.png"
    image = np.full((90, 120, 3), 250, np.uint8)
    image[25:65, 35:85] = (20, 200, 90)
    save_rgb(path, image)
    g.classifier(tmp_path / "c.onnx")
    (tmp_path / "c.json").write_text(json.dumps({"classes": ["r", "g", "b"], "crop_context": 0.5}))
    pipeline = Pipeline(None, [Stage("cells", load_classifier(tmp_path / "c.onnx"))])
    session = store.create_slide("ana", "S-1")
    field = session.add_field(path)
    session.apply_analysis(field.id, pipeline.analyze(read_image(path)))
    session.set_reviewed(list(session.cells))
    cells = confirmed_cells(store, "default", "default")
    examples = examples_for(store, pipeline, "cells", cells, {})
    whole = pipeline.stages["cells"].classifier.classify([read_image(path)])
    np.testing.assert_array_equal(examples.features, whole.features)
