"""What the slide store holds: slides, fields and cells, as immutable records.

Rows travel as plain dicts (column -> value) so that every change can be stored, undone and
audited the same way; these classes are the typed view the rest of the app reads.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import datetime, timezone
from enum import Enum
from typing import Any, TypeVar


class SlideState(str, Enum):
    OPEN = "open"
    FINISHED = "finished"
    SIGNED = "signed"


class Specimen(str, Enum):
    PERIPHERAL_BLOOD = "peripheral_blood"
    BONE_MARROW = "bone_marrow"


class CellState(str, Enum):
    COUNTED = "counted"
    NOT_COUNTED = "not_counted"  # smudge, artefact or broken: see NotCountedReason
    DELETED = "deleted"  # a false detection; kept so re-analysis does not bring it back


class NotCountedReason(str, Enum):
    SMUDGE = "smudge"
    ARTEFACT = "artefact"
    BROKEN = "broken"


class CellSource(str, Enum):
    MODEL = "model"
    MANUAL = "manual"


class FieldSource(str, Enum):
    FILE = "file"
    CAMERA = "camera"


class AnalysisState(str, Enum):
    PENDING = "pending"
    DONE = "done"
    FAILED = "failed"


def now_iso() -> str:
    """UTC time, ISO 8601 with milliseconds: sortable as text."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


Row = dict[str, Any]
R = TypeVar("R", bound="Record")


_COLUMNS: dict[type, tuple[str, ...]] = {}


@dataclass(frozen=True)
class Record:
    TABLE = ""
    id: int

    @classmethod
    def from_row(cls: type[R], row: Row) -> R:
        """From a dict holding exactly the record's columns (as ``to_row`` writes them)."""
        return cls(**row)

    def to_row(self) -> Row:
        # Shallow on purpose: every column holds a plain value (asdict deep-copies, 10x slower).
        row = {name: getattr(self, name) for name in self.columns()}
        return {k: (v.value if isinstance(v, Enum) else v) for k, v in row.items()}

    @classmethod
    def columns(cls) -> tuple[str, ...]:
        columns = _COLUMNS.get(cls)
        if columns is None:
            columns = _COLUMNS[cls] = tuple(f.name for f in fields(cls))
        return columns


@dataclass(frozen=True)
class Slide(Record):
    TABLE = "slide"
    sample_id: str
    patient_id: str | None
    age: str | None  # free text: "34 y", "6 mo"
    sex: str | None  # "F", "M", "X" or None
    specimen: str
    stain: str | None
    wbc_count: float | None  # from the analyser, in wbc_unit
    wbc_unit: str
    target: int
    profile: str | None
    operator: str | None
    created_at: str
    finished_at: str | None
    signed_at: str | None
    signed_by: str | None
    comment: str | None
    state: str
    categories: str | None = None  # JSON: the profile's categories when created (v4)

    @property
    def locked(self) -> bool:
        return self.state == SlideState.SIGNED.value


@dataclass(frozen=True)
class Field(Record):
    TABLE = "field"
    slide_id: int
    position: int
    image_sha256: str
    image_ext: str
    file_name: str
    source: str
    captured_at: str
    width: int
    height: int
    quality: float | None  # focus/quality score, filled by the quality check
    analysis_state: str
    analysis_error: str | None
    analysis_models: str | None = None  # JSON list of the models that analysed it (v2)


@dataclass(frozen=True)
class Cell(Record):
    TABLE = "cell"
    field_id: int
    x1: float
    y1: float
    x2: float
    y2: float
    model_label: str | None  # None for cells a person added
    model_confidence: float | None
    detector_label: str | None
    detector_confidence: float | None
    label: str  # the final label, what counts
    state: str
    reason: str | None  # why not counted
    source: str
    reviewed: int
    changed_by: str | None  # None while untouched by a person
    changed_at: str | None
    model_path: str | None = None  # JSON [[stage, label, confidence], ...] of a cascade (v3)

    @property
    def box(self) -> tuple[float, float, float, float]:
        return self.x1, self.y1, self.x2, self.y2

    @property
    def stage_path(self) -> list[tuple[str, str, float]]:
        """The cascade's stages as (stage, label, confidence); empty for a single model."""
        if not self.model_path:
            return []
        return [(str(s), str(label), float(c)) for s, label, c in json.loads(self.model_path)]

    def stage_path_text(self) -> str:
        """E.g. "blast_check: not_blast 0.91 > subtype: neutrophil 0.88"."""
        return " > ".join(f"{s}: {label} {c:.2f}" for s, label, c in self.stage_path)

    @property
    def corrected(self) -> bool:
        """Touched by a person: re-analysis keeps it."""
        return self.source == CellSource.MANUAL.value or self.changed_at is not None


EDITABLE_SLIDE_FIELDS = (
    "sample_id",
    "patient_id",
    "age",
    "sex",
    "specimen",
    "stain",
    "wbc_count",
    "wbc_unit",
    "target",
    "profile",
    "operator",
    "comment",
)
