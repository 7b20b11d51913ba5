"""Bundles: an edited bundle does not verify and adds nothing, the slide's history comes along,
every JSON value is checked with limits before anything is written, sizes are bounded before a
member is read, and a bundle re-zipped with an ordinary zip tool still imports."""

from __future__ import annotations

import json
import zipfile

import pytest

from app.core.errors import StorageError
from app.core.store import SlideStore
from app.core.store import bundle as bundles
from app.core.store.bundle import export_slide, import_slide
from tests.core.report_helpers import report_slide


@pytest.fixture
def exported(tmp_path):
    store, session = report_slide(tmp_path)
    session.sign("Dr. Real")
    path = tmp_path / "slide.zip"
    export_slide(store, session.slide_id, "ana", path)
    store.close()
    other = SlideStore(tmp_path / "elsewhere")
    yield path, other
    other.close()


def _edit_manifest(path, out, change):
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "bundle.json":
                manifest = json.loads(data)
                change(manifest)
                data = json.dumps(manifest).encode()
            dst.writestr(info.filename, data)
    return out


def _nothing_added(store):
    assert store.search() == []
    assert store.db.conn.execute("SELECT count(*) FROM cell").fetchone()[0] == 0


def test_the_history_comes_along_and_the_import_verifies(exported):
    path, other = exported
    new_id = import_slide(other, path, "reviewer")
    whats = [
        r[0] for r in other.db.conn.execute("SELECT what FROM audit WHERE slide_id = ?", (new_id,))
    ]
    assert whats[0] == "create slide" and "relabel" in whats and "sign" in whats
    assert whats[-1] == "import bundle"
    assert other.verify_audit().ok and other.verify_state().ok
    assert other.open(new_id, "reviewer").slide.signed_by == "Dr. Real"


def _relabel_all_blast(manifest):
    for cell in manifest["cells"]:
        cell["label"] = "blast"


def _forge_signature(manifest):
    manifest["slide"].update(state="signed", signed_by="Dr. Nobody")


def _edit_history(manifest):
    manifest["audit"][2]["who"] = "someone else"


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (_relabel_all_blast, "cell 1 differs from what its audit trail recorded"),
        (_forge_signature, "slide 1 differs from what its audit trail recorded"),
        (_edit_history, "audit entry"),
    ],
)
def test_an_edited_bundle_does_not_verify_and_adds_nothing(exported, tmp_path, change, named):
    path, other = exported
    bad = _edit_manifest(path, tmp_path / "edited.zip", change)
    with pytest.raises(StorageError, match="does not verify") as refused:
        import_slide(other, bad, "reviewer")
    assert named in str(refused.value)
    _nothing_added(other)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda m: m["slide"].update(target=10**30), "out of range"),
        (lambda m: m["fields"][0].update(analysis_models="{not json"), "not readable"),
        (lambda m: m["cells"][0].update(state="stolen"), "is not one SmearCount writes"),
        (lambda m: m["cells"][0].update(label=["a", "list"]), "not a plain text or number"),
        (lambda m: m["slide"].update(evil=1), "unknown columns: evil"),
        (lambda m: m["cells"][0].update(field_id=999), "belongs to no field"),
    ],
)
def test_every_value_is_checked_before_anything_is_written(exported, tmp_path, change, message):
    path, other = exported
    bad = _edit_manifest(path, tmp_path / "bad.zip", change)
    with pytest.raises(StorageError, match=message):
        import_slide(other, bad, "reviewer")
    _nothing_added(other)


def test_a_manifest_nested_too_deep_is_refused(exported, tmp_path):
    path, other = exported
    bad = tmp_path / "deep.zip"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "bundle.json":
                data = b"[" * 200_000 + b"]" * 200_000
            dst.writestr(info.filename, data)
    with pytest.raises(StorageError, match="nested too deep"):
        import_slide(other, bad, "reviewer")
    _nothing_added(other)


def test_a_member_larger_than_allowed_is_refused_before_it_is_read(exported, tmp_path, monkeypatch):
    path, other = exported
    monkeypatch.setattr(bundles, "MAX_IMAGE_BYTES", 1000)  # the field images are larger
    read = []
    real_open = zipfile.ZipFile.open
    monkeypatch.setattr(
        zipfile.ZipFile,
        "open",
        lambda self, m, *a, **k: read.append(m) or real_open(self, m, *a, **k),
    )
    with pytest.raises(StorageError, match="is too large"):
        import_slide(other, path, "reviewer")
    assert all(getattr(m, "filename", m) == "bundle.json" for m in read)
    _nothing_added(other)


def test_a_bundle_rezipped_with_a_folder_entry_imports(exported, tmp_path):
    path, other = exported
    again = tmp_path / "rezipped.zip"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(again, "w") as dst:
        dst.writestr(zipfile.ZipInfo("images/"), b"")  # what `zip -r` writes first
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info.filename))
    assert import_slide(other, again, "reviewer") > 0


def test_a_bundle_from_an_older_smearcount_is_refused_with_what_to_do(exported, tmp_path):
    path, other = exported
    old = _edit_manifest(path, tmp_path / "v1.zip", lambda m: m.update(bundle_version=1))
    with pytest.raises(StorageError, match="export it again with this version"):
        import_slide(other, old, "reviewer")
