"""The database schema and its forward migrations.

``MIGRATIONS[n]`` turns a version-n database into version n+1; version 0 is an empty file.
Never edit a migration that has shipped: add the next one (tests open a database made by the
first version and check it reaches the current one).
"""

from __future__ import annotations

V1 = """
CREATE TABLE schema_version (version INTEGER NOT NULL);

CREATE TABLE image (
    sha256 TEXT PRIMARY KEY,
    ext TEXT NOT NULL,
    size INTEGER NOT NULL,
    stored_at TEXT NOT NULL
);

CREATE TABLE slide (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    sample_id TEXT NOT NULL,
    patient_id TEXT,
    age TEXT,
    sex TEXT CHECK (sex IN ('F', 'M', 'X')),
    specimen TEXT NOT NULL CHECK (specimen IN ('peripheral_blood', 'bone_marrow')),
    stain TEXT,
    wbc_count REAL CHECK (wbc_count IS NULL OR wbc_count >= 0),
    wbc_unit TEXT NOT NULL,
    target INTEGER NOT NULL CHECK (target > 0),
    profile TEXT,
    operator TEXT,
    created_at TEXT NOT NULL,
    finished_at TEXT,
    signed_at TEXT,
    signed_by TEXT,
    comment TEXT,
    state TEXT NOT NULL CHECK (state IN ('open', 'finished', 'signed'))
);
CREATE INDEX slide_sample ON slide (sample_id);
CREATE INDEX slide_patient ON slide (patient_id);
CREATE INDEX slide_created ON slide (created_at);

CREATE TABLE field (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    slide_id INTEGER NOT NULL REFERENCES slide (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    image_sha256 TEXT NOT NULL REFERENCES image (sha256),
    image_ext TEXT NOT NULL,
    file_name TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('file', 'camera')),
    captured_at TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    quality REAL,
    analysis_state TEXT NOT NULL CHECK (analysis_state IN ('pending', 'done', 'failed')),
    analysis_error TEXT
);
CREATE INDEX field_slide ON field (slide_id, position);

CREATE TABLE cell (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    field_id INTEGER NOT NULL REFERENCES field (id) ON DELETE CASCADE,
    x1 REAL NOT NULL, y1 REAL NOT NULL, x2 REAL NOT NULL, y2 REAL NOT NULL,
    model_label TEXT,
    model_confidence REAL,
    detector_label TEXT,
    detector_confidence REAL,
    label TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('counted', 'not_counted', 'deleted')),
    reason TEXT CHECK (reason IS NULL OR reason IN ('smudge', 'artefact', 'broken')),
    source TEXT NOT NULL CHECK (source IN ('model', 'manual')),
    reviewed INTEGER NOT NULL DEFAULT 0,
    changed_by TEXT,
    changed_at TEXT
);
CREATE INDEX cell_field ON cell (field_id);

-- One row per user action: its row changes, so it can be undone and redone after a restart.
CREATE TABLE action (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    slide_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    changes TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('done', 'undone', 'discarded')),
    at TEXT NOT NULL
);
CREATE INDEX action_slide ON action (slide_id, status, id);

-- Append-only; each row's hash covers its content and the previous row's hash.
CREATE TABLE audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    slide_id INTEGER,
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    what TEXT NOT NULL,
    target TEXT NOT NULL,
    before TEXT,
    after TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_slide ON audit (slide_id, id);
-- The chain's newest hash and length, so that removing the last rows also shows.
CREATE TABLE audit_head (id INTEGER PRIMARY KEY CHECK (id = 1), count INTEGER, hash TEXT);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
"""

# Version 2: which models analysed each field (name, version, sha256, provider), for the report.
V2 = """
ALTER TABLE field ADD COLUMN analysis_models TEXT;
"""

# Version 3: the classifier stages each model cell went through (JSON [[stage, label, conf]]).
V3 = """
ALTER TABLE cell ADD COLUMN model_path TEXT;
"""

# Version 4: the categories a slide counts in, as its profile had them when the slide was
# created (JSON), so that editing or deleting the profile later does not recount old slides.
V4 = """
ALTER TABLE slide ADD COLUMN categories TEXT;
"""

# Version 5: each audit entry holds the digests of the rows it wrote (tamper evidence that covers
# what is reported); an image is a field of a slide once at most, whoever writes.
V5 = """
ALTER TABLE audit ADD COLUMN rows TEXT;
CREATE TRIGGER field_image_once BEFORE INSERT ON field
    WHEN EXISTS (
        SELECT 1 FROM field WHERE slide_id = NEW.slide_id AND image_sha256 = NEW.image_sha256
    )
    BEGIN SELECT RAISE(ABORT, 'this image is already a field of this slide'); END;
"""

# Version 6: the station (computer) of each audit entry, named when slides are on a lab server
# (app/core/store/server.py); a single PC leaves it empty, and an empty one is not hashed.
V6 = """
ALTER TABLE audit ADD COLUMN station TEXT;
"""

MIGRATIONS: list[str] = [V1, V2, V3, V4, V5, V6]
ROW_DIGESTS_VERSION = 5  # migrating an existing database to it records a baseline per slide
CURRENT_VERSION = len(MIGRATIONS)
