"""The window as one station of a lab server: a slide open at another station is said before
it opens here (look at it only, or take it over), the hold on the open slide is renewed in the
background, and a server that goes away is said at once while the window takes no clicks.

Every click is written to the server before the screen shows it (the store's rule), so while
the server is away nothing can be counted on it: the window says so in a red bar and takes no
input. The bar offers to keep counting on this computer (``offline``): the slide as last read
from the server is copied into this computer's store and counted there, then sent to the server
as a verified bundle when it answers again (``core/store/outbox``). Without that choice, once
the server answers the window reads the open slide again from it (a change whose commit the
network cut is on the screen exactly when the server kept it).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.core.errors import SmearCountError
from app.core.store import SlideSession, sql
from app.core.store.presence import RENEW_SECONDS, Beat, Heartbeat, Hold, Holder, SlideInUse
from app.ui import questions, workers
from app.ui.errors import reporter
from app.ui.follow import Follow
from app.ui.offline import Offline
from app.ui.translations import tr as _tr

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def in_use_text(holder: Holder) -> str:
    """ "ana at scope-2 since 10:32" (the station's local time)."""
    since = datetime.fromisoformat(holder.since).astimezone().strftime("%H:%M")
    return (
        _tr("{0} at {1} since {2}")
        .replace("{0}", holder.who)
        .replace("{1}", holder.station)
        .replace("{2}", since)
    )


def open_session(window: MainWindow, slide_id: int) -> SlideSession | None:
    """The slide for this window: held when nobody else has it; else the person chooses to
    look at it only or to take it over. None when they cancel or the store refuses."""
    user = window.settings.operator or "unknown"
    try:
        return window.store.open(slide_id, user, hold=True)
    except SlideInUse as busy:
        choice = questions.ask_choice(
            window,
            _tr("Slide in use"),
            _tr(
                "This slide is open at another station: {0}. Open it here to look at it only, "
                "or take it over (the other station then takes no more changes to it)?"
            ).replace("{0}", in_use_text(busy.holder)),
            [_tr("Look only"), _tr("Take over")],
        )
        if choice is None:
            return None
        try:
            return window.store.open(slide_id, user, hold=choice == 1, take_over=choice == 1)
        except SmearCountError as exc:
            reporter().report_exception(exc, "open slide")
    except SmearCountError as exc:
        reporter().report_exception(exc, "open slide")
    return None


class LabStation(QObject):
    """The heartbeat and the away bar of a window on a lab server (idle on a PC)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.bar = QLabel()
        self.bar.setWordWrap(True)
        self.bar.setStyleSheet("background: #B2182B; color: white; padding: 6px;")
        self.bar.hide()
        self.offline = Offline(window)
        self.follow = Follow(window)  # a slide looked at only follows the other station
        self.panel = QWidget()  # the bars and their choices, above the window's pages
        rows = QVBoxLayout(self.panel)
        rows.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.offline.keep_button)
        rows.addLayout(row)
        rows.addWidget(self.follow.panel)
        self.away = False
        self.lost: Holder | None = None  # who took the open slide over
        self.jobs = workers.Jobs()
        self.heartbeat: Heartbeat | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(RENEW_SECONDS * 1000)
        self.timer.timeout.connect(self.beat)
        self.store_changed()

    def store_changed(self) -> None:
        """The window works on another store: beat for it, if it is a lab server's."""
        self.stop()
        db = self.window.store.db
        url = self.window.store.server
        if url is not None:
            self.heartbeat = Heartbeat(url, db.station)
            self.timer.start()
        self.offline.refresh()

    def stop(self) -> None:
        self.offline.stop()
        self.follow.stop()
        self.timer.stop()
        for worker in self.jobs.quit_all():
            worker.wait()
        if self.heartbeat is not None:
            self.heartbeat.close()
            self.heartbeat = None

    def slide_opened(self) -> None:
        """The window shows a slide now (``slide_view``)."""
        self.lost = None
        self.follow.slide_opened()

    def beat(self) -> None:
        heartbeat = self.heartbeat
        if heartbeat is None or self.jobs.running():  # the last beat still waits on the server
            return
        view = self.window.slide_view
        hold = view.session.hold if view is not None else None
        worker = workers.Worker(lambda _w: heartbeat.beat(hold), "The lab server's heartbeat")
        worker.signals.returned.connect(lambda beat: self._heard(beat, hold))
        self.jobs.start(worker)

    def _heard(self, beat: Beat, hold: Hold | None) -> None:
        if beat.away:
            self._went_away(beat.away)
        elif self.away:
            self._came_back()
        view = self.window.slide_view
        if view is None or view.session.hold is not hold:  # another slide opened meanwhile
            return
        if beat.taken_by is not None and self.lost != beat.taken_by:
            self.lost = beat.taken_by
            self.window.statusBar().showMessage(
                _tr("{0} took this slide over: this window takes no more changes to it.").replace(
                    "{0}", in_use_text(beat.taken_by)
                ),
                0,
            )
            self.window.slide_lost()
            self.follow.slide_lost()

    def _went_away(self, message: str) -> None:
        self.away = True
        if self.offline.counting_here:  # the bar says so already; the window counts here
            return
        self.bar.setText(
            _tr(
                "{0} Nothing is counted until it answers again; everything shown is saved on "
                "the server."
            ).replace("{0}", message)
        )
        self.bar.show()
        self.window.stack.setEnabled(False)  # no click can be taken: none could be saved
        self.offline.went_away()

    def _came_back(self) -> None:
        self.away = False
        self.bar.hide()
        self.offline.keep_button.hide()
        if self.offline.came_back():  # the copy counted here is being sent
            return
        self.window.stack.setEnabled(True)
        sql.wake(self.window.store.db.conn)  # dropped in the outage, maybe: asked nothing since
        view = self.window.slide_view
        if view is not None:  # as the server holds it (a commit cut off may or may not be)
            self.window.open_slide(view.session.slide_id)
        else:
            self.window.start.refresh()
        self.window.statusBar().showMessage(
            _tr("The lab server answers again; the slide was read again from it."), 10000
        )
