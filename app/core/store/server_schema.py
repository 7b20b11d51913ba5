"""The lab server's schema (PostgreSQL): the SQLite schema at its current version, in
PostgreSQL's words, plus what only a server has (image bytes, people, who has a slide open).

The slide tables are written whole for the SQLite version they mirror (``schema_version``); a change
to them adds a step beside the SQLite one. What only a server has is versioned on its own
(``server_version``): ``SERVER_MIGRATIONS[n]`` turns a server at version n into n+1, each step
additive, so a server set up by an older SmearCount migrates in place when a station opens it. Types
are chosen so a row reads back exactly as SQLite gives it (a row digest must not depend on the
engine): 64-bit integers, double-precision reals, text. The triggers keep the rules SQLite's keep:
the audit trail is append-only, an image is a field of a slide once, and ``id_high`` remembers the
highest id each table ever had (SQLite's ``sqlite_sequence``), so an undone row's id is never given
to another.
"""

from __future__ import annotations

from collections.abc import Callable

from app.core.store.sql import Connection

#: Who has a slide open at which station (``presence``); not slide data, so not audited.
#: ``IF NOT EXISTS``: servers set up before ``server_version`` may have it already.
PRESENCE_TABLE = """
CREATE TABLE IF NOT EXISTS slide_open (
    slide_id BIGINT PRIMARY KEY,
    token TEXT NOT NULL,
    who TEXT NOT NULL,
    station TEXT NOT NULL,
    since TEXT NOT NULL,
    renewed TIMESTAMPTZ NOT NULL
);
"""

SERVER_SCHEMA = """
CREATE TABLE schema_version (version BIGINT NOT NULL);

CREATE TABLE image (
    sha256 TEXT PRIMARY KEY,
    ext TEXT NOT NULL,
    size BIGINT NOT NULL,
    stored_at TEXT NOT NULL
);
-- The bytes of each field image, named by their SHA-256: a station needs no shared folder.
CREATE TABLE image_data (sha256 TEXT PRIMARY KEY, data BYTEA NOT NULL);

CREATE TABLE slide (
    id BIGINT PRIMARY KEY,
    sample_id TEXT NOT NULL,
    patient_id TEXT,
    age TEXT,
    sex TEXT CHECK (sex IN ('F', 'M', 'X')),
    specimen TEXT NOT NULL CHECK (specimen IN ('peripheral_blood', 'bone_marrow')),
    stain TEXT,
    wbc_count DOUBLE PRECISION CHECK (wbc_count IS NULL OR wbc_count >= 0),
    wbc_unit TEXT NOT NULL,
    target BIGINT NOT NULL CHECK (target > 0),
    profile TEXT,
    operator TEXT,
    created_at TEXT NOT NULL,
    finished_at TEXT,
    signed_at TEXT,
    signed_by TEXT,
    comment TEXT,
    state TEXT NOT NULL CHECK (state IN ('open', 'finished', 'signed')),
    categories TEXT
);
CREATE INDEX slide_sample ON slide (sample_id);
CREATE INDEX slide_patient ON slide (patient_id);
CREATE INDEX slide_created ON slide (created_at);
CREATE INDEX slide_state ON slide (state);

CREATE TABLE field (
    id BIGINT PRIMARY KEY,
    slide_id BIGINT NOT NULL REFERENCES slide (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    image_sha256 TEXT NOT NULL REFERENCES image (sha256),
    image_ext TEXT NOT NULL,
    file_name TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('file', 'camera')),
    captured_at TEXT NOT NULL,
    width BIGINT NOT NULL,
    height BIGINT NOT NULL,
    quality DOUBLE PRECISION,
    analysis_state TEXT NOT NULL CHECK (analysis_state IN ('pending', 'done', 'failed')),
    analysis_error TEXT,
    analysis_models TEXT
);
CREATE INDEX field_slide ON field (slide_id, position);
CREATE UNIQUE INDEX field_image_once ON field (slide_id, image_sha256);

CREATE TABLE cell (
    id BIGINT PRIMARY KEY,
    field_id BIGINT NOT NULL REFERENCES field (id) ON DELETE CASCADE,
    x1 DOUBLE PRECISION NOT NULL, y1 DOUBLE PRECISION NOT NULL,
    x2 DOUBLE PRECISION NOT NULL, y2 DOUBLE PRECISION NOT NULL,
    model_label TEXT,
    model_confidence DOUBLE PRECISION,
    detector_label TEXT,
    detector_confidence DOUBLE PRECISION,
    label TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('counted', 'not_counted', 'deleted')),
    reason TEXT CHECK (reason IS NULL OR reason IN ('smudge', 'artefact', 'broken')),
    source TEXT NOT NULL CHECK (source IN ('model', 'manual')),
    reviewed BIGINT NOT NULL DEFAULT 0,
    changed_by TEXT,
    changed_at TEXT,
    model_path TEXT
);
CREATE INDEX cell_field ON cell (field_id);

CREATE TABLE id_high (name TEXT PRIMARY KEY, seq BIGINT NOT NULL);
CREATE FUNCTION id_high_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO id_high (name, seq) VALUES (TG_TABLE_NAME, NEW.id)
        ON CONFLICT (name) DO UPDATE SET seq = greatest(id_high.seq, excluded.seq);
    RETURN NEW;
END $$;
CREATE TRIGGER slide_id_high AFTER INSERT ON slide FOR EACH ROW EXECUTE FUNCTION id_high_keep();
CREATE TRIGGER field_id_high AFTER INSERT ON field FOR EACH ROW EXECUTE FUNCTION id_high_keep();
CREATE TRIGGER cell_id_high AFTER INSERT ON cell FOR EACH ROW EXECUTE FUNCTION id_high_keep();

CREATE TABLE action (
    id BIGSERIAL PRIMARY KEY,
    slide_id BIGINT NOT NULL,
    kind TEXT NOT NULL,
    changes TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('done', 'undone', 'discarded')),
    at TEXT NOT NULL
);
CREATE INDEX action_slide ON action (slide_id, status, id);

CREATE TABLE audit (
    id BIGSERIAL PRIMARY KEY,
    slide_id BIGINT,
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    what TEXT NOT NULL,
    target TEXT NOT NULL,
    before TEXT,
    after TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    rows TEXT,
    station TEXT
);
CREATE INDEX audit_slide ON audit (slide_id, id);
CREATE TABLE audit_head (id BIGINT PRIMARY KEY CHECK (id = 1), count BIGINT, hash TEXT);
CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only';
END $$;
CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();

-- People who sign in at a station: a salted scrypt hash of the password, never the password.
CREATE TABLE person (
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('technician', 'reviewer', 'administrator')),
    password TEXT NOT NULL,
    active BIGINT NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);
"""

#: Profiles the lab's administrator published (``app.core.profiles.lab``): each publish of a name
#: is a new version and none is ever changed, since slides counted with it name it. Model files
#: are stored once by SHA-256, in chunks so that a large model is never one huge value.
LAB_PROFILES = """
CREATE TABLE lab_profile (
    name TEXT NOT NULL,
    version BIGINT NOT NULL CHECK (version > 0),
    document TEXT NOT NULL,
    files TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    published_by TEXT NOT NULL,
    published_at TEXT NOT NULL,
    PRIMARY KEY (name, version)
);
CREATE TABLE model_file (sha256 TEXT PRIMARY KEY, size BIGINT NOT NULL, stored_at TEXT NOT NULL);
CREATE TABLE model_chunk (
    sha256 TEXT NOT NULL REFERENCES model_file (sha256),
    part BIGINT NOT NULL,
    data BYTEA NOT NULL,
    PRIMARY KEY (sha256, part)
);
CREATE FUNCTION lab_profile_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a published profile is never changed: publish a new version';
END $$;
CREATE TRIGGER lab_profile_no_change BEFORE UPDATE OR DELETE ON lab_profile
    FOR EACH ROW EXECUTE FUNCTION lab_profile_kept();
"""

SERVER_VERSION_TABLE = "CREATE TABLE IF NOT EXISTS server_version (version BIGINT NOT NULL);"

#: Step n turns a server at version n into n+1 (a server without ``server_version`` is at 0).
SERVER_MIGRATIONS: list[str] = [PRESENCE_TABLE, LAB_PROFILES]
SERVER_VERSION = len(SERVER_MIGRATIONS)


def migrate_server(conn: Connection, statements: Callable[[str], list[str]]) -> int:
    """Inside the caller's transaction (under the write lock): bring the server-only tables to
    ``SERVER_VERSION``; returns the version the server was at."""
    conn.execute(SERVER_VERSION_TABLE)
    row = conn.execute("SELECT version FROM server_version").fetchone()
    was = int(row[0]) if row else 0
    if was > SERVER_VERSION:
        return was  # a newer SmearCount's additions: this one leaves them alone
    for script in SERVER_MIGRATIONS[was:]:
        for statement in statements(script):
            conn.execute(statement)
    if row is None:
        conn.execute("INSERT INTO server_version VALUES (?)", (SERVER_VERSION,))
    elif was != SERVER_VERSION:
        conn.execute("UPDATE server_version SET version = ?", (SERVER_VERSION,))
    return was
