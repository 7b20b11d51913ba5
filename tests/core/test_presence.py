"""A slide in use at one station: the others see who has it, where and since when, and cannot
change it unawares (the journal refuses, in the change's own transaction); a take-over is
audited and the station that lost the slide is told at its next change; a hold not renewed is
stale after a while. On a PC nothing of this applies (one window per data folder)."""

from __future__ import annotations

import pytest

from app.core.store.presence import STALE_SECONDS, Heartbeat, SlideInUse
from tests.core.store_helpers import held_slide, station_store


def _field_cell(session):
    from tests.core.store_helpers import detections, field_image

    field = session.add_field(field_image(session.images.root.parent / "f.png"))
    session.apply_analysis(field.id, detections(2))
    return next(iter(session.cells))


def test_a_slide_open_at_one_station_is_in_use_at_the_others(engine, tmp_path, monkeypatch):
    one = station_store(engine, tmp_path, monkeypatch, "scope-1")
    two = station_store(engine, tmp_path, monkeypatch, "scope-2")
    ana = held_slide(one)
    cell = _field_cell(ana)
    if engine.url is None:  # a PC: one window per folder, so nobody else to see
        assert two.open_slides() == {}
        two.open(ana.slide_id, "ben", hold=True).relabel([cell], "monocyte")
        return
    [(slide_id, holder)] = two.open_slides().items()
    assert (slide_id, holder.who, holder.station) == (ana.slide_id, "ana", "scope-1")
    with pytest.raises(SlideInUse, match="ana has this slide open at scope-1") as refused:
        two.open(ana.slide_id, "ben", hold=True)
    assert refused.value.holder == holder
    # Looking only: every change is refused while ana has it, and nothing is written.
    look = two.open(ana.slide_id, "ben")
    before = look.cells[cell]
    with pytest.raises(SlideInUse, match=r"ana has it open at scope-1.*nothing was changed"):
        look.relabel([cell], "monocyte")
    assert two.open(ana.slide_id, "ben").cells[cell] == before
    ana.relabel([cell], "lymphocyte")  # the holder goes on


def test_a_take_over_is_audited_and_the_loser_is_told(engine, tmp_path, monkeypatch):
    if engine.url is None:
        pytest.skip("a PC has one window per data folder: nothing to take over")
    one = station_store(engine, tmp_path, monkeypatch, "scope-1")
    two = station_store(engine, tmp_path, monkeypatch, "scope-2")
    ana = held_slide(one)
    cell = _field_cell(ana)
    ben = two.open(ana.slide_id, "ben", hold=True, take_over=True)
    ben.relabel([cell], "monocyte")
    with pytest.raises(SlideInUse, match="ben took it over at scope-2"):
        ana.relabel([cell], "lymphocyte")
    with pytest.raises(SlideInUse):  # and ana's undo stack is kept, not given up
        ana.undo()
    assert ana.can_undo()
    assert two.open(ana.slide_id, "ben").cells[cell].label == "monocyte"
    beat = Heartbeat(engine.url, "scope-1").beat(ana.hold)
    assert beat.taken_by is not None and beat.taken_by.who == "ben" and not beat.away
    assert Heartbeat(engine.url, "scope-2").beat(ben.hold).taken_by is None
    entries = [e["what"] for e in two.db.conn.execute("SELECT what FROM audit ORDER BY id")]
    assert "take over the open slide" in entries
    assert two.verify_audit().ok and two.verify_state().ok
    ana.close()  # letting go of a hold it lost takes nothing from ben
    assert list(one.open_slides()) == [ana.slide_id]
    ben.close()
    assert one.open_slides() == {}


def test_a_hold_not_renewed_goes_stale(engine, tmp_path, monkeypatch):
    if engine.url is None:
        pytest.skip("a PC keeps no holds")
    one = station_store(engine, tmp_path, monkeypatch, "scope-1")
    two = station_store(engine, tmp_path, monkeypatch, "scope-2")
    ana = held_slide(one)
    assert Heartbeat(engine.url, "scope-1").beat(ana.hold).taken_by is None
    # scope-1 crashed: its hold was last renewed longer ago than the stale limit.
    engine.sql(
        one,
        f"UPDATE slide_open SET renewed = now() - interval '{STALE_SECONDS + 5} seconds'",
    )
    assert two.open_slides() == {}
    ben = two.open(ana.slide_id, "ben", hold=True)  # no take-over needed
    assert [h.who for h in one.open_slides().values()] == ["ben"]
    with pytest.raises(SlideInUse, match="ben took it over"):
        ana.edit_slide(comment="from the crashed station")
    ben.edit_slide(comment="counted at scope-2")
