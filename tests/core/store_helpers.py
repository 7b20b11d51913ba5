"""Shared helpers for slide-store tests: images, detections, and a state digest."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image

from app.core.pipeline import Detection
from app.core.store import SlideSession, SlideStore


def field_image(path: Path, seed: int = 0, size: tuple[int, int] = (480, 640)) -> Path:
    rng = np.random.default_rng(seed)
    Image.fromarray(rng.integers(0, 255, (*size, 3), dtype=np.uint8)).save(path)
    return path


def detections(
    n: int, labels: tuple[str, ...] = ("neutrophil", "lymphocyte", "monocyte"), step: int = 40
) -> list[Detection]:
    """``n`` non-overlapping model cells on a grid."""
    return [
        Detection(
            box=(
                float(10 + (i % 12) * step),
                float(10 + (i // 12) * step),
                float(40 + (i % 12) * step),
                float(40 + (i // 12) * step),
            ),
            label=labels[i % len(labels)],
            confidence=0.5 + (i % 5) / 10,
            detector_label="wbc",
            detector_confidence=0.9,
        )
        for i in range(n)
    ]


def semantic_state(session: SlideSession) -> dict[str, object]:
    """What a person sees of a slide (no timestamps), plus the undo/redo stack."""
    cells = {
        c.id: (c.field_id, c.box, c.label, c.state, c.reason, c.reviewed, c.source)
        for c in session.cells.values()
    }
    slide = {k: v for k, v in session.slide.to_row().items() if not k.endswith("_at")}
    stack = session.db.conn.execute(
        "SELECT id, status FROM action WHERE slide_id = ? ORDER BY id", (session.slide_id,)
    ).fetchall()
    return {
        "cells": cells,
        "slide": slide,
        "fields": sorted(session.fields),
        "fields_models": [f.analysis_models for f in session.field_list()],
        "stack": [tuple(r) for r in stack],
    }


def digest(session: SlideSession) -> str:
    return hashlib.sha256(
        json.dumps(semantic_state(session), sort_keys=True, default=str).encode()
    ).hexdigest()[:16]


def first_schema_store(folder: Path) -> Path:
    """``folder`` holding a database as the first SmearCount wrote it (the frozen v1 dump)."""
    import sqlite3

    from app.core.store.database import DB_NAME

    folder.mkdir(parents=True)
    conn = sqlite3.connect(folder / DB_NAME)
    conn.executescript((Path(__file__).parent / "data" / "store_v1.sql").read_text())
    conn.close()
    return folder


def station_store(
    engine: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> SlideStore:
    """Station ``name``'s store: its own folder on the server; on a PC the one folder there is."""
    monkeypatch.setenv("SMEARCOUNT_STATION", name)
    store: SlideStore = engine.store(tmp_path / (name if engine.url else "pc"))
    return store


def held_slide(store: SlideStore, who: str = "ana") -> SlideSession:
    """A new slide PB-1, open at ``store`` and held there."""
    session = store.create_slide(who, "PB-1")
    session.close()
    return store.open(session.slide_id, who, hold=True)
