"""A slide looked at only follows the station counting it: a look finds nothing when nothing
changed, finds what another session wrote (relabels, a new field, the finish) and brings the
follower's session to exactly what the writer's shows, counts included; it says who holds the
slide (and when nobody does any more), a deleted slide, and a server away, never raising."""

from __future__ import annotations

from app.core.categories import DEFAULT_CATEGORY_MAP
from app.core.store.follow import Follower, catch_up
from app.core.store.presence import STALE_SECONDS
from tests.core.store_helpers import (
    detections,
    field_image,
    held_slide,
    semantic_state,
    station_store,
)


def _shown(session):
    """What a window shows of a slide: its rows and the counts."""
    state = semantic_state(session)
    del state["stack"]  # the follower's own undo stack: none (it looks only)
    return state, session.differential(DEFAULT_CATEGORY_MAP)


def test_a_look_finds_what_the_other_station_wrote(engine, tmp_path, monkeypatch):
    one = station_store(engine, tmp_path, monkeypatch, "scope-1")
    two = station_store(engine, tmp_path, monkeypatch, "scope-2")
    ana = held_slide(one)
    field = ana.add_field(field_image(tmp_path / "f1.png"))
    ana.apply_analysis(field.id, detections(5))
    look = two.open(ana.slide_id, "ben")
    heard = []
    look.subscribe(heard.append)
    follower = Follower(look)

    quiet = follower.look()  # nothing changed: nothing read, nothing told
    assert quiet.rows == () and not catch_up(look, quiet).changed and heard == []
    if engine.url is not None:
        assert quiet.holder is not None and quiet.holder.station == "scope-1"

    first, second = sorted(ana.cells)[:2]
    ana.relabel([first], "eosinophil")
    ana.delete_cells([second])
    more = ana.add_field(field_image(tmp_path / "f2.png", seed=1))
    ana.apply_analysis(more.id, detections(3))
    ana.edit_slide(comment="counted on")
    cached = two.images.file_for(more.image_sha256, more.image_ext)
    assert cached.is_file() == (engine.url is None)  # on a server: not fetched here yet
    seen = follower.look()
    assert cached.is_file()  # fetched by the look, off the GUI thread
    assert seen.by[0] == "ana" and seen.by[1] == ("scope-1" if engine.url else "")
    caught = catch_up(look, seen)
    assert caught.changed and not caught.finished
    assert look.cells[first].label == "eosinophil"
    assert look.cells[second].state == ana.cells[second].state != "counted"
    assert _shown(look) == _shown(ana)
    assert heard and set().union(*(c.field_ids for c in heard)) == {field.id, more.id}

    ana.undo()  # the comment back: an undo is a change like any other
    ana.finish()
    caught = catch_up(look, follower.look())
    assert caught.finished and look.slide.state == "finished"
    assert _shown(look) == _shown(ana)
    again = follower.look()
    assert again.rows == () and again.mark == seen.mark + 2

    if engine.url is not None:  # scope-1 stopped renewing its hold: it lapsed
        stale = f"now() - interval '{STALE_SECONDS + 5} seconds'"
        engine.sql(one, f"UPDATE slide_open SET renewed = {stale}")
        assert follower.look().holder is None
        engine.sql(one, "UPDATE slide_open SET renewed = now()")
        assert follower.look().holder is not None
    ana.close()
    if engine.url is not None:  # let go: nobody holds it now
        assert follower.look().holder is None
    follower.close()


def test_a_look_reads_only_what_changed_and_a_race_is_caught_by_the_next(
    engine, tmp_path, monkeypatch
):
    one = station_store(engine, tmp_path, monkeypatch, "scope-1")
    two = station_store(engine, tmp_path, monkeypatch, "scope-2")
    ana = one.create_slide("ana", "PB-1")
    field = ana.add_field(field_image(tmp_path / "f1.png"))
    ana.apply_analysis(field.id, detections(40))
    look = two.open(ana.slide_id, "ben")
    follower = Follower(look)
    cell = min(ana.cells)
    ana.relabel([cell], "basophil")
    found = follower.look()
    assert [(t, i) for t, i, _row in found.rows] == [("cell", cell)]
    # A row read newer than the entries read (a change committed in between) is no harm: the
    # next look reads it again, and a row as memory has it already is no change.
    catch_up(look, found)
    ana.relabel([cell], "monocyte")
    stale = found  # what a look that raced the second relabel could have read
    assert not catch_up(look, stale).changed
    catch_up(look, follower.look())
    assert look.cells[cell].label == "monocyte"
    follower.close()


def test_a_deleted_slide_and_a_server_away_are_said_not_raised(engine, tmp_path, monkeypatch):
    one = station_store(engine, tmp_path, monkeypatch, "scope-1")
    two = station_store(engine, tmp_path, monkeypatch, "scope-2")
    ana = one.create_slide("ana", "PB-1")
    ana.add_field(field_image(tmp_path / "f1.png"))
    ana.close()
    look = two.open(ana.slide_id, "ben")
    follower = Follower(look)
    assert follower.look().away == ""  # connected
    if engine.url is not None:  # the follower's connection cut, as a server restart does
        windows = [s.db.conn.execute("SELECT pg_backend_pid()").fetchone()[0] for s in (one, two)]
        engine.sql(
            one,
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
            f"current_database() AND pid <> pg_backend_pid() AND pid NOT IN {tuple(windows)}",
        )
        away = follower.look()
        assert "cannot be reached" in away.away and away.rows == ()
        assert follower.look().away == ""  # back: the next look goes on
    one.delete_slide(ana.slide_id, "ana", "wrong patient")
    caught = catch_up(look, follower.look())
    assert caught.deleted and not caught.changed and look.fields  # left as it was
    follower.close()
