"""The start view in a real window: one page of slides at a time with "More slides…", the
unfinished ones counted whatever the page; "Awaiting signature" lists finished slides flagged
first with their flags, for whoever may sign (a technician on a lab server does not see it)."""

from __future__ import annotations

from app.core.records import SlideState
from app.core.store import SlideStore
from app.ui import start_view
from tests.core.store_helpers import detections, field_image
from tests.engines import ADMIN, PASSWORD, new_server_database, server_url


def _states(window) -> list[str]:
    model = window.start.model
    return [model.data(model.index(row, 2), 0) for row in range(model.rowCount())]


def test_pages_and_the_queue_of_slides_awaiting_a_signature(make_window, monkeypatch, tmp_path):
    monkeypatch.setattr(start_view.StartView, "PAGE", 2)
    window = make_window()
    store = window.store
    for sample in ("A", "B", "C"):
        store.create_slide("ana", sample)
    blasts = store.create_slide("ana", "BLASTS")
    field = blasts.add_field(field_image(tmp_path / "f.png"))
    blasts.apply_analysis(field.id, detections(4, labels=("blast", "neutrophil")))
    blasts.finish()
    plain = store.create_slide("ana", "PLAIN")
    plain.finish()
    start = window.start
    start.refresh()
    assert [r.slide.sample_id for r in start.model.rows] == ["C", "B"]  # unfinished first
    assert start.more.isVisibleTo(start) and "3 unfinished" in start.unfinished.text()
    start.more.click()
    assert [r.slide.sample_id for r in start.model.rows] == ["C", "B", "A", "PLAIN"]
    start.more.click()
    assert len(start.model.rows) == 5 and not start.more.isVisibleTo(start)

    start.showing.setCurrentIndex(1)  # Awaiting signature
    assert [r.slide.sample_id for r in start.model.rows] == ["BLASTS", "PLAIN"]
    assert "blasts >= 20%" in _states(window)[0]
    assert "2 slide(s) await a signature" in start.unfinished.text()
    start.search.setText("pla")
    assert [r.slide.sample_id for r in start.model.rows] == ["PLAIN"]
    window.open_slide(plain.slide_id)
    window.slide_view.session.sign("ana")
    window.show_start()
    assert start.model.rows == []
    assert "No finished slide awaits" in start.unfinished.text()
    assert window.store.search(state=SlideState.SIGNED)[0].slide.sample_id == "PLAIN"


def test_a_technician_on_the_lab_server_has_no_signature_queue(make_window, tmp_path):
    from app.core.store.people import add_person

    url = new_server_database(server_url())
    admin = SlideStore(tmp_path / "admin", database=url, person=(ADMIN, PASSWORD))
    with admin.db.transaction() as conn:
        add_person(conn, "tom", "technician", "tom-password", by=ADMIN)
    window = make_window()
    tech = SlideStore(tmp_path / "tom", database=url, person=("tom", "tom-password"))
    window.use_store(tech, url)
    assert window.start.showing.isHidden() and not window.start.queue_shown
    window.use_store(admin, url)
    assert not window.start.showing.isHidden()


def test_a_server_away_leaves_the_list_as_it_was_and_says_why(make_window, monkeypatch):
    from app.core.store.sql import ServerAway

    window = make_window()
    window.store.create_slide("ana", "KEPT")
    start = window.start
    start.refresh()

    def away(*_args, **_kwargs):
        raise ServerAway("The lab server cannot be reached.")

    monkeypatch.setattr(window.store, "open_slides", away)
    start.search.setText("kep")  # a refresh while the server is away
    assert [r.slide.sample_id for r in start.model.rows] == ["KEPT"]
    assert start.unfinished.text() == "The lab server cannot be reached."
