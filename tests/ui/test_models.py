"""The Qt table models are thin adapters over core results; Qt's model checker agrees."""

from __future__ import annotations

from app.core.categories import DEFAULT_CATEGORY_MAP
from app.core.counting import differential
from app.core.reference_ranges import load_range_table
from app.core.store import SlideStore
from app.ui.count_panel import CountModel
from app.ui.start_view import SlideTableModel
from tests.core.store_helpers import detections, field_image


def test_count_model(qtmodeltester, tmp_path):
    store = SlideStore(tmp_path / "d")
    session = store.create_slide("ana", "S-1", wbc_count=6.0)
    field = session.add_field(field_image(tmp_path / "f.png"))
    session.apply_analysis(field.id, detections(12))
    model = CountModel()
    result = differential(
        session.cells.values(), DEFAULT_CATEGORY_MAP, load_range_table(), 6.0, 100
    )
    model.set_result(result, {"neutrophil": "7"})
    qtmodeltester.check(model)
    row = next(i for i, r in enumerate(model.rows) if r.category.key == "neutrophil")
    assert model.index(row, 1).data() == "4" and model.index(row, 2).data() == "33.3"
    assert model.index(row, 0).data() == "7  Neutrophils"
    store.close()


def test_slide_table_model(qtmodeltester, tmp_path):
    store = SlideStore(tmp_path / "d")
    store.create_slide("ana", "S-1", patient_id="P-1")
    model = SlideTableModel()
    model.set_rows(store.search())
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "S-1" and model.index(0, 1).data() == "P-1"
    store.close()
