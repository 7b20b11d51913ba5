"""The reviewer's queue (finished slides awaiting a signature: blasts first, then counts out of
range, each group oldest first) and the start view's pages (unfinished first, one page read at
a time, the counts right), on both engines."""

from __future__ import annotations

from app.core.counting import CountRules
from app.core.records import SlideState
from app.core.review_queue import awaiting_signature
from tests.core.store_helpers import detections, field_image

NORMAL = ["neutrophil"] * 60 + ["lymphocyte"] * 30 + ["monocyte"] * 6 + ["eosinophil"] * 3
NORMAL += ["basophil"]
ALL_FLAGS = CountRules(min_count_for_flags=0)


def _slide(store, folder, sample, labels, state):
    session = store.create_slide("ana", sample)
    if labels:
        field = session.add_field(field_image(folder / f"{sample}.png", seed=len(sample)))
        session.apply_analysis(field.id, detections(len(labels), labels=tuple(labels), step=20))
    if state != SlideState.OPEN:
        session.finish()
    if state == SlideState.SIGNED:
        session.sign("dr")
    return session.slide_id


def test_the_queue_puts_flagged_slides_first_then_the_oldest(engine, tmp_path):
    store = engine.store(tmp_path / "data")
    finished = SlideState.FINISHED
    old = _slide(store, tmp_path, "OLD", NORMAL, finished)
    high = _slide(store, tmp_path, "LYMPHO", ["lymphocyte"] * 20, finished)
    new = _slide(store, tmp_path, "NEW", NORMAL, finished)
    _slide(store, tmp_path, "OPEN", NORMAL, SlideState.OPEN)
    _slide(store, tmp_path, "SIGNED", ["blast"] * 5, SlideState.SIGNED)
    blasts = _slide(store, tmp_path, "BLASTS", NORMAL[:95] + ["blast"] * 5, finished)
    queue = awaiting_signature(store, ALL_FLAGS)
    assert [w.summary.slide.id for w in queue] == [blasts, high, old, new]
    assert queue[0].blasts == "blasts present" and "Blasts H" in queue[0].out_of_range
    assert queue[1].blasts is None and "Lymphocytes H" in queue[1].flags
    assert queue[2].flags == () and queue[3].flags == ()


def test_the_start_view_reads_one_page_unfinished_first(engine, tmp_path):
    store = engine.store(tmp_path / "data")
    made = {}
    for i, state in enumerate([SlideState.FINISHED, SlideState.OPEN] * 3):
        made[f"S{i}"] = _slide(store, tmp_path, f"S{i}", NORMAL[i * 10 : i * 10 + 3], state)
    first = store.search(page=(2, 0), open_first=True)
    second = store.search(page=(2, 2), open_first=True)
    rest = store.search(page=(10, 4), open_first=True)
    order = [s.slide.sample_id for s in first + second + rest]
    assert order == ["S5", "S3", "S1", "S4", "S2", "S0"]  # open first, then latest change
    assert [s.slide.sample_id for s in store.search()] == ["S5", "S4", "S3", "S2", "S1", "S0"]
    every = {s.slide.id: s.labels for s in store.search()}
    assert all(s.labels == every[s.slide.id] for s in first + second + rest)
    assert sum(first[0].labels.values()) == 3
    assert store.count() == 6 and store.count(state=SlideState.OPEN) == 3
    assert store.count("S4") == 1 and store.search("s4", page=(5, 0))[0].slide.id == made["S4"]
