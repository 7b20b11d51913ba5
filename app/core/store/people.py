"""People on the lab server: who may sign in at a station, and what each role may do.

A technician counts and finishes slides; a reviewer also relabels, signs and unsigns; an
administrator also manages people and publishes the lab's profiles. Passwords are kept as salted
scrypt hashes (the same scheme as the signing PINs, ``app.core.pins``), never as text. Adding a
person is written to the audit trail with who added them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from app.core.errors import InvalidInputError, StorageError
from app.core.i18n import N_, _
from app.core.pins import hash_pin, pin_matches
from app.core.records import now_iso
from app.core.store import audit
from app.core.store.sql import Connection

MIN_PASSWORD_LENGTH = 8


class Role(str, Enum):
    TECHNICIAN = "technician"
    REVIEWER = "reviewer"
    ADMINISTRATOR = "administrator"


_ROLE_WORDS = {
    Role.TECHNICIAN: N_("a technician"),
    Role.REVIEWER: N_("a reviewer"),
    Role.ADMINISTRATOR: N_("an administrator"),
}


def role_word(role: Role) -> str:
    """The role as a message names it, in the technician's language."""
    return _(_ROLE_WORDS[role])


#: What each role may do beyond counting (every role counts and finishes).
_MAY = {
    Role.TECHNICIAN: frozenset(),
    Role.REVIEWER: frozenset({"sign"}),
    Role.ADMINISTRATOR: frozenset({"sign", "manage people", "manage profiles"}),
}


@dataclass(frozen=True)
class Person:
    name: str
    role: Role

    def may(self, act: str) -> bool:
        return act in _MAY[self.role]


def add_person(conn: Connection, name: str, role: str, password: str, by: str = "") -> Person:
    """Inside the caller's transaction: a new person with a salted hash of their password."""
    clean = name.strip()
    if not clean:
        raise InvalidInputError(_("A person needs a name to sign in with."))
    try:
        kind = Role(role)
    except ValueError:
        roles = ", ".join(r.value for r in Role)
        raise InvalidInputError(
            _("{role} is not a role; choose one of {roles}.").format(role=repr(role), roles=roles)
        ) from None
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInputError(
            _("A password needs at least {n} characters.").format(n=MIN_PASSWORD_LENGTH)
        )
    if conn.execute("SELECT 1 FROM person WHERE name = ?", (clean,)).fetchone():
        raise InvalidInputError(_("{name} can sign in already.").format(name=clean))
    conn.execute(
        "INSERT INTO person (name, role, password, active, created_at) VALUES (?, ?, ?, 1, ?)",
        (clean, kind.value, hash_pin(password), now_iso()),
    )
    audit.append(conn, None, by or clean, f"add person: {kind.value}", clean)
    return Person(clean, kind)


def sign_in(conn: Connection, name: str, password: str) -> Person:
    """The person, when the password is theirs; one message for every refusal (a wrong name and
    a wrong password look alike to someone guessing)."""
    row = conn.execute(
        "SELECT name, role, password FROM person WHERE name = ? AND active = 1", (name.strip(),)
    ).fetchone()
    if row is None or not pin_matches(str(row[2]), password):
        raise StorageError(_("That name and password do not sign in on the lab server."))
    return Person(str(row[0]), Role(str(row[1])))


def people(conn: Connection) -> list[Person]:
    rows = conn.execute("SELECT name, role FROM person WHERE active = 1 ORDER BY name").fetchall()
    return [Person(str(r[0]), Role(str(r[1]))) for r in rows]
