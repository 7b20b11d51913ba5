"""An administrator manages the lab's people: a new password for one who forgot theirs, another
role, letting someone go (their row and their name on the audit trail stay); only an
administrator does it, never the lab's last one away, and each act is on the audit trail."""

from __future__ import annotations

import pytest

from app.cli import main
from app.core.errors import InvalidInputError, StorageError
from app.core.store import SlideStore
from app.core.store.people import (
    Person,
    Role,
    hire,
    let_go,
    people,
    reinstate,
    set_password,
    set_role,
    sign_in,
)
from tests.engines import ADMIN, PASSWORD, new_server_database, server_url


@pytest.fixture
def admin(tmp_path):
    store = SlideStore(
        tmp_path / "admin", database=new_server_database(server_url()), person=(ADMIN, PASSWORD)
    )
    with store.db.transaction() as conn:
        hire(conn, store.person, "ana", "technician", "ana-password")
    yield store
    store.close()


def _do(store, act, *args):
    with store.db.transaction() as conn:
        return act(conn, *args)


def _trail(store):
    rows = store.db.conn.execute(
        "SELECT who, what, target FROM audit WHERE slide_id IS NULL ORDER BY id"
    ).fetchall()
    return [tuple(r) for r in rows]


def test_a_forgotten_password_is_replaced(admin):
    with admin.db.transaction() as conn:
        set_password(conn, admin.person, "ana", "ana-new-password")
    assert sign_in(admin.db.conn, "ana", "ana-new-password") == Person("ana", Role.TECHNICIAN)
    with pytest.raises(StorageError, match="do not sign in"):
        sign_in(admin.db.conn, "ana", "ana-password")
    with pytest.raises(InvalidInputError, match="at least 8"):
        _do(admin, set_password, admin.person, "ana", "short")
    assert _trail(admin)[-1] == (ADMIN, "set password", "ana")


def test_a_role_changes_and_is_recorded(admin):
    with admin.db.transaction() as conn:
        assert set_role(conn, admin.person, "ana", "reviewer") == Person("ana", Role.REVIEWER)
    assert sign_in(admin.db.conn, "ana", "ana-password").may("sign")
    with pytest.raises(InvalidInputError, match="is a reviewer already"):
        _do(admin, set_role, admin.person, "ana", "reviewer")
    with pytest.raises(InvalidInputError, match="not a role"):
        _do(admin, set_role, admin.person, "ana", "boss")
    (before, after) = admin.db.conn.execute(
        "SELECT before, after FROM audit WHERE what = 'set role: reviewer'"
    ).fetchone()
    assert (before, after) == ('"technician"', '"reviewer"')


def test_one_let_go_no_longer_signs_in_and_keeps_their_name(admin):
    with admin.db.transaction() as conn:
        let_go(conn, admin.person, "ana")
    with pytest.raises(StorageError, match="do not sign in"):
        sign_in(admin.db.conn, "ana", "ana-password")
    assert [p.name for p in people(admin.db.conn)] == [ADMIN]
    assert admin.db.conn.execute("SELECT active FROM person WHERE name = 'ana'").fetchone()[0] == 0
    assert (ADMIN, "let go", "ana") in _trail(admin)
    assert ("admin", "add person: technician", "ana") in _trail(admin)
    with pytest.raises(InvalidInputError, match="was let go"):
        _do(admin, hire, admin.person, "ana", "technician", "ana-password")
    with pytest.raises(InvalidInputError, match="ana does not sign in"):
        _do(admin, set_password, admin.person, "ana", "ana-new-password")
    assert admin.db.integrity_ok()
    # Let go by mistake: reinstated, by an administrator, with the role and password as they were.
    with pytest.raises(StorageError, match="may not manage people"):
        _do(admin, reinstate, Person("ana", Role.TECHNICIAN), "ana")
    assert _do(admin, reinstate, admin.person, "ana") == Person("ana", Role.TECHNICIAN)
    assert sign_in(admin.db.conn, "ana", "ana-password") == Person("ana", Role.TECHNICIAN)
    assert (ADMIN, "reinstate", "ana") in _trail(admin)
    with pytest.raises(InvalidInputError, match="ana was not let go"):
        _do(admin, reinstate, admin.person, "ana")


def test_the_last_administrator_stays(admin):
    for act in (
        lambda c: let_go(c, admin.person, ADMIN),
        lambda c: set_role(c, admin.person, ADMIN, "reviewer"),
    ):
        with pytest.raises(InvalidInputError, match="last administrator"):
            _do(admin, act)
    with admin.db.transaction() as conn:
        set_role(conn, admin.person, "ana", "administrator")
        set_role(conn, admin.person, ADMIN, "reviewer")  # another administrator remains
    assert sign_in(admin.db.conn, ADMIN, PASSWORD).role is Role.REVIEWER


@pytest.mark.parametrize("role", ["technician", "reviewer"])
def test_only_an_administrator_manages_people(admin, role):
    with admin.db.transaction() as conn:
        hire(conn, admin.person, "bo", role, "bo-password")
    bo = sign_in(admin.db.conn, "bo", "bo-password")
    for act in (
        lambda c: hire(c, bo, "cy", "technician", "cy-password"),
        lambda c: set_password(c, bo, "ana", "ana-new-password"),
        lambda c: set_role(c, bo, "ana", "administrator"),
        lambda c: let_go(c, bo, "ana"),
        lambda c: let_go(c, None, "ana"),
    ):
        with pytest.raises(StorageError, match="may not manage people"):
            _do(admin, act)
    assert sign_in(admin.db.conn, "ana", "ana-password").role is Role.TECHNICIAN


def test_an_administrator_demoted_elsewhere_no_longer_acts(admin):
    with admin.db.transaction() as conn:
        hire(conn, admin.person, "dr-li", "administrator", "dr-li-password")
    li = sign_in(admin.db.conn, "dr-li", "dr-li-password")
    with admin.db.transaction() as conn:
        set_role(conn, admin.person, "dr-li", "reviewer")
    with pytest.raises(StorageError, match="dr-li may not manage people"):
        _do(admin, let_go, li, "ana")


def test_the_command_line_manages_people(admin, monkeypatch, capsys):
    url = admin.server
    monkeypatch.setenv("SMEARCOUNT_PASSWORD", PASSWORD)
    monkeypatch.setenv("SMEARCOUNT_NEW_PASSWORD", "ana-new-password")
    assert main(["server", "set-password", url, "ana", "--as", ADMIN]) == 0
    assert "new password" in capsys.readouterr().out
    assert sign_in(admin.db.conn, "ana", "ana-new-password")
    assert main(["server", "set-role", url, "ana", "--role", "reviewer", "--as", ADMIN]) == 0
    assert sign_in(admin.db.conn, "ana", "ana-new-password").role is Role.REVIEWER
    assert main(["server", "remove-person", url, ADMIN, "--as", ADMIN]) == 2
    assert "last administrator" in capsys.readouterr().err
    assert main(["server", "remove-person", url, "ana", "--as", ADMIN]) == 0
    assert "no longer signs in" in capsys.readouterr().out
    main(["server", "people", url])
    assert "ana" not in capsys.readouterr().out
    assert main(["server", "reinstate-person", url, "ana", "--as", ADMIN]) == 0
    assert "ana signs in again as reviewer" in capsys.readouterr().out
    monkeypatch.setenv("SMEARCOUNT_PASSWORD", "wrong-password")
    assert main(["server", "set-role", url, ADMIN, "--role", "reviewer", "--as", ADMIN]) == 2
    assert "do not sign in" in capsys.readouterr().err


def test_a_role_taken_away_at_another_station_counts_at_once(admin, tmp_path):
    """A reviewer demoted and an administrator let go while signed in elsewhere can no longer
    sign or publish there: the server's row decides, not the sign-in."""
    from app.core.profiles import find_profile, lab
    from tests.core.store_helpers import detections, field_image

    url = admin.db.url
    _do(admin, hire, admin.person, "rev", "reviewer", "rev-password")
    _do(admin, hire, admin.person, "eve", "administrator", "eve-password")
    rev = SlideStore(tmp_path / "rev", database=url, person=("rev", "rev-password"))
    eve = SlideStore(tmp_path / "eve", database=url, person=("eve", "eve-password"))
    session = rev.create_slide("rev", "PB-1")
    field = session.add_field(field_image(tmp_path / "f.png"))
    session.apply_analysis(field.id, detections(2))
    session.finish()
    _do(admin, set_role, admin.person, "rev", "technician")
    _do(admin, let_go, admin.person, "eve")
    with pytest.raises(StorageError, match="rev signs in as a technician"):
        session.sign("rev")
    assert session.slide.state == "finished"
    with pytest.raises(StorageError, match="eve may not publish"):
        lab.publish(eve.db, eve.person, find_profile("default"))
    assert lab.published(admin.db.conn) == []
    rev.close()
    eve.close()
