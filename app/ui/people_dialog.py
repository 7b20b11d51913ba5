"""File → People… for a lab server's administrator: who may sign in, with their roles; add a
person, give one a new password (a forgotten one) or another role, let one go.

Every call to the server runs off the GUI thread, on a connection of its own (the window's is
the GUI thread's): a server that is away never freezes the window, and what it said is shown in
the dialog, with everything typed kept. The rules (administrators only, the lab's last one
stays, each act on the audit trail) are the core's (``app.core.store.people``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.store import SlideStore
from app.core.store.people import Person, Role, hire, let_go, people, set_password, set_role
from app.core.store.server import ServerDatabase
from app.core.store.sql import Connection
from app.ui import questions, workers
from app.ui.database_dialog import ROLE_NAMES
from app.ui.translations import tr as _tr

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def may_manage(store: SlideStore, act: str) -> bool:
    """Whether the person signed in on ``store``'s lab server may ``act`` (a PC: never)."""
    return store.server is not None and store.person is not None and store.person.may(act)


def own_connection(store: SlideStore) -> ServerDatabase:
    """A connection of its own to ``store``'s lab server, for a worker thread (close it)."""
    assert store.server is not None
    return ServerDatabase(store.server, store.data_dir, station=store.db.station)


def open_dialog(window: MainWindow) -> None:
    PeopleDialog(window.store, window).exec()


class PeopleDialog(QDialog):
    def __init__(self, store: SlideStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("People"))
        self.setMinimumWidth(520)
        self.store = store
        self.jobs = workers.Jobs()
        self.finished.connect(lambda _result: self.jobs.quit_all())
        self.role_names = {role: _tr(word) for role, word in ROLE_NAMES.items()}
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._selected)
        self.name = QLineEdit()
        self.role = QComboBox()
        for role, word in self.role_names.items():
            self.role.addItem(word, role.value)
        self.password = QLineEdit()
        self.again = QLineEdit()
        for field in (self.password, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.add = QPushButton(self.tr("Add"))
        self.new_password = QPushButton(self.tr("New password"))
        self.set_role = QPushButton(self.tr("Set role"))
        self.let_go = QPushButton(self.tr("Let go…"))
        self.add.clicked.connect(self._add)
        self.new_password.clicked.connect(self._new_password)
        self.set_role.clicked.connect(self._set_role)
        self.let_go.clicked.connect(self._let_go)
        self.said = QLabel()
        self.said.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("The same again"), self.again)
        acts = QHBoxLayout()
        for button in (self.add, self.new_password, self.set_role, self.let_go):
            acts.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.table, 1)
        column.addLayout(form)
        column.addLayout(acts)
        column.addWidget(self.said)
        column.addWidget(close)
        self._call(lambda _conn: "", self.tr("Listing the people"))

    # ----- the acts ------------------------------------------------------------------------
    def _add(self) -> None:
        name, role, password = self.name.text().strip(), self._role(), self._typed()
        if password is not None:
            done = self.tr("{0} can sign in as {1}.").replace("{0}", name)
            self._act(
                lambda conn, admin: hire(conn, admin, name, role.value, password),
                done.replace("{1}", self.role_names[role]),
            )

    def _new_password(self) -> None:
        name, password = self._chosen(), self._typed()
        if name and password is not None:
            self._act(
                lambda conn, admin: set_password(conn, admin, name, password),
                self.tr("{0} signs in with the new password.").replace("{0}", name),
            )

    def _set_role(self) -> None:
        name, role = self._chosen(), self._role()
        if name:
            done = self.tr("{0} is {1} from now on.").replace("{0}", name)
            self._act(
                lambda conn, admin: set_role(conn, admin, name, role.value),
                done.replace("{1}", self.role_names[role]),
            )

    def _let_go(self) -> None:
        name = self._chosen()
        if name and questions.ask_go_on(
            self,
            self.tr("Let go"),
            self.tr(
                "{0} will no longer sign in at any station. Their name stays on every audit "
                "entry they made."
            ).replace("{0}", name),
            self.tr("Let go"),
        ):
            self._act(
                lambda conn, admin: let_go(conn, admin, name),
                self.tr("{0} no longer signs in.").replace("{0}", name),
            )

    def _chosen(self) -> str | None:
        """The name chosen in the list; else the dialog says to choose one."""
        chosen = self._cell(0)
        if chosen is None:
            self._say(self.tr("Choose a person in the list first."), problem=True)
        return chosen

    def _role(self) -> Role:
        return Role(self.role.currentData())

    def _typed(self) -> str | None:
        """The password typed twice alike (the core says when it is too short)."""
        if self.password.text() != self.again.text():
            self._say(self.tr("The two passwords differ; nothing was changed."), problem=True)
            return None
        return self.password.text()

    # ----- the server, off the GUI thread ----------------------------------------------------
    def _act(self, act: Callable[[Connection, Person | None], object], done: str) -> None:
        admin = self.store.person

        def on_server(conn: Connection) -> str:
            act(conn, admin)
            return done

        self._call(on_server, self.tr("Changing the lab's people"))

    def _call(self, act: Callable[[Connection], str], what: str) -> None:
        """``act`` and a fresh listing in one transaction on a connection of its own."""
        store = self.store

        def work(_worker: workers.Worker) -> tuple[str, list[Person]]:
            db = own_connection(store)
            try:
                with db.transaction() as conn:
                    return act(conn), people(conn)
            finally:
                db.close()

        self._busy(True)
        worker = workers.Worker(work, what)
        worker.signals.returned.connect(self._done)
        worker.signals.errored.connect(self._failed)
        worker.signals.finished.connect(lambda: self._busy(False))
        self.jobs.start(worker)

    def _done(self, answer: tuple[str, list[Person]]) -> None:
        said, listed = answer
        chosen = self._cell(0)
        self.table.setRowCount(len(listed))
        for row, person in enumerate(listed):
            self.table.setItem(row, 0, QTableWidgetItem(person.name))
            self.table.setItem(row, 1, QTableWidgetItem(self.role_names[person.role]))
            if person.name == chosen:
                self.table.selectRow(row)
        if said:
            for field in (self.password, self.again):
                field.clear()
            self._say(said, problem=False)

    def _failed(self, text: str) -> None:
        self._say(text, problem=True)

    def _cell(self, column: int) -> str | None:
        """The chosen row's name (0) or role (1), if a row is chosen."""
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), column) if rows else None
        return item.text() if item is not None else None

    def _selected(self) -> None:
        """A person chosen in the list: their name and role in the form, to change."""
        name, role = self._cell(0), self._cell(1)
        if name is not None and role is not None:
            self.name.setText(name)
            self.role.setCurrentText(role)

    def _busy(self, busy: bool) -> None:
        for button in (self.add, self.new_password, self.set_role, self.let_go):
            button.setEnabled(not busy)

    def _say(self, text: str, problem: bool) -> None:
        self.said.setStyleSheet("color: #B2182B" if problem else "")
        self.said.setText(text)
