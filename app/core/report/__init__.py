"""The slide report (Excel), written offline from a snapshot of the slide."""

from app.core.report.data import LabInfo, ReportData, snapshot
from app.core.report.xlsx import write_report

__all__ = ["LabInfo", "ReportData", "snapshot", "write_report"]
