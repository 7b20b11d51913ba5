"""Printed output drawn with Qt's painter (QtGui only, no widgets): the one-page PDF summary,
also sent to a printer. Used by the window and by ``analyze --pdf``."""

from app.printing.summary_pdf import (
    PAPER_SIZES,
    print_summary,
    summary_pdf_bytes,
    write_summary_pdf,
)

__all__ = ["PAPER_SIZES", "print_summary", "summary_pdf_bytes", "write_summary_pdf"]
