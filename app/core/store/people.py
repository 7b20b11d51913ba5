"""People on the lab server: who may sign in at a station, and what each role may do.

A technician counts and finishes slides; a reviewer also relabels, signs and unsigns; an
administrator also manages people and publishes the lab's profiles. Passwords are kept as salted
scrypt hashes (the same scheme as the signing PINs, ``app.core.pins``), never as text. Adding a
person is written to the audit trail with who added them, and so is each later act of an
administrator (a new password, a new role, letting someone go), in the lab's one audit chain.

A person let go keeps their row (marked not ``active``): their name is on every audit entry they
made, so it is never removed nor given to someone else.
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
    kind = _role(role)
    _check_password(password)
    row = conn.execute("SELECT active FROM person WHERE name = ?", (clean,)).fetchone()
    if row is not None and int(row[0]):
        raise InvalidInputError(_("{name} can sign in already.").format(name=clean))
    if row is not None:
        raise InvalidInputError(
            _(
                "{name} was let go, and the name stays on their audit entries: add the new "
                "person under another name, or reinstate {name} if they were let go by mistake "
                "(server reinstate-person)."
            ).format(name=clean)
        )
    conn.execute(
        "INSERT INTO person (name, role, password, active, created_at) VALUES (?, ?, ?, 1, ?)",
        (clean, kind.value, hash_pin(password), now_iso()),
    )
    audit.append(conn, None, by or clean, f"add person: {kind.value}", clean)
    return Person(clean, kind)


def _role(role: str) -> Role:
    try:
        return Role(role)
    except ValueError:
        roles = ", ".join(r.value for r in Role)
        raise InvalidInputError(
            _("{role} is not a role; choose one of {roles}.").format(role=repr(role), roles=roles)
        ) from None


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInputError(
            _("A password needs at least {n} characters.").format(n=MIN_PASSWORD_LENGTH)
        )


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


# -- an administrator manages people ------------------------------------------------------------
# Each act takes the administrator as signed in and checks their row again inside the
# transaction: one demoted or let go at another station since signing in may no longer act.


def hire(conn: Connection, admin: Person | None, name: str, role: str, password: str) -> Person:
    """Inside the caller's transaction: ``add_person``, by an administrator."""
    return add_person(conn, name, role, password, by=_administrator(conn, admin))


def set_password(conn: Connection, admin: Person | None, name: str, password: str) -> None:
    """Inside the caller's transaction: a new password for ``name`` (one forgotten)."""
    by = _administrator(conn, admin)
    _check_password(password)
    target = _active(conn, name)
    conn.execute("UPDATE person SET password = ? WHERE name = ?", (hash_pin(password), target.name))
    audit.append(conn, None, by, "set password", target.name)


def set_role(conn: Connection, admin: Person | None, name: str, role: str) -> Person:
    """Inside the caller's transaction: ``name`` has ``role`` from now on."""
    by = _administrator(conn, admin)
    kind = _role(role)
    target = _active(conn, name)
    if target.role is kind:
        raise InvalidInputError(
            _("{name} is {role} already; nothing was changed.").format(
                name=target.name, role=role_word(kind)
            )
        )
    if kind is not Role.ADMINISTRATOR:
        _keep_an_administrator(conn, target)
    conn.execute("UPDATE person SET role = ? WHERE name = ?", (kind.value, target.name))
    audit.append(
        conn, None, by, f"set role: {kind.value}", target.name, target.role.value, kind.value
    )
    return Person(target.name, kind)


def let_go(conn: Connection, admin: Person | None, name: str) -> None:
    """Inside the caller's transaction: ``name`` no longer signs in; their row stays."""
    by = _administrator(conn, admin)
    target = _active(conn, name)
    _keep_an_administrator(conn, target)
    conn.execute("UPDATE person SET active = 0 WHERE name = ?", (target.name,))
    audit.append(conn, None, by, "let go", target.name, target.role.value)


def reinstate(conn: Connection, admin: Person | None, name: str) -> Person:
    """Inside the caller's transaction: ``name``, let go (by mistake), signs in again with their
    role and password as they were."""
    by = _administrator(conn, admin)
    row = conn.execute(
        "SELECT name, role FROM person WHERE name = ? AND active = 0", (name.strip(),)
    ).fetchone()
    if row is None:
        raise InvalidInputError(_("{name} was not let go.").format(name=name.strip()))
    conn.execute("UPDATE person SET active = 1 WHERE name = ?", (row[0],))
    audit.append(conn, None, by, "reinstate", str(row[0]), None, str(row[1]))
    return Person(str(row[0]), Role(str(row[1])))


def current(conn: Connection, person: Person) -> Person | None:
    """``person`` as their row says now (None once let go): what every act a role allows is
    judged by, inside its transaction, since another station may have changed the role or let
    the person go after they signed in here."""
    row = conn.execute(
        "SELECT role FROM person WHERE name = ? AND active = 1", (person.name,)
    ).fetchone()
    return None if row is None else Person(person.name, Role(str(row[0])))


def _administrator(conn: Connection, admin: Person | None) -> str:
    """The administrator's name, when their row still says so; else a refusal."""
    now = current(conn, admin) if admin is not None else None
    if admin is not None and now is not None and now.may("manage people"):
        return admin.name
    who = admin.name if admin else _("This connection")
    raise StorageError(
        _("{who} may not manage people: that is for an administrator.").format(who=who)
    )


def _active(conn: Connection, name: str) -> Person:
    row = conn.execute(
        "SELECT name, role FROM person WHERE name = ? AND active = 1", (name.strip(),)
    ).fetchone()
    if row is None:
        raise InvalidInputError(
            _("{name} does not sign in on the lab server.").format(name=name.strip())
        )
    return Person(str(row[0]), Role(str(row[1])))


def _keep_an_administrator(conn: Connection, leaving: Person) -> None:
    """Refuse when ``leaving`` is the lab's last administrator: no one could manage people."""
    if leaving.role is not Role.ADMINISTRATOR:
        return
    (others,) = conn.execute(
        "SELECT count(*) FROM person WHERE role = ? AND active = 1 AND name <> ?",
        (Role.ADMINISTRATOR.value, leaving.name),
    ).fetchone()
    if not others:
        raise InvalidInputError(
            _(
                "{name} is the lab's last administrator: make someone else an administrator first."
            ).format(name=leaving.name)
        )
