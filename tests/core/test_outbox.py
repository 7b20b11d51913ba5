"""Counting on this computer while the lab server is away (its own cluster, stopped as a crash
would), then sending the slide when it is back: every click on the server exactly once, the
server's slide retired (kept) when it did not change meanwhile, both kept and said when it did,
a send cut off sent once on the next try, and the outbox kept across a restart of the app."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.errors import StorageError
from app.core.store import SlideStore, outbox, outbox_send
from app.core.store.journal import RETIRED
from tests.core.store_helpers import detections, field_image
from tests.engines import ADMIN, PASSWORD, new_server_database, server_url

ROOT = Path(__file__).resolve().parents[2]


def _server(url: str, folder: Path) -> SlideStore:
    return SlideStore(folder, database=url, person=(ADMIN, PASSWORD))


def _counted(store: SlideStore, folder: Path):
    """A slide on the server, open and held, four cells, the first relabelled."""
    session = store.create_slide(ADMIN, "PB-9")
    session.close()
    session = store.open(session.slide_id, ADMIN, hold=True)
    field = session.add_field(field_image(folder / "f.png"))
    session.apply_analysis(field.id, detections(4))
    session.relabel([min(session.cells)], "monocyte")
    return session


def _offline(session, station: Path, url: str) -> tuple[SlideStore, outbox.Waiting]:
    """Kept here, and two more clicks counted on the local copy."""
    local = SlideStore(station)
    item = outbox.keep_here(session, local, url)
    copy = local.open(item.local_slide, ADMIN)
    _, second, third, _ = sorted(copy.cells)
    copy.relabel([second], "eosinophil")
    copy.relabel([third], "lymphocyte")
    return local, item


def _labels(store: SlideStore, slide_id: int) -> list[str]:
    session = store.open(slide_id, ADMIN)
    return [session.cells[c].label for c in sorted(session.cells)]


def _whats(store: SlideStore, slide_id: int) -> list[str]:
    rows = store.db.conn.execute(
        "SELECT what FROM audit WHERE slide_id = ? ORDER BY id", (slide_id,)
    )
    return [str(r[0]) for r in rows]


def _slides(store: SlideStore) -> list[int]:
    return [s.slide.id for s in store.search("PB-9")]


def test_a_count_across_an_outage_ends_on_the_server_once(cluster, tmp_path):
    station = tmp_path / "station"
    server = _server(cluster.url, station)
    session = _counted(server, tmp_path)
    original = session.slide_id
    cluster.stop()
    local, item = _offline(session, station, cluster.url)
    assert outbox.waiting(station, cluster.url) == [item]
    assert item.server_slide == original and "@" not in item.server
    cluster.start()

    server = _server(cluster.url, station)
    (sent,) = outbox_send.send_all(local, server)
    assert sent.item.replaced and "replaces" in sent.message
    assert _labels(server, sent.item.sent_as) == [
        "monocyte",
        "eosinophil",
        "lymphocyte",
        "neutrophil",
    ]
    assert server.open(original, ADMIN).slide.comment.startswith("Retired: replaced by slide")
    assert RETIRED in _whats(server, original)  # kept, with the act in its trail
    assert _whats(server, sent.item.sent_as).count("relabel (before import)") == 0
    history = server.db.conn.execute(
        "SELECT what FROM audit WHERE what = 'relabel' ORDER BY id"
    ).fetchall()
    assert len(history) == 3  # one before the outage, two offline: none lost, none twice
    assert server.verify_audit().ok and server.verify_state().ok
    assert outbox.waiting(station) == [] and outbox.entries(station)[0].state == outbox.SENT
    kept = local.open(item.local_slide, ADMIN)  # kept here, read-only: a click would be lost
    with pytest.raises(StorageError, match="sent to the lab server"):
        kept.relabel([min(kept.cells)], "basophil")
    assert sorted(_slides(server)) == [original, sent.item.sent_as]
    retired = server.open(original, ADMIN, hold=True, take_over=True)  # never counted on again
    labels = _labels(server, original)
    with pytest.raises(StorageError, match=f"replaced by slide {sent.item.sent_as}, counted off"):
        retired.relabel([min(retired.cells)], "basophil")
    assert _labels(server, original) == labels
    with pytest.raises(StorageError, match="kept for the record only"):
        server.delete_slide(original, ADMIN, "a duplicate")  # nor deleted


def test_a_send_cut_off_is_sent_once_on_the_next_try(cluster, tmp_path, monkeypatch):
    station = tmp_path / "station"
    server = _server(cluster.url, station)
    session = _counted(server, tmp_path)
    cluster.stop()
    local, _ = _offline(session, station, cluster.url)
    cluster.start()
    server = _server(cluster.url, station)

    real = outbox.mark_sent

    def cut(*args, **kwargs):  # the server committed; its answer never came back
        raise ConnectionError("network cut")

    monkeypatch.setattr(outbox, "mark_sent", cut)
    with pytest.raises(ConnectionError):
        outbox_send.send_all(local, server)
    assert len(_slides(server)) == 2 and outbox.waiting(station)  # still waiting here
    monkeypatch.setattr(outbox, "mark_sent", real)
    (sent,) = outbox_send.send_all(local, server)
    assert len(_slides(server)) == 2  # the same bundle found there, not imported again
    assert sent.item.replaced and outbox.waiting(station) == []


def test_a_slide_changed_on_the_server_meanwhile_keeps_both_and_says_so(tmp_path):
    url = new_server_database(server_url())
    station = tmp_path / "station"
    server = _server(url, station)
    session = _counted(server, tmp_path)
    local, item = _offline(session, station, url)  # as if the server had been away
    session.close()
    other = _server(url, tmp_path / "scope-2").open(item.server_slide, ADMIN, hold=True)
    other.relabel([max(other.cells)], "basophil")  # someone else counted it meanwhile

    (sent,) = outbox_send.send_all(local, server)
    assert not sent.item.replaced and "both are kept" in sent.message
    kept = server.open(item.server_slide, ADMIN)
    assert not (kept.slide.comment or "").startswith("Retired")
    assert _labels(server, item.server_slide)[-1] == "basophil"
    marked = server.open(sent.item.sent_as, ADMIN).slide.comment
    assert marked.startswith("Counted offline at")
    assert server.verify_audit().ok and server.verify_state().ok


def test_the_outbox_survives_a_restart_and_sends_then(cluster, tmp_path):
    station = tmp_path / "station"
    server = _server(cluster.url, station)
    session = _counted(server, tmp_path)
    cluster.stop()
    local, _ = _offline(session, station, cluster.url)
    local.close()
    cluster.start()
    script = (
        "import sys; from pathlib import Path; from app.core.store import SlideStore, outbox_send;"
        "from tests.engines import ADMIN, PASSWORD;"
        "d = Path(sys.argv[1]); local = SlideStore(d);"
        "server = SlideStore(d, database=sys.argv[2], person=(ADMIN, PASSWORD));"
        "print(len(outbox_send.send_all(local, server)))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", script, str(station), cluster.url],
        capture_output=True, text=True, cwd=ROOT, env=env, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1"
    assert outbox.waiting(station) == []
    server = _server(cluster.url, station)
    (sent,) = outbox.entries(station)
    assert _labels(server, sent.sent_as)[1:3] == ["eosinophil", "lymphocyte"]


def test_a_slide_whose_images_are_not_here_is_not_copied(tmp_path):
    url = new_server_database(server_url())
    station = tmp_path / "station"
    session = _counted(_server(url, station), tmp_path)
    shutil.rmtree(station / "server-images")
    local = SlideStore(station)
    with pytest.raises(StorageError, match="not on this computer"):
        outbox.keep_here(session, local, url)
    assert local.search("") == [] and outbox.entries(station) == []
