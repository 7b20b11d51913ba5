"""The lab server stops in the middle of a count (its own cluster, stopped as a crash would):
a click then is refused with a plain message and changes nothing, in memory or anywhere (what
the screen shows is only what the server holds); the heartbeat says the server is away; once it
is back the station goes on where it was, the hold still its own, the undo stack and the audit
trail whole, and nothing counted twice."""

from __future__ import annotations

import time

import pytest

from app.core.store import SlideStore
from app.core.store.presence import Heartbeat
from app.core.store.sql import ServerAway
from tests.core.store_helpers import detections, field_image
from tests.engines import ADMIN, PASSWORD


def test_a_count_survives_the_server_stopping_and_coming_back(cluster, tmp_path, capsys):
    store = SlideStore(tmp_path / "station", database=cluster.url, person=(ADMIN, PASSWORD))
    session = store.create_slide(ADMIN, "PB-7")
    session.close()
    session = store.open(session.slide_id, ADMIN, hold=True)
    field = session.add_field(field_image(tmp_path / "f.png"))
    session.apply_analysis(field.id, detections(4))
    first, second, third, _ = sorted(session.cells)
    session.relabel([first], "monocyte")
    heartbeat = Heartbeat(cluster.url, "scope-1")
    assert heartbeat.beat(session.hold).away == ""
    shown = dict(session.cells)

    cluster.stop()
    began = time.perf_counter()
    with pytest.raises(ServerAway, match="cannot be reached"):
        session.relabel([second], "eosinophil")
    noticed = time.perf_counter() - began
    with pytest.raises(ServerAway):
        session.undo()
    assert session.cells == shown  # nothing the server does not hold is shown
    assert "cannot be reached" in heartbeat.beat(session.hold).away

    cluster.start()
    back = heartbeat.beat(session.hold)
    assert not back.away and back.taken_by is None  # all well again, still ours
    session.relabel([third], "lymphocyte")  # the same session goes on
    assert session.cells[second] == shown[second]
    assert session.undo() is not None  # the undo stack is whole: the lymphocyte is undone
    assert session.cells[third] == shown[third]
    session.close()
    again = store.open(session.slide_id, ADMIN, hold=True)  # nobody holds it: ours let go
    assert again.cells[first].label == "monocyte"
    assert again.cells[second].label == shown[second].label
    assert store.verify_audit().ok and store.verify_state().ok
    what = [r["what"] for r in store.db.conn.execute("SELECT what FROM audit ORDER BY id")]
    assert what.count("relabel") == 2 and "undo relabel" in what  # none twice, none lost
    with capsys.disabled():
        print(f"\n[outage] a click noticed the server away after {noticed * 1000:.0f} ms")
