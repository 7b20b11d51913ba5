"""The printed words: local times with their zone, units, withheld flags, and the audit trail
told as sentences a person reads."""

from __future__ import annotations

import time

import pytest

from app.core.categories import DEFAULT_CATEGORY_MAP
from app.core.report import snapshot, words
from tests.core.report_helpers import report_slide


@pytest.fixture
def zone(monkeypatch):
    def use(tz: str) -> None:
        monkeypatch.setenv("TZ", tz)
        time.tzset()

    yield use
    monkeypatch.delenv("TZ", raising=False)
    time.tzset()


@pytest.mark.parametrize(
    ("tz", "expected"),
    [
        ("ICT-7", "2026-12-02 19:05 ICT (UTC+07:00)"),
        ("BRT3", "2026-12-02 09:05 BRT (UTC-03:00)"),
        ("IST-5:30", "2026-12-02 17:35 IST (UTC+05:30)"),
        ("UTC0", "2026-12-02 12:05 UTC"),
    ],
)
def test_local_time_names_its_zone(zone, tz, expected):
    zone(tz)
    assert words.local_time("2026-12-02T12:05:09.123+00:00") == expected
    assert words.local_time(None) == ""


def test_audit_trail_as_sentences(tmp_path):
    store, session = report_slide(tmp_path)
    try:
        session.undo()  # the last step: finishing the slide
        data = snapshot(session)
    finally:
        store.close()
    speaker = words.AuditWords(
        {c.id: c.field_id for c in data.cells},
        {f.id: f.position for f in data.fields},
        lambda label: DEFAULT_CATEGORY_MAP.category_of(label).name,
    )
    said = [speaker.sentence(e) for e in data.audit_entries]
    assert said[0] == "ana created the slide"
    assert "ana added field 1" in said and "ana had field 2 analysed by the models" in said
    assert (
        "ana relabelled cell 1 in field 1 from Neutrophils to Monocytes; cell 2 in field 1 "
        "from Neutrophils to Monocytes" in said
    )
    assert "ana deleted cell 3 in field 1 (false detection)" in said
    assert "ana marked cell 4 in field 1 not counted" in said
    assert "ana marked 2 cells (5, 6) reviewed" in said
    assert said[-1] == "ana undid: finished the slide"
    assert "ana finished the slide" in said
    assert not any("{" in s or "'" in s for s in said)  # never program data


def test_units_and_withheld_flags(tmp_path):
    store, session = report_slide(tmp_path)
    try:
        diff = snapshot(session).differential
    finally:
        store.close()
    neutrophils = diff.row("neutrophil")
    assert words.reference_text(neutrophils) == "2–7 ×10⁹/L"  # a WBC count is known
    assert words.flag_text(neutrophils, diff) == "not flagged"
    assert words.flags_note(diff).startswith(f"Not flagged: only {diff.total} cells counted")
    # 2 NRBC per 16 WBC = 12.5 per 100: WBC 8.0 x 100 / 112.5
    assert words.corrected_wbc_text(diff, 5) == "7.11 ×10⁹/L"


def test_the_field_scale_in_words_says_how_it_was_found():
    assert words.scale_sentence([]) == ""
    assert words.scale_sentence([(0.125, "calibrated")] * 3) == (
        "Scale: 0.125 µm per pixel, from the camera's calibration (3 fields)."
    )
    assert words.scale_sentence([(0.1, "estimated")]) == (
        "Scale: 0.100 µm per pixel, measured on the field's red cells, taken as 7.5 µm across."
    )
    mixed = words.scale_sentence(
        [(0.09, "estimated"), (0.11, "detected"), (0.125, "calibrated"), (0.2, "assumed")]
    )
    assert mixed == (
        "Scale: 0.125 µm per pixel (median of 4 fields, 0.090–0.200), measured on the red cells "
        "of each field, taken as 7.5 µm across. Of these, 1 field used the camera's "
        "calibration. 1 field had no red cells to measure; its scale was assumed."
    )


def test_the_field_scale_in_russian_takes_its_plurals_and_decimal_comma():
    from app.core.i18n import use_language

    with use_language("ru"):
        calibrated = words.scale_sentence([(0.125, "calibrated")] * 2)
        measured = words.scale_sentence([(0.1, "estimated")] * 5 + [(0.3, "assumed")] * 5)
    assert calibrated == "Масштаб: 0,125 мкм на пиксель, по калибровке камеры (2 поля)."
    assert "медиана по 10 полям, 0,100–0,300" in measured and "7,5 мкм" in measured
    assert measured.endswith("В 5 полях не было эритроцитов для измерения; масштаб принят условно.")


@pytest.mark.parametrize("code", ["en", "th", "ru", "es", "fr", "pt", "id"])
def test_fields_that_all_measured_the_same_scale_show_one_number_not_a_range(code):
    from app.core.i18n import use_language

    with use_language(code):
        same = words.scale_sentence([(0.125, "estimated")] * 3)
        spread = words.scale_sentence([(0.1, "estimated"), (0.125, "estimated")] * 2)
    mark = "," if code in ("ru", "es", "fr", "pt", "id") else "."
    one = f"0{mark}125"
    assert one in same and "–" not in same and f"{one}–" not in same, same
    assert f"0{mark}100–0{mark}125" in spread, spread
