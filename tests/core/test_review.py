"""Cells to review: every stage of a cascade is checked, each against its own threshold."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from app.core.errors import ProfileError
from app.core.profiles import read_profile, review_rule_for, user_profiles_dir
from app.core.records import Cell
from app.core.review import ReviewRule
from tests.core.test_profiles import BLAST_FIRST, _cascade_models, _write


def _cell(confidence, path=None, detector_label="wbc", source="model", **more) -> Cell:
    return Cell(
        id=1, field_id=1, x1=0, y1=0, x2=10, y2=10,
        model_label="lymphocyte", model_confidence=confidence,
        detector_label=detector_label, detector_confidence=0.9, label="lymphocyte",
        state="counted", reason=None, source=source, reviewed=0, changed_by=None,
        changed_at=None, model_path=json.dumps(path) if path else None, **more,
    )  # fmt: skip


# Sure of the subtype, unsure whether it is a blast at all.
UNSURE_FIRST = [["blast_check", "not_blast", 0.55], ["subtype", "lymphocyte", 0.99]]


def test_an_unsure_earlier_stage_makes_the_cell_one_to_review():
    rule = ReviewRule(0.6)
    cell = _cell(0.99, UNSURE_FIRST)
    assert rule.needs_review(cell)  # the final confidence alone (0.99) would hide it
    assert rule.margin(cell) == pytest.approx(0.55 - 0.6)
    assert rule.weakest(cell) == ("blast_check", 0.55, 0.6)
    assert not rule.needs_review(
        _cell(0.99, [["blast_check", "not_blast", 0.9], *UNSURE_FIRST[1:]])
    )


def test_each_stage_against_its_own_threshold():
    rule = ReviewRule(0.5, {"blast_check": 0.8})  # blasts matter: a stricter bar there
    assert rule.needs_review(_cell(0.99, [["blast_check", "not_blast", 0.7], *UNSURE_FIRST[1:]]))
    assert not rule.needs_review(
        _cell(0.55, [["blast_check", "not_blast", 0.9], ["subtype", "lymphocyte", 0.55]])
    )
    # One stage: no path is stored; the detector class says which stage decided the cell.
    one_stage = ReviewRule(0.5, {"blast_check": 0.8}, {"wbc": "blast_check"})
    assert one_stage.needs_review(_cell(0.7))
    assert not one_stage.needs_review(_cell(0.7, detector_label="cell"))  # Settings' 0.5


def test_cells_a_person_added_or_looked_at_are_not_to_review():
    rule = ReviewRule(0.6)
    assert rule.margin(_cell(None, source="manual")) is None
    assert not rule.needs_review(replace(_cell(0.3), reviewed=1))
    assert not rule.needs_review(replace(_cell(0.3), state="not_counted"))
    assert rule.needs_review(_cell(0.3))


def test_a_profile_sets_thresholds_per_stage(tmp_path):
    _cascade_models(user_profiles_dir() / "models")
    data = json.loads(json.dumps(BLAST_FIRST))
    data["stages"]["blast_check"]["review_below"] = 0.85
    _write(user_profiles_dir(), "blast-first", data)
    rule = review_rule_for("blast-first", 0.6)
    assert rule == ReviewRule(0.6, {"blast_check": 0.85}, {"wbc": "blast_check"})
    assert review_rule_for("gone", 0.6) == ReviewRule(0.6)
    data["stages"]["blast_check"]["review_below"] = 1.5
    with pytest.raises(ProfileError, match=r"stage 'blast_check'.*review_below"):
        read_profile(_write(tmp_path, "p", data))
