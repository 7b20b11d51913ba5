"""Checks on values a person enters for a slide, with messages naming the field."""

from __future__ import annotations

from typing import Any

from app.core.errors import InvalidInputError
from app.core.i18n import _
from app.core.records import EDITABLE_SLIDE_FIELDS, Specimen

SEXES = ("F", "M", "X")
WBC_UNITS = ("10^9/L", "10^3/uL")


def clean_slide_values(values: dict[str, Any]) -> dict[str, Any]:
    """Validated, normalised slide metadata; blank optional texts become None."""
    unknown = sorted(set(values) - set(EDITABLE_SLIDE_FIELDS))
    if unknown:
        raise InvalidInputError(
            _("Unknown slide field(s): {fields}.").format(fields=", ".join(unknown))
        )
    out: dict[str, Any] = {}
    for key, value in values.items():
        if isinstance(value, str):
            value = value.strip() or None
        out[key] = value
    if "sample_id" in out and not out["sample_id"]:
        raise InvalidInputError(_("The sample / slide ID cannot be empty."))
    if out.get("sex") is not None and out["sex"] not in SEXES:
        raise InvalidInputError(
            _("Sex must be one of {sexes} or empty.").format(sexes=", ".join(SEXES))
        )
    if "specimen" in out and out["specimen"] not in {s.value for s in Specimen}:
        raise InvalidInputError(_("Specimen must be peripheral blood or bone marrow."))
    if "wbc_unit" in out and out["wbc_unit"] not in WBC_UNITS:
        raise InvalidInputError(
            _("The WBC unit must be one of {units}.").format(units=", ".join(WBC_UNITS))
        )
    if out.get("wbc_count") is not None:
        try:
            out["wbc_count"] = float(out["wbc_count"])
        except (TypeError, ValueError):
            raise InvalidInputError(_("The WBC count must be a number.")) from None
        if not 0 <= out["wbc_count"] < 1000:
            raise InvalidInputError(_("The WBC count must be between 0 and 1000 (x 10^9/L)."))
    if "target" in out:
        target = out["target"]
        if isinstance(target, bool) or not isinstance(target, int) or not 1 <= target <= 100_000:
            raise InvalidInputError(_("The target must be a whole number of cells, 1 or more."))
    return out
