"""The lab's profiles, published on the lab server so that every station counts with the same
models: an administrator publishes a profile (checked as the window would load it), each publish
of a name is a new version, and the stations fetch a version into a cache in their data folder.

A version is named ``lab:NAME@N`` wherever a profile name goes (Settings, a slide's ``profile``):
a slide keeps the version it was counted with, and opening it later loads that version. The
model files (and their manifests) are stored on the server by SHA-256; a station checks each
cached file against its hash every time the profile is loaded, so a file changed behind
SmearCount's back is refused and fetched again, never counted with.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.atomic import write_bytes_atomic
from app.core.errors import ProfileError, SmearCountError, StorageError
from app.core.i18n import _
from app.core.models.manifest import sidecar_path
from app.core.paths import models_dir, private_dir
from app.core.profiles.format import SHIPPED_PREFIX, read_profile
from app.core.records import now_iso
from app.core.store import audit
from app.core.store.people import Person, current
from app.core.store.sql import Connection, ServerConnection, server_name

log = logging.getLogger(__name__)

LAB_PREFIX = "lab:"
#: Model bytes go to the server in parts of this size: no statement carries a whole model.
CHUNK = 4 * 1024 * 1024
_REF = re.compile(r"^lab:(?P<name>[^@]+?)(?:@(?P<version>[0-9]+))?$")


@dataclass(frozen=True)
class Published:
    name: str
    version: int
    published_by: str
    published_at: str
    sha256: str  # of the profile document
    files: dict[str, str]  # path in the station cache -> SHA-256 of its bytes

    @property
    def ref(self) -> str:
        return f"{LAB_PREFIX}{self.name}@{self.version}"

    @property
    def models(self) -> list[str]:
        """The model files' SHA-256s (manifests left out)."""
        return [sha for path, sha in self.files.items() if not path.endswith(".json")]


def is_lab_ref(name: str | None) -> bool:
    return bool(name) and str(name).startswith(LAB_PREFIX)


def parse_ref(ref: str) -> tuple[str, int | None]:
    match = _REF.match(ref.strip())
    if match is None:
        raise ProfileError(
            _("{ref} does not name a lab profile (lab:NAME or lab:NAME@VERSION).").format(
                ref=repr(ref)
            )
        )
    version = match["version"]
    return match["name"], int(version) if version else None


# -- publishing (an administrator) --------------------------------------------------------------


def publish(db: Any, person: Person | None, path: Path, name: str | None = None) -> Published:
    """Publish the profile file at ``path`` on the server of ``db`` (a ``ServerDatabase``) as the
    next version of its name. Only an administrator publishes; the profile and its models are
    checked first, exactly as a station loads them."""
    from app.core.profiles.runtime import pipeline_for

    _may_publish(person, person)
    assert person is not None
    profile = read_profile(path)
    pipeline_for(profile)  # loads every model: a wrong class list or checksum is said here
    name = (name or profile.name).strip()
    if not name or "@" in name:
        raise ProfileError(_("A lab profile needs a name without '@'."))
    raw = json.loads(path.read_text(encoding="utf-8"))
    files: dict[str, str] = {}
    for holder, key in _model_entries(raw):
        source = _model_file(path.parent, holder[key])
        sha = _upload(db, source)
        cached = f"models/{sha}{source.suffix}"
        files[cached] = sha
        manifest = sidecar_path(source)
        if manifest.is_file():
            files[f"models/{sha}.json"] = _upload(db, manifest)
        holder[key] = f"../{cached}"  # the document lies in the cache's profiles/ folder
    raw["name"] = name
    document = json.dumps(raw, indent=2, ensure_ascii=False, sort_keys=True)
    doc_sha = hashlib.sha256(document.encode()).hexdigest()
    with db.transaction() as conn:
        _may_publish(person, person and current(conn, person))  # now, not at sign-in
        (latest,) = conn.execute(
            "SELECT max(version) FROM lab_profile WHERE name = ?", (name,)
        ).fetchone()
        version = int(latest or 0) + 1
        at = now_iso()
        conn.execute(
            "INSERT INTO lab_profile (name, version, document, files, sha256, published_by, "
            "published_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (name, version, document, json.dumps(files), doc_sha, person.name, at),
        )
        audit.append(conn, None, person.name, "publish profile", f"{name} v{version}")
    return Published(name, version, person.name, at, doc_sha, files)


def _may_publish(person: Person | None, now: Person | None) -> None:
    """Refused unless ``person`` is an administrator (``now``: as their row says it)."""
    if person is None or now is None or not now.may("manage profiles"):
        who = person.name if person else _("This connection")
        raise StorageError(
            _("{who} may not publish profiles: publishing is for an administrator.").format(who=who)
        )


def _model_entries(raw: dict[str, Any]) -> Iterator[tuple[dict[str, Any], str]]:
    """Where a profile document names model files (version 1 and 2), as (object, key)."""
    if raw.get("profile_version") == 1:
        yield from ((raw, k) for k in ("detector", "classifier") if isinstance(raw.get(k), str))
        return
    if isinstance(raw.get("detector"), dict):
        yield raw["detector"], "model"
    for stage in (raw.get("stages") or {}).values():
        if isinstance(stage, dict):
            yield stage, "model"


def _model_file(base: Path, value: str) -> Path:
    if value.startswith(SHIPPED_PREFIX):
        return models_dir() / value[len(SHIPPED_PREFIX) :]
    return base / value


def _upload(db: Any, source: Path) -> str:
    """The file's bytes on the server, once per SHA-256 (a model two profiles use is kept once)."""
    sha = file_sha256(source)
    # One transaction: a model_file row and all of its parts, or nothing.
    with db.transaction() as conn, source.open("rb") as stream:
        if conn.execute("SELECT 1 FROM model_file WHERE sha256 = ?", (sha,)).fetchone():
            return sha
        conn.execute(
            "INSERT INTO model_file (sha256, size, stored_at) VALUES (?, ?, ?)",
            (sha, source.stat().st_size, now_iso()),
        )
        part = 0
        while chunk := stream.read(CHUNK):
            conn.execute(
                "INSERT INTO model_chunk (sha256, part, data) VALUES (?, ?, ?)", (sha, part, chunk)
            )
            part += 1
    return sha


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


# -- what the server holds ----------------------------------------------------------------------


def published(conn: Connection, name: str | None = None) -> list[Published]:
    """Every published version (of ``name``), by name then version."""
    sql = (
        "SELECT name, version, published_by, published_at, sha256, files FROM lab_profile"
        + (" WHERE name = ?" if name else "")
        + " ORDER BY name, version"
    )
    rows = conn.execute(sql, (name,) if name else ()).fetchall()
    return [Published(r[0], int(r[1]), r[2], r[3], r[4], json.loads(r[5])) for r in rows]


def latest(conn: Connection) -> list[Published]:
    """The newest version of each name: what a server station offers for new slides."""
    newest: dict[str, Published] = {}
    for item in published(conn):
        newest[item.name] = item
    return list(newest.values())


def pin(conn: Connection, ref: str) -> str:
    """``lab:NAME`` as the version a new slide counts with (the newest); a version stays."""
    name, version = parse_ref(ref)
    if version is not None:
        return ref
    versions = published(conn, name)
    if not versions:
        raise ProfileError(_("The lab server has no profile named '{name}'.").format(name=name))
    return versions[-1].ref


# -- the station's cache ------------------------------------------------------------------------


def cache_dir(data_dir: Path, url: str) -> Path:
    """One cache per server, in the station's data folder."""
    key = hashlib.sha256(server_name(url).encode()).hexdigest()[:16]
    return data_dir / "lab-profiles" / key


def fetch(conn: Connection, cache: Path, ref: str, models: bool = True) -> Path:
    """The profile file of ``ref`` in the station cache, every file checked against its SHA-256:
    what is missing or differs is fetched again (and checked) before it is used. ``models=False``:
    the document alone (its categories and thresholds), quick enough for the GUI thread."""
    name, version = parse_ref(pin(conn, ref))
    row = conn.execute(
        "SELECT document, files, sha256 FROM lab_profile WHERE name = ? AND version = ?",
        (name, version),
    ).fetchone()
    if row is None:
        raise ProfileError(
            _("The lab server has no version {version} of the profile '{name}'.").format(
                version=version, name=name
            )
        )
    document, files, doc_sha = str(row[0]), json.loads(row[1]), str(row[2])
    if hashlib.sha256(document.encode()).hexdigest() != doc_sha:
        raise StorageError(
            _("The lab profile {name} v{version} on the server is damaged.").format(
                name=name, version=version
            )
        )
    private_dir(cache)
    for relative, sha in files.items() if models else ():
        _cached(conn, cache / relative, sha)
    target = cache / "profiles" / f"{doc_sha}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.is_file() or file_sha256(target) != doc_sha:
        write_bytes_atomic(target, document.encode())
    return target


def _cached(conn: Connection, path: Path, sha: str) -> None:
    if path.is_file():
        if file_sha256(path) == sha:
            return
        log.warning("%s differs from its SHA-256 on the lab server: fetched again", path)
    rows = conn.execute(
        "SELECT data FROM model_chunk WHERE sha256 = ? ORDER BY part", (sha,)
    ).fetchall()
    data = b"".join(bytes(r[0]) for r in rows)
    if hashlib.sha256(data).hexdigest() != sha:
        raise StorageError(
            _("The model file {name}… on the lab server is damaged (checksum differs).").format(
                name=sha[:12]
            )
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(path, data)


# -- the server this station counts on ----------------------------------------------------------


@dataclass(frozen=True)
class _Lab:
    url: str
    station: str | None
    cache: Path
    owner: object  # the store that attached it: only its closing detaches it


_lab: _Lab | None = None


def attach(url: str, station: str | None, data_dir: Path, owner: object) -> None:
    """This process counts on the server at ``url``: ``lab:`` profiles come from there."""
    global _lab
    _lab = _Lab(url, station, cache_dir(data_dir, url), owner)


def detach(owner: object) -> None:
    """``owner`` closes; a store opened since (File → Database… opens the new one first) stays."""
    global _lab
    if _lab is not None and _lab.owner is owner:
        _lab = None


def attached() -> bool:
    return _lab is not None


def resolve(ref: str, models: bool = True) -> Path:
    """The checked profile file of ``ref`` from the attached server (any thread: a connection
    of its own)."""
    if _lab is None:
        raise ProfileError(
            _("{ref} is a profile of the lab server; sign in to the lab server to use it.").format(
                ref=ref
            )
        )
    conn = ServerConnection(_lab.url, _lab.station)
    try:
        return fetch(conn, _lab.cache, ref, models)
    finally:
        conn.close()


def offered() -> list[str]:
    """The newest version of each lab profile as Settings offers it (``lab:NAME``); none when
    no server is attached or it cannot be asked."""
    if _lab is None:
        return []
    try:
        conn = ServerConnection(_lab.url, _lab.station)
        try:
            newest = latest(conn)
        finally:
            conn.close()
    except SmearCountError as exc:
        log.warning("The lab's profiles cannot be listed: %s", exc)
        return []
    _newest.clear()
    _newest.update((p.name, p.version) for p in newest)
    return [f"{LAB_PREFIX}{p.name}" for p in newest]


#: The newest version of each lab profile when ``offered`` last asked (Settings names it).
_newest: dict[str, int] = {}


def version_of(ref: str) -> int | None:
    """The version ``ref`` counts with: its own, else the newest ``offered`` saw."""
    try:
        name, version = parse_ref(ref)
    except ProfileError:
        return None
    return version if version is not None else _newest.get(name)
