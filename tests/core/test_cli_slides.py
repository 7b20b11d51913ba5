"""`python -m app slides`: list, export, import and verify from the command line."""

from __future__ import annotations

from app.cli import main
from app.core.store import SlideStore
from tests.core.store_helpers import detections, field_image


def _slide(folder, tmp_path):
    store = SlideStore(folder)
    session = store.create_slide("ana", "PB-77", patient_id="P-5")
    field = session.add_field(field_image(tmp_path / "f.png"))
    session.apply_analysis(field.id, detections(7))
    store.close()
    return session.slide_id


def test_list_export_import_verify(tmp_path, capsys):
    lab, reviewer = tmp_path / "lab", tmp_path / "reviewer"
    slide_id = _slide(lab, tmp_path)
    assert main(["slides", "--data-dir", str(lab), "list", "--unfinished"]) == 0
    out = capsys.readouterr().out
    assert "PB-77" in out and "P-5" in out and "7 WBC" in out and "1 slide in" in out
    bundle = tmp_path / "pb77.zip"
    assert (
        main(
            [
                "slides",
                "--data-dir",
                str(lab),
                "--user",
                "ana",
                "export",
                str(slide_id),
                str(bundle),
            ]
        )
        == 0
    )
    assert main(["slides", "--data-dir", str(reviewer), "import", str(bundle)]) == 0
    assert main(["slides", "--data-dir", str(reviewer), "list", "--search", "pb-7"]) == 0
    assert "7 WBC" in capsys.readouterr().out
    assert main(["slides", "--data-dir", str(reviewer), "verify"]) == 0
    assert "verified" in capsys.readouterr().out


def test_verify_reports_a_broken_trail(tmp_path, capsys):
    lab = tmp_path / "lab"
    _slide(lab, tmp_path)
    store = SlideStore(lab)
    store.db.conn.execute("DROP TRIGGER audit_no_update")
    store.db.conn.execute("UPDATE audit SET who = 'mallory' WHERE id = 1")
    store.close()
    assert main(["slides", "--data-dir", str(lab), "verify"]) == 1
    assert "BROKEN" in capsys.readouterr().out


def test_a_missing_bundle_is_a_plain_error(tmp_path, capsys):
    assert (
        main(["slides", "--data-dir", str(tmp_path / "d"), "import", str(tmp_path / "no.zip")]) == 2
    )
    assert "not a SmearCount slide bundle" in capsys.readouterr().err
