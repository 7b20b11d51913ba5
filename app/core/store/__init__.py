"""The slide store: SQLite database, content-addressed images, audit trail, undo/redo."""

from app.core.records import (
    AnalysisState,
    Cell,
    CellSource,
    CellState,
    Field,
    FieldSource,
    NotCountedReason,
    Slide,
    SlideState,
    Specimen,
)
from app.core.store.audit import AuditCheck, AuditEntry
from app.core.store.library import SlideStore, SlideSummary
from app.core.store.session import SessionChange, SlideSession

__all__ = [
    "AnalysisState",
    "AuditCheck",
    "AuditEntry",
    "Cell",
    "CellSource",
    "CellState",
    "Field",
    "FieldSource",
    "NotCountedReason",
    "SessionChange",
    "Slide",
    "SlideSession",
    "SlideState",
    "SlideStore",
    "SlideSummary",
    "Specimen",
]
