"""The lab server: set up once, people sign in with their roles, every audit entry names the
person and the station, a slide counted on a PC arrives verified, and a server that is away is
a plain message."""

from __future__ import annotations

import pytest

from app.cli import main
from app.core.categories import DEFAULT_CATEGORY_MAP
from app.core.errors import InvalidInputError, StorageError
from app.core.store import SlideStore
from app.core.store.bundle import export_slide, import_slide
from app.core.store.people import add_person
from app.core.store.sql import ServerAway, ServerError
from tests.core.report_helpers import report_slide
from tests.core.store_helpers import detections, field_image
from tests.engines import ADMIN, PASSWORD, new_server_database, server_url


@pytest.fixture
def server(monkeypatch):
    monkeypatch.setenv("SMEARCOUNT_STATION", "scope-2")
    return new_server_database(server_url())


def _person(url, tmp_path, name, role):
    store = SlideStore(tmp_path / "admin", database=url, person=(ADMIN, PASSWORD))
    with store.db.transaction() as conn:
        add_person(conn, name, role, f"{name}-password", by=ADMIN)
    store.close()
    return SlideStore(tmp_path / name, database=url, person=(name, f"{name}-password"))


def test_init_sets_up_an_empty_server_once(monkeypatch, capsys):
    url = new_server_database(server_url(), empty=True)
    with pytest.raises(StorageError, match="server init"):
        SlideStore(database=url)
    monkeypatch.setenv("SMEARCOUNT_PASSWORD", "first-password")
    assert main(["server", "init", url, "--admin", "Dr. Mensah"]) == 0
    assert main(["server", "init", url, "--admin", "someone"]) == 2
    assert "set up already" in capsys.readouterr().err
    assert main(["server", "people", url]) == 0
    listed = capsys.readouterr().out
    assert "Dr. Mensah" in listed and "administrator" in listed
    monkeypatch.setenv("SMEARCOUNT_NEW_PASSWORD", "tech-password")  # ana's
    assert main(["server", "add-person", url, "ana", "--role", "technician", "--as", "x"]) == 2
    assert main(["server", "add-person", url, "ana", "--role", "technician"]) == 2  # no admin
    assert "do not sign in" in capsys.readouterr().err
    add = ["server", "add-person", url, "ana", "--role", "technician", "--as", "Dr. Mensah"]
    assert main(add) == 0  # signed in with the administrator's own password
    assert main(["server", "check", url]) == 0
    assert "connected, database version" in capsys.readouterr().out
    store = SlideStore(database=url, person=("ana", "tech-password"))
    assert store.person is not None and store.person.role.value == "technician"
    store.close()
    with pytest.raises(StorageError, match="do not sign in"):
        SlideStore(database=url, person=("ana", "wrong-password"))


def test_roles_say_who_signs_and_work_goes_in_the_signed_in_name(server, tmp_path):
    tech = _person(server, tmp_path, "ana", "technician")
    session = tech.create_slide("ana", "PB-1")
    with pytest.raises(InvalidInputError, match="ana is signed in"):
        tech.open(session.slide_id, "bo")
    session.finish()
    with pytest.raises(StorageError, match="technician: signing and unsigning slides is for a"):
        session.sign("ana")
    reviewer = _person(server, tmp_path, "dr-li", "reviewer")
    theirs = reviewer.open(session.slide_id, "dr-li")
    theirs.sign("dr-li")
    assert theirs.slide.locked
    with pytest.raises(StorageError, match="signed"):  # locked for every station
        session.edit_slide(age="40")
    tech.close()
    reviewer.close()


def test_every_audit_entry_names_person_and_station(server, tmp_path):
    store, _session = report_slide(tmp_path, database=server)
    rows = store.db.conn.execute("SELECT who, station FROM audit ORDER BY id").fetchall()
    # The set-up's own entries name the station that ran `server init`; the count's, this one.
    assert all(station for _who, station in rows)
    assert all(station == "scope-2" for who, station in rows if who == "ana")
    assert {who for who, _station in rows} == {ADMIN, "ana"}
    assert store.verify_audit().ok
    store.close()


def test_a_slide_counted_on_a_pc_arrives_on_the_server_verified(server, tmp_path):
    pc, session = report_slide(tmp_path / "pc")  # SQLite, no server
    export_slide(pc, session.slide_id, "ana", tmp_path / "PB-9.zip")
    lab = SlideStore(tmp_path / "station", database=server)
    new_id = import_slide(lab, tmp_path / "PB-9.zip", "ana")
    arrived = lab.open(new_id, "ana")
    assert arrived.differential(DEFAULT_CATEGORY_MAP).total == (
        session.differential(DEFAULT_CATEGORY_MAP).total
    )
    assert sorted(c.label for c in arrived.cells.values()) == sorted(
        c.label for c in session.cells.values()
    )
    assert lab.verify_audit().ok and lab.verify_state().ok
    assert arrived.image_path(arrived.field_list()[0]).read_bytes() == pc.images.read(
        session.field_list()[0].image_sha256, session.field_list()[0].image_ext
    )
    pc.close()
    lab.close()


def test_a_server_that_is_away_is_a_plain_message(tmp_path):
    url = "postgresql://nobody@127.0.0.1:1/smearcount"  # nothing listens on port 1
    with pytest.raises(ServerAway, match=r"127\.0\.0\.1/smearcount cannot be reached"):
        SlideStore(tmp_path, database=url)


def test_a_refused_login_a_missing_database_and_a_bad_address_say_what_to_fix(server, tmp_path):
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    info = conninfo_to_dict(server)
    wrong = make_conninfo(**{**info, "password": "not-the-password"})
    with pytest.raises(ServerError, match="refused this station's login") as refused:
        SlideStore(tmp_path, database=wrong)
    assert not isinstance(refused.value, ServerAway)  # trying again will not help
    assert "not-the-password" not in str(refused.value)
    missing = make_conninfo(**{**info, "dbname": "no_such_lab"})
    with pytest.raises(ServerError, match=r"no_such_lab.*does not exist.*database name"):
        SlideStore(tmp_path, database=missing)
    with pytest.raises(ServerError, match="address is not valid") as bad:
        SlideStore(tmp_path, database="postgresql://ana:secret@[labserver/db")
    assert "secret" not in str(bad.value)


def test_several_station_processes_share_one_server(server, tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    lab = SlideStore(tmp_path / "lab", database=server)
    shared = lab.create_slide("tech", "SHARED-1")
    field = shared.add_field(field_image(tmp_path / "shared.png"))
    shared.apply_analysis(field.id, detections(12))
    stations = [f"scope-{i}" for i in range(4)]
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.core.station_worker",
                str(tmp_path / name),
                server,
                str(shared.slide_id),
                "40",
                str(i),
            ],
            cwd=root,
            env={**os.environ, "SMEARCOUNT_STATION": name},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i, name in enumerate(stations)
    ]
    done = {}
    for name, worker in zip(stations, workers, strict=True):
        out, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err
        words = out.split()
        done[name] = int(words[1])
        assert int(words[1]) + int(words[3]) == 40
    # Every change any station was told was saved is in the lab's one audit chain, with its
    # station; the chain and every row verify; each station's own slide is there.
    for name in stations:
        (entries,) = lab.db.conn.execute(
            "SELECT count(*) FROM audit WHERE what = 'relabel' AND station = ?", (name,)
        ).fetchone()
        assert entries == done[name]
    assert lab.verify_audit().ok and lab.verify_state().ok
    assert {s.slide.sample_id for s in lab.search("OWN-")} == {f"OWN-{i}" for i in range(4)}
    lab.close()
