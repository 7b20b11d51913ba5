"""The result a LIS reads: the HL7 v2.5 ORU^R01 message parsed by an HL7 library, and the CSV,
both holding exactly what the counting core computed."""

from __future__ import annotations

import csv
import io

import hl7
import pytest

from app.core.report import snapshot
from app.core.report.results import hl7_message, lis_codes, result_csv, write_results
from tests.core.report_helpers import report_slide


@pytest.fixture
def signed(tmp_path):
    store, session = report_slide(tmp_path)
    session.edit_slide(sex="F", comment="check | the ^ smear & repeat ~ tomorrow\\n")
    session.sign("Dr. Sign")
    yield session
    store.close()


def test_hl7_parses_with_one_observation_per_category_and_the_core_values(signed):
    data = snapshot(signed)
    text = hl7_message(data)
    assert "\n" not in text and text.endswith("\r")
    message = hl7.parse(text)
    assert str(message.segment("MSH")[9]) == "ORU^R01^ORU_R01"
    assert str(message.segment("MSH")[12]) == "2.5"
    assert str(message.segment("PID")[3][0][0]) == data.slide.patient_id
    assert str(message.segment("PID")[8]) == "F"
    obr = message.segment("OBR")
    assert str(obr[3]) == "PB-9" and str(obr[25]) == "F"  # final: the slide is signed
    observations = {str(obx[3][0][0]): obx for obx in message.segments("OBX")}
    diff = data.differential
    codes = lis_codes()
    for row in diff.rows:
        code = codes["percent"].get(row.category.key, f"SC-{row.category.key}")
        obx = observations[code]
        assert float(str(obx[5])) == pytest.approx(round(row.percent, 1))
        assert str(obx[6][0][0]) == "%" and str(obx[11]) == "F"
        absolute = observations[
            codes["absolute"].get(row.category.key, f"SC-{row.category.key}-abs")
        ]
        assert float(str(absolute[5])) == pytest.approx(round(row.absolute, 2))
        assert str(absolute[6][0][0]) == "10*9/L"
    percent_rows = [o for o in message.segments("OBX") if str(o[6]).startswith("%^")]
    assert len(percent_rows) == len(diff.rows)  # one OBX per category (and one absolute)
    nrbc = observations["SC-nrbc-per100"]
    assert float(str(nrbc[5])) == pytest.approx(diff.per_100_of("nrbc").per_100_wbc)
    assert float(str(observations["SC-total"][5])) == diff.total
    assert float(str(observations[codes["wbc_count"]][5])) == 8.0
    # Delimiters typed by a person are escaped, not taken as structure.
    note = message.segment("NTE")
    assert len(note) == 4 and "\\F\\" in str(note[3]) and "\\S\\" in str(note[3])


def test_csv_holds_the_differential(signed):
    data = snapshot(signed)
    rows = list(csv.DictReader(io.StringIO(result_csv(data))))
    by_key = {r["category_key"]: r for r in rows}
    for row in data.differential.rows:
        line = by_key[row.category.key]
        assert int(line["count"]) == row.count
        assert line["percent"] == f"{row.percent:.1f}"
        assert line["ci95_low_percent"] == f"{row.ci[0]:.1f}"
        assert line["absolute_1e9_per_l"] == f"{row.absolute:.2f}"
    assert int(by_key["total"]["count"]) == data.differential.total
    assert by_key["nrbc"]["per_100_wbc"] == "12.5"


def test_results_are_written_together(signed, tmp_path):
    paths = write_results(snapshot(signed), tmp_path / "lis")
    assert sorted(p.name for p in paths) == ["PB-9-1.csv", "PB-9-1.hl7"]
    assert all(p.stat().st_size > 0 for p in paths)


def test_an_unsigned_slide_is_preliminary(tmp_path):
    store, session = report_slide(tmp_path)
    try:
        message = hl7.parse(hl7_message(snapshot(session)))
    finally:
        store.close()
    assert str(message.segment("OBR")[25]) == "P"
    assert {str(o[11]) for o in message.segments("OBX")} == {"P"}
