"""A slide open here to look at only follows the station counting it (``core/store/follow``).

Every ``FOLLOW_SECONDS`` a worker asks the server whether the slide changed (its newest audit
entry) and reads again what did; the open view then redraws as for a change made here, so the
person looking keeps their field, zoom and selection. A bar says plainly when the other station
finished or signed the slide, and when nobody holds it any more (closed, or its hold lapsed), it
offers to take it over: the window opens it again, held (``station.open_session``). A server
away is the away bar's to say (``station``): a look that cannot reach it only waits for the next.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.core.records import SlideState
from app.core.store import SlideSession
from app.core.store.follow import FOLLOW_SECONDS, Follower, Look, catch_up
from app.ui import workers
from app.ui.translations import tr as _tr

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def _by(text: str, look: Look) -> str:
    return text.replace("{0}", look.by[0]).replace("{1}", look.by[1])


class Follow(QObject):
    """The following of the window's open slide while it is looked at only, and its bar."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.bar = QLabel()
        self.bar.setWordWrap(True)
        self.bar.setStyleSheet("background: #FFF3C4; color: black; padding: 6px;")
        self.take_button = QPushButton(_tr("Take over"))
        self.take_button.clicked.connect(self.take_over)
        self.panel = QWidget()
        row = QHBoxLayout(self.panel)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.take_button)
        self.panel.hide()
        self.session: SlideSession | None = None  # the session followed
        self.follower: Follower | None = None
        self.said = ""  # what the other station did last that a person must know
        self.jobs = workers.Jobs()
        self.timer = QTimer(self)
        self.timer.setInterval(round(FOLLOW_SECONDS * 1000))
        self.timer.timeout.connect(self.poll)

    def slide_opened(self) -> None:
        """The window shows another slide: follow it when it is the server's, looked at only."""
        self.stop()
        view = self.window.slide_view
        if view is not None and view.session.hold is None:
            self._start(view.session)

    def slide_lost(self) -> None:
        """Another station took the open slide over: from now on this window looks only."""
        view = self.window.slide_view
        if view is not None and view.session is not self.session:
            self._start(view.session)

    def _start(self, session: SlideSession) -> None:
        window = self.window
        if window.store.server is None or session.db is not window.store.db:
            return  # a PC's slide, or the copy counted on this computer
        self.session, self.follower = session, Follower(session)
        self.timer.start()

    def stop(self) -> None:
        """No more looks (the slide closes, or another opens); the last one's answer is dropped."""
        self.timer.stop()
        self.panel.hide()
        self.said = ""
        follower, self.follower, self.session = self.follower, None, None
        if follower is not None and not self.jobs.quit_all():
            follower.close()  # else closed when the look under way ends (``_ended``)

    def poll(self) -> None:
        follower, session = self.follower, self.session
        if follower is None or session is None or self.jobs.running():
            return  # the last look still waits on the server
        worker = workers.Worker(lambda _w: follower.look(), _tr("Following the other station"))
        worker.signals.returned.connect(lambda look: self._looked(session, look))
        worker.signals.errored.connect(lambda said: self.window.statusBar().showMessage(said))
        worker.signals.finished.connect(lambda: self._ended(follower))
        self.jobs.start(worker)

    def _ended(self, follower: Follower) -> None:
        if follower is not self.follower:  # stopped while it looked
            follower.close()

    def _looked(self, session: SlideSession, look: Look) -> None:
        if session is not self.session or look.away:  # another slide now; or the away bar's
            return
        caught = catch_up(session, look)
        if caught.deleted:
            self.timer.stop()
            self.said = _by(
                _tr("{0} at {1} deleted this slide: there is nothing more to see."), look
            )
        elif caught.signed:
            self.said = _by(_tr("{0} at {1} signed this slide."), look)
        elif caught.finished:
            self.said = _by(_tr("{0} at {1} finished counting this slide."), look)
        elif caught.state != caught.state_was:  # unsigned: counting may go on
            self.said = ""
        free = look.holder is None and not caught.deleted
        offer = free and session.slide.state != SlideState.SIGNED.value
        lines = [self.said] if self.said else []
        if free:
            lines.append(
                _tr(
                    "Nobody has this slide open now: the other station closed it, or stopped "
                    "answering."
                )
            )
        if offer:
            lines.append(_tr("Take it over to count on it here."))
        self.bar.setText("\n".join(lines))
        self.take_button.setVisible(offer)
        self.panel.setVisible(bool(lines))

    def take_over(self) -> None:
        """Open the slide again, held, as any opening does: nobody has it, so nothing is asked
        (someone who took it meanwhile is asked about as at any opening)."""
        if self.session is not None:
            self.window.open_slide(self.session.slide_id)
