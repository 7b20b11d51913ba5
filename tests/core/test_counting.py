"""The differential against hand-worked examples."""

from __future__ import annotations

import pytest

from app.core.categories import DEFAULT_CATEGORY_MAP
from app.core.counting import CountRules, differential, wilson
from app.core.reference_ranges import load_range_table
from app.core.store import Cell

RANGES = load_range_table()


def cells(**counts: int) -> list[Cell]:
    """counts like neutrophil=60; "smudge" makes not-counted smudges, "deleted" deleted cells."""
    out = []
    for label, n in counts.items():
        state, reason, final = "counted", None, label
        if label == "smudge":
            state, reason, final = "not_counted", "smudge", "lymphocyte"
        if label == "deleted":
            state, final = "deleted", "neutrophil"
        for _ in range(n):
            out.append(
                Cell(
                    len(out) + 1,
                    1,
                    0,
                    0,
                    10,
                    10,
                    final,
                    0.9,
                    "wbc",
                    0.9,
                    final,
                    state,
                    reason,
                    "model",
                    0,
                    None,
                    None,
                )
            )
    return out


def test_a_worked_differential_with_nrbc_correction():
    # 100 WBC, 8 NRBC, 2 smudges, 50 RBC and a deleted cell; analyser WBC 10.0 x 10^9/L.
    slide = cells(
        neutrophil=60,
        lymphocyte=30,
        monocyte=6,
        eosinophil=3,
        basophil=1,
        erythroblast=8,
        smudge=2,
        rbc=50,
        deleted=1,
    )
    result = differential(slide, DEFAULT_CATEGORY_MAP, RANGES, 10.0, 200)
    assert result.total == 100
    neut = result.row("neutrophil")
    assert (neut.count, neut.percent) == (60, 60.0)
    # Wilson, z = 1.96: centre (0.6 + 0.019208) / 1.038416 = 0.59630,
    # half 1.96 * sqrt(0.0024 + 0.000096) / 1.038416 = 0.09430 -> 50.20% .. 69.06%
    assert neut.ci == pytest.approx((50.20, 69.06), abs=0.01)
    assert result.per_100_of("nrbc").per_100_wbc == 8.0
    assert result.per_100_of("smudge").count == 2
    # NRBC >= 5 per 100: corrected WBC = 10 x 100 / 108 = 9.2593
    assert result.corrected_wbc == pytest.approx(9.2593, abs=1e-4)
    assert neut.absolute == pytest.approx(0.60 * 9.2593, abs=1e-3)
    assert result.row("basophil").absolute == pytest.approx(0.0926, abs=1e-4)
    assert [r.flag for r in result.rows if r.flag] == []
    assert result.blast_flag is None and result.blast_count == 0
    assert result.progress == 0.5 and not result.target_reached


def test_nrbc_below_the_threshold_leave_the_wbc_alone():
    slide = cells(neutrophil=96, lymphocyte=4, erythroblast=4)
    result = differential(slide, DEFAULT_CATEGORY_MAP, RANGES, 8.0, 100)
    assert result.corrected_wbc is None
    assert result.row("neutrophil").absolute == pytest.approx(0.96 * 8.0)
    assert result.row("neutrophil").flag == "H"  # 7.68 above 7.0 x 10^9/L
    assert result.row("lymphocyte").flag == "L"  # 0.32 below 1.0 x 10^9/L
    assert result.target_reached  # 100 WBC; the 4 NRBC are not among them


@pytest.mark.parametrize(
    ("blasts", "flag"),
    [
        (0, None),
        (1, "blasts present"),
        (19, "blasts present"),
        (20, "blasts >= 20%"),
        (25, "blasts >= 20%"),
    ],
)
def test_blast_flags(blasts, flag):
    result = differential(
        cells(blast=blasts, lymphocyte=100 - blasts), DEFAULT_CATEGORY_MAP, RANGES, None, 100
    )
    assert result.blast_flag == flag
    assert result.blast_percent == pytest.approx(blasts)
    assert result.row("blast").flag == ("H" if blasts else None)


def test_strong_blast_threshold_is_configurable():
    result = differential(
        cells(blast=10, lymphocyte=90),
        DEFAULT_CATEGORY_MAP,
        RANGES,
        None,
        100,
        CountRules(blast_strong_percent=10),
    )
    assert result.blast_flag == "blasts >= 10%"


def test_flags_follow_percent_ranges_without_a_wbc_count():
    result = differential(
        cells(neutrophil=90, lymphocyte=5, monocyte=5), DEFAULT_CATEGORY_MAP, RANGES, None, 100
    )
    assert {r.category.key: r.flag for r in result.rows if r.flag} == {
        "neutrophil": "H",
        "lymphocyte": "L",
        "eosinophil": "L",
    }
    assert result.row("neutrophil").absolute is None


def test_intervals_at_zero_and_one_hundred_percent():
    # z^2 / (n + z^2) = 3.8415 / 53.8415 = 7.135%
    assert wilson(0, 50) == pytest.approx((0.0, 7.135), abs=1e-3)
    assert wilson(50, 50) == pytest.approx((92.865, 100.0), abs=1e-3)
    assert wilson(0, 0) is None


def test_an_empty_slide():
    result = differential([], DEFAULT_CATEGORY_MAP, RANGES, 6.0, 100)
    assert result.total == 0 and result.progress == 0
    assert all(r.percent is None and r.ci is None and r.flag is None for r in result.rows)
    assert result.per_100_of("nrbc").per_100_wbc is None and result.corrected_wbc is None


def test_unmapped_labels_count_visibly_as_other():
    result = differential(cells(myelocyte=2, neutrophil=2), DEFAULT_CATEGORY_MAP, RANGES, None, 100)
    assert result.row("other").count == 2 and result.total == 4


def test_a_range_table_with_a_bad_entry_names_it(tmp_path):
    from app.core.errors import ProfileError

    path = tmp_path / "r.json"
    path.write_text(
        '{"range_table_version": 1, "name": "x", "version": "1", '
        '"ranges": {"neutrophil": {"percent": [80, 40]}}}'
    )
    with pytest.raises(ProfileError, match="'neutrophil': field 'percent' has low above high"):
        load_range_table(path)


def test_flags_are_withheld_below_the_minimum_count_but_blasts_never_are():
    # 14 of 16 neutrophils (87.5%) would be "H" once enough cells are counted.
    few = cells(neutrophil=14, lymphocyte=1, blast=1)
    result = differential(few, DEFAULT_CATEGORY_MAP, RANGES, None, 100)
    assert result.flags_withheld and result.min_count_for_flags == 100
    assert [r.flag for r in result.rows if r.flag] == []
    assert result.blast_flag == "blasts present"
    lenient = differential(
        few, DEFAULT_CATEGORY_MAP, RANGES, None, 100, CountRules(min_count_for_flags=10)
    )
    assert not lenient.flags_withheld
    assert lenient.row("neutrophil").flag == "H"


def test_wbc_counted_is_the_same_from_cells_and_from_a_slides_label_counts():
    from collections import Counter

    from app.core.counting import counted_labels, wbc_total

    some = cells(neutrophil=5, nrbc=3, rbc=4, smudge=2, deleted=1, unknown_label=2)
    labels = Counter(c.label for c in some if c.state == "counted")  # a slide's summary row
    total = differential(some, DEFAULT_CATEGORY_MAP, RANGES, None, 100).total
    assert total == 7  # 5 neutrophils and 2 unknown (as Other); not NRBC, RBC, smudge, deleted
    assert wbc_total(some, DEFAULT_CATEGORY_MAP) == total
    assert wbc_total(counted_labels(labels), DEFAULT_CATEGORY_MAP) == total
