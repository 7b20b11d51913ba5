"""Numbers and dates as each language writes them on a report (no system locale involved, so
a report reads the same on every computer of the lab)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.core.i18n.translate import language


@dataclass(frozen=True)
class Style:
    decimal: str  # the decimal mark
    date: str  # strftime pattern of the date; {year} stands for the year
    era_offset: int = 0  # Thai reports count years in the Buddhist era (+543)


STYLES = {
    "en": Style(".", "%Y-%m-%d"),  # ISO: unambiguous for a referral lab anywhere
    "th": Style(".", "%d/%m/{year}", era_offset=543),
    "ru": Style(",", "%d.%m.{year}"),
    "es": Style(",", "%d/%m/{year}"),
    "fr": Style(",", "%d/%m/{year}"),
    "pt": Style(",", "%d/%m/{year}"),
    "id": Style(",", "%d/%m/{year}"),
}


def style() -> Style:
    return STYLES.get(language(), STYLES["en"])


def decimal(value: float, digits: int) -> str:
    """``value`` with ``digits`` decimals and the language's decimal mark: "12,5" in Russian."""
    return f"{value:.{digits}f}".replace(".", style().decimal)


def number(value: float) -> str:
    """Like ``format(value, "g")`` with the language's decimal mark (reference limits)."""
    return f"{value:g}".replace(".", style().decimal)


def date_text(moment: datetime) -> str:
    """The date part of ``moment``: "2026-12-02", "02.12.2026", "02/12/2569" (Thai)."""
    s = style()
    pattern = s.date.replace("{year}", str(moment.year + s.era_offset).replace("%", "%%"))
    return moment.strftime(pattern)
