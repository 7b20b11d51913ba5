-- A database written by the first schema version (SmearCount 0.1.0), kept to test migrations.
-- Never regenerate it with a newer version.
BEGIN TRANSACTION;
CREATE TABLE action (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    slide_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    changes TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('done', 'undone', 'discarded')),
    at TEXT NOT NULL
);
INSERT INTO "action" VALUES(1,1,'relabel','[["cell", 1, {"id": 1, "field_id": 1, "x1": 10.0, "y1": 10.0, "x2": 40.0, "y2": 40.0, "model_label": "neutrophil", "model_confidence": 0.5, "detector_label": "wbc", "detector_confidence": 0.9, "label": "neutrophil", "state": "counted", "reason": null, "source": "model", "reviewed": 0, "changed_by": null, "changed_at": null}, {"id": 1, "field_id": 1, "x1": 10.0, "y1": 10.0, "x2": 40.0, "y2": 40.0, "model_label": "neutrophil", "model_confidence": 0.5, "detector_label": "wbc", "detector_confidence": 0.9, "label": "basophil", "state": "counted", "reason": null, "source": "model", "reviewed": 1, "changed_by": "ana", "changed_at": "2026-11-26T13:18:16.821+00:00"}]]','done','2026-11-26T13:18:16.822+00:00');
INSERT INTO "action" VALUES(2,1,'not counted','[["cell", 2, {"id": 2, "field_id": 1, "x1": 50.0, "y1": 10.0, "x2": 80.0, "y2": 40.0, "model_label": "lymphocyte", "model_confidence": 0.6, "detector_label": "wbc", "detector_confidence": 0.9, "label": "lymphocyte", "state": "counted", "reason": null, "source": "model", "reviewed": 0, "changed_by": null, "changed_at": null}, {"id": 2, "field_id": 1, "x1": 50.0, "y1": 10.0, "x2": 80.0, "y2": 40.0, "model_label": "lymphocyte", "model_confidence": 0.6, "detector_label": "wbc", "detector_confidence": 0.9, "label": "lymphocyte", "state": "not_counted", "reason": "smudge", "source": "model", "reviewed": 0, "changed_by": "ana", "changed_at": "2026-11-26T13:18:16.823+00:00"}]]','undone','2026-11-26T13:18:16.824+00:00');
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
INSERT INTO "audit" VALUES(1,1,'2026-11-26T13:18:16.787+00:00','ana','create slide','slide 1',NULL,'{"age": null, "comment": null, "created_at": "2026-11-26T13:18:16.787+00:00", "finished_at": null, "operator": "ana", "patient_id": "P-1", "profile": null, "sample_id": "V1-SLIDE", "sex": null, "signed_at": null, "signed_by": null, "specimen": "peripheral_blood", "stain": null, "state": "open", "target": 100, "wbc_count": 5.0, "wbc_unit": "10^9/L"}','0000000000000000000000000000000000000000000000000000000000000000','53aa366cbd3a7fbe4356e0ce0e9677de2ad9c7a0730f255d56ce41f3a550ed1e');
INSERT INTO "audit" VALUES(2,1,'2026-11-26T13:18:16.817+00:00','ana','add field','field 1','{}','{"field 1": {"analysis_error": null, "analysis_state": "pending", "captured_at": "2026-11-26T13:18:16.817+00:00", "file_name": "f.png", "height": 48, "id": 1, "image_ext": ".png", "image_sha256": "5acdd62a42bb3ec747fd56a4d9782caa20c7427f6c52bbbf8df9494a5910222a", "position": 1, "quality": null, "slide_id": 1, "source": "file", "width": 64}}','53aa366cbd3a7fbe4356e0ce0e9677de2ad9c7a0730f255d56ce41f3a550ed1e','5ab8f19574708f087e8400352777378aa863bc247948657bb9223a639672a526');
INSERT INTO "audit" VALUES(3,1,'2026-11-26T13:18:16.820+00:00','ana','analysis','cell/field 1, 2, 3, 1','{"field 1": {"analysis_state": "pending"}}','{"cell 1": {"changed_at": null, "changed_by": null, "detector_confidence": 0.9, "detector_label": "wbc", "field_id": 1, "id": 1, "label": "neutrophil", "model_confidence": 0.5, "model_label": "neutrophil", "reason": null, "reviewed": 0, "source": "model", "state": "counted", "x1": 10.0, "x2": 40.0, "y1": 10.0, "y2": 40.0}, "cell 2": {"changed_at": null, "changed_by": null, "detector_confidence": 0.9, "detector_label": "wbc", "field_id": 1, "id": 2, "label": "lymphocyte", "model_confidence": 0.6, "model_label": "lymphocyte", "reason": null, "reviewed": 0, "source": "model", "state": "counted", "x1": 50.0, "x2": 80.0, "y1": 10.0, "y2": 40.0}, "cell 3": {"changed_at": null, "changed_by": null, "detector_confidence": 0.9, "detector_label": "wbc", "field_id": 1, "id": 3, "label": "monocyte", "model_confidence": 0.7, "model_label": "monocyte", "reason": null, "reviewed": 0, "source": "model", "state": "counted", "x1": 90.0, "x2": 120.0, "y1": 10.0, "y2": 40.0}, "field 1": {"analysis_state": "done"}}','5ab8f19574708f087e8400352777378aa863bc247948657bb9223a639672a526','558a2260c8b840edcae4aa3da6a9f0f1b88d4f5a642c76df9cafa39ac769f15c');
INSERT INTO "audit" VALUES(4,1,'2026-11-26T13:18:16.822+00:00','ana','relabel','cell 1','{"cell 1": {"changed_at": null, "changed_by": null, "label": "neutrophil", "reviewed": 0}}','{"cell 1": {"changed_at": "2026-11-26T13:18:16.821+00:00", "changed_by": "ana", "label": "basophil", "reviewed": 1}}','558a2260c8b840edcae4aa3da6a9f0f1b88d4f5a642c76df9cafa39ac769f15c','9ef03e449a4b6285a9405bb8bcf8e273e06787feff47268291a3c483100022a8');
INSERT INTO "audit" VALUES(5,1,'2026-11-26T13:18:16.824+00:00','ana','not counted','cell 2','{"cell 2": {"changed_at": null, "changed_by": null, "reason": null, "state": "counted"}}','{"cell 2": {"changed_at": "2026-11-26T13:18:16.823+00:00", "changed_by": "ana", "reason": "smudge", "state": "not_counted"}}','9ef03e449a4b6285a9405bb8bcf8e273e06787feff47268291a3c483100022a8','b31d1669269823beb00cc5bf9bb1c4e1dbb3014eb7936ed0872b609f34390758');
INSERT INTO "audit" VALUES(6,1,'2026-11-26T13:18:16.825+00:00','ana','undo not counted','cell 2','{"cell 2": {"changed_at": "2026-11-26T13:18:16.823+00:00", "changed_by": "ana", "reason": "smudge", "state": "not_counted"}}','{"cell 2": {"changed_at": null, "changed_by": null, "reason": null, "state": "counted"}}','b31d1669269823beb00cc5bf9bb1c4e1dbb3014eb7936ed0872b609f34390758','98e6d0eb1bcb895406b6cd2721d59713f61316ad86ee8cf26e66ab3eda54ed9a');
CREATE TABLE audit_head (id INTEGER PRIMARY KEY CHECK (id = 1), count INTEGER, hash TEXT);
INSERT INTO "audit_head" VALUES(1,6,'98e6d0eb1bcb895406b6cd2721d59713f61316ad86ee8cf26e66ab3eda54ed9a');
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
INSERT INTO "cell" VALUES(1,1,10.0,10.0,40.0,40.0,'neutrophil',0.5,'wbc',0.9,'basophil','counted',NULL,'model',1,'ana','2026-11-26T13:18:16.821+00:00');
INSERT INTO "cell" VALUES(2,1,50.0,10.0,80.0,40.0,'lymphocyte',0.6,'wbc',0.9,'lymphocyte','counted',NULL,'model',0,NULL,NULL);
INSERT INTO "cell" VALUES(3,1,90.0,10.0,120.0,40.0,'monocyte',0.7,'wbc',0.9,'monocyte','counted',NULL,'model',0,NULL,NULL);
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
INSERT INTO "field" VALUES(1,1,1,'5acdd62a42bb3ec747fd56a4d9782caa20c7427f6c52bbbf8df9494a5910222a','.png','f.png','file','2026-11-26T13:18:16.817+00:00',64,48,NULL,'done',NULL);
CREATE TABLE image (
    sha256 TEXT PRIMARY KEY,
    ext TEXT NOT NULL,
    size INTEGER NOT NULL,
    stored_at TEXT NOT NULL
);
INSERT INTO "image" VALUES('5acdd62a42bb3ec747fd56a4d9782caa20c7427f6c52bbbf8df9494a5910222a','.png',9332,'2026-11-26T13:18:16.817+00:00');
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO "schema_version" VALUES(1);
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
INSERT INTO "slide" VALUES(1,'V1-SLIDE','P-1',NULL,NULL,'peripheral_blood',NULL,5.0,'10^9/L',100,NULL,'ana','2026-11-26T13:18:16.787+00:00',NULL,NULL,NULL,NULL,'open');
CREATE INDEX slide_sample ON slide (sample_id);
CREATE INDEX slide_patient ON slide (patient_id);
CREATE INDEX slide_created ON slide (created_at);
CREATE INDEX field_slide ON field (slide_id, position);
CREATE INDEX cell_field ON cell (field_id);
CREATE INDEX action_slide ON action (slide_id, status, id);
CREATE INDEX audit_slide ON audit (slide_id, id);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
DELETE FROM "sqlite_sequence";
INSERT INTO "sqlite_sequence" VALUES('slide',1);
INSERT INTO "sqlite_sequence" VALUES('audit',6);
INSERT INTO "sqlite_sequence" VALUES('field',1);
INSERT INTO "sqlite_sequence" VALUES('cell',3);
INSERT INTO "sqlite_sequence" VALUES('action',2);
COMMIT;
