"""Inputs that used to give a traceback or a wrong count: file names that are not UTF-8, the
same image under two names, a clock set back before signing, a slide id too large for any
slide."""

from __future__ import annotations

import json
import os
import shutil
from datetime import datetime, timedelta, timezone

import pytest

from app.cli import main
from app.core.errors import StorageError
from tests.core.report_helpers import report_slide, uncorrected_batch


@pytest.fixture
def odd_names(tmp_path):
    fields, detector = uncorrected_batch(tmp_path)
    source = sorted(fields.iterdir())[0]
    odd = fields / os.fsdecode(b"f\xff\xfe.png")  # bytes from another system's file name
    source.rename(odd)
    shutil.copy(sorted(fields.iterdir())[0], fields / "copy-of-f1.png")  # the same image again
    return fields, detector


def test_names_that_are_not_utf8_are_shown_escaped(odd_names, tmp_path, capsys):
    fields, detector = odd_names
    out_json, out_xlsx = tmp_path / "o.json", tmp_path / "o.xlsx"
    arguments = ["analyze", str(fields), "--detector", str(detector)]
    code = main([*arguments, "--json", str(out_json), "--xlsx", str(out_xlsx)])
    printed = capsys.readouterr().out
    assert code == 0 and "f\\xff\\xfe.png" in printed
    from openpyxl import load_workbook

    files = [
        r[1].value for r in load_workbook(out_xlsx)["Fields"].iter_rows(min_row=2) if r[0].value
    ]
    assert "f\\xff\\xfe.png" in files


def test_the_same_image_under_two_names_is_counted_once(odd_names, tmp_path, capsys):
    fields, detector = odd_names
    out = tmp_path / "o.json"
    assert main(["analyze", str(fields), "--detector", str(detector), "--json", str(out)]) == 0
    result = json.loads(out.read_text())
    assert result["counts"] == {"rbc": 3, "wbc": 3}  # three distinct images, not four
    twins = [f for f in result["fields"] if f["same_as"]]
    assert (len(twins) == 1 and twins[0]["same_as"] == "copy-of-f1.png") or twins[0]["same_as"]
    assert "(counted once)" in capsys.readouterr().out


def test_signing_with_the_clock_set_back_is_refused(tmp_path, monkeypatch):
    store, session = report_slide(tmp_path)
    try:
        earlier = (datetime.now(timezone.utc) - timedelta(days=2)).isoformat(
            timespec="milliseconds"
        )
        monkeypatch.setattr("app.core.store.signing.now_iso", lambda: earlier)
        with pytest.raises(StorageError, match="earlier than this slide's last change"):
            session.sign("Dr. A")
        assert not session.slide.locked
        monkeypatch.undo()
        session.sign("Dr. A")
        assert session.slide.locked
    finally:
        store.close()


@pytest.mark.parametrize("number", ["99999999999999999999999", "0", "x"])
def test_a_slide_number_no_slide_can_have_is_a_plain_error(tmp_path, capsys, number):
    with pytest.raises(SystemExit) as stopped:
        main(["slides", "--data-dir", str(tmp_path), "export", number, str(tmp_path / "b.zip")])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "slide" in err and "Traceback" not in err
