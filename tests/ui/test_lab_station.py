"""Windows on a lab server, as stations: a slide open at one is shown in use at the other, which
opens it to look only (every key refused, with the reason) or takes it over (the first is told
and takes no more changes); the server stopping mid-count puts up the red bar and takes no
clicks, and when it is back the slide is read again from it and counting goes on."""

from __future__ import annotations

import pytest

from app.core.settings import Settings
from app.core.store import SlideStore
from app.ui import main_window, questions
from tests.core.store_helpers import detections, field_image
from tests.engines import ADMIN, PASSWORD, new_server_database, server_url


@pytest.fixture
def station(qtbot, tmp_path, profile, monkeypatch, dialogs):
    """A window at station ``name`` on the server ``url``, signed in as the administrator; a
    look-only window looks every quarter second (2 s in use: the same code, sooner)."""
    from app.ui import follow

    monkeypatch.setattr(follow, "FOLLOW_SECONDS", 0.25)
    made = []

    def make(name: str, url: str):
        monkeypatch.setenv("SMEARCOUNT_STATION", name)
        store = SlideStore(tmp_path / name, database=url, person=(ADMIN, PASSWORD))
        settings = Settings(operator=ADMIN, profile=str(profile), target_sound=False)
        window = main_window.MainWindow(store, settings, tmp_path / f"config-{name}")
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()


class Choices(list):
    """Answers to "look only / take over" (0 / 1), in order; the questions in ``asked``."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def answer(self, _parent, _title, text, _choices):
        self.asked.append(text)
        return self.pop(0)


@pytest.fixture
def choices(monkeypatch):
    queue = Choices()
    monkeypatch.setattr(questions, "ask_choice", queue.answer)
    return queue


def _slide(store: SlideStore, folder) -> int:
    session = store.create_slide(ADMIN, "PB-1")
    field = session.add_field(field_image(folder / "f.png"))
    session.apply_analysis(field.id, detections(3))
    session.close()
    return session.slide_id


def _press(qtbot, window, key: str) -> int:
    """Select the first cell in the open slide and press ``key``; the cell's id."""
    window.activateWindow()  # two windows: the keys go to the one in front
    qtbot.waitUntil(window.isActiveWindow)
    view = window.slide_view
    cell = min(view.session.cells)
    view.view.select([cell])
    view.view.setFocus()
    qtbot.keyClick(view.view, key)
    return cell


def test_in_use_at_another_station_look_only_or_take_over(
    station, choices, qtbot, tmp_path, dialogs
):
    url = new_server_database(server_url())
    one = station("scope-1", url)
    slide = _slide(one.store, tmp_path)
    one.open_slide(slide)
    two = station("scope-2", url)
    [state] = [two.start.model.data(two.start.model.index(0, 2), 0)]
    assert "in use: admin at scope-1 since" in state

    choices.append(0)  # look only
    two.open_slide(slide)
    assert "admin at scope-1 since" in choices.asked[0]
    assert "looking only" in two.windowTitle()
    label = two.slide_view.session.cells[min(two.slide_view.session.cells)].label
    cell = _press(qtbot, two, "8")
    assert any("has it open at scope-1" in text for _title, text in dialogs), dialogs
    assert two.slide_view.session.cells[cell].label == label  # nothing changed, nothing shown

    choices.append(1)  # take over
    two.open_slide(slide)
    assert "looking only" not in two.windowTitle()
    _press(qtbot, two, "8")
    assert two.slide_view.session.cells[cell].label == "lymphocyte"
    one.station.beat()
    qtbot.waitUntil(lambda: one.station.lost is not None, timeout=20000)
    assert "looking only" in one.windowTitle()
    assert "took this slide over" in one.statusBar().currentMessage()
    dialogs.clear()
    _press(qtbot, one, "4")
    assert any("took it over at scope-2" in text for _title, text in dialogs)


def test_the_server_stopping_mid_count_stops_the_clicks_until_it_is_back(
    station, cluster, qtbot, tmp_path, dialogs
):
    window = station("scope-1", cluster.url)
    window.open_slide(_slide(window.store, tmp_path))
    view = window.slide_view
    cell = _press(qtbot, window, "8")
    assert view.session.cells[cell].label == "lymphocyte"

    cluster.stop()
    _press(qtbot, window, "4")  # the click before anyone noticed: refused, plainly
    assert any("cannot be reached" in text for _title, text in dialogs)
    assert view.session.cells[cell].label == "lymphocyte"
    window.station.beat()
    qtbot.waitUntil(lambda: window.station.away, timeout=20000)
    assert window.station.bar.isVisible() and "cannot be reached" in window.station.bar.text()
    assert not window.stack.isEnabled()  # no click is taken while none could be saved

    cluster.start()
    window.station.beat()
    qtbot.waitUntil(lambda: not window.station.away, timeout=20000)
    assert not window.station.bar.isVisible() and window.stack.isEnabled()
    assert window.slide_view is not view  # read again from the server
    assert window.slide_view.session.cells[cell].label == "lymphocyte"
    assert "answers again" in window.statusBar().currentMessage()
    _press(qtbot, window, "4")
    assert window.slide_view.session.cells[cell].label == "eosinophil"
    assert window.store.verify_audit().ok


def test_counting_on_this_computer_through_an_outage_is_sent_when_the_server_is_back(
    station, cluster, qtbot, tmp_path, dialogs
):
    from app.core.store import outbox

    window = station("scope-1", cluster.url)
    original = _slide(window.store, tmp_path)
    window.open_slide(original)
    cell = _press(qtbot, window, "8")
    cluster.stop()
    window.station.beat()
    qtbot.waitUntil(lambda: window.station.away, timeout=20000)
    offline = window.station.offline
    assert not offline.keep_button.isHidden()  # the red bar offers the choice
    offline.keep_button.click()
    qtbot.waitUntil(lambda: offline.counting_here, timeout=20000)
    assert window.stack.isEnabled() and "Counting on this computer" in window.station.bar.text()
    assert "counting on this computer" in window.windowTitle()
    assert not offline.panel.isHidden() and "PB-1" in offline.waiting_label.text()
    _press(qtbot, window, "4")  # saved on this computer first
    assert window.slide_view.session.cells[cell].label == "eosinophil"
    window.station.beat()  # still away: the window goes on counting here
    qtbot.waitUntil(lambda: not window.station.jobs.running(), timeout=20000)
    assert offline.counting_here and window.stack.isEnabled()

    cluster.start()
    window.station.beat()
    # The answer, not the worker's end: a worker is done in its thread before its answer is
    # delivered on the GUI thread (waiting on jobs.running() raced with it).
    answers = ("Sent to the lab server", "Not sent")
    qtbot.waitUntil(lambda: any(t in answers for t, _text in dialogs), timeout=20000)
    assert any(title == "Sent to the lab server" for title, _text in dialogs), dialogs
    assert not window.station.away
    (sent,) = outbox.entries(window.store.data_dir)
    assert sent.state == outbox.SENT and sent.replaced
    assert offline.panel.isHidden() and window.stack.isEnabled()
    labels = window.store.open(sent.sent_as, ADMIN).cells
    assert sorted(c.label for c in labels.values()).count("eosinophil") == 1
    assert window.store.open(original, ADMIN).slide.comment.startswith("Retired")
    assert window.store.verify_audit().ok
    window.show_start()  # the start view says which is which
    model = window.start.model
    states = {row.slide.id: model.data(model.index(i, 2), 0) for i, row in enumerate(model.rows)}
    assert f"replaced by slide {sent.sent_as}" in states[original]
    assert "replaced" not in states[sent.sent_as]


def test_the_start_view_lists_what_waits_and_sends_it_with_send_now(
    station, qtbot, tmp_path, dialogs
):
    from app.core.store import outbox

    url = new_server_database(server_url())
    folder = tmp_path / "scope-1"  # the station's data folder, as the window uses it
    server = SlideStore(folder, database=url, person=(ADMIN, PASSWORD))
    session = server.open(_slide(server, tmp_path), ADMIN)
    session.image_path(session.field_list()[0])  # shown here once: its image is cached
    local = SlideStore(folder)
    outbox.keep_here(session, local, url)  # counted here during an outage, app closed since
    local.close()
    server.close()

    window = station("scope-1", url)  # the app started again
    offline = window.station.offline
    assert offline.panel.isVisible() and "PB-1" in offline.waiting_label.text()
    offline.send_button.click()
    qtbot.waitUntil(lambda: not offline.jobs.running(), timeout=20000)
    assert any(title == "Sent to the lab server" for title, _text in dialogs), dialogs
    assert offline.panel.isHidden() and window.stack.isEnabled()
    assert outbox.waiting(folder) == []


def _look_only(station, choices, tmp_path):
    """scope-1 counts a slide; scope-2 opens it to look only, at its second cell, zoomed in."""
    url = new_server_database(server_url())
    one = station("scope-1", url)
    slide = _slide(one.store, tmp_path)
    one.open_slide(slide)
    two = station("scope-2", url)
    choices.append(0)
    two.open_slide(slide)
    view = two.slide_view
    view.view.set_zoom_level(2.5)
    view.view.select([sorted(view.session.cells)[1]])
    return one, two


def test_a_look_only_window_follows_the_counting_station(station, choices, qtbot, tmp_path):
    one, two = _look_only(station, choices, tmp_path)
    view, place = two.slide_view, two.slide_view.place()
    cell = _press(qtbot, one, "8")  # a relabel at scope-1
    assert one.slide_view.session.cells[cell].label == "lymphocyte"
    shown = view.view.items_by_id
    qtbot.waitUntil(lambda: shown[cell].shown[0].label == "lymphocyte", timeout=10000)
    assert view.session.cells[cell].label == "lymphocyte"  # the overlay, the counts, the strip
    assert view.counts.result == one.slide_view.counts.result
    assert two.slide_view is view and view.place() == place  # the same field, zoom, selection
    assert not two.station.follow.panel.isVisible()  # counting goes on: nothing to say

    one.slide_view.session.finish()
    follow = two.station.follow
    qtbot.waitUntil(lambda: "finished counting" in follow.bar.text(), timeout=10000)
    assert "admin at scope-1 finished counting this slide." in follow.bar.text()
    assert view.session.slide.state == "finished" and "(finished)" in two.windowTitle()
    assert not follow.take_button.isVisible()  # scope-1 still has it open

    one.show_start()  # closed there: let go
    qtbot.waitUntil(follow.take_button.isVisible, timeout=10000)
    assert "Nobody has this slide open now" in follow.bar.text()
    assert "finished counting" in follow.bar.text()  # still said
    two.show_start()  # closed here: no more looks
    assert follow.session is None and not follow.timer.isActive()


def test_taking_over_a_slide_let_go_of_opens_it_held_where_it_was_looked_at(
    station, choices, qtbot, tmp_path
):
    one, two = _look_only(station, choices, tmp_path)
    place = two.slide_view.place()
    one.show_start()
    follow = two.station.follow
    qtbot.waitUntil(follow.take_button.isVisible, timeout=10000)
    follow.take_button.click()
    assert choices.asked == [choices.asked[0]]  # nobody holds it: no question this time
    assert "looking only" not in two.windowTitle() and two.slide_view.session.hold is not None
    assert two.slide_view.place() == place  # where the look had got to
    assert not follow.panel.isVisible() and follow.session is None  # held: nothing to follow
    cell = _press(qtbot, two, "8")
    assert two.slide_view.session.cells[cell].label == "lymphocyte"
    assert list(one.store.open_slides()) == [two.slide_view.session.slide_id]


def test_a_server_away_while_following_is_said_by_the_away_bar_only(
    station, choices, cluster, qtbot, tmp_path, dialogs
):
    one = station("scope-1", cluster.url)
    slide = _slide(one.store, tmp_path)
    one.open_slide(slide)
    two = station("scope-2", cluster.url)
    choices.append(0)
    two.open_slide(slide)
    follow = two.station.follow
    cluster.stop()
    looks, look = [], follow.follower.look
    follow.follower.look = lambda: looks.append(look()) or looks[-1]
    for n in (1, 2):  # two looks that cannot reach the server: nothing raised, nothing said
        qtbot.waitUntil(lambda: not follow.jobs.running(), timeout=20000)
        follow.poll()
        qtbot.waitUntil(lambda n=n: len(looks) == n and not follow.jobs.running(), timeout=20000)
    assert all("cannot be reached" in seen.away for seen in looks), looks
    assert dialogs == [] and not follow.panel.isVisible()
    for window in (one, two):  # the away bar says it
        window.station.beat()
        qtbot.waitUntil(lambda w=window: w.station.away, timeout=20000)
    cluster.start()
    for window in (one, two):  # each reads the slide again; scope-2 still looks only
        choices.append(0)
        window.station.beat()
        qtbot.waitUntil(lambda w=window: not w.station.away, timeout=20000)
    assert dialogs == [] and choices == [0]  # scope-1 held it again: no question there
    view = two.slide_view
    assert view.session.hold is None and follow.session is view.session  # followed again
    cell = _press(qtbot, one, "8")
    qtbot.waitUntil(lambda: view.session.cells[cell].label == "lymphocyte", timeout=10000)


def test_a_window_whose_slide_was_taken_over_follows_it_and_never_takes_it_back_by_itself(
    station, choices, qtbot, tmp_path, dialogs
):
    url = new_server_database(server_url())
    one = station("scope-1", url)
    slide = _slide(one.store, tmp_path)
    one.open_slide(slide)
    two = station("scope-2", url)
    choices.append(1)  # take over
    two.open_slide(slide)
    one.station.beat()
    qtbot.waitUntil(lambda: one.station.lost is not None, timeout=20000)
    cell = _press(qtbot, two, "8")  # counting goes on at scope-2 ...
    shown = one.slide_view.view.items_by_id
    qtbot.waitUntil(lambda: shown[cell].shown[0].label == "lymphocyte", timeout=10000)
    assert one.slide_view.session.cells[cell].label == "lymphocyte"  # ... and shows at scope-1

    two.show_start()  # let go at scope-2
    follow = one.station.follow
    qtbot.waitUntil(follow.take_button.isVisible, timeout=10000)
    one.station.beat()  # its heartbeat must not take the slide back without being asked
    qtbot.waitUntil(lambda: not one.station.jobs.running(), timeout=10000)
    assert list(one.store.open_slides()) == []  # the other stations see it free
    assert "looking only" in one.windowTitle()
    dialogs.clear()
    _press(qtbot, one, "4")  # its click is refused, as the title says: nothing changes
    assert one.slide_view.session.cells[cell].label == "lymphocyte"
    assert any("no longer holds the slide" in text for _title, text in dialogs), dialogs
    follow.take_button.click()  # taken back when the person asks
    assert list(one.store.open_slides()) == [slide] and "looking only" not in one.windowTitle()
