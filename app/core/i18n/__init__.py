"""The core's words in the technician's language: gettext catalogues (``resources/i18n/po``,
compiled to ``.mo``), chosen by Settings → Language; numbers and dates as that language
writes them. ``_`` translates, ``N_`` marks a message translated where it is shown."""

from app.core.i18n.formats import date_text, decimal, number
from app.core.i18n.languages import ENGLISH, LANGUAGES, code_of, resolve_language, system_language
from app.core.i18n.translate import (
    N_,
    _,
    catalogue,
    compiled_dir,
    in_english,
    language,
    ngettext,
    po_dir,
    set_language,
    use_language,
)

__all__ = [
    "ENGLISH",
    "LANGUAGES",
    "N_",
    "_",
    "catalogue",
    "code_of",
    "compiled_dir",
    "date_text",
    "decimal",
    "in_english",
    "language",
    "ngettext",
    "number",
    "po_dir",
    "resolve_language",
    "set_language",
    "system_language",
    "use_language",
]
