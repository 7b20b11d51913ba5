"""The slide report (Excel), written offline from a snapshot of the slide.

``write_report`` lives in ``app.core.report.xlsx`` and is imported where a report is written:
openpyxl costs 0.2 s to load and most runs never export.
"""

from app.core.report.data import LabInfo, ReportData, snapshot

__all__ = ["LabInfo", "ReportData", "snapshot"]
