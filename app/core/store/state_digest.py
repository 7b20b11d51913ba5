"""A digest of what a slide reports: its details, every field (with its image's hash) and every
cell, as stored now. Printed on the report as a short code a person can compare with what
``slides verify`` or a reprint says, so a count changed after printing shows."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable

from app.core.records import Cell, Field, Slide


def slide_digest(slide: Slide, fields: Iterable[Field], cells: Iterable[Cell]) -> str:
    """SHA-256 (hex) over the slide, field and cell rows in id order."""
    payload = {
        "slide": slide.to_row(),
        "fields": [f.to_row() for f in sorted(fields, key=lambda f: f.id)],
        "cells": [c.to_row() for c in sorted(cells, key=lambda c: c.id)],
    }
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def short_code(digest: str) -> str:
    """The first 80 bits as four groups of four letters and digits: "K3QZ-7TXA-M2PD-9WBE"."""
    letters = base64.b32encode(bytes.fromhex(digest)[:10]).decode()
    return "-".join(letters[i : i + 4] for i in range(0, 16, 4))


def row_digest(row: dict[str, object]) -> str:
    """SHA-256 (hex) of one stored row, every column, canonical JSON."""
    text = json.dumps(row, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode()).hexdigest()
