"""Profiles and models distributed from the lab server: an administrator publishes, every
station fetches the same bytes, a cached file changed behind SmearCount's back is fetched
again, a slide keeps the version it was counted with, and an older server migrates in place."""

from __future__ import annotations

import hashlib

import pytest

from app.cli import main
from app.core.errors import StorageError
from app.core.paths import models_dir
from app.core.profiles import (
    find_profile,
    lab,
    pipeline_for,
    profile_categories,
    read_profile,
)
from app.core.store import SlideStore
from app.core.store.people import add_person
from app.core.store.server import _statements
from app.core.store.server_schema import PRESENCE_TABLE, SERVER_SCHEMA, SERVER_VERSION
from app.core.store.sql import ServerConnection
from tests.engines import ADMIN, PASSWORD, new_server_database, server_url

SHIPPED = {p.name: p.read_bytes() for p in models_dir().glob("*.onnx")}


@pytest.fixture
def server(monkeypatch):
    monkeypatch.setenv("SMEARCOUNT_STATION", "scope-1")
    monkeypatch.setattr(lab, "CHUNK", 1024 * 1024)  # a shipped model is several parts
    return new_server_database(server_url())


def _admin(url, tmp_path, folder="admin"):
    return SlideStore(tmp_path / folder, database=url, person=(ADMIN, PASSWORD))


def _default():
    return find_profile("default")


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_publish_list_fetch_round_trip(server, tmp_path):
    store = _admin(server, tmp_path)
    first = lab.publish(store.db, store.person, _default())
    second = lab.publish(store.db, store.person, _default())
    assert (first.version, second.version) == (1, 2)  # each publish is a new version
    listed = lab.published(store.db.conn)
    assert [(p.name, p.version, p.published_by) for p in listed] == [
        ("default", 1, ADMIN),
        ("default", 2, ADMIN),
    ]
    assert sorted(listed[0].models) == sorted(_sha(b) for b in SHIPPED.values())
    # One copy of each model for both versions, in parts.
    (files,) = store.db.conn.execute("SELECT count(*) FROM model_file").fetchone()
    (parts,) = store.db.conn.execute("SELECT count(*) FROM model_chunk").fetchone()
    assert files == 4 and parts > 4  # two models and their manifests
    path = lab.resolve("lab:default@1")
    profile = read_profile(path)
    assert profile.name == "default" and profile.detector is not None
    assert profile.detector.path.read_bytes() == SHIPPED["cell_detector.onnx"]
    # What a field records of the models that analysed it names the published bytes.
    summaries = pipeline_for(profile).model_summaries()
    assert sorted(m["sha256"] for m in summaries) == sorted(listed[0].models)
    trail = store.db.conn.execute("SELECT who, target FROM audit WHERE what = 'publish profile'")
    assert [tuple(r) for r in trail] == [(ADMIN, "default v1"), (ADMIN, "default v2")]
    with pytest.raises(StorageError, match="never changed"):
        store.db.conn.execute("UPDATE lab_profile SET published_by = 'someone'")
    store.close()


@pytest.mark.parametrize("role", ["technician", "reviewer"])
def test_only_an_administrator_publishes(server, tmp_path, role):
    store = _admin(server, tmp_path)
    with store.db.transaction() as conn:
        add_person(conn, "ana", role, "ana-password", by=ADMIN)
    store.close()
    theirs = SlideStore(tmp_path / "ana", database=server, person=("ana", "ana-password"))
    with pytest.raises(StorageError, match="ana may not publish profiles"):
        lab.publish(theirs.db, theirs.person, _default())
    assert lab.published(theirs.db.conn) == []
    theirs.close()


def test_a_changed_cache_file_is_refused_and_fetched_again(server, tmp_path):
    store = _admin(server, tmp_path)
    lab.publish(store.db, store.person, _default())
    detector = read_profile(lab.resolve("lab:default")).detector
    assert detector is not None
    detector.path.write_bytes(b"not the model the lab published")
    again = read_profile(lab.resolve("lab:default")).detector
    assert again is not None and again.path.read_bytes() == SHIPPED["cell_detector.onnx"]
    store.close()


def test_two_stations_get_identical_model_bytes(server, tmp_path):
    store = _admin(server, tmp_path)
    lab.publish(store.db, store.person, _default())
    store.close()
    got = []
    for station in ("scope-1", "scope-2"):
        conn = ServerConnection(server, station)
        path = lab.fetch(conn, lab.cache_dir(tmp_path / station, server), "lab:default@1")
        conn.close()
        profile = read_profile(path)
        got.append([m.path.read_bytes() for m in (profile.detector, profile.stages[0].model)])
    assert got[0] == got[1] == [SHIPPED["cell_detector.onnx"], SHIPPED["wbc_classifier.onnx"]]


def test_a_slide_keeps_the_version_it_was_counted_with(server, tmp_path):
    store = _admin(server, tmp_path)
    lab.publish(store.db, store.person, _default())
    assert "lab:default" in lab.offered()
    # Creating a slide on the GUI thread reads the document only; the models come with analysis.
    categories = profile_categories("lab:default")
    assert categories is not None and categories.has_category("neutrophil")
    assert not (lab.cache_dir(tmp_path / "admin", server) / "models").exists()
    session = store.create_slide(ADMIN, "PB-1", profile="lab:default", categories=categories)
    assert session.slide.profile == "lab:default@1"
    lab.publish(store.db, store.person, _default(), name="default")
    again = store.open(session.slide_id, ADMIN)
    assert again.slide.profile == "lab:default@1"
    (doc,) = store.db.conn.execute(
        "SELECT sha256 FROM lab_profile WHERE name = 'default' AND version = 1"
    ).fetchone()
    assert find_profile(again.slide.profile).stem == doc
    assert store.create_slide(ADMIN, "PB-2", profile="lab:default").slide.profile.endswith("@2")
    store.close()


def test_a_server_set_up_before_lab_profiles_migrates_in_place(tmp_path):
    url = new_server_database(server_url(), empty=True)
    from app.core.store.schema import CURRENT_VERSION

    conn = ServerConnection(url, "old-station")
    for statement in _statements(SERVER_SCHEMA + PRESENCE_TABLE):  # as `server init` did then
        conn.execute(statement)
    conn.execute("INSERT INTO schema_version VALUES (?)", (CURRENT_VERSION,))
    add_person(conn, ADMIN, "administrator", PASSWORD)
    conn.close()
    store = _admin(url, tmp_path)
    (version,) = store.db.conn.execute("SELECT version FROM server_version").fetchone()
    assert version == SERVER_VERSION
    assert lab.publish(store.db, store.person, _default()).version == 1
    assert store.person is not None and store.person.name == ADMIN  # what it held is kept
    store.close()
    again = _admin(url, tmp_path, "second")  # already migrated: opens as it is
    assert len(lab.published(again.db.conn)) == 1
    again.close()


def test_the_store_opened_last_keeps_the_lab(server, tmp_path):
    """File → Database… opens the new store before it closes the old one (same server)."""
    store = _admin(server, tmp_path)
    lab.publish(store.db, store.person, _default())
    newer = _admin(server, tmp_path, "again")
    store.close()
    assert lab.attached() and lab.resolve("lab:default@1").is_file()
    newer.close()
    assert not lab.attached()


def test_cli_publishes_and_lists(server, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SMEARCOUNT_PASSWORD", PASSWORD)
    assert main(["server", "publish-profile", server, "default", "--as", ADMIN]) == 0
    assert "Published default v1" in capsys.readouterr().out
    assert main(["server", "profiles", server]) == 0
    listed = capsys.readouterr().out
    assert "default" in listed and "v1" in listed and ADMIN in listed
    assert _sha(SHIPPED["cell_detector.onnx"])[:12] in listed
