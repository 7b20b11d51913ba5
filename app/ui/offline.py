"""A lab station counting on this computer while the server is away (``core/store/outbox``).

The red bar offers "Keep counting on this computer": the open slide, as last read from the
server, is copied into this computer's own store (in a worker) and the window counts on that
copy, every click saved here first. When the heartbeat hears the server again, or on "Send now"
in the start view, the waiting slides are sent (in a worker; the window takes no input
meanwhile, so the GUI thread issues no statement on the server's connection) and the window
says plainly how it went; a slide that could not be sent keeps waiting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.core.errors import SmearCountError
from app.core.store import SlideStore, outbox, outbox_send, sql
from app.ui import workers
from app.ui.errors import reporter
from app.ui.translations import tr as _tr

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


class Offline(QObject):
    """The outbox of a station: the red bar's choice, the copy counted here, the sending."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.keep_button = QPushButton(_tr("Keep counting on this computer"))
        self.keep_button.clicked.connect(self.keep_here)
        self.keep_button.hide()
        self.local: SlideStore | None = None  # this computer's store, while counting on it
        self.item: outbox.Waiting | None = None
        self.jobs = workers.Jobs()
        self.panel = QWidget()  # in the start view: what waits to be sent
        self.waiting_label = QLabel()
        self.waiting_label.setWordWrap(True)
        self.send_button = QPushButton(_tr("Send now"))
        self.send_button.clicked.connect(self.send)
        row = QHBoxLayout(self.panel)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.waiting_label, 1)
        row.addWidget(self.send_button)
        window.start.layout().insertWidget(1, self.panel)  # type: ignore[union-attr]
        self.refresh()

    @property
    def counting_here(self) -> bool:
        return self.local is not None

    def refresh(self) -> None:
        """The start view's list of what waits to be sent to this window's server."""
        url = self.window.store.server
        items = [] if url is None else outbox.waiting(self.window.store.data_dir, url)
        self.panel.setVisible(bool(items))
        names = ", ".join(f"{w.sample} ({w.station})" for w in items)
        self.waiting_label.setText(
            _tr("Waiting to be sent to the lab server: {0}.").replace("{0}", names)
        )

    def went_away(self) -> None:
        view = self.window.slide_view
        mine = view is not None and view.session.hold is not None and not self.counting_here
        self.keep_button.setVisible(mine and not self.jobs.running())

    def keep_here(self) -> None:
        view, url = self.window.slide_view, self.window.store.server
        if view is None or url is None or self.jobs.running():
            return
        session, folder = view.session, self.window.store.data_dir
        self.keep_button.hide()

        def copy(_worker: workers.Worker) -> outbox.Waiting:
            local = SlideStore(folder)  # its own connection, in this thread
            try:
                return outbox.keep_here(session, local, url)
            finally:
                local.close()

        worker = workers.Worker(copy, _tr("Copying the slide to this computer"))
        worker.signals.returned.connect(self._kept)
        worker.signals.errored.connect(self._not_kept)
        self.jobs.start(worker)

    def _kept(self, item: outbox.Waiting) -> None:
        window = self.window
        view = window.slide_view
        if view is not None:
            view.session.hold = None  # let go by itself on the server (stale): no wait here
        self.local = SlideStore(window.store.data_dir)
        self.item = item
        try:
            session = self.local.open(item.local_slide, window.settings.operator or item.who)
        except SmearCountError as exc:
            self._stop_local()
            reporter().report_exception(exc, "count on this computer")
            return
        window.show_session(session)
        window.stack.setEnabled(True)
        window.station.bar.setText(
            _tr("Counting on this computer — will be sent to the lab server when it answers again.")
        )
        self.refresh()

    def _not_kept(self, message: str) -> None:
        self.went_away()
        reporter().report(_tr("Not copied to this computer"), message)

    def _stop_local(self) -> None:
        if self.local is not None:
            self.local.close()
        self.local, self.item = None, None

    def came_back(self) -> bool:
        """The server answers again: send what waits. True when that took the window over."""
        if not self.counting_here:
            self.refresh()
            return False
        self.send()  # the copy's view stays, taking no input, until the answer
        return True

    def send(self) -> None:
        server, window = self.window.store, self.window
        if server.server is None or self.jobs.running():
            return
        folder = server.data_dir
        window.stack.setEnabled(False)  # no statement on the server's connection meanwhile

        def send_all(_worker: workers.Worker) -> list[outbox_send.Sent]:
            sql.wake(server.db.conn)  # still the one the outage dropped, maybe
            local = SlideStore(folder)
            try:
                return outbox_send.send_all(local, server)
            finally:
                local.close()

        worker = workers.Worker(send_all, _tr("Sending to the lab server"))
        worker.signals.returned.connect(self._sent)
        worker.signals.errored.connect(self._not_sent)
        self.jobs.start(worker)

    def _answered(self) -> None:
        """Back to the server's slides, the copy counted here closed (kept, waiting or sent)."""
        window = self.window
        if self.counting_here:
            window.show_start()
            self._stop_local()
            window.station.bar.hide()
        window.stack.setEnabled(not window.station.away)
        window.start.refresh()
        self.refresh()

    def _sent(self, sent: list[outbox_send.Sent]) -> None:
        self._answered()
        if sent:
            reporter().report(_tr("Sent to the lab server"), "\n".join(s.message for s in sent))

    def _not_sent(self, message: str) -> None:
        self._answered()
        reporter().report(
            _tr("Not sent"),
            _tr("{0} It keeps waiting on this computer; send it with Send now.").replace(
                "{0}", message
            ),
        )

    def stop(self) -> None:
        for worker in self.jobs.quit_all():
            worker.wait()
        self._stop_local()
