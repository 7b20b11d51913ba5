"""Settings → Database: where this station's slides are (this computer, or the lab server) and
who signs in there. Connecting runs off the GUI thread (an unreachable server takes seconds to
say so); every refusal is a plain sentence in the dialog, which stays open with what was typed.
The same dialog asks for the sign-in when the window starts on a lab server."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from app.core.errors import SmearCountError
from app.core.settings import Settings
from app.core.store import SlideStore
from app.core.store.people import Role
from app.ui import workers
from app.ui.translations import QT_TRANSLATE_NOOP
from app.ui.translations import tr as _tr

ROLE_NAMES = {
    Role.TECHNICIAN: QT_TRANSLATE_NOOP("", "technician"),
    Role.REVIEWER: QT_TRANSLATE_NOOP("", "reviewer"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("", "administrator"),
}


def signed_in_text(store: SlideStore) -> str:
    """Who works at this station, where ("ana (reviewer) on labserver/smearcount")."""
    person = store.person
    if person is None:
        return ""
    return (
        _tr("{0} ({1}) on {2}")
        .replace("{0}", person.name)
        .replace("{1}", _tr(ROLE_NAMES[person.role]))
        .replace("{2}", store.db.label)
    )


def station_settings(settings: Settings, store: SlideStore, url: str) -> Settings:
    """The settings once ``store`` (of ``url``; empty: this computer) is chosen: kept for the
    next start, and work goes in the signed-in person's name."""
    person = store.person
    operator = person.name if person is not None else settings.operator
    return settings.with_changes(database_url=url, operator=operator)


class DatabaseDialog(QDialog):
    def __init__(
        self, data_dir: Path, url: str, name: str, on_server: bool, parent: QWidget | None = None
    ) -> None:
        """``on_server``: the lab server is chosen (its ``url``), else this computer."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Database"))
        self.setMinimumWidth(520)
        self.data_dir = data_dir
        self.store: SlideStore | None = None  # what OK opened; None: keep the one in use
        self.jobs = workers.Jobs()
        self.local = QRadioButton(self.tr("This computer (its own slides)"))
        self.server = QRadioButton(self.tr("Lab server (the slides of every station)"))
        choice = QButtonGroup(self)
        choice.addButton(self.local)
        choice.addButton(self.server)
        self.url = QLineEdit(url)
        self.url.setPlaceholderText("postgresql://station@labserver/smearcount")
        self.name = QLineEdit(name)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.test = QPushButton(self.tr("Test connection"))
        self.test.clicked.connect(lambda: self._connect(keep=False))
        self.said = QLabel()
        self.said.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.local)
        form.addRow(self.server)
        form.addRow(self.tr("Server address"), self.url)
        form.addRow(self.tr("Your name"), self.name)
        form.addRow(self.tr("Your password"), self.password)
        form.addRow(self.test)
        form.addRow(self.said)
        form.addRow(self.buttons)
        for button in (self.local, self.server):
            button.toggled.connect(lambda _checked: self._enable())
        (self.server if on_server else self.local).setChecked(True)
        self._enable()
        if on_server and url:
            self.password.setFocus()

    @property
    def chosen_url(self) -> str:
        return self.url.text().strip() if self.server.isChecked() else ""

    def _enable(self, busy: bool = False) -> None:
        on_server = self.server.isChecked()
        for widget in (self.url, self.name, self.password, self.test):
            widget.setEnabled(on_server and not busy)
        self.buttons.setEnabled(not busy)

    def _say(self, text: str, problem: bool) -> None:
        self.said.setStyleSheet("color: #B2182B" if problem else "")
        self.said.setText(text)

    def accept(self) -> None:
        if self.server.isChecked():
            self._connect(keep=True)  # accepted once the sign-in succeeded
            return
        try:
            self.store = SlideStore(self.data_dir)
        except SmearCountError as exc:
            self._say(str(exc), problem=True)
            return
        super().accept()

    def reject(self) -> None:
        self.jobs.quit_all()  # a sign-in still running closes its connection when it ends
        super().reject()

    def _connect(self, keep: bool) -> None:
        """Sign in on the server off the GUI thread; ``keep`` the store (OK) or only say how
        it went (Test connection)."""
        url, name = self.url.text().strip(), self.name.text().strip()
        password = self.password.text()
        if not url or not name or not password:
            needed = self.tr("The server address, your name and your password are needed.")
            self._say(needed, problem=True)
            return
        self._enable(busy=True)
        self._say(self.tr("Connecting…"), problem=False)
        data_dir = self.data_dir

        def work(worker: workers.Worker) -> SlideStore | None:
            store = SlideStore(data_dir, database=url, person=(name, password))
            if worker.abort_requested or not keep:
                store.close()
                return store if not keep else None
            return store

        worker = workers.Worker(work, self.tr("Connecting to the lab server"))
        worker.signals.returned.connect(lambda store: self._connected(store, keep))
        worker.signals.errored.connect(lambda text: self._failed(text))
        self.jobs.start(worker)

    def _connected(self, store: SlideStore | None, keep: bool) -> None:
        self._enable()
        if store is None:
            return
        self._say(
            self.tr("Connected: {0} can work here.").replace("{0}", signed_in_text(store)),
            problem=False,
        )
        if keep:
            self.store = store
            super().accept()

    def _failed(self, text: str) -> None:
        self._enable()
        self._say(text, problem=True)
