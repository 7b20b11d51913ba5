"""What the app reads and writes: private data folders, models only ever as ONNX, bundles and
zips that cannot reach outside, report cells that can never run as formulas."""

from __future__ import annotations

import io
import os
import pickle
import re
import stat
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from app.core.errors import ModelLoadError, StorageError
from app.core.models import load_model
from app.core.report.sheets import put
from app.core.report.words import FORMULA_STARTS
from app.core.settings import Settings, save_settings
from app.core.store import SlideStore
from app.core.store.bundle import export_slide, import_slide

ROOT = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@posix_only
def test_data_and_settings_folders_are_private(tmp_path):
    store = SlideStore(tmp_path / "lab" / "data")
    store.close()
    save_settings(tmp_path / "lab" / "config", Settings())
    for folder in ("data", "config"):
        mode = stat.S_IMODE((tmp_path / "lab" / folder).stat().st_mode)
        assert mode & 0o077 == 0, f"{folder} is {oct(mode)}"


def test_a_pickle_is_never_loaded_as_a_model(tmp_path):
    path = tmp_path / "model.onnx"
    path.write_bytes(pickle.dumps({"weights": [1, 2, 3]}))
    with pytest.raises(ModelLoadError, match="not an ONNX model"):
        load_model(path)


def test_the_app_has_no_way_to_unpickle_or_evaluate():
    """Models are ONNX files run by onnxruntime; nothing in the app deserialises code."""
    banned = re.compile(
        r"\bimport pickle\b|\bpickle\.|\bjoblib\b|torch\.load|allow_pickle\s*=\s*True|"
        r"(?<![.\w])eval\(|(?<![.\w])exec\(|\bmarshal\.|\bshelve\b|yaml\.load\("
    )
    found = [
        f"{path.relative_to(ROOT)}: {line.strip()}"
        for path in (ROOT / "app").rglob("*.py")
        for line in path.read_text(encoding="utf-8").splitlines()
        if banned.search(line)
    ]
    assert found == []


def _bundle(tmp_path) -> Path:
    store = SlideStore(tmp_path / "data")
    session = store.create_slide("ana", "S-1")
    import numpy as np

    from tests.conftest import save_rgb

    session.add_field(save_rgb(tmp_path / "f.png", np.full((20, 20, 3), 9, np.uint8)))
    path = tmp_path / "s.zip"
    export_slide(store, session.slide_id, "ana", path)
    store.close()
    return path


def test_a_bundle_with_a_link_is_refused(tmp_path):
    good = _bundle(tmp_path)
    bad = tmp_path / "link.zip"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("images/"):
                info.external_attr = 0o120777 << 16  # the same name, now a symbolic link
                data = b"/etc/passwd"
            dst.writestr(info, data)
    other = SlideStore(tmp_path / "other")
    with pytest.raises(StorageError, match="unsafe paths"):
        import_slide(other, bad, "reviewer")
    assert other.search() == []
    other.close()


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    st.one_of(
        st.text(max_size=40),
        st.builds(lambda a, b: a + b, st.sampled_from(FORMULA_STARTS), st.text(max_size=30)),
    )
)
def test_report_text_is_never_a_formula(text):
    book = Workbook()
    put(book.active, 1, 1, text)
    buffer = io.BytesIO()
    book.save(buffer)
    cell = load_workbook(io.BytesIO(buffer.getvalue())).active.cell(1, 1)
    if cell.value is None:
        return  # only characters a workbook cannot hold
    assert cell.data_type == "s"
    if str(cell.value).startswith(FORMULA_STARTS):
        assert cell.quotePrefix
